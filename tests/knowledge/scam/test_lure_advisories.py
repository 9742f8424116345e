"""Round 14 (issue 15): the invoice/payment-document lure and the account log-in lure, as the
public advisories describe the kinds (sources in `knowledge/scam/lure_documents.py` and
`lure_accounts.py`), each with honest look-alikes that must stay low.

Every text here was written for this test from the advisories' description of the kind, not
copied from them and not taken from the development data: a regression set, not a quality
figure (the figures are in bench/README.md, round 14). Judged by the rules alone (no learned
part), so the tests hold whatever model the lead rebuilds.
"""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.scam.scanner import Risk, ScamScanner, ScanResult
from tests.knowledge.scam.support import lure_kinds, red_flags


@cache
def _rules() -> ScamScanner:
    return ScamScanner(red_flags(), None)


def _scan(text: str) -> ScanResult:
    return _rules().scan(text)


# FBI/IC3 and Action Fraud: an unexpected invoice, payment confirmation or "remittance" whose
# only content is a document to open (attached, shared or behind a link), from nobody named.
DOCUMENT_LURES = [
    "Hello,\nPlease see the attached invoice and kindly confirm payment.\nRegards, Accounts Team",
    "Dear Sir/Madam, your invoice is overdue. Open the document below to see the outstanding "
    "balance: https://docs-portal.example.net/view",
    "Good morning, we have settled the payment today. Kindly check the swift copy in the "
    "attachment and confirm receipt.",
    "Dear customer, an outstanding balance of USD 2,450.00 remains on your account. Review "
    "your statement here: http://billing-view.example.org/st",
    "Peter Wang has shared a file with you: Remittance_Advice_0419.pdf. Open it to see the "
    "payment details.",
    "Greetings, attached is the proof of payment for the open invoices. Please download it and "
    "confirm.",
    "Your payment receipt is ready. Click here to view the receipt.",
]

# The honest twins: a supplier's invoice against the reader's order with the account
# unchanged, a remittance naming the invoice and order, a statement whose figures are in the
# text, a colleague's share of a named order's file, an invoice the reader can read in full.
DOCUMENT_HONEST = [
    "Dear Tom, please find attached our invoice 2231 for your PO 4410. Payment to our usual "
    "account as before, details unchanged. Best regards, Li Na",
    "Hi Anna, we paid invoice 3310 today for your order no. 7781; the remittance advice is "
    "attached for your records.",
    "Hi Mark, attached is the March statement of account; invoices 114 and 121 are still open "
    "(USD 3,200 in total). Let me know if anything does not match your records.",
    "I have shared the packing list for PO 5521 in our project folder, have a look when you can.",
    "Thanks for your payment of EUR 1,240.00 for invoice 2024-117. A receipt is attached.",
    "Beware of e-mails that ask you to open an attached invoice or to confirm a payment through "
    "a link: call the sender on a number you already have.",
]


@pytest.mark.parametrize("text", DOCUMENT_LURES)
def test_a_payment_document_to_open_from_nobody_is_raised(text: str) -> None:
    result = _scan(text)
    assert result.risk is not Risk.LOW
    assert "open_or_log_in" in result.categories


@pytest.mark.parametrize("text", DOCUMENT_HONEST)
def test_honest_billing_and_warnings_about_it_stay_low(text: str) -> None:
    assert _scan(text).risk is Risk.LOW


# NCSC, Action Fraud, Microsoft's and Alibaba's phishing pages, HMRC: the account, mailbox,
# password or bank access said to expire, be limited or be at risk, and the fix is to log in,
# verify or re-authenticate through the message.
ACCOUNT_LURES = [
    "Your password will expire in 2 days. Use the button below to keep your current password.",
    "We noticed a new sign-in to your account from an unknown device. If this wasn't you, "
    "secure your account here: http://acc-protect.example.com",
    "Alibaba: you have 3 unread security messages. Sign in to view them.",
    "A buyer has sent you a purchase order. Sign in to your account to see the details.",
    "Action required: confirm your email address to keep receiving messages. "
    "http://mail-confirm.example.net",
    "Your mailbox session has expired. Re-authenticate now to avoid losing access to your e-mail.",
    "Dear Member, we have upgraded our system and all accounts must be re-verified. Log in at "
    "the link below.",
    "Your e-banking access has been restricted. Please re-activate it here: "
    "https://ebank-restore.example",
    "Seller Centre: your store has been limited because of unusual activity. Verify your "
    "identity within 24 hours to restore selling.",
]

# The honest twins: a bank's "we never ask you to log in through a link", a password reset the
# reader asked for, an IT notice with no action, a real sign-in alert that sends the reader to
# the app, a shipping notice, a subscription renewal reminder.
ACCOUNT_HONEST = [
    "We will never ask you to log in through a link in an e-mail or a text. If a message asks "
    "you to verify your account, do not click it; call us on the number on your card.",
    "You asked to reset your password. Use this link to choose a new one: "
    "https://example.com/reset. If you did not request this, you can ignore this e-mail.",
    "IT notice: from Monday passwords expire every 90 days. Windows will remind you to change "
    "yours when you sign in; no action is needed now.",
    "New sign-in on Windows, Chrome, Shenzhen. If this was you, there is nothing to do. If not, "
    "open the app yourself and change your password.",
    "Your order 88213 has shipped. You can track it when you sign in to your account.",
    "Your annual plan renews on 31 December. You can change it in your account settings.",
]


@pytest.mark.parametrize("text", ACCOUNT_LURES)
def test_an_account_to_fix_by_logging_in_through_the_message_is_raised(text: str) -> None:
    result = _scan(text)
    assert result.risk is not Risk.LOW
    assert {"credentials_request", "open_or_log_in", "fake_notice"} & set(result.categories)


@pytest.mark.parametrize("text", ACCOUNT_HONEST)
def test_honest_account_notices_and_warnings_stay_low(text: str) -> None:
    assert _scan(text).risk is Risk.LOW


# HMRC: a tax refund offered by e-mail or text, to be claimed through a link.
def test_a_tax_refund_to_claim_through_a_link_is_raised_and_the_explainer_is_not() -> None:
    lure = (
        "You are eligible to receive a tax refund of GBP 388.00. Claim now: http://refund.example"
    )
    explainer = (
        "Exporters may claim a VAT refund from the tax office after the goods leave the "
        "country; your accountant files the claim."
    )
    assert _scan(lure).risk is not Risk.LOW
    assert _scan(explainer).risk is Risk.LOW


# Input nobody designed: upper case, HTML specials, a long number, a European amount.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("PLEASE SEE THE ATTACHED INVOICE &amp; KINDLY CONFIRM PAYMENT.", "document"),
        (
            "Dear client, outstanding balance € 12.450,00 — view the invoice: http://x.example",
            "document",
        ),
        ("YOUR PASSWORD EXPIRES TODAY. CLICK HERE TO KEEP YOUR CURRENT PASSWORD.", "account"),
        (
            "Account 99999999999999999999 will be suspended. Log in here to verify: http://a.b",
            "account",
        ),
    ],
)
def test_the_shapes_read_input_nobody_designed(text: str, kind: str) -> None:
    assert kind in lure_kinds(text)


def test_a_lure_on_top_of_a_long_forwarded_thread_is_read() -> None:
    # The shapes read the first 2,000 characters: the newest message tops a forwarded thread.
    thread = "\n".join(
        f"> On {day} May, Li wrote: the samples of lot {day} left the factory today."
        for day in range(1, 60)
    )
    lure = "Your password will expire today. Click here to keep your current password.\n"
    assert len(thread) > 3_000
    assert "account" in lure_kinds(lure + thread)


# The Financial Services Agency's 2025 warning on fake securities-firm log-in pages: the same
# kind in Japanese (knowledge/scam/japanese.py, reading 5), beside a statement notice with a
# link and a firm's own warning.
@pytest.mark.parametrize(
    ("text", "raised"),
    [
        (
            "【お知らせ】お客様の口座で不正なログインを確認したため、お取引を一時的に制限しました。"
            "以下のリンクより本人確認を行ってください。https://sec-verify.example",
            True,
        ),
        (
            "セキュリティ強化のため再認証が必要です。こちらからログインをお願いします。"
            "http://login-renew.example",
            True,
        ),
        (
            "いつもご利用ありがとうございます。今月の取引報告書はマイページでご確認ください。"
            "https://example.co.jp/mypage",
            False,
        ),
        (
            "【注意喚起】当社を装ったフィッシングメールが届いています。メール内のリンクから"
            "ログインしないでください。",
            False,
        ),
    ],
)
def test_a_japanese_log_in_lure_is_raised_and_its_honest_twins_are_not(
    text: str, raised: bool
) -> None:
    assert (_scan(text).risk is not Risk.LOW) is raised
