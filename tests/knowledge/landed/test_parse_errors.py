"""The /landed parser on bad input: each error points at the word, and nothing crashes it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.landed.query import (
    LandedInputError,
)
from knowledge.landed.reader.words import FEES, INCOTERMS, KEYWORDS, MODES
from tests.knowledge.landed.support import parse, refused


@pytest.mark.parametrize(
    ("text", "word", "fragment"),
    [
        ("1000 pcs @ 10 blah", "blah", "don't understand"),
        ("@ 10 usd fob", None, "quantity"),
        ("1000 pcs fob", None, "price"),
        ("0 pcs @ 10", "0", "more than zero"),
        ("1000 pcs @ 0", "@", "more than zero"),
        ("1000 pcs @ -5", "-", "Negative"),
        ("1000 pcs @ 10 duty 1000%", "duty", "not a believable"),
        ("1000 pcs @ 10 ins 150%", "ins", "not a believable"),
        ("1000 pcs @ 10 freight 1000000000000", "1000000000000", "too large"),
        ("10000000000 pcs @ 10", "10000000000", "too large"),
        ("1000 pcs @ 10 @ 12", "@", "given twice"),
        ("1000 pcs @ 10 fob cif", "cif", "given twice"),
        ("1000 pcs @ 10 15%", "15", "Which charge is 15%"),
        ("1000 pcs @ 10 % 15", "%", "Which charge"),
        ("1000 pcs @ 10 500", "500", "What is 500 for"),
        ("1000 pcs @ 10 ctn 50x40x30", None, "size and count together"),
        ("1000 pcs @ 10 freight", "freight", "needs a number"),
        ("1000 pcs @ 10 freight 4/lightyear", "freight", "per kg or per cbm"),
        ("1000 pcs @ 10 to", "to", "which country"),
        ("1000 pcs $10 eur", "10", "Two currencies"),
        ("1000 pcs @ 10 vol 2 ctn 50x40x30 x 2", None, "not both"),
        ("1000 pcs @ 10 ctn 50x40x30 x 2.5", "2.5", "whole number"),
    ],
)
def test_errors_point_at_the_word(text: str, word: str | None, fragment: str) -> None:
    """Bad input gets a short message and, where there is one, the word at fault."""
    error = refused(text)
    assert fragment.lower() in error.message.lower()
    if word is not None:
        assert error.word == word


def test_overlong_line_is_refused() -> None:
    """A line far longer than a phone message is refused before parsing."""
    assert "too long" in refused("1000 pcs @ 10 " + "other 1 " * 200).message


_WORDS = st.sampled_from(
    [
        *sorted(
            {*KEYWORDS, *FEES, *MODES, *INCOTERMS, "x", "pcs", "kg", "cbm", "usd", "cny", "of"}
        ),
        "to us",
        "to germany",
        "$",
        "¥",
        "€",
        "%",
        "/",
        "@",
        "-",
        "50x40x30",
        "x20",
        "per",
    ]
)
_NUMBERS = st.decimals(min_value=-10, max_value=10**13, places=3, allow_nan=False).map(str)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=200))
def test_no_text_crashes_the_parser(text: str) -> None:
    """Any text parses or raises LandedInputError, never anything else."""
    try:
        parse(text)
    except LandedInputError as error:
        message = error.message
    else:
        message = "parsed"
    assert message


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(_WORDS, _NUMBERS), max_size=30).map(" ".join))
def test_no_soup_of_real_words_crashes_the_parser(text: str) -> None:
    """Real keywords and numbers in random order parse or raise LandedInputError."""
    try:
        query = parse(text)
    except LandedInputError as error:
        assert_message = error.message
        query = None
    if query is None:
        assert assert_message
        return
    assert query.quantity > 0
    assert query.unit_price.amount > 0
