"""Round 15 (issue 15) through the real Application: a short scam opener (one or two
sentences) is answered medium or high with its own reason, and its honest twin stays calm.
(Texts from the pure cases, written in our own words from the advisories:
tests/knowledge/scam/test_short_openers.py.)"""

from __future__ import annotations

import pytest

from bot.offline.chat_user import OfflineUser
from tests.handlers.scam.support import RAISED, honest_low_twin_raised, only_reply
from tests.knowledge.scam import test_short_openers as openers

# (move, honest twin, scam opener, words of the opener's own reason)
MOVES = [
    (
        "pay into this account",
        openers.PAY_HERE_HONEST[0],
        openers.PAY_HERE_SCAMS[0],
        "whose it is",
    ),
    ("tax refund by QR code", openers.TAX_HONEST[0], openers.TAX_SCAMS[0], "QR code"),
    ("fake official", openers.OFFICIAL_HONEST[0], openers.OFFICIAL_SCAMS[0], "official"),
    ("stranger to WhatsApp", openers.STRANGER_HONEST[0], openers.STRANGER_SCAMS[0], "fake buyers"),
    ("Korean new account", openers.KO_JA_HONEST[0], openers.KO_JA_SCAMS[0], "bank changed"),
]


@pytest.mark.parametrize(("move", "honest", "scam", "why"), MOVES, ids=[m[0] for m in MOVES])
async def test_a_short_opener_is_raised_and_its_twin_is_not(
    alice: OfflineUser, move: str, honest: str, scam: str, why: str
) -> None:
    await honest_low_twin_raised(alice, move, honest, scam)


@pytest.mark.parametrize(("move", "honest", "scam", "why"), MOVES, ids=[m[0] for m in MOVES])
async def test_the_opener_says_why_in_plain_words(
    alice: OfflineUser, move: str, honest: str, scam: str, why: str
) -> None:
    reply = only_reply(await alice.forward(scam))
    assert reply.text.startswith(RAISED), reply.text.splitlines()[0]
    assert why in reply.text, (move, reply.text)
