"""Round 14 (issue 15) through the real Application: for each kind of honest mail a sourcing
team forwards that the rules no longer raise, a written look-alike (from the pure tests) is
answered below medium and its scam twin is still answered medium or high."""

from __future__ import annotations

import pytest

from bot.offline.chat_user import OfflineUser
from tests.handlers.scam.support import RAISED, honest_low_twin_raised, only_reply
from tests.knowledge.scam import test_forwarded_kinds as kinds
from tests.knowledge.scam import test_forwarded_voices as voices

# (kind, honest look-alike, scam twin): the first of each list, the Chinese warning for the
# warnings (the learned part, not changed this round, still raises the written Japanese one).
KINDS = [
    ("attached file names", voices.FILES_HONEST[0], voices.FILES_TWINS[0]),
    ("own bank details (German)", voices.GERMAN_HONEST[0], voices.GERMAN_TWINS[0]),
    ("Western Union listed", kinds.LISTED_HONEST[0], kinds.LISTED_TWINS[0]),
    ("card details to pay an invoice", kinds.CARD_HONEST[0], kinds.CARD_TWINS[0]),
    ("a deadline that is a trade term", kinds.TERMS_HONEST[0], kinds.TERMS_TWINS[0][0]),
    ("a secure portal named", kinds.PORTAL_HONEST[0], kinds.PORTAL_TWINS[0]),
    ("the writer's own wire question", kinds.WIRE_HONEST[0], kinds.WIRE_TWINS[0]),
    ("a quoted button", kinds.BUTTON_HONEST[0], kinds.BUTTON_TWINS[0]),
    ("a bounce as a caution", kinds.BOUNCE_HONEST[0], kinds.BOUNCE_TWINS[0]),
    ("a Chinese warning", voices.CJK_WARNING_HONEST[1], voices.CJK_WARNING_TWINS[0]),
    ("a change of banking rules", voices.BANK_RULES_HONEST[0], voices.BANK_RULES_TWINS[0]),
    ("a customs FAQ", voices.CUSTOMS_FAQ_HONEST[0], voices.CUSTOMS_FAQ_TWINS[0]),
]


@pytest.mark.parametrize(("kind", "honest", "twin"), KINDS, ids=[k for k, _, _ in KINDS])
async def test_a_forwarded_kind_is_not_raised_but_its_scam_twin_is(
    alice: OfflineUser, kind: str, honest: str, twin: str
) -> None:
    await honest_low_twin_raised(alice, kind, honest, twin)


async def test_card_details_to_pay_keep_their_advice(alice: OfflineUser) -> None:
    """Lowered, not silenced: the reply still names the card request and where to give it."""
    reply = only_reply(await alice.forward(kinds.CARD_HONEST[0]))
    assert not reply.text.startswith(RAISED), reply.text.splitlines()[0]
    assert "payment page" in reply.text
