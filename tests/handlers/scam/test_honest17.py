"""Round 17 (issue 15) through the real Application: a customer's own payment complaint, a
failed attempt at a messenger (a fapiao request), an account not to be under one person's
name and a third person's log-in to an invoice are answered below medium, while their scam
twins (pay to activate, add my QQ and pay, pay my personal account, log in by a link) are
still raised."""

from __future__ import annotations

import pytest

from bot.offline.chat_user import OfflineUser
from tests.handlers.scam.support import honest_low_twin_raised
from tests.knowledge.scam import test_honest17 as honest

KINDS = [
    ("payment complaint", honest.COMPLAINTS[0], honest.COMPLAINT_TWINS[0]),
    ("own attempt at a messenger (ZH)", honest.OWN_ATTEMPTS[0], honest.OWN_ATTEMPT_TWINS[0]),
    ("account not under one name", honest.SHARED_ACCOUNTS[0], honest.SHARED_ACCOUNT_TWINS[0]),
    ("third person's log-in", honest.THIRD_PERSON_LOG_INS[0], honest.THIRD_PERSON_TWINS[0]),
]


@pytest.mark.parametrize(("kind", "honest_text", "twin"), KINDS, ids=[k for k, _, _ in KINDS])
async def test_an_honest_kind_is_not_raised_but_its_scam_twin_is(
    alice: OfflineUser, kind: str, honest_text: str, twin: str
) -> None:
    await honest_low_twin_raised(alice, kind, honest_text, twin)
