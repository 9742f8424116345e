"""Account threats, windfalls and bare wire or data requests, read from their structure.

Written here in our own words (issue 15, round 4): a regression test of the shapes in
knowledge/scam/threats.py, not a quality figure (bench/README.md has those).
"""

from __future__ import annotations

import pytest

from knowledge.scam.scanner import Risk
from tests.knowledge.scam.support import scan


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Dear client, access to your online banking profile has been suspended after "
            "several failed sign-in attempts. To restore it, log in through the secure page "
            "below within two days.",
            "pressing_request",
        ),
        (
            "Mailbox notice: we are removing inactive accounts. Your e-mail account will be "
            "closed unless you update it through the page below.",
            "pressing_request",
        ),
        ("【某银行】尊敬的客户,您的信用卡积分即将清零,请点击链接兑换。", "pressing_request"),
        ("尊敬的用户,您的网银证书将于明日过期,请尽快登录网址进行更新。", "pressing_request"),
        (
            "Could you initiate an international wire this morning? I will send the details "
            "when you confirm.",
            "unusual_transfer",
        ),
        (
            "Please forward me the employee list with salaries and home addresses for a review.",
            "pressing_request",
        ),
        (
            "Dear friend, I am a banker and your late relative left funds of USD 4,500,000 "
            "which you are entitled to claim. Kindly reply with your full name.",
            "windfall_lure",
        ),
    ],
)
def test_the_shape_is_found_whatever_the_wording(text: str, category: str) -> None:
    """Each shape gives its finding and at least a medium verdict."""
    result = scan(text)
    assert category in result.categories, result.findings
    assert result.risk is not Risk.LOW, result.findings


@pytest.mark.parametrize(
    "text",
    [
        # A bank's own warning: the way to act is refused.
        "Your account is never suspended by text message. We will never ask you to log in "
        "through a link; if such a message arrives, do not click it and call us.",
        "温馨提示:您的账户不会因为短信通知而冻结,请勿点击陌生链接,谨防诈骗。",
        # Honest notices: no trouble, or no way to act through the message.
        "Your order has shipped and will arrive on Friday. Track it in the app.",
        "Thank you, your payment of the deposit was received; production starts on Monday.",
        # A large sum in honest trade talk, no windfall said to be the reader's.
        "Please note the contract value is USD 1,250,000 and the deposit is due next week.",
    ],
)
def test_warnings_and_honest_notices_are_not_threats(text: str) -> None:
    """A refused way to act, or no trouble at all, gives no structural finding."""
    result = scan(text)
    assert not any(f.evidence.startswith("shape:") for f in result.findings), result.findings
