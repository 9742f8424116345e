"""The private-chat rule: a buyer's typed question goes to the guide, a supplier's to the scam
check, even when the supplier's message is phrased as a question."""

from __future__ import annotations

import pytest

from knowledge.guide import PrivateText, route_private_text


@pytest.mark.parametrize(
    "text",
    [
        "how do i open a dispute?",
        "is paypal safe for samples",
        "what does gold supplier mean",
        "supplier says pay to new bank account, is this legit?",
        "We received an email from our supplier saying their bank changed, what should we do?",
        "Who pays THC under FOB?",
        "my order is late, can i cancel it?",
    ],
)
def test_a_buyers_question_goes_to_the_guide(text: str) -> None:
    """Typed questions, including ones that quote what a supplier said."""
    assert route_private_text(text) is PrivateText.GUIDE


@pytest.mark.parametrize(
    "text",
    [
        "Can you pay the balance to our new account today? Our old one is blocked.",
        "Dear friend, could you send the deposit to our Hong Kong account?",
        "Is it possible to pay to our new account this week?",
        "Could you kindly transfer the payment by Western Union?",
        "Our bank account has changed, please pay the new one today",
        "Is it ok if you pay 100% before production? We can give you a discount.",
        "fob?",
        "hi",
        "thanks, got it",
        "A long pasted message?\nwith\nmany\nlines",
        "x" * 301 + "?",
    ],
)
def test_supplier_messages_and_chat_stay_with_the_scam_check(text: str) -> None:
    """Supplier voice (greeting, request to pay, you+we), one word, statements, long pastes."""
    assert route_private_text(text) is PrivateText.SCAM_CHECK
