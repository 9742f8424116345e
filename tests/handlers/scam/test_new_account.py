"""Issue 15, round 20, through the real Application: a Spanish seller asking to be paid
outside Alibaba is answered high and a German customs deposit is raised, each reason said in
English naming the language (a carrier's duty notice is left to the knowledge tests: the
learned part alone raises the written French one to medium); a Turkish supplier's "our old
account is blocked, pay the new one" is answered high, its reason said in English naming
Turkish and quoted as written; honest twins (a Spanish "our details have not changed" notice,
a German new account announced on the next invoice) are answered below medium while their
scam twins are raised."""

from __future__ import annotations

import pytest

from bot.offline.chat_user import OfflineUser
from tests.handlers.scam.support import honest_low_twin_raised, only_reply
from tests.knowledge.scam.new_account_cases import HONEST, SCAMS
from tests.knowledge.scam.outside_cases import DEPOSIT, OUTSIDE


async def test_a_turkish_new_account_request_is_raised_high_in_english(
    alice: OfflineUser,
) -> None:
    reply = only_reply(await alice.forward(SCAMS["Turkish"]))
    assert reply.text.startswith("🔴"), reply.text
    assert "(Read in Turkish.)" in reply.text
    assert "yeni hesabımıza" in reply.text  # quoted as written, whole words
    assert "call the supplier" in reply.text


@pytest.mark.parametrize("language", ["Spanish", "German"])
async def test_an_honest_twin_is_not_raised_but_the_scam_is(
    alice: OfflineUser, language: str
) -> None:
    await honest_low_twin_raised(alice, language, HONEST[language], SCAMS[language])


async def test_a_spanish_seller_asking_payment_outside_alibaba_is_raised_high(
    alice: OfflineUser,
) -> None:
    reply = only_reply(await alice.forward(OUTSIDE["Spanish"]))
    assert reply.text.startswith("🔴"), reply.text
    assert "(Read in Spanish.)" in reply.text
    assert "fuera de Alibaba" in reply.text  # quoted as written


async def test_a_customs_deposit_to_release_goods_is_raised_in_english(
    alice: OfflineUser,
) -> None:
    reply = only_reply(await alice.forward(DEPOSIT["German"]))
    assert reply.text.startswith(("🟠", "🔴")), reply.text
    assert "(Read in German.)" in reply.text
    assert "advance-fee" in reply.text  # the reason, in English
