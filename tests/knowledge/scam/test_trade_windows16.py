"""A payment window counted from the contract, or the writer's own processing time, is a
term of the trade, not a deadline pressed on the reader (issue 15, round 16).

Honest look-alikes and scam twins written for this test (knowledge/scam/terms.py
`_trade_term`, term_cues.py `FROM_TRADE`, `OWN_STEP`)."""

from __future__ import annotations

import pytest

from knowledge.scam.scanner import Risk
from tests.knowledge.scam.support import scan

TERMS = [
    "Payment terms: within 24 hours of signing the contract the buyer pays a 30% deposit; "
    "the balance is due before the goods leave the factory.",
    "Deposit: 40% within 48 hours of the date of the contract, balance against the copy of "
    "the bill of lading.",
    "Bank transfer rules: quote your order number as the reference. Orders with the right "
    "reference will be marked paid within 48 hours and shipped the next working day.",
    "Card payments are credited within 24 hours; transfers from abroad take two to three "
    "working days.",
]
TWINS = [
    "You must pay within 2 hours or the stock goes to another buyer. Send the deposit now.",
    "The balance must be paid within 24 hours. Do not tell anyone in your company about it.",
    "Pay within 24 hours to our new account below or the order will be cancelled today.",
]


@pytest.mark.parametrize("text", TERMS)
def test_a_window_of_the_trade_is_not_pressure(text: str) -> None:
    assert scan(text).risk is Risk.LOW


@pytest.mark.parametrize("text", TWINS)
def test_a_window_from_now_stays_raised(text: str) -> None:
    assert scan(text).risk is not Risk.LOW
