"""A warning that quotes or paraphrases the scam it warns about is not the scam; a scam that
merely uses quotation marks or "such as" still is (knowledge/scam/quoted.py, adjust.py)."""

from __future__ import annotations

import pytest

from knowledge.scam.quoted import shown
from knowledge.scam.scanner import Risk
from tests.knowledge.scam.support import scan

WARNINGS_THAT_QUOTE = [
    "A scammer sends a text claiming a package is delayed or needs a small fee. Example: a "
    "text says your package is on hold and asks you to click a link to reschedule delivery. "
    "Check tracking on the carrier's own site.",
    'Phishing alert. The subject of the e-mail I received was "Your mailbox is almost full", '
    "and the sender wanted me to log in.",
    "If you ever get an email out of the blue asking for an urgent payment or saying the bank "
    "details have changed, phone the supplier on a number you trust. Fraudsters rely on haste.",
    "Beware of messages like “our bank account has changed, please pay the new account today”: "
    "call the supplier first.",
    "Change of bank account. To avoid scams, check any change with the supplier by phone.",
]
SCAMS_THAT_QUOTE = [
    'Dear buyer, our finance team says "please pay the balance to our new bank account today".',
    "Our bank account has changed. Please pay the balance to the new account today, by "
    "methods such as wire transfer.",
    "To protect you from fraud, note that our bank account has changed. Pay the balance to the "
    "new account today.",
    "Example: your order 4471 is ready. Your package is on hold: pay the customs fee today "
    "at the link below.",
    # a scam dressed as a warning (two warning cues make an advisory): its own claim counts
    "Beware of fraudsters! Our bank account has changed. Please pay the balance today to the "
    "new account: “Sunrise Trading HK, HSBC account 123456789”.",
]


# Known false alarm of the learned part (issue 15, round 12): it reads words, not quotation,
# and this warning's words are a mailbox phish's; the rules leave it low. Out of fold on real
# data the round-12 model added no false alarm on the unread view and fewer on the
# development data (bench/README.md, "Round 12, learned part"). The model rebuilt at round 16's
# setup (alone_at 1.03 -> 1.29) no longer raises it; the set stays for the next model that does.
RAISED_BY_THE_LEARNED_PART: set[str] = set()


@pytest.mark.parametrize("text", WARNINGS_THAT_QUOTE)
def test_a_warning_that_quotes_the_scam_stays_low(text: str) -> None:
    result = scan(text)
    if text in RAISED_BY_THE_LEARNED_PART:
        assert not result.findings
        assert result.risk is Risk.MEDIUM, result
        assert result.learned_quotes, result
        return
    assert result.risk is Risk.LOW, result.findings


@pytest.mark.parametrize("text", SCAMS_THAT_QUOTE)
def test_a_scam_that_uses_quotes_or_examples_is_still_caught(text: str) -> None:
    """Without a warning's stance, quotation marks and example words change nothing."""
    result = scan(text)
    assert result.risk is not Risk.LOW, result.findings


def test_shown_stretches_are_quotes_frames_and_headings() -> None:
    text = (
        "Fake invoices\nFor example, a text says the account changed. "
        "The subject read “Pay now”. Dear Anna, please pay."
    )

    def at(part: str) -> bool:
        start = text.index(part)
        return shown(text, start, start + len(part))

    assert at("Fake invoices")
    assert at("Pay now")
    assert at("the account changed")
    assert not at("please pay")
    assert not at("The subject")
