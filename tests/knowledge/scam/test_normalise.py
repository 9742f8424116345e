"""Normalisation survives obfuscation and keeps every word's offsets into the original."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knowledge.scam.normalise import normalise
from knowledge.scam.scanner import message_fingerprint
from tests.knowledge.scam.support import scan


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Wеstеrn Uniоn", ["western", "union"]),  # Cyrillic е and о
        ("ΜoneyGram", ["moneygram"]),  # Greek capital Mu
        ("West\u200bern\u200d Un\u2060ion", ["western", "union"]),  # zero-width characters
        ("w.e.s.t.e.r.n union", ["western", "union"]),
        ("W E S T E R N", ["western"]),
        ("w-e-s-t-e-r-n", ["western"]),
        ("W3stern Uni0n", ["western", "union"]),
        ("ＵＳＤＴ", ["usdt"]),  # full-width letters (NFKC)
        ("Pay  \n\t now", ["pay", "now"]),
        ("Ünïon", ["union"]),
        ("30% deposit", ["30%", "deposit"]),
        ("2024 order, 40HQ", ["2024", "order", "40hq"]),
    ],
)
def test_obfuscated_words_fold_to_plain_words(text: str, words: list[str]) -> None:
    """Look-alike letters, invisible characters, spelled-out and leet words come out plain."""
    assert normalise(text).words == words


def test_short_letter_pairs_are_not_joined() -> None:
    """Two single letters are ordinary text ("A B grade"), not a spelled word."""
    assert normalise("A B grade").words == ["a", "b", "grade"]


def test_word_spans_point_into_the_original() -> None:
    """Each word maps back to the exact original characters, invisible ones included."""
    text = "Pay W\u200bestern Uniоn ﬁrst"
    message = normalise(text)
    spans = [text[slice(*message.word_span(i, i))] for i in range(len(message.words))]
    assert spans == ["Pay", "W\u200bestern", "Uniоn", "ﬁrst"]


@pytest.mark.parametrize(
    "text",
    [
        "Please pay by Wеstеrn Uniоn",
        "Please pay by West\u200bern Un\u200bion",
        "Please pay by W.e.s.t.e.r.n U.n.i.o.n",
        "Please pay by W3stern Uni0n",
        "Please pay by westren union",
        "Please pay by money gram",
        "Please pay by ＭｏｎｅｙＧｒａｍ",
    ],
)
def test_obfuscated_red_flag_is_still_found(text: str) -> None:
    """Every disguise of a remittance service is still an untraceable-payment finding."""
    findings = scan(text).findings
    assert [f.category for f in findings] == ["untraceable_payment"]
    assert text[findings[0].start : findings[0].end] == findings[0].excerpt
    assert text.endswith(findings[0].excerpt)


def test_excerpt_keeps_the_disguise_as_written() -> None:
    """The excerpt shows the original characters, not the folded copy."""
    text = "Send it to our n\u200bew bаnk ассount today."
    findings = scan(text).findings
    assert findings
    assert "\u200b" in findings[0].excerpt
    assert "bаnk" in findings[0].excerpt


def test_fingerprint_ignores_case_spacing_and_invisible_characters() -> None:
    """The same message forwarded again with cosmetic changes has the same fingerprint."""
    first = message_fingerprint("Please pay the NEW account today.")
    assert first == message_fingerprint("please  pay the new\u200b account today")
    assert first != message_fingerprint("Please pay the old account today.")
    assert len(first) == 64


def test_scan_result_carries_the_message_fingerprint() -> None:
    """The result's fingerprint is the one a store keeps instead of the text."""
    text = "Pay by Western Union."
    assert scan(text).fingerprint == message_fingerprint(text)


@given(st.text(max_size=300))
def test_any_text_scans_with_exact_excerpts(text: str) -> None:
    """Arbitrary Unicode never breaks the scan, and excerpts always match their offsets."""
    result = scan(text)
    assert 0 <= result.score <= 100
    for finding in result.findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.excerpt


@given(st.lists(st.sampled_from(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]), max_size=6))
def test_zero_width_characters_anywhere_keep_the_finding(marks: list[str]) -> None:
    """Invisible characters sprinkled inside the words do not hide the red flag."""
    word = "moneygram"
    positions = sorted(range(1, len(word)))[: len(marks)]
    disguised = "".join(
        char + (marks[positions.index(i)] if i in positions else "")
        for i, char in enumerate(word, start=1)
    )
    assert scan(f"pay by {disguised}").categories == ("untraceable_payment",)
