"""Round 7's shapes (`knowledge/scam/lure_offers.py`): each kind in wordings written here, not
copied from the data (a regression set, not a quality figure: the project wrote these texts),
the honest look-alikes each must leave alone (bank trade-finance pages, buying guides, bank
changes, dunning and expiry notices, police warnings), and input nobody designed (upper case,
European decimals, HTML specials, Chinese)."""

from __future__ import annotations

import pytest

from knowledge.scam.lure_offers import offer_lures
from knowledge.scam.normalise import normalise
from knowledge.scam.scanner import Risk
from tests.knowledge.scam.support import lure_kinds, scan

KINDS = [
    (
        "We offer fresh-cut SBLC and BG from top 25 banks on lease, leasing price 4+2%, "
        "delivery by MT760 within 7 banking days.",
        "instrument_offer",
    ),
    (
        "PROCEDURE: BUYER ISSUES ICPO WITH BANK RWA LETTER; SELLER SENDS SCO; BUYER SIGNS "
        "NCNDA/IMFPA; PAYMENT MT103 AFTER DIP TEST.",
        "instrument_offer",
    ),
    (
        "Please find below the MT799 pre-advice of EUR 25.000.000,00 issued in your favour, "
        "the MT760 follows after your bank confirms.",
        "instrument_offer",
    ),
    (
        "Dear friend, please pardon me for intruding, you do not know me. I am a widow "
        "and I want to donate my late husband's estate to charity through you.",
        "stranger_letter",
    ),
    (
        "Greetings. Your profit of $4,500 will be credited to your wallet once you pay the "
        "activation fee of $300.",
        "fee_first",
    ),
    (
        "Hi, please charge an extra $1.250,00 on my credit card for my shipping agent who "
        "will pick up the goods.",
        "card_forwarder",
    ),
    (
        "John Smith just sent you money: USD 1,450 with an additional amount of USD 450 for "
        "the shipper, please refund it by Western Union.",
        "fake_payment",
    ),
    (
        "Your mailbox will be deactivated today as per your request. To cancel this request "
        "click here: http://mail-desk.example.net",
        "cancel_link",
    ),
    (
        "We are ABOUT TO DELETE all your mailbox messages as requested. CANCEL COMMAND: (link)",
        "cancel_link",
    ),
    (
        "Work from home: print the payee checks on Versa check paper and drop them at FedEx "
        "twice a week.",
        "cheque_job",
    ),
    ("王总:我换号了,这是新号码,存一下,收到回复。", "zh_new_number"),
    ("我是你领导,明天来我办公室一趟,先加我微信。", "zh_new_number"),
    ("本公司长期代开各地增值税发票,真票可查验,联系李经理。", "zh_invoice_sale"),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_each_kind_is_found_in_new_wording(text: str, kind: str) -> None:
    assert kind in lure_kinds(text)
    assert scan(text).risk is not Risk.LOW


HONEST = [
    # A bank's trade-finance page names the instruments and MT760, but leases nothing.
    "We issue standby letters of credit and bank guarantees via SWIFT MT760 for our "
    "clients' trade contracts, subject to credit approval.",
    # A buying guide that names one step of a procedure.
    "Ask the seller for an SGS report; an ICPO is a buyer's letter of intent to purchase.",
    # A supplier's first e-mail to a buyer it has not met.
    "We have never met, but we make LED panels for Philips; may I send our catalogue?",
    # A refund promised against a return, a balance before shipping.
    "The goods will be released for shipping once you pay the 70% balance.",
    "Your refund will be credited to your card within 5 working days.",
    # An honest card payment and an honest forwarder.
    "Please charge my card on file for the samples; my forwarder will collect on Monday.",
    # An honest payment notice and an expiry notice.
    "You received a payment of USD 1,200 from Acme Ltd for invoice 331.",
    "Your subscription has expired and your listing reverted to the free plan.",
    "Your membership has expired. You can still log on and use the free tools.",
    # An honest closure confirmation points to the settings, not to a link.
    "The shop listing is going to be closed on 1 June as you requested; to cancel the "
    "request, sign in and open Settings.",
    # A payroll clerk's job.
    "Payroll prints pay slips on the 25th and posts them by courier.",
    # Warnings that quote the kinds.
    "Beware of SBLC leasing offers: no bank leases an MT760 to a stranger; it is a scam.",
    "警方提醒:收到“我已换号,请存新号码”的短信,务必电话核实,谨防诈骗。",
    "代开发票是违法行为,请勿相信此类广告。",
    "我们是小规模纳税人,可以到税务局代开增值税专用发票。",
    "您好,我换了新号码,有事请联系新号。",
    "&lt;b&gt;MT103&lt;/b&gt; copy attached for invoice 4471 as agreed.",
    "",
]


@pytest.mark.parametrize("text", HONEST)
def test_honest_look_alikes_stay_low(text: str) -> None:
    assert [kind for kind in lure_kinds(text) if kind in _ROUND7] == []
    assert scan(text).risk is Risk.LOW


_ROUND7 = {kind for _, kind in KINDS}


def test_a_message_about_the_trick_drops_every_offer() -> None:
    """A fraud warning that describes the 419 lead-in keeps nothing."""
    warning = (
        "Fraud alert: letters that begin 'you do not know me' and tell of a widow's "
        "donation are advance-fee scams."
    )
    assert offer_lures(normalise(warning).folded) == []
    assert scan(warning).risk is Risk.LOW
