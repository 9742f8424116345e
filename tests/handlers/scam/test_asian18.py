"""Issue 15, round 18, through the real Application: a fake market-regulator SMS asking a
fee to clear an "abnormal" listing is raised with its reason in English naming Chinese and
quoted as written; a Korean "safe account" order is raised; their honest twins (the
regulator's own reminder that annual reports are free, a police warning quoting the safe
account) are answered below medium."""

from __future__ import annotations

import pytest

from bot.offline.chat_user import OfflineUser
from tests.handlers.scam.support import honest_low_twin_raised, only_reply
from tests.knowledge.scam.test_asian18 import (
    REFUND_HONEST,
    REFUND_SCAMS,
    REGISTRY_HONEST,
    REGISTRY_SCAMS,
    SAFE_HONEST,
    SAFE_SCAMS,
)


async def test_a_fake_regulator_fee_is_raised_in_english(alice: OfflineUser) -> None:
    reply = only_reply(await alice.forward(REGISTRY_SCAMS[0]))
    assert reply.text.startswith("🟠"), reply.text
    assert "异常名录" in reply.text  # quoted as written
    assert "(Read in Chinese.)" in reply.text
    assert "annual reports and removals are free" in reply.text  # the reason, in English


KINDS = [
    ("regulator notice (ZH)", REGISTRY_HONEST[0], REGISTRY_SCAMS[1]),
    ("refund (ZH)", REFUND_HONEST[0], REFUND_SCAMS[0]),
    ("safe account (KO)", SAFE_HONEST[1], SAFE_SCAMS[1]),
]


@pytest.mark.parametrize(("kind", "honest", "twin"), KINDS, ids=[k for k, _, _ in KINDS])
async def test_an_honest_twin_is_not_raised_but_the_scam_is(
    alice: OfflineUser, kind: str, honest: str, twin: str
) -> None:
    await honest_low_twin_raised(alice, kind, honest, twin)
