"""Sellers' own payment terms and a vendor's own unpaid-invoice notice are not demands (issue 15,
round 18).

Four kinds that real honest sourcing text raised, each with look-alikes and scam twins written
for this test (knowledge/scam/own_terms.py and the trade-window cues of term_cues.py):
- a seller's or buying agent's stated payment window: counted from the buyer's own order ("pay
  in full within 48 hours of your purchase"), the seller's own step ("we will confirm your
  payment within 24 hours") or with an honest consequence for the order ("pay the difference
  within the next 24 hours, otherwise the order is refunded"); in Chinese, payment due on
  receipt of the invoice ("收到发票后应立即付款"). Its twins set the reader's deadline with a
  threat, a link or a new account;
- a difference the seller or agent refunds to the buyer ("if the freight costs less than you
  paid, we will refund the difference to your wallet"): its twins ask the reader to send a
  difference on (the overpayment scam), or ask a fee for the refund through a link;
- a vendor's notice that its OWN invoice is unpaid and the service will be (or was) suspended,
  with no link, no log-in, no phone number to call: its twins send the reader to a link, a
  log-in or a phone line, or ask for card details.
A demand to pay a NEW account urgently or secretly stays high whatever else is said.
"""

from __future__ import annotations

import pytest

from knowledge.scam.scanner import Risk
from tests.knowledge.scam.support import scan

WINDOWS = [
    "Payment: please make the full payment within 48 hours of your purchase. Items ship within "
    "three working days after the payment clears, with a tracking number.",
    "How to pay: choose any method at checkout. The marketplace will confirm your payment "
    "within 24 hours, and then we pack your order. Refunds take 7-10 working days.",
    "Price changes: if the supplier raises the price a little, we buy the item first and send "
    "you a notice. You then pay the difference within the next 24 hours. If you do not pay in "
    "time, the order will be refunded to your balance.",
]
WINDOW_TWINS = [
    "URGENT: make the full payment within 24 hours or your account will be suspended and "
    "reported. Pay here: http://order-release.example/pay",
    "Your order is on hold. Pay the price difference within the next 2 hours to our new "
    "account below, otherwise legal action will follow. Keep this confidential.",
    "Final notice: payment within 24 hours is required, otherwise your account is closed and "
    "the debt goes to collection. Confirm by replying with your card number.",
]
ZH_WINDOWS = [
    "付款条款：收到发票后应立即付款，已批准的贸易账户除外。可用支票或银行转账。",
    "付款方式：收到發票後請立即付款，付款確認後兩個工作日內發貨。",
]
ZH_WINDOW_TWINS = [
    "紧急通知：公司账户已变更，请立即付款到以下新账户，不要告诉其他人。",
    "您的包裹被海关扣留，请立即付款缴纳关税，点击链接 http://cn-post-fee.example 处理。",
]
INVOICE_NOTICES = [
    "Your web shop on our platform is paused because invoice 20418 is still unpaid. Please pay "
    "it from your billing page as usual. Once the invoice is settled, your shop will be "
    "activated within the hour.",
    "Billing questions. How long can an invoice stay unpaid? Fourteen days from the invoice "
    "date. If you fail to settle the invoice within those fourteen days, your account will be "
    "suspended and your files are kept for one more month.",
    "Reminder from the accounts team: invoice INV-5521 for your cloud storage is 20 days "
    "overdue. If it is not paid by Friday your account will be suspended. You can pay by bank "
    "transfer to the account printed on the invoice.",
]
INVOICE_NOTICE_TWINS = [
    "Your account will be suspended today because of an unpaid invoice. Log in here to update "
    "your payment method: http://billing-check.example/login",
    "Notice: your subscription has been suspended due to an unpaid invoice. Call our billing "
    "desk now on +1 808 555 0142 to keep your data.",
    "Your account will be suspended because invoice 8812 is unpaid. Reply with your card "
    "number, expiry and CVV so we can settle it for you.",
]
PRICE_DIFFERENCES = [
    "Shipping to your warehouse: we weigh each parcel before it leaves. If the final freight "
    "costs less than what you paid, we will refund the difference to your wallet within three "
    "days.",
    "Parcels are weighed again at the warehouse. Should the freight be lower than the fee you "
    "paid, we will refund the difference to your balance on the site.",
]
PRICE_DIFFERENCE_TWINS = [
    "I sent you more than the invoice by mistake. Please refund the difference to my agent by "
    "Western Union today.",
    "You paid more than the order, so we will refund the difference once you pay the release "
    "fee of $35 here: http://refund-desk.example",
    "Our accountant overpaid you by 2,000 USD. Kindly refund the difference to our new account "
    "below urgently.",
]
NEW_ACCOUNT_DEMANDS = [
    "Please make the full payment within 48 hours of your purchase. Note: our bank account has "
    "changed, so pay to the new account below today and keep this between us.",
    "Your service was suspended because invoice 311 is unpaid. Our old account is closed: wire "
    "the amount urgently to the new account IBAN GB33 BUKB 2020 1555 5555 55, and do not "
    "tell anyone.",
]

HONEST = [*WINDOWS, *ZH_WINDOWS, *INVOICE_NOTICES, *PRICE_DIFFERENCES]
TWINS = [*WINDOW_TWINS, *ZH_WINDOW_TWINS, *INVOICE_NOTICE_TWINS, *PRICE_DIFFERENCE_TWINS]


@pytest.mark.parametrize("text", HONEST)
def test_a_sellers_own_terms_or_invoice_notice_stays_low(text: str) -> None:
    assert scan(text).risk is Risk.LOW


@pytest.mark.parametrize("text", TWINS)
def test_its_scam_twin_stays_raised(text: str) -> None:
    assert scan(text).risk is not Risk.LOW


@pytest.mark.parametrize("text", NEW_ACCOUNT_DEMANDS)
def test_a_new_account_demand_stays_high(text: str) -> None:
    assert scan(text).risk is Risk.HIGH
