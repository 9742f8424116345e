"""Round 12 (issue 15): kinds of honest business mail the rules used to raise, each beside its
scam twin (the same letter turned into a demand to pay or hand over something now).

Every honest text here is written for the test in the shape of a real development item (named
in the docstring); the twins are the scams the same context must not excuse. Regression cases,
not a measure: the figures are in bench/README.md.
"""

from __future__ import annotations

import pytest

from knowledge.scam.scanner import Risk
from tests.knowledge.scam.support import flagged, scan


def honest_and_twin(honest: str, twin: str, category: str, *, high: bool = False) -> None:
    """The honest look-alike stays low; its twin is raised (high when asked), with a finding
    of `category`."""
    assert not flagged(scan(honest))
    raised = scan(twin)
    assert raised.risk is Risk.HIGH if high else flagged(raised)
    assert category in raised.categories


# A bank's own one-time-code text (h9116): the code is the reader's, and the text tells them
# never to share it, two sentences on ("call us if this wasn't you" in between).
CODE_TEXTS = [
    (
        "OTP to MAKE A NEW PAYMENT of GBP 9,441.29 to account ending 4471. Please call us if "
        "this wasn't you. NEVER share this code, not even with bank staff.",
        "You will get an OTP from your bank. Send it to us on WhatsApp. Never share it with "
        "others.",
    ),
    (
        "Your OTP is 482911. It is valid for 10 minutes. Do not share this code with anyone.",
        "You will receive an OTP on your phone now. Read it back to us so we can release the "
        "payment. Never share it with anyone else.",
    ),
]


@pytest.mark.parametrize(("honest", "scam"), CODE_TEXTS)
def test_a_banks_code_text_is_honest_but_asking_for_the_code_is_not(
    honest: str, scam: str
) -> None:
    result = scan(honest)
    # Round 19: the multilingual sentence encoder raises the bank's own payment-code text to
    # medium on its own (a false alarm; no rule finding): the rules still leave it alone.
    assert not flagged(result) or (not result.findings and result.rule_points == 0)
    assert scan(scam).risk is Risk.HIGH


# A shop's or supplier's bank-transfer instructions with a payment window of days (h8062): time
# to check is left; the same letter with a window of hours is pressure.
SHOP_TRANSFER = (
    "Please transfer the total amount to the following bank account. Enter your name and "
    "your invoice number in the subject field. Please make sure your payment is with us "
    "within {window} or your order will be cancelled. We will ship your order as soon as we "
    "receive your payment."
)


def test_a_payment_window_of_days_is_a_term_but_one_of_hours_is_pressure() -> None:
    assert not flagged(scan(SHOP_TRANSFER.format(window="7 days")))
    assert not flagged(scan(SHOP_TRANSFER.format(window="two weeks")))
    rushed = scan(SHOP_TRANSFER.format(window="2 hours"))
    assert flagged(rushed)
    assert "pressure" in rushed.categories


# A treasurer's note about a bill someone paid with their own card (hx011): the card is where
# the money came from; paying the deposit TO his own card is a payee that is not the company.
def test_paying_with_ones_own_card_is_a_reimbursement_but_paying_to_it_is_not() -> None:
    honest_and_twin(
        "We don't currently have a VISA account, which is necessary to have an account with "
        "Sonic, so Max has been paying with his own card. I'd like to write him a check for "
        "the internet this month.",
        "We don't currently have a company account, so please pay the deposit to his own "
        "card. I will send the number today.",
        "untraceable_payment",
        high=True,
    )


# A bank merger told by the account's owner with the old details still working (h8135): a
# diversion needs the old account to stop. The same notice asking to pay the new IBAN, or
# keeping the old one only "until Friday", is still a changed account.
MERGER = (
    "Our bank merged into Rheinhessen Sparkasse, resulting in a new IBAN and BIC.\n"
    "IBAN: DE12 5505 0120 0000 1234 56\nBIC: MALADE51WOR\n"
)


@pytest.mark.parametrize(
    "ending",
    [
        "The former IBAN will continue to work until Friday. Please pay the open invoice to "
        "the new IBAN today.",
        "The old account will remain active, but kindly use the new one for all payments.",
        "The old account is closed; the former details no longer work.",
    ],
)
def test_a_merger_notice_is_honest_while_the_old_account_works_but_not_as_a_demand(
    ending: str,
) -> None:
    honest = MERGER + "The former IBAN and BIC will continue to work and the bank maps them."
    assert not flagged(scan(honest))
    assert scan(MERGER + ending).risk is Risk.HIGH


# A payment platform's help article: after the merchant asks, the reader WILL receive an
# e-mail with a link to update their bank details (h7037). A message that hands the reader
# such a link now is the phish.
def test_a_help_article_promising_an_update_link_is_honest_but_sending_one_is_not() -> None:
    honest_and_twin(
        "Changing your bank details\nThe merchant you're paying should be able to initiate "
        "the bank account update request from within their merchant dashboard. Please reach "
        "out to them directly to request this.\n- Once they have done this, you will receive "
        "an email with a unique link to update your bank details. Please note that this link "
        "is for one-time use only and expires after 24 hours.",
        "Dear customer, please use this link to update your bank details: "
        "http://secure-update.example.com",
        "open_or_log_in",
    )


# A trade story's figures (fa062, fb012): a company's annual sales or goods run into
# millions. A stranger's millions waiting for the reader are the windfall letter.
def test_a_companys_millions_in_sales_are_no_windfall_but_a_strangers_are() -> None:
    honest_and_twin(
        "Company B claimed that it was a well-known Nigerian ceramic tile wholesaler with "
        "annual sales of 80 million U.S. dollars, and planned to place an order of "
        "approximately US$170,000.",
        "Dear friend, my late client left 10.5 million US dollars with no next of kin. "
        "Reply so we can share the funds.",
        "windfall_lure",
    )


# A forwarder's or service's own billing notice (h7087): "if you think you have been charged
# twice, tell us and we will credit you" leaves the judging to the reader. The fake renewal
# notice says the charge was made and gives a number to call.
def test_a_service_asking_whether_you_were_charged_twice_is_no_fake_notice() -> None:
    honest_and_twin(
        "Due to a change in the invoice system, we may double charge you for the same "
        "service. However, if you think you have been charged or paid twice for the same fee, "
        "please let us know and we will add credit to your account.",
        "You have been charged $499.99 for the annual renewal of your protection plan. If "
        "you think this is a mistake, call us at 1-888-555-0199 to cancel within 24 hours.",
        "fake_notice",
        high=True,
    )


# Minutes about keeping the club's account in good standing (h9079): the trouble is being
# prevented. An account said to be suspended, with "to prevent delays" tacked on, is the excuse
# for paying another account.
@pytest.mark.parametrize(
    "scam",
    [
        "Our account is suspended so please pay to the account below to prevent delays.",
        "To avoid your account being frozen, our accounts team asks you to pay the invoice to "
        "our temporary account today.",
        "Pay today to avoid auction. Important: Our bank account has changed.",
    ],
)
def test_preventing_an_account_trouble_is_honest_but_claiming_one_is_not(scam: str) -> None:
    honest = scan(
        "Accounts: update on finances. Filing bank identity details to prevent our account "
        "from being suspended: treasurer to ping. No change on bank account at the present "
        "time."
    )
    assert not flagged(honest)
    assert scan(scam).risk is Risk.HIGH


# A Chinese supplier's payment-terms change notice (hx043): "make sure your receiving mailbox
# is right" followed by its next heading, "overdue-payment policy update". The mailbox phish
# says the trouble in the mailbox's own sentence.
def test_a_chinese_terms_notice_is_honest_but_a_mailbox_phish_is_not() -> None:
    notice = scan(
        "尊敬的客户:\n您好!为进一步简化操作流程,我们将统一通过电子发票系统发送增值税专用发票。"
        "请您务必确保接收邮箱准确无误,以便第一时间获取票据信息。\n4. 逾期付款政策更新\n"
        "若未能按照新的结算周期按时付款,公司将根据实际情况收取一定比例的滞纳金。"
    )
    assert not flagged(notice)
    phish = scan(
        "尊敬的客户:\n您的企业邮箱容量已满,将于今日停用。请点击链接登录验证,以免影响收发邮件。"
    )
    assert phish.risk is Risk.HIGH


# A quote's or contract's due-date clause (h8070): "in full on or before the Payment Date". The
# same words asking for the whole amount before production are the prepayment flag.
def test_paying_in_full_by_a_due_date_is_a_term_but_before_production_is_a_flag() -> None:
    honest = scan(
        "In exchange for these Services you agree to pay the Charges on or before the Payment "
        "Date. You will be required to pay the Charges in full on or before the Payment Date "
        "unless otherwise agreed by us in writing."
    )
    assert not flagged(honest)
    assert "full_prepayment" not in honest.categories
    prepay = scan("Please pay 100% before production, the delivery date is 20 days after payment.")
    assert "full_prepayment" in prepay.categories
    # Since round 13 a full prepayment is advice, not an alarm: alone it raised no scam and
    # five honest suppliers' and forwarders' terms in the development data (honest_heldout2).
    assert not flagged(prepay)


# A supplier's payment-terms page: the methods on their own line, then the deposit terms with a
# "must" on the next line (m172). The same page demanding Western Union today is a flag.
TERMS_PAGE = "Payment terms:\nBank Transfer (T/T), Cash, Western Union\n"


def test_a_terms_page_listing_western_union_is_advice_but_demanding_it_is_not() -> None:
    honest = scan(
        TERMS_PAGE + "Normally, for big orders, 30% to 50% deposit required, balance must be "
        "arrived before shipment, and once the production is done we would inform you for "
        "the balance payment in time."
    )
    assert not flagged(honest)
    assert honest.findings[0].category == "untraceable_payment"  # kept as advice
    demand = scan(
        TERMS_PAGE + "For this order the bank transfer is not possible, so the balance must "
        "be sent today by Western Union to our manager, please send me the MTCN."
    )
    assert demand.risk is Risk.HIGH


# A payer checking, before paying, that the payee's details are unchanged (h9074): what every
# bank-change warning asks a buyer to do. "Confirm the payment of the attached invoice today"
# is the fake payment notice.
def test_asking_whether_the_payment_address_is_still_the_same_is_no_fake_notice() -> None:
    honest = scan(
        "Thank you for delivering milestone 1. Before we make the payment, could you please "
        "confirm if the payment address is still the same as in your application?"
    )
    assert not flagged(honest)
    assert scan("Please confirm the payment of the attached invoice today.").risk is Risk.HIGH


# A feature request about invoices attached to notification e-mails (h7041): "the e-mail it is
# attached to" tells where a file goes and hands none over. "The invoice is attached to this
# email. Kindly process it" is the unsolicited attachment lure.
def test_saying_what_a_file_is_attached_to_is_no_attachment_lure() -> None:
    honest_and_twin(
        "Attach payable invoice to bank transfer contribution emails. We could easily provide "
        "an invoice as an attachment, which would function as a self-serve invoice. Show "
        "payment information (the same that appears in the bank transfer notification email "
        "it is attached to). List the amount due. Many companies cannot make a payment unless "
        "they have an invoice, so the process matters.",
        "Good morning, the invoice for the bank transfer is attached to this email. Kindly "
        "process it for payment.",
        "open_or_log_in",
    )


# A fraud checklist (f3052): what to do with "the suspicious message", then its "common
# indicators" ("urgent pressure to pay today"). A scam that borrows the checklist's words and
# then claims a new account is still one.
def test_a_fraud_checklists_indicators_are_shown_but_a_claimed_new_account_is_not() -> None:
    checklist = scan(
        "Do not send payment\nWhat to do\n- Pause the transaction immediately.\n- Do not "
        "reply to the suspicious message.\n- Verify the request using a known phone number."
        "\nCommon indicators\n- Urgent pressure to pay today\n- Banking details changed "
        "unexpectedly"
    )
    assert not flagged(checklist)
    dressed = scan(
        "Common indicators of a suspicious email are spelling errors. Our bank account has "
        "changed, please pay the invoice to our new account today."
    )
    assert dressed.risk is Risk.HIGH
