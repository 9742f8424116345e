"""Round 5's structural shapes (`knowledge/scam/lures.py`): each shape in wordings written
here (a regression set, not a quality figure: these texts were written by the project), the
honest look-alikes they must leave alone, refusals and warnings, and input nobody designed
(upper case, European decimals, HTML specials, huge numbers, Chinese)."""

from __future__ import annotations

import pytest

from knowledge.scam.lures import asking_before, find_lures
from knowledge.scam.normalise import normalise
from knowledge.scam.red_flags import Severity
from knowledge.scam.scanner import Risk
from tests.knowledge.scam.support import lure_kinds, red_flags, scan

_kinds = lure_kinds


SHAPES = [
    ("Please wire 8,000 USD to this account today, it is urgent.", "money_now"),
    ("Can you transfer €12.500,00 to the account below before the end of the day?", "money_now"),
    ("PLEASE WIRE $8M TO THIS ACCOUNT ASAP", "money_now"),
    ("Remit the new payment by 27/02/2019 as agreed.", "money_now"),
    ("I need you to make a payment today, email me back once you get this.", "money_now"),
    ("Please find attached two invoices for processing.", "attachment"),
    (
        "Kindly find attached our reminder and copy of the invoices. Prompt payment please.",
        "attachment",
    ),
    ("We request you to follow the link below and confirm your bank details.", "details"),
    (
        "We are the registration department in China. A company is applying to register your "
        "brand as their domain. Please confirm with us.",
        "domain_letter",
    ),
    ("您的包裹派送没有成功，详情请联系客服电话 0755-1234567。", "parcel"),
    ("【驿站】您的快件在分拣时受损了，麻烦加微信给您处理", "parcel"),
    ("Ihr Paket wartet. Eine Zollgebühr von 2,99 ist offen: https://example.net/paket", "parcel"),
    ("Can you send me the 6 digit code that just arrived on your phone?", "code"),
    ("请把验证码发给我，我帮你处理", "code"),
    ("I need a small favour. Are you available right now?", "opener"),
    (
        "Your subscription renewal of USD 399.99 was charged today. To cancel call our "
        "helpline at (839) 268-8812.",
        "call_back",
    ),
    (
        "My name is John Okafor, a barrister. Funds of 4.5 million are left to you as next "
        "of kin. Reply with your full names.",
        "advance_fee",
    ),
]


@pytest.mark.parametrize(("text", "kind"), SHAPES)
def test_each_shape_is_read_and_raises_the_verdict(text: str, kind: str) -> None:
    assert kind in _kinds(text)
    assert scan(text).risk is not Risk.LOW


def test_money_now_is_high_beside_a_deal_or_secrecy_and_says_to_verify() -> None:
    """The executive's acquisition wire is high; the bare request is medium, with its why."""
    deal = (
        "Hey, the deal is done. Please wire $8m to this account to finalise the acquisition ASAP."
    )
    assert scan(deal).risk is Risk.HIGH
    bare = scan("Please wire 8,000 USD to this account today.")
    assert bare.risk is Risk.MEDIUM
    assert any("phone number you already have" in finding.why for finding in bare.findings)
    folded = normalise("Please wire 8,000 USD to this account today.").folded
    lures = find_lures(folded, asking_before(red_flags().askers))
    assert [lure.severity for lure in lures] == [Severity.MEDIUM]


HONEST = [
    "Please pay the 70% balance before shipment; our bank details are on the PI.",
    "Please pay the balance of USD 12,400 to our usual account within 30 days of the B/L.",
    "Please find attached the packing list and the photos of the goods.",
    "Never wire money to a new account today just because an e-mail says so: it is a scam.",
    "Criminals write: 'Please wire $8m to this account ASAP.' Always verify by phone first.",
    "请勿向陌生人透露验证码。",
    "Your parcel was delivered today. Thank you for shopping with us.",
    "Are you available for a call on Tuesday to go through the drawings?",
    "A text that claims a small customs fee for your parcel and asks you to click is a scam.",
    "We received your payment of &lt;USD 1,000,000,000,000&gt; &amp; thank you.",
    "",
]


@pytest.mark.parametrize("text", HONEST)
def test_honest_look_alikes_and_warnings_stay_low(text: str) -> None:
    assert _kinds(text) == []
    assert scan(text).risk is Risk.LOW


def test_findings_quote_the_original_text() -> None:
    """A shape's finding quotes the message itself, whatever the folding did."""
    text = "Hello!\n\nPLEASE  WIRE $8M TO THIS ACCOUNT ASAP — thanks"
    found = [f for f in scan(text).findings if f.evidence == "shape: money_now"]
    assert found
    assert all(text[f.start : f.end] == f.excerpt for f in found)
    assert found[0].excerpt.startswith("PLEASE")
