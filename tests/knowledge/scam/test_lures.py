"""Round 3's misses taken without false alarms: a stranger's order or RFQ to be viewed
through a link, a mailbox "over its limit", sanitized examples whose link is replaced by a
note that it was fake, and the executive's gift-card errand; and the honest look-alikes."""

from __future__ import annotations

import pytest

from knowledge.scam.scanner import Risk
from tests.knowledge.scam.support import scan

LURES = [
    "Kindly view the RFQ at the link below and send your best price: https://rfq-docs.example.net/v",
    "Hello, kindly click on the link to download our purchase order and confirm prices: "
    "https://wetransfer-po.example.com/d/abc",
    "Please find our purchase order attached, kindly confirm price. View PO here: "
    "http://po-view.example.net/order",
    "Your Mailbox Has Exceeded It Storage Limit As Set By Your Administrator. To Re-Validate "
    "- (bogus link here).",
    "Your email storage has exceeded its limits and needs to be increased immediately click "
    "below to add more space on time to avoid missing new emails",
    "Customs notice: your international shipment requires a [amount] release payment. Please "
    "pay here: [fake link]. This is time-sensitive.",
    "I need gift cards for a group of clients I will be meeting this morning. Kindly confirm "
    "if you can help get 5 x ($100) of iTunes gift cards at any store nearby.",
    "I need to get a gift card but I can't do this now because I'm not feeling well. Can you "
    "get it from any store around you? I'll pay back as soon as I get better.",
    "I aim to surprise some of our staff with gift cards and I will like you to handle this "
    "for me. You will keep it secret from others.",
]
HONEST = [
    "Please find attached our RFQ, kindly quote your best FOB price.",
    "Kindly check attached purchase order and confirm availability.",
    "Our catalogue is on our website; the product list is at the link on our Alibaba store.",
    "Parcel scams: a text says your parcel is held and asks for a fee at [fake link]. Never "
    "pay through a link in a text.",
    "Someone you know texts you. They need you to buy some gift cards (most commonly iTunes) "
    "right away. In reality it is a scammer posing as your contact.",
    "We pay a 50% deposit before you start printing and a 50% balance before you send off "
    "the goods.",
]


@pytest.mark.parametrize("text", LURES)
def test_order_and_mailbox_lures_are_flagged(text: str) -> None:
    assert scan(text).risk is not Risk.LOW, scan(text).findings


@pytest.mark.parametrize("text", HONEST)
def test_honest_orders_and_warnings_that_show_a_marked_link_stay_low(text: str) -> None:
    assert scan(text).risk is Risk.LOW, scan(text).findings
