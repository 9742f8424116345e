"""Round 16 (issue 15) through the real Application: the sender's own account-change
procedure and a payment window of the trade, forwarded, are answered below medium, while
their scam twins (pay the new account, pay within hours) are still raised."""

from __future__ import annotations

import pytest

from bot.offline.chat_user import OfflineUser
from tests.handlers.scam.support import honest_low_twin_raised
from tests.knowledge.scam import test_own_procedure16 as procedure
from tests.knowledge.scam import test_trade_windows16 as windows

KINDS = [
    ("own procedure (EN)", procedure.OWN_PROCEDURES[1], procedure.SCAM_TWINS[0]),
    ("own procedure (ZH)", procedure.OWN_PROCEDURES[2], procedure.SCAM_TWINS[2]),
    ("window of the trade", windows.TERMS[0], windows.TWINS[0]),
    ("writer's processing time", windows.TERMS[2], windows.TWINS[1]),
]


@pytest.mark.parametrize(("kind", "honest", "twin"), KINDS, ids=[k for k, _, _ in KINDS])
async def test_an_honest_kind_is_not_raised_but_its_scam_twin_is(
    alice: OfflineUser, kind: str, honest: str, twin: str
) -> None:
    await honest_low_twin_raised(alice, kind, honest, twin)
