"""Round 14 (issue 15): kinds of honest mail a sourcing team forwards that the rules raised
because they misread who speaks or what is named, each beside its scam twins: the reader's own
new bank details (German), attached file names, a Chinese or Japanese warning quoting the scam,
a change of banking rules, a customs FAQ in the customer's voice.

Every text here is written for the test, in the shape of a KIND of development item (named in
each comment), not copied from one. Regression cases, not a measure: the figures are in
bench/README.md (round 14).
"""

from __future__ import annotations

import pytest

from tests.knowledge.scam.support import honest_low as _low
from tests.knowledge.scam.support import rules_low as _rules_low
from tests.knowledge.scam.support import scam_raised as _raised
from tests.knowledge.scam.support import scan

# A customer procedure about the READER's own new bank details, in German (a direct-debit
# mandate FAQ, an account page; hy011, hz033): the reader's account, not a payee. The writer's
# own changed account ("unsere Bankverbindung hat sich geändert") stays high.
GERMAN_HONEST = [
    "Hat sich Ihre Bankverbindung geändert? Tragen Sie die neue IBAN einfach in Ihrem "
    "Kundenkonto ein, wir schicken Ihnen dann ein neues Lastschriftmandat.",
    "Bitte teilen Sie uns Ihre neue Bankverbindung rechtzeitig mit, damit die Lastschrift "
    "nicht zurückgeht.",
]
GERMAN_TWINS = [
    "Bitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Überweisen Sie die "
    "offene Rechnung ab sofort auf das neue Konto.",
    "Wichtig: unsere neue Bankverbindung gilt ab heute, bitte zahlen Sie nur noch dorthin.",
]


@pytest.mark.parametrize("text", GERMAN_HONEST)
def test_the_readers_own_new_bank_details_in_german_are_no_diversion(text: str) -> None:
    _low(text)


@pytest.mark.parametrize("text", GERMAN_TWINS)
def test_the_writers_new_bank_details_in_german_stay_high(text: str) -> None:
    _raised(text, "changed_bank_details", high=True)


# Attached files named in a supplier's or an organiser's note (hy041): "PAYMENT.pdf" is a
# file, not a web address. A real link to a document site stays.
FILES_HONEST = [
    "Order 1182 status\n- artwork proof approved\n- Proforma Invoice.pdf\n- PAYMENT.pdf\n"
    "- TERMS.docx\n- deposit paid",
    "Files from the supplier: the bank receipt Remittance.pdf, Packing_List.xlsx and Invoice.pdf.",
]
FILES_TWINS = [
    "Your payment slip is ready. Download the copy at payment-slip-docs.top/Remittance.pdf "
    "and log in to confirm.",
]


@pytest.mark.parametrize("text", FILES_HONEST)
def test_attached_file_names_are_not_links(text: str) -> None:
    _low(text)


@pytest.mark.parametrize("text", FILES_TWINS)
def test_a_link_to_a_payment_document_stays(text: str) -> None:
    _raised(text, "open_or_log_in")


# A warning written in Chinese or Japanese that quotes the scam (a platform's anti-fraud tips,
# a blogger's 注意喚起 about English domain letters; fb007, fe023): the words for fraud in
# those scripts (欺诈, 防骗, 詐欺, 詐騙, 注意喚起) mark the warning. The quoted letter alone stays.
CJK_WARNING_HONEST = [
    "【注意喚起】英語で「Please forward this message to your CEO, another company wants to "
    "register your brand as their internet keyword」というメールが来ても詐欺です。返信しないで"
    "ください。",
    "防骗提示：陌生人让你先加微信再付保证金的，都是欺诈，请不要转账。",
]
CJK_WARNING_TWINS = [
    "Please forward this message to your CEO, another company wants to register your brand "
    "as their internet keyword.",
]


@pytest.mark.parametrize("text", CJK_WARNING_HONEST)
def test_a_chinese_or_japanese_warning_quoting_the_scam_is_a_warning(text: str) -> None:
    _rules_low(text)  # the learned part raises the Japanese one for the English it quotes
    assert not scan(text).findings


@pytest.mark.parametrize("text", CJK_WARNING_TWINS)
def test_the_quoted_letter_alone_stays(text: str) -> None:
    _raised(text, "fake_notice")


# A change of banking RULES or fees, not of an account (a forwarder's notice that a country's
# banking regulations changed; f9036). A changed account stays high.
BANK_RULES_HONEST = [
    "Owing to the change in banking regulations in the destination country, storage will now "
    "be billed to the shipper.",
    "Because of the switch to new banking rules, transfers may take one more day to clear.",
]
BANK_RULES_TWINS = [
    "Owing to the change in our banking, please send the balance to the new account below.",
]


@pytest.mark.parametrize("text", BANK_RULES_HONEST)
def test_a_change_of_banking_rules_is_not_a_changed_account(text: str) -> None:
    _low(text)


@pytest.mark.parametrize("text", BANK_RULES_TWINS)
def test_a_changed_account_stays_high(text: str) -> None:
    _raised(text, "changed_bank_details", high=True)


# A shop's customs FAQ in the customer's voice or as a condition ("My parcel is held at
# customs", "what do I do if my order is held by customs"; fc004, fc005): a help page, not a
# notice. "Your parcel is held at customs, pay the fee" stays.
CUSTOMS_FAQ_HONEST = [
    "My shipment is held at customs.\nAll our orders ship DDP, so no duty is due at delivery. "
    "Please contact us and our carrier will clear it.",
    "In case my order is held by customs, who pays the duty?\nThe buyer pays any duty set by "
    "the destination country.",
    "When my parcel is held at customs, do I pay the duty?\nYes, the buyer pays any duty set "
    "by the destination country.",
]
CUSTOMS_FAQ_TWINS = [
    "Your parcel is held at customs. Pay the release fee of $2.99 today to get it delivered.",
]


@pytest.mark.parametrize("text", CUSTOMS_FAQ_HONEST)
def test_a_customs_faq_in_the_customers_voice_is_help(text: str) -> None:
    _low(text)


@pytest.mark.parametrize("text", CUSTOMS_FAQ_TWINS)
def test_a_held_parcel_notice_with_a_fee_stays(text: str) -> None:
    _raised(text, "surprise_fees")
