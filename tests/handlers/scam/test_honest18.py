"""Round 18 (issue 15) through the real Application: a seller's own payment window, a Chinese
pay-on-receipt term, a difference refunded to the buyer and a vendor's own unpaid-invoice
notice are answered below medium, while their scam twins (a threat and a link, a new account
hushed, a difference sent on by Western Union, a log-in link) are still raised."""

from __future__ import annotations

import pytest

from bot.offline.chat_user import OfflineUser
from tests.handlers.scam.support import honest_low_twin_raised
from tests.knowledge.scam import test_honest18 as honest

KINDS = [
    ("seller's payment window", honest.WINDOWS[2], honest.WINDOW_TWINS[0]),
    ("pay on receipt (ZH)", honest.ZH_WINDOWS[0], honest.ZH_WINDOW_TWINS[0]),
    ("difference refunded", honest.PRICE_DIFFERENCES[0], honest.PRICE_DIFFERENCE_TWINS[0]),
    ("vendor's unpaid-invoice notice", honest.INVOICE_NOTICES[0], honest.INVOICE_NOTICE_TWINS[0]),
]


@pytest.mark.parametrize(("kind", "honest_text", "twin"), KINDS, ids=[k for k, _, _ in KINDS])
async def test_an_honest_kind_is_not_raised_but_its_scam_twin_is(
    alice: OfflineUser, kind: str, honest_text: str, twin: str
) -> None:
    await honest_low_twin_raised(alice, kind, honest_text, twin)
