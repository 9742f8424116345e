"""Issue 15, round 22, through the real Application: a Korean "unpaid customs tax" text is
answered high with its reason in English naming Korean, and customs' own warning quoting the
same words is answered below medium; a Chinese finance-only chat group is raised."""

from __future__ import annotations

from bot.offline.chat_user import OfflineUser
from tests.handlers.scam.support import honest_low_twin_raised, only_reply
from tests.knowledge.scam.asian_demand_cases import HONEST, SCAMS


async def test_a_korean_unpaid_customs_tax_text_is_raised_high_in_english(
    alice: OfflineUser,
) -> None:
    reply = only_reply(await alice.forward(SCAMS["Korean customs tax"]))
    assert reply.text.startswith("🔴"), reply.text
    assert "(Read in Korean.)" in reply.text
    assert "by SMS" in reply.text  # the reason, in English


async def test_customs_own_warning_is_not_raised_but_the_text_is(alice: OfflineUser) -> None:
    honest = HONEST["Korean customs warning"]
    await honest_low_twin_raised(alice, "Korean customs", honest, SCAMS["Korean customs tax"])


async def test_a_chinese_finance_only_chat_group_is_raised(alice: OfflineUser) -> None:
    team = HONEST["Chinese team group"]
    await honest_low_twin_raised(alice, "group", team, SCAMS["Chinese group (traditional)"])
