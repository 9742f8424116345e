"""Round 15 (issue 15): kinds of forwarded honest mail the rules still raised, each beside its
scam twins (the same words turned into a demand, a secret or a check of the card).

Every text here is written for the test, in the shape of a KIND of development item (named in
each comment), not copied from one: a context rule that fixes the data items but not these
look-alikes does not count. Regression cases, not a measure: the figures are in
bench/README.md (round 15).
"""

from __future__ import annotations

import pytest

from tests.knowledge.scam.support import flagged, scan
from tests.knowledge.scam.support import rules_low as _low
from tests.knowledge.scam.support import scam_raised as _raised

# "Do not call" in a fraud warning's advice about the number a payment request gives, or in a
# story about a buyer who did not call (a bank's vendor-fraud alert, a law firm's wire-fraud
# explainer; ff013, f9005). A demand not to call the writer or the office stays high.
NO_CALL_HONEST = [
    "Always confirm a change of bank details by ringing the supplier on the number you already "
    "hold. Do not call the phone number given in the e-mail that asks for the change.",
    "In the cases we handled, the accounts clerk trusted the e-mail and they do not call the "
    "supplier to check before paying.",
    "Do not call any number listed in an unexpected payment request; look the supplier's "
    "number up yourself.",
    "It is late on a Friday, the deal must close, and you do not call. You simply pay.",
]
NO_CALL_TWINS = [
    "I'm boarding now, do not call, just process the wire to the new account today.",
    "Please keep this confidential and do not call the office about it. Send the transfer of "
    "$48,000 now.",
    "Do not call me, I am in a meeting. Send the transfer now.",
]


@pytest.mark.parametrize("text", NO_CALL_HONEST)
def test_do_not_call_a_number_or_a_story_is_no_secret(text: str) -> None:
    _low(text)


@pytest.mark.parametrize("text", NO_CALL_TWINS)
def test_do_not_call_me_stays_high(text: str) -> None:
    _raised(text, "unusual_transfer", high=True)


# A subject line about customs fees, then a greeting line, then "First, thanks ...": the fee
# words and the "first / before" of a demand sit in two texts (an import-VAT thread on a
# project's issue tracker; hw025). The fee demanded first, in one sentence or one wrapped
# paragraph, stays raised.
ACROSS_HONEST = [
    "Re: customs fees in Germany\nHi team,\nFirst of all thanks for shipping so fast.",
    "Customs fees in the UK\nHello,\nBefore anything else, thank you for the quick reply.",
    "Import VAT and customs charges\n\nFirst, the good news: the parcel arrived on Monday.",
]
ACROSS_TWINS = [
    "Customs fee must be paid first, before the parcel is released.",
    "Your parcel is at the port. Customs clearance fee of USD 300 required before delivery.",
    "Your package is held.\nCustoms fee of $45\nmust be paid before it is released.",
]


@pytest.mark.parametrize("text", ACROSS_HONEST)
def test_fee_words_across_a_greeting_or_blank_line_are_two_texts(text: str) -> None:
    _low(text)


@pytest.mark.parametrize("text", ACROSS_TWINS)
def test_a_customs_fee_demanded_first_stays_raised(text: str) -> None:
    _raised(text, "surprise_fees")


# A card authorisation form: the cardholder signs to let a named company charge the card, the
# form asks for the number, the expiry and a copy of the card (a travel agency's form; hw056).
# A card asked for with its security code, to verify or unlock an account, or by a "refund",
# stays high.
FORM_HONEST = [
    "CARD PAYMENT AUTHORISATION\nI authorise Harbour Hotels Ltd to charge the card below for "
    "the booking deposit.\nCardholder name:\nCard number:\nExpiry date:\nSignature of "
    "cardholder:\nPlease return the signed form by fax or e-mail with a copy of the front and "
    "back of the card.",
    "Recurring charge authorization form. I, the undersigned cardholder, authorize Kestrel "
    "Freight to debit my credit card for the monthly storage invoice. Card type: Visa / "
    "Mastercard. Card number: ____ Expiry date: ____ Cardholder signature: ____",
]
FORM_TWINS = [
    "Card authorization form. I authorize Acme Pay to charge my card. Card number:\nExpiry "
    "date:\nCVV:\nSignature:\nReturn it today to verify your account and avoid suspension.",
    "To confirm you are the card holder, e-mail us a scan of the front and back of your credit "
    "card with the card number and expiry date. I authorise the refund to be credited once "
    "signed.",
    "Your account has been limited. Reply with your card number, expiry date and a photo of "
    "the front and back of the card to confirm you are the owner.",
]


@pytest.mark.parametrize("text", FORM_HONEST)
def test_a_signed_card_authorisation_form_is_a_way_to_pay(text: str) -> None:
    _low(text)


@pytest.mark.parametrize("text", FORM_TWINS)
def test_card_details_to_verify_or_refund_stay_high(text: str) -> None:
    _raised(text, "credentials_request", high=True)


# A statement or credit policy whose ultimatum ends in a trade account's credit terms: the
# account marked delinquent or past due, put on credit hold, credit privileges suspended (a
# vendor's statement-reminder terms; hw031). A suspended, closed or blocked account, a fee to
# release a shipment, a verification or a "pay now" link stays raised.
ACCOUNT_TERMS_HONEST = [
    "Invoices are due 30 days from the invoice date. Failure to pay by the due date may result "
    "in your account being placed on credit hold and open orders being held.",
    "Payment is due within 30 days of the statement date. Failure to complete payment by then "
    "may result in your account being marked as past due and in the suspension of your credit "
    "terms.",
    "Failure to settle overdue invoices within terms may result in your trade account being "
    "put on hold and the loss of your credit limit.",
]
ACCOUNT_TERMS_TWINS = [
    "Failure to pay the outstanding fee within 24 hours will result in your account being "
    "suspended and legal action.",
    "Failure to verify your billing details will result in cancellation of your account.",
    "Failure to pay today will result in your account being marked as delinquent. Pay now at "
    "https://pay-portal.example.top/inv",
    "Failure to complete payment of the release fee will result in your shipment being "
    "returned and destroyed.",
]


@pytest.mark.parametrize("text", ACCOUNT_TERMS_HONEST)
def test_a_late_accounts_credit_terms_are_terms(text: str) -> None:
    _low(text)


@pytest.mark.parametrize("text", ACCOUNT_TERMS_TWINS)
def test_an_ultimatum_with_a_threat_or_a_way_out_stays_raised(text: str) -> None:
    _raised(text, "pressing_request")


# A vendor's overdue or credit-hold letter: "your account" past due or on hold, a statement
# attached, and what is billed stated (invoice number, due date, amount, account number), no
# link and no log-in (a credit-collections model letter "IMMEDIATE ACTION REQUIRED: shipments
# on hold"; hw062). The same letter with a log-in, a link or a new bank account stays raised.
LETTER_HONEST = [
    "ACCOUNT ON HOLD\nDear Ms Okafor,\nYour account 20-4471 is 45 days past due. Invoice number "
    "INV-2231, due date 12 May, amount USD 4,200. A statement of your account is attached. "
    "Please settle the balance so we can release the held orders.",
    "Reminder: overdue balance on your account. Our records show invoice no. 8812 (due date 30 "
    "June, amount EUR 1,150) is still open. The statement is attached for your review.",
    "IMMEDIATE ACTION REQUIRED - your account is past due. Invoice #4410, amount due $3,080, "
    "due on 2 March. Please find your statement attached and contact our credit team on the "
    "number on your contract.",
]
LETTER_TWINS = [
    "URGENT: your account is on hold. Invoice number: 5521, amount due: USD 4,200, due date: 1 "
    "May. Open the attached statement and log in to release your shipments.",
    "Your account is on hold for an overdue balance. Invoice no. 3312, amount due $980. Click "
    "the link below to view your statement: http://billing-restore.example.top/stmt",
    "Your account is overdue: invoice number 7781, amount due USD 12,400. Kindly remit today to "
    "our new bank account shown in the attached letter.",
]


@pytest.mark.parametrize("text", LETTER_HONEST)
def test_an_overdue_letter_that_states_the_billing_is_billing(text: str) -> None:
    _low(text)


@pytest.mark.parametrize("text", LETTER_TWINS)
def test_an_overdue_letter_with_a_log_in_link_or_new_account_stays_raised(text: str) -> None:
    result = scan(text)
    assert flagged(result), [(f.category, f.excerpt) for f in result.findings]


# Paying today or immediately as one option in a condition that names how ("If you pay
# immediately (i.e. by bank card / PayPal), you'll receive the deposit invoice"; a conference's
# invoicing FAQ, hx031). A discount, a loss or a cancellation for paying now, or a bare "pay
# immediately", stays raised.
OPTION_HONEST = [
    "If you pay today by card, the receipt is e-mailed at once; a bank transfer takes two days "
    "to show.",
    "If you pay immediately by PayPal, your order moves to production the same day.",
]
OPTION_TWINS = [
    "If you pay immediately, we give you 5% off the whole order.",
    "If you pay today by Western Union you get a special 10% discount.",
    "If you do not pay immediately, your order will be cancelled.",
    "Pay immediately to avoid cancellation.",
]


@pytest.mark.parametrize("text", OPTION_HONEST)
def test_paying_now_by_a_named_method_in_a_condition_is_an_option(text: str) -> None:
    _low(text)


@pytest.mark.parametrize("text", OPTION_TWINS)
def test_paying_now_for_a_discount_or_to_avoid_a_loss_stays_raised(text: str) -> None:
    _raised(text, "pressure")


# A warning that quotes a document lure and tells the reader not to open or click it (a
# forum's virus warning about "remittance advice for 188.29 GBP" e-mails; f8010). The lure
# itself, "do not reply ... open the attachment" and "do not open it on a phone, open the
# file on your computer" stay raised.
REFUSED_HONEST = [
    "Heads up, several of us got a remittance advice from a name we do not know, with an xls "
    "file attached. DO NOT CLICK IT. Delete it.",
    "Warning: a payment advice e-mail with a PDF attached is going round our customers. Please "
    "do not open the attachment and forward the e-mail to IT.",
]
REFUSED_TWINS = [
    "Remittance advice for 188.29 GBP attached. Please open the attachment and confirm receipt.",
    "Your remittance advice is attached. Do not reply to this e-mail; open the attachment to "
    "confirm the payment.",
    "Payment advice attached. Do not open it on a phone, open the file on your computer and "
    "sign in to view.",
]


@pytest.mark.parametrize("text", REFUSED_HONEST)
def test_a_warning_not_to_open_the_quoted_lure_is_a_warning(text: str) -> None:
    _low(text)


@pytest.mark.parametrize("text", REFUSED_TWINS)
def test_the_document_lure_itself_stays_raised(text: str) -> None:
    _raised(text, "open_or_log_in")
