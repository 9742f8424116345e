"""Round 14 (issue 15): kinds of honest mail a sourcing team forwards that the rules raised,
each beside its scam twins (the same words turned into a demand, a secret or a way out).

Every text here is written for the test, in the shape of a KIND of development item (named in
each comment), not copied from one: a context rule that fixes the data items but not these
look-alikes does not count. Regression cases, not a measure: the figures are in
bench/README.md (round 14).
"""

from __future__ import annotations

import pytest

from knowledge.scam.scanner import Risk
from tests.knowledge.scam.support import flagged, scan


def _low(text: str) -> None:
    result = scan(text)
    assert not flagged(result), [(f.category, f.excerpt) for f in result.findings]


def _raised(text: str, category: str, *, high: bool = False) -> None:
    result = scan(text)
    assert result.risk is Risk.HIGH if high else flagged(result), result.risk
    assert category in result.categories, result.categories


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
    "Payment can be made by Western Union only, receiver name Chen Li, send the MTCN once "
    "paid.",
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
    "Files from the supplier: the bank receipt Remittance.pdf, Packing_List.xlsx and "
    "Invoice.pdf.",
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
