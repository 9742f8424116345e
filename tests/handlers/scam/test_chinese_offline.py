"""Issue 15, round 22, through the real Application: a traditional-Chinese seller asking to be
paid off the platform is answered high, its reason said in English naming Chinese and quoted
as written; a simplified-Chinese warning naming the same words ("请勿线下付款") is answered
below medium while its demand twin is raised; a Japanese one likewise."""

from __future__ import annotations

import pytest

from bot.offline.chat_user import OfflineUser
from tests.handlers.scam.support import honest_low_twin_raised, only_reply
from tests.knowledge.scam.cjk_outside_cases import DEMANDS, WARNINGS


async def test_a_traditional_chinese_offline_payment_demand_is_raised_high_in_english(
    alice: OfflineUser,
) -> None:
    reply = only_reply(await alice.forward(DEMANDS["traditional"]))
    assert reply.text.startswith("🔴"), reply.text
    assert "(Read in Chinese.)" in reply.text
    assert "線下付款" in reply.text  # quoted as written, traditional characters kept
    assert "pay only through the order" in reply.text


@pytest.mark.parametrize(
    ("honest", "twin"),
    [("do not pay offline", "pay offline to save the fee"), ("Japanese", "Japanese")],
)
async def test_a_warning_is_not_raised_but_its_demand_twin_is(
    alice: OfflineUser, honest: str, twin: str
) -> None:
    await honest_low_twin_raised(alice, honest, WARNINGS[honest], DEMANDS[twin])
