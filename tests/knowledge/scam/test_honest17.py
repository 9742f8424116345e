"""Honest e-mail kinds told in the writer's own voice are not demands (issue 15, round 17).

Four kinds that real honest e-mail raised, each with look-alikes and scam twins written for
this test (knowledge/scam/exchanged.py):
- a customer's own complaint about a payment that did not activate what it paid for ("I paid
  but the subscription did not activate, please refund the extra charges"); its twins tell the
  reader to pay so that something activates;
- the writer's own failed attempt to reach someone on a messenger, in Chinese ("试过加QQ都没有
  反应": a customer asking who issues the fapiao); its twins push the reader to a messenger;
- a club's or team's account that should not be under one person's name alone ("so the
  account isn't just under my name"); its twins ask to pay a person's own account;
- a third person who may log in to download their invoice, in a reply with no link ("the
  person who bought the licences can log in to download the corrected invoice"); its twins ask
  the reader to log in, or give a link.
A demand to pay a new account, urgently or secretly, stays high whatever else is said.
"""

from __future__ import annotations

import pytest

from knowledge.scam.scanner import Risk
from tests.knowledge.scam.support import scan

COMPLAINTS = [
    "Hello, I bought the annual plan yesterday but right after I paid, the licence did not "
    "activate. I paid again thinking it had failed, and now my statement shows two charges. "
    "Please refund the second one to the same card.",
    "Hi support, we paid invoice 3307 on Monday, but the account still has not activated. "
    "Could you check whether the payment reached you? Our order number is 88-1204.",
    "Good morning. After we paid the upgrade the workspace was not activated, so our admin "
    "paid a second time. Please reverse one of the two charges.",
]
COMPLAINT_TWINS = [
    "Your account has been suspended. To activate it again, pay the reactivation fee of "
    "$49 today through the link below: http://account-restore.example/pay",
    "Notice: your parcel is on hold. Once you pay the $2.99 release fee your delivery will "
    "be activated. Pay now: http://parcel-fees.example",
    "Dear customer, your new card will be activated as soon as you pay the activation fee. "
    "Please send the payment within 24 hours or the card is cancelled.",
]
OWN_ATTEMPTS = [
    "咨询如何开发票\n财务要求报销必须有发票，请问应该联系谁开票？我尝试发邮件和加QQ都没有反应。",
    "请问增值税专用发票找谁开？之前试过加微信，也打了电话，一直没人回复。",
    "我们上个月的订单还没有收到发票，试着加了客服QQ没有回应，请帮忙转给财务。",
]
OWN_ATTEMPT_TWINS = [
    "开发票请加我QQ 83726611，付款后马上开票，平台上不要提，价格可以便宜。",
    "这个订单请不要在平台付款，加我微信私聊，直接转账到我的账户，今天付款今天发货。",
    "您好，开票请加微信 kaipiao888，先付10%的税点，当天出票。",
]
SHARED_ACCOUNTS = [
    "As treasurer I will ask the bank this week about opening an account for the club, with "
    "two signatories so the account isn't just under my name. Who else should sign?",
    "We are moving the association's money to a business account with the credit union, so "
    "that the account is not only in my name any more. I will report the balance at the AGM.",
]
SHARED_ACCOUNT_TWINS = [
    "Please do not pay the company account this time. Send the deposit to my personal "
    "account under my own name today, I will explain later. Keep this confidential.",
    "Our company account is blocked, so pay the invoice to the account under my name: "
    "IBAN GB29 NWBK 6016 1331 9268 19. It must be done within the hour.",
]
THIRD_PERSON_LOG_INS = [
    "Hi, the invoice I downloaded shows $0 for the ten licences we bought.\n\n- Hello, the "
    "person who purchased the licences (billing@ourteam) can log in to download the correct "
    "invoice. Let me know if you have other questions!",
    "Thanks for asking. The account owner can log in to download the corrected invoice with "
    "your VAT number on it; we have fixed the address.",
]
THIRD_PERSON_TWINS = [
    "Your invoice INV-2291 is ready. Please log in to download the invoice before it "
    "expires: http://invoice-portal.example/login",
    "The account owner can log in to download the invoice here: "
    "http://secure-docs-view.example/invoice and must confirm the payment today.",
    "Action required: log in to download your invoice and verify your billing details "
    "within 24 hours, or your account will be suspended.",
]
# Whatever the honest kind around it, a demand to pay a NEW account urgently or secretly.
NEW_ACCOUNT_DEMANDS = [
    "I paid last month but the service did not activate. By the way, our bank account has "
    "changed: please pay this invoice to the new account below today and keep it between us.",
    "我尝试加QQ没有反应，所以直接告诉你：我司收款账户已变更，请今天把货款汇入以下新账户，"
    "不要告诉别人。",
]


HONEST = [*COMPLAINTS, *OWN_ATTEMPTS, *SHARED_ACCOUNTS, *THIRD_PERSON_LOG_INS]
TWINS = [*COMPLAINT_TWINS, *OWN_ATTEMPT_TWINS, *SHARED_ACCOUNT_TWINS, *THIRD_PERSON_TWINS]


@pytest.mark.parametrize("text", HONEST)
def test_an_honest_kind_in_the_writers_own_voice_stays_low(text: str) -> None:
    assert scan(text).risk is Risk.LOW


@pytest.mark.parametrize("text", TWINS)
def test_its_scam_twin_stays_raised(text: str) -> None:
    assert scan(text).risk is not Risk.LOW


@pytest.mark.parametrize("text", [*SHARED_ACCOUNT_TWINS, *NEW_ACCOUNT_DEMANDS])
def test_a_personal_or_new_account_demand_stays_high(text: str) -> None:
    assert scan(text).risk is Risk.HIGH
