"""Round 15 (issue 15) through the real Application: for each kind of forwarded honest mail
the rules no longer raise, a written look-alike (from the pure tests) is answered below medium
and its scam twin is still answered medium or high."""

from __future__ import annotations

import pytest

from bot.offline.chat_user import OfflineUser
from tests.handlers.scam.support import RAISED, honest_low_twin_raised, only_reply
from tests.knowledge.scam import test_forwarded_kinds15 as kinds

# (kind, honest look-alike, scam twin): the first of each list. Not here: the warning not to
# open a quoted lure (REFUSED_HONEST), which the rules answer low but the shipped learned part
# (rebuilt by the lead at merge, not changed this round) raises on its own.
KINDS = [
    ("do not call a number", kinds.NO_CALL_HONEST[0], kinds.NO_CALL_TWINS[0]),
    ("fee words across a greeting", kinds.ACROSS_HONEST[0], kinds.ACROSS_TWINS[0]),
    ("a card authorisation form", kinds.FORM_HONEST[0], kinds.FORM_TWINS[0]),
    ("a late account's credit terms", kinds.ACCOUNT_TERMS_HONEST[0], kinds.ACCOUNT_TERMS_TWINS[0]),
    ("an overdue letter with particulars", kinds.LETTER_HONEST[0], kinds.LETTER_TWINS[0]),
    ("paying now by a named method", kinds.OPTION_HONEST[0], kinds.OPTION_TWINS[0]),
]


@pytest.mark.parametrize(("kind", "honest", "twin"), KINDS, ids=[k for k, _, _ in KINDS])
async def test_a_forwarded_kind_is_not_raised_but_its_scam_twin_is(
    alice: OfflineUser, kind: str, honest: str, twin: str
) -> None:
    await honest_low_twin_raised(alice, kind, honest, twin)


async def test_a_card_authorisation_form_keeps_its_advice(alice: OfflineUser) -> None:
    """Lowered, not silenced: the reply still names the card and how to send the form."""
    reply = only_reply(await alice.forward(kinds.FORM_HONEST[0]))
    assert not reply.text.startswith(RAISED), reply.text.splitlines()[0]
    assert "authorisation form" in reply.text
