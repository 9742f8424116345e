"""Round 6's shapes (`knowledge/scam/lure_strangers.py` and the ultimatum in `lures.py`): each
kind in wordings written here, not copied from the data (a regression set, not a quality
figure: the project wrote these texts), the honest look-alikes each must leave alone, and
input nobody designed (upper case, typos, European decimals, HTML specials, Chinese)."""

from __future__ import annotations

import pytest

from knowledge.scam.lure_strangers import stranger_lures
from knowledge.scam.normalise import normalise
from knowledge.scam.scanner import Risk
from tests.knowledge.scam.support import lure_kinds, scan

_kinds = lure_kinds


KINDS = [
    (
        "Dear Sales, please see attached our purchase order 4471 for your review and kindly "
        "send us your PI with the lead time.",
        "buyer_order",
    ),
    ("ATTACHED IS OUR ORDER. KINDLY ISSUE THE PROFORMA SO WE CAN PROCESS PAYMENT.", "buyer_order"),
    (
        "Hello, I would like to buy 300 units of your LED panels. Do you accept credit card "
        "and can you ship to Lagos?",
        "card_order",
    ),
    (
        "Do you need a business loan? Fast approval, interest rate of 3% per year. "
        "Write to lender.fast@gmail.com",
        "money_offer",
    ),
    (
        "Hi, I changed banks and need to update my direct deposit before the next payroll. "
        "Can you send me the form?",
        "payroll",
    ),
    ("Kindly pay the clearance fee of €1.250,00 to release your consignment.", "release_fee"),
    ("您的快递已到驿站,请先支付保管费后才能领取。", "release_fee"),
    ("【通知】您的社保卡即将停用,请点击链接 www.example-gov.cn 办理", "zh_link"),
    (
        "Your compensation of USD 2,500,000 is approved. Contact our claims desk at "
        "desk.claims@outlook.com with your reference.",
        "free_mail",
    ),
    (
        "If you do not confirm your mailbox within 24 hours, your account will be "
        "permanently deleted.",
        "ultimatum",
    ),
    (
        "Dear Supplier, the transfer has been released today. Download the Payment-Advice.htm "
        "to see the details.",
        "remittance",
    ),
    ("Funds are waiting for you, this is NOT a scam, just reply to claim.", "vouching"),
    (
        "I lost my savings to a fake broker. Then I came across Trust Hackers, experts who "
        "helped me recover my lost bitcoin within a week. Contact them!",
        "recovery_ad",
    ),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_each_kind_is_found_in_new_wording(text: str, kind: str) -> None:
    assert kind in _kinds(text)
    assert scan(text).risk is not Risk.LOW


HONEST = [
    # An invoice against the reader's own order, no change of account: ordinary billing.
    "Please find attached invoice 2231 for your order PO 8812. Payment due in 30 days.",
    "Attached is the proforma for your PO #5521; our bank details are unchanged.",
    # A customer's remittance advice against the reader's own order.
    "Payment advice attached: we have paid invoice 77 for your order PO 4410, as agreed.",
    # Vouching named by a warning, or a platform describing its own protection.
    'Beware: scammers often write "this is not a scam" before asking for a fee.',
    "Trade Assurance gives you a risk-free trade experience on eligible orders.",
    # A victim's honest account of going to the bank and the police.
    "I contacted my bank at once and they helped me recover the money from the fraud.",
    "She paid a firm that promised to recover her funds; it was a second scam.",
    # An honest RFQ asks for a price first.
    "Please find attached our RFQ for 2,000 pcs; kindly quote and confirm the lead time.",
    # A supplier's terms page naming cards and shipping, with no order placed.
    "We accept credit card and PayPal, and we ship to most countries within 7 days.",
    # Fee pages and warnings: the fee stated, or the trick named.
    "Customs duties are paid by the importer when the goods are cleared.",
    "Scammers may ask you to pay a fee to release your parcel: never pay it.",
    "警方提醒:收到要求点击链接缴费的短信,切勿点击。",
    # A bank's notice with a deadline that names no loss by the reader's inaction.
    "If you do not recognise this payment, call the number on the back of your card.",
    # A free mailbox in an explainer's quote, and an honest supplier's contact.
    'Red flags: the reply address is "ceo.office@gmail.com" instead of the company domain.',
    "For samples contact our sales team: sales@factory-example.cn",
    "Balance USD 12,400 for the funds transfer; any question, contact lily.sales@gmail.com",
    "A loan for the new machine line was approved by our bank last month.",
    "&lt;b&gt;Payroll&lt;/b&gt; runs on the 25th; HR updates the calendar yearly.",
    "",
]


@pytest.mark.parametrize("text", HONEST)
def test_honest_look_alikes_stay_low(text: str) -> None:
    assert _kinds(text) == []
    assert scan(text).risk is Risk.LOW


def test_a_message_about_the_trick_drops_the_openings_but_not_a_free_mail_reply() -> None:
    """A warning that describes a fake order keeps nothing; a letter that calls its reader
    a scam victim and gives a free mailbox to claim money keeps the address."""
    warning = "Beware: scammers attach 'our new order' and ask you to confirm the PI."
    assert stranger_lures(normalise(warning).folded) == []
    letter = (
        "ATTN: Victim. You are eligible to receive restitution of USD 1,200,000 for the "
        "frauds you suffered. Contact the law firm at payout.desk@gmail.com today."
    )
    assert "free_mail" in _kinds(letter)
    assert scan(letter).risk is not Risk.LOW
