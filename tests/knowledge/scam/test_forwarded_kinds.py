"""Round 14 (issue 15): kinds of honest mail a sourcing team forwards that the rules raised,
each beside its scam twins (the same words turned into a demand, a secret or a way out): the
business terms read by `knowledge/scam/terms.py` (the other kinds: test_forwarded_voices.py).

Every text here is written for the test, in the shape of a KIND of development item (named in
each comment), not copied from one: a context rule that fixes the data items but not these
look-alikes does not count. Regression cases, not a measure: the figures are in
bench/README.md (round 14).
"""

from __future__ import annotations

import pytest

from tests.knowledge.scam.support import honest_low as _low
from tests.knowledge.scam.support import rules_low as _rules_low
from tests.knowledge.scam.support import scam_raised as _raised
from tests.knowledge.scam.support import scan

# Card details asked to PAY the writer's own invoice, the card named beside a bank transfer
# (an inspection firm's payment page, a shop that forgot to charge; hy063, hy003): the card is
# one of the ways to pay. A card asked for to verify, unlock or refund, with its security code,
# or as the only way out of a held parcel, stays high.
CARD_HONEST = [
    "Test reports are invoiced on completion and due within 14 days. You may settle by bank "
    "transfer, or by Visa or Mastercard; for a card payment please give us the card number "
    "and expiry date by phone.",
    "We noticed the sample order was never charged. Could you either make the wire transfer "
    "or provide your credit card details so that we can take the payment of the balance?",
    "Payment of our fees: telegraphic transfer in euro, or by credit card (Visa, Amex). To pay "
    "by card, send us the card number and the name on the card.",
]
CARD_TWINS = [
    "Your account has been put on hold. To verify your identity, provide your card number, "
    "expiry date and CVV in your reply.",
    "Your parcel is held at customs. To pay the release fee, please provide your card number "
    "and expiry date today.",
    "We overpaid you by mistake. Kindly send your card details and the security code on the "
    "back so we can refund the difference.",
]


@pytest.mark.parametrize("text", CARD_HONEST)
def test_card_details_to_pay_an_invoice_beside_a_transfer_are_a_way_to_pay(text: str) -> None:
    _low(text)


@pytest.mark.parametrize("text", CARD_TWINS)
def test_card_details_to_verify_refund_or_release_stay_high(text: str) -> None:
    _raised(text, "credentials_request", high=True)


# Western Union named in a broker's or supplier's list of accepted methods, with "can be
# made via", a personal or company cheque among them, and a date by which the money must
# reach the seller (hy070, hy044). "Only", a receiver's name or a demand to use it stays.
LISTED_HONEST = [
    "Once the entry is filed you will receive our invoice. Payment can be made by wire "
    "transfer, Western Union or personal check mailed to our office.",
    "Payment terms: the buyer pays the proforma amount by T/T, PayPal or Western Union, which "
    "must reach us within 5 days of the proforma date.",
    "Invoices may be paid by bank transfer, MoneyGram, or a company cheque.",
]
LISTED_TWINS = [
    "Payment can be made by Western Union only, receiver name Chen Li, send the MTCN once paid.",
    "We accept T/T and PayPal, but for this order you must pay by Western Union to my "
    "personal name.",
]


@pytest.mark.parametrize("text", LISTED_HONEST)
def test_western_union_listed_among_accepted_methods_is_advice(text: str) -> None:
    _low(text)
    assert "untraceable_payment" in scan(text).categories  # the advice still shows


@pytest.mark.parametrize("text", LISTED_TWINS)
def test_western_union_demanded_stays_raised(text: str) -> None:
    _raised(text, "untraceable_payment", high=True)


# A payment window counted from the reader's own order and an ultimatum whose cost is a term
# of the trade, in a message with no link and no log-in (a shop's one-hour e-transfer rule, a
# supplier's "failure to pay will result in the goods being considered abandoned", a
# forwarder's GRI rule, an auction's "you will lose the right"; hy017, fe005, hy024).
# A window counted from the message, an ultimatum with a link or a legal or account threat
# stays raised.
TERMS_HONEST = [
    "We only take e-transfers. The transfer must reach us within 2 hours of placing an order "
    "or the order is released back to stock.",
    "The balance is due 10 days after the goods are ready. Failure to pay will result in "
    "storage charges being added to the invoice.",
    "Do not gate in the last container before the new booking is issued. Failure to do so "
    "will result in the whole booking being rated at the new tariff.",
    "If you fail to pay the winning bid, you will lose the right to buy the lot.",
]
TERMS_TWINS = [
    ("The transfer must be received within 1 hour of this message or your order is cancelled.",
     "pressure"),
    ("If you do not confirm your details at http://secure-billing-check.top within 24 hours, "
     "your account will be suspended.", "pressing_request"),
    ("Failure to settle this invoice today will result in legal action against your company.",
     "pressing_request"),
]  # fmt: skip


@pytest.mark.parametrize("text", TERMS_HONEST)
def test_a_deadline_that_is_a_term_of_the_trade_is_no_threat(text: str) -> None:
    _low(text)


@pytest.mark.parametrize(("text", "category"), TERMS_TWINS)
def test_a_deadline_from_now_or_a_threat_with_a_way_out_stays(text: str, category: str) -> None:
    _raised(text, category)


# A secure portal or document named as a place, with no link and no ask to open or log in (a
# customs notice about the broker's secure data portal, a payments team's upload tool; hz016,
# hx041). A secure document with a link or an ask to open it is the phish.
PORTAL_HONEST = [
    "Brokers can pay duties from the importer's ACH account and see the monthly statements "
    "in the secure data portal.",
    "Bank letters should reach us only through our encrypted document upload, never by chat.",
]
PORTAL_TWINS = [
    "You have received a secure document from accounts. View it here: "
    "https://docs-share-view.top/d/8812",
    "The remittance advice is password protected. Open the attachment and sign in with your "
    "e-mail password to see it.",
]


@pytest.mark.parametrize("text", PORTAL_HONEST)
def test_a_secure_portal_named_without_a_link_is_a_place(text: str) -> None:
    _low(text)


@pytest.mark.parametrize("text", PORTAL_TWINS)
def test_a_secure_document_with_a_link_or_log_in_stays(text: str) -> None:
    _raised(text, "open_or_log_in")


# The writer's own question about sending a wire (a finance note listing questions for the
# bank; hz042): "can we send a wire ...?" asks whether, it asks the reader for nothing. A wire
# asked of the reader stays.
WIRE_HONEST = [
    "Questions for the bank: can we send a wire transfer to a supplier in Vietnam? How much "
    "are the fees?",
    "Could we send a wire to the forwarder instead of paying by card?",
]
WIRE_TWINS = [
    "Can you send a wire of $24,800 to our new vendor today? I am in a meeting, email only.",
    "I need you to send a wire of 48,000 EUR before noon. Keep this confidential.",
]


@pytest.mark.parametrize("text", WIRE_HONEST)
def test_the_writers_own_question_about_a_wire_is_not_a_request(text: str) -> None:
    _low(text)


@pytest.mark.parametrize("text", WIRE_TWINS)
def test_a_wire_asked_of_the_reader_stays(text: str) -> None:
    _raised(text, "unusual_transfer")


# A button's name quoted in a site's how-to (a supplier's or a shop's steps: click "Pay now"
# on the order page; h7071, hy055): the words are a label, not a demand.
BUTTON_HONEST = [
    "To pay by transfer, open the order and click 'Pay now', then choose Wire Transfer.",
    "Duties can be paid on the carrier's site: press \"Pay now\" on your order's tracking page.",
]
BUTTON_TWINS = ["Pay now or the order will be cancelled and the stock released tonight."]


@pytest.mark.parametrize("text", BUTTON_HONEST)
def test_a_quoted_button_name_is_not_pressure(text: str) -> None:
    _low(text)


@pytest.mark.parametrize("text", BUTTON_TWINS)
def test_the_same_words_as_a_demand_stay(text: str) -> None:
    _raised(text, "pressure")


# A bounced payment told as what WOULD happen if the reader mistypes the beneficiary (a
# proforma's order process; hy044): a caution, not the excuse "your payment was returned, pay
# our other account".
# (Beside a full prepayment and Western Union among the methods: three weak signs together
# reach medium, so the caution must not count as one.)
BOUNCE_HONEST = [
    "Payment terms: the buyer pays 100% in advance by T/T, PayPal or Western Union. Please "
    "check the beneficiary name and account number; otherwise the payment may be rejected.",
    "Terms of payment: full amount before shipment, by bank transfer or Western Union. Write "
    "the account number exactly as on the proforma, or the payment will be bounced.",
]
BOUNCE_TWINS = [
    "Your last payment was returned. Please pay the balance to our new account today.",
]


@pytest.mark.parametrize("text", BOUNCE_HONEST)
def test_a_bounce_that_would_follow_a_mistake_is_a_caution(text: str) -> None:
    _low(text)


@pytest.mark.parametrize("text", BOUNCE_TWINS)
def test_a_bounce_told_as_the_reason_to_pay_elsewhere_stays(text: str) -> None:
    _raised(text, "changed_bank_details")


# A person's account named where no money moves (a ticket about who owns the billing log-in;
# h9082): a user account, not a payee. Money sent or to be sent to it stays high.
PERSON_ACCOUNT_HONEST = [
    "Receipts for our plan go to one address only. The owner of the account left the company "
    "and nobody reads that mailbox now.",
    "Only our director's personal account on the supplier portal has admin rights, so he has "
    "to add the new buyers.",
]
PERSON_ACCOUNT_TWINS = [
    "Please pay the deposit to our director's personal account, it is the same company.",
    "Our company account is frozen. Use the owner of the account below for this payment.",
]


@pytest.mark.parametrize("text", PERSON_ACCOUNT_HONEST)
def test_a_persons_account_where_no_money_moves_is_a_log_in(text: str) -> None:
    _rules_low(text)  # the learned part raises the portal one
    assert "untraceable_payment" in scan(text).categories  # lowered, still shown


@pytest.mark.parametrize("text", PERSON_ACCOUNT_TWINS)
def test_money_to_a_persons_account_stays_high(text: str) -> None:
    _raised(text, "untraceable_payment", high=True)
