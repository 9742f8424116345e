"""Issue 15, round 17, through the real Application: a Polish parcel SMS asking for a small
"dopłata" is raised with its reason in English naming Polish and quoted as written; an
Italian fake boss's opener with no transfer word is raised; their honest twins (a parcel
waiting at a pickup point, a colleague asking whether you are in the office) and a Dutch
club's invoice with an iDEAL link and a due date, and a German supplier's new account
announced on its next invoice and in a signed letter, are answered below medium."""

from __future__ import annotations

import pytest

from bot.offline.chat_user import OfflineUser
from tests.handlers.scam.support import honest_low_twin_raised, only_reply
from tests.knowledge.scam.european_cases17 import HONEST, SCAMS


async def test_a_polish_parcel_sms_is_raised_in_english(alice: OfflineUser) -> None:
    scam = SCAMS[("Polish", "parcel")][0]
    reply = only_reply(await alice.forward(scam))
    assert reply.text.startswith("🟠"), reply.text
    assert "wstrzymana" in reply.text  # quoted as written
    assert "(Read in Polish.)" in reply.text
    assert "small fee to pay" in reply.text  # the reason, in English


KINDS = [
    ("held parcel (PL)", HONEST[("Polish", "parcel")][0], SCAMS[("Polish", "parcel")][1]),
    ("executive opener (IT)", HONEST[("Italian", "opener")][0], SCAMS[("Italian", "opener")][0]),
    ("club invoice (NL)", HONEST[("Dutch", "notice")][0], SCAMS[("Dutch", "notice")][0]),
    ("own new account (DE)", HONEST[("German", "account")][0], SCAMS[("German", "account")][0]),
]


@pytest.mark.parametrize(("kind", "honest", "twin"), KINDS, ids=[k for k, _, _ in KINDS])
async def test_an_honest_twin_is_not_raised_but_the_scam_is(
    alice: OfflineUser, kind: str, honest: str, twin: str
) -> None:
    await honest_low_twin_raised(alice, kind, honest, twin)
