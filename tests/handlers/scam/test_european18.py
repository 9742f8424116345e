"""Issue 15, round 18, through the real Application: a Czech parcel SMS asking a few crowns
through a link is raised with its reason in English naming Czech and quoted as written; a
German "confirm your details or the account is blocked" phish is raised; their honest twins
(Česká pošta's own warning, a bank saying it never asks that by mail) and a Portuguese
carrier's real import-VAT notice with its number and date are answered below medium."""

from __future__ import annotations

import pytest

from bot.offline.chat_user import OfflineUser
from tests.handlers.scam.support import honest_low_twin_raised, only_reply
from tests.knowledge.scam.european_cases18 import HONEST, SCAMS


async def test_a_czech_parcel_sms_is_raised_in_english(alice: OfflineUser) -> None:
    scam = SCAMS[("Czech", "fee")][0]
    reply = only_reply(await alice.forward(scam))
    assert reply.text.startswith("🟠"), reply.text
    assert "zásilk" in reply.text  # quoted as written, accent kept
    assert "(Read in Czech.)" in reply.text
    assert "small fee" in reply.text  # the reason, in English


KINDS = [
    ("parcel fee (CS)", HONEST[("Czech", "fee")][1], SCAMS[("Czech", "fee")][1]),
    ("details to confirm (DE)", HONEST[("German", "account")][1], SCAMS[("German", "account")][0]),
    ("import VAT notice (PT)", HONEST[("Portuguese", "fee")][0], SCAMS[("Portuguese", "fee")][0]),
]


@pytest.mark.parametrize(("kind", "honest", "twin"), KINDS, ids=[k for k, _, _ in KINDS])
async def test_an_honest_twin_is_not_raised_but_the_scam_is(
    alice: OfflineUser, kind: str, honest: str, twin: str
) -> None:
    await honest_low_twin_raised(alice, kind, honest, twin)
