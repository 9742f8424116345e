"""Round 14 (issue 15) through the real Application: the invoice/payment-document lure and the
account log-in lure, written from the public advisories, are answered medium or high with
their own explanation; a bank's own "we never ask you to log in through a link" stays calm.
(Texts written for the test; the pure cases and their sources are in
tests/knowledge/scam/test_lure_advisories.py.)"""

from __future__ import annotations

import pytest

from bot.offline.chat_user import OfflineUser
from tests.handlers.scam.support import only_reply

RAISED = ("🔴", "🟠")


@pytest.mark.parametrize(
    ("lure", "said"),
    [
        (
            "Peter Wang has shared a file with you: Remittance_Advice_0419.pdf. Open it to see "
            "the payment details.",
            "Open a file or log in",
        ),
        (
            "Alibaba: you have 3 unread security messages. Sign in to view them.",
            "sign in or verify through it",
        ),
    ],
)
async def test_an_advisory_lure_is_raised_and_explained(
    alice: OfflineUser, lure: str, said: str
) -> None:
    reply = only_reply(await alice.forward(lure))
    assert reply.text.startswith(RAISED), reply.text.splitlines()[0]
    assert said in reply.text


async def test_a_banks_own_warning_about_log_in_links_stays_calm(alice: OfflineUser) -> None:
    reply = only_reply(
        await alice.forward(
            "We will never ask you to log in through a link in an e-mail or a text. If a "
            "message asks you to verify your account, do not click it; call us on the number "
            "on your card."
        )
    )
    assert not reply.text.startswith(RAISED), reply.text.splitlines()[0]
