"""A /landed line that only names a tariff code: which lines are lookups, and the card's figures.

Rates checked by hand in HTS 2026 Revision 4: 8204.20.00 9% (List 3, 9903.88.03), 6109.10.00
16.5% (List 4A, 9903.88.15), 0201.10.05 4.4¢/kg, 6110.20.20 16.5%.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from knowledge.landed.duties import HsChoiceError
from knowledge.landed.duty_lookup import DutyQuestion, look_up_duty, read_duty_question
from knowledge.landed.query import LandedInputError
from tests.knowledge.landed.support import parser

DAY = date(2026, 12, 6)


def question(text: str) -> DutyQuestion:
    found = read_duty_question(parser(), text)
    assert found is not None, text
    return found


@pytest.mark.parametrize(
    ("text", "digits", "origin", "destination"),
    [
        ("hs 8516.79", "851679", None, None),
        ("HTS 8516.79.00 from Vietnam", "85167900", "VN", None),
        ("hs code: 8204.20.00 to US sea", "82042000", None, "US"),
        ("8516.79", "851679", None, None),
        ("  8516.79.00.00  ", "8516790000", None, None),
        ("8516.79 from VN", "851679", "VN", None),
        ("hs 8516,79", "851679", None, None),  # a comma between the groups
    ],
)
def test_a_code_with_at_most_where_from_and_to_is_a_lookup(
    text: str, digits: str, origin: str | None, destination: str | None
) -> None:
    """`hs` and a code, or a dotted code alone, with `from` and `to` at most."""
    found = question(text)
    assert (found.hs.digits, found.origin, found.destination) == (digits, origin, destination)
    assert found.line.startswith(("hs", "HTS"))


@pytest.mark.parametrize(
    "text",
    [
        "1000 pcs @ 10 usd fob hs 8516.79 to US sea",  # an estimate
        "hs 8516.79 freight 2000",  # half an estimate: its own error says what is missing
        "8516",  # a bare number: maybe a quantity the line forgot to label
        "1,200.50",
        "1000.50 pcs @ 2 usd",  # a dotted number first, then an estimate
        "fob",
        "",
        "hs",  # no code: the estimate's error asks for one
    ],
)
def test_anything_else_is_not_a_lookup(text: str) -> None:
    """Estimates, half estimates and bare numbers go on to the estimate and its errors."""
    assert read_duty_question(parser(), text) is None


def test_china_adds_its_list_and_forced_labour_on_the_same_base() -> None:
    """6109.10.00 from China: 16.5% + 7.5% + 12.5% = 36.5% of the customs value."""
    card = look_up_duty(question("hs 6109.10.00"), chat_origin="CN", day=DAY)
    assert card.china_applies
    assert [(c.key, c.heading, c.percent) for c in card.china] == [
        ("s301", "9903.88.15", Decimal("7.5")),
        ("s301_forced_labour", "9903.05.31", Decimal("12.5")),
    ]
    assert card.total_percent == Decimal("36.5")
    assert card.stale_days == 285
    assert card.example() == "1000 pcs @ 10 usd fob hs 6109.10.00 from CN to US sea"


def test_a_typed_origin_beats_the_chats() -> None:
    """`from VN` with a chat made in China: MFN alone."""
    card = look_up_duty(question("hs 8204.20.00 from VN"), chat_origin="CN", day=DAY)
    assert card.origin == "VN"
    assert card.china == ()
    assert card.total_percent == Decimal(9)


def test_no_origin_keeps_the_china_lines_as_conditional() -> None:
    """Nobody said where the goods are made: China's lines are kept, but not summed."""
    card = look_up_duty(question("hs 8204.20.00"), chat_origin=None, day=DAY)
    assert card.origin is None
    assert not card.china_applies
    assert [c.key for c in card.china] == ["s301", "s301_forced_labour"]
    assert card.total_percent == Decimal(9)


def test_before_the_forced_labour_duty_there_is_none() -> None:
    """On 2026-07-23 the forced-labour duty (from 2026-07-24) is not in force."""
    card = look_up_duty(question("hs 8204.20.00"), chat_origin="CN", day=date(2026, 7, 23))
    assert [c.key for c in card.china] == ["s301"]


def test_a_per_unit_rate_says_what_it_is_charged_on() -> None:
    """4.4¢/kg needs the weight; no sum is given for a rate that is not a percentage."""
    card = look_up_duty(question("hs 0201.10.05"), chat_origin="AR", day=DAY)
    assert card.charged_on() == {"kg": "weight"}
    assert card.total_percent is None


def test_short_codes_and_words_ask_which_line() -> None:
    """A heading or words fit several lines: the same question an estimate asks."""
    with pytest.raises(HsChoiceError):
        look_up_duty(question("hs 8516"), chat_origin=None, day=DAY)
    with pytest.raises(HsChoiceError):
        look_up_duty(question("hs water heater"), chat_origin=None, day=DAY)


def test_unknown_codes_and_other_countries_are_refused() -> None:
    """A code the schedule lacks, or a destination other than the US, is an input error."""
    with pytest.raises(LandedInputError, match="no such code"):
        look_up_duty(question("hs 1234.56"), chat_origin=None, day=DAY)
    with pytest.raises(LandedInputError, match="US only"):
        look_up_duty(question("hs 8516.79 to DE"), chat_origin=None, day=DAY)


def test_a_comma_between_the_codes_groups_is_never_dropped() -> None:
    """`hs 8516,79` in an estimate is 8516.79, not 8516 with ",79" silently lost."""
    hs = parser().parse("1000 pcs @ 2,50 eur fob hs 8516,79 freight 1.200 to US sea").hs
    assert hs is not None
    assert (hs.text, hs.digits) == ("8516,79", "851679")


@pytest.mark.parametrize("typed", ["8516.7", "8516,7", "8516.79.00.00.1"])
def test_a_code_with_a_digit_too_many_or_few_is_refused_not_cut(typed: str) -> None:
    """`hs 8516.7` is not silently read as heading 8516."""
    with pytest.raises(LandedInputError, match=f"'{typed}' is not a tariff code"):
        parser().parse(f"1000 pcs @ 10 usd fob hs {typed} to US sea")
