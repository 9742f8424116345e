"""The vetted-supplier cross-check: only real names are read, and a name differs from a
vetted supplier only when the message is about that supplier (knowledge/scam/payees.py)."""

from __future__ import annotations

import pytest

from knowledge.scam.names import named
from knowledge.scam.payees import look_alike, mismatches
from knowledge.scam.scanner import Risk
from tests.knowledge.scam.support import scan

VETTED = ("Guangzhou Sunrise Industrial Co., Ltd",)


@pytest.mark.parametrize(
    "line",
    [
        "Add new or changed details to bank payee info for payment",
        "Compare the contract party, invoice issuer, account holder, sales contact.",
        "The beneficiary must be our company name, never a person.",
        "should reach the destination (beneficiary's) account within 2 working days.",
        "Payee: !!!",
        "Account name: Account Number",
        "Beneficiary: please see below",
    ],
)
def test_phrases_after_a_payee_word_are_no_names(line: str) -> None:
    """Lower-case phrases, punctuation and bank-form words are not read as a payee."""
    assert [item.name for item in named(line) if item.beneficiary] == []
    assert mismatches(line, VETTED) == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Beneficiary: Zhou Li (our sales lady)", "Zhou Li"),
        ("account name: JOHN SMITH. Bank: ICBC", "JOHN SMITH"),
        ("beneficiary name: Maria de la Cruz, bank BDO", "Maria de la Cruz"),
        ("收款人：张三丰", "张三丰"),
        ("Beneficiary is Li Mei who handles exports", "Li Mei"),
    ],
)
def test_person_and_company_names_are_still_read(line: str, name: str) -> None:
    assert [item.name for item in named(line) if item.beneficiary] == [name]


def test_a_sentence_ending_word_is_no_part_of_a_company_name() -> None:
    assert [item.name for item in named("Copyright. HSBC Corporation Limited")][-1] == (
        "HSBC Corporation Limited"
    )


@pytest.mark.parametrize(
    ("name", "alike"),
    [
        ("Sunrise Trading (HK) Limited", True),
        ("Sunrise Global Trading Ltd", True),
        ("Sunrise Industrial Vietnam Co., Ltd", True),
        ("Guangzhou Sunrise Industrial Co., Ltd", False),  # the supplier itself
        ("Ningbo Sunrise Houseware Co., Ltd", False),  # another city, another product line
        ("Sunrise Houseware Ltd", False),
        ("Shenzhen Sunrise Trading Co", False),  # another city
        ("Guangzhou Trading Co., Ltd", False),  # shares only the city
        ("Eastwin Trading Ltd", False),
    ],
)
def test_a_look_alike_shares_the_distinctive_word_and_adds_none(name: str, alike: bool) -> None:
    assert look_alike(name, VETTED[0]) is alike


def test_another_suppliers_own_bank_details_are_no_finding() -> None:
    """A chat that vetted Guangzhou Sunrise also buys from Ningbo Sunrise Houseware: that
    supplier paid to its own account says nothing about the vetted one."""
    text = (
        "Please find our proforma invoice PI-2025-118 attached. Beneficiary: Ningbo Sunrise "
        "Houseware Co., Ltd. Bank: Bank of China Ningbo Branch. SWIFT: BKCHCNBJ92A."
    )
    assert mismatches(text, VETTED) == []
    assert scan(text, VETTED).risk is scan(text).risk


def test_a_look_alike_payee_of_the_vetted_supplier_is_a_finding() -> None:
    """The issue's case: the vetted supplier is not named, but the payee passes for it."""
    text = "Beneficiary name: Sunrise Trading (HK) Limited. Bank: HSBC Hong Kong."
    found = mismatches(text, VETTED)
    assert [(m.name.name, m.expected, m.vetted) for m in found] == [
        ("Sunrise Trading (HK) Limited", VETTED[0], True)
    ]
    assert scan(text, VETTED).risk is Risk.HIGH


def test_a_person_paid_for_the_vetted_supplier_is_a_finding() -> None:
    """The message names the vetted supplier (without a legal ending) and pays someone else."""
    text = (
        "Dear buyer, this is Guangzhou Sunrise Industrial. For the balance, account name: "
        "Wang Lei, Agricultural Bank of China."
    )
    found = mismatches(text, ("Guangzhou Sunrise Industrial",))
    assert [(m.name.name, m.vetted) for m in found] == [("Wang Lei", True)]
    assert (
        mismatches(text.replace("Guangzhou Sunrise Industrial", "Yiwu Maple Crafts"), VETTED) == []
    )


def test_a_look_alike_company_beside_bank_details_is_a_finding_elsewhere_not() -> None:
    """Without a payee word, a look-alike named beside bank details is who gets paid; the same
    name in a message about nothing to pay is not compared."""
    paid = "Please remit the balance to Sunrise Global Trading Ltd, HSBC Hong Kong."
    assert [m.name.name for m in mismatches(paid, VETTED)] == ["Sunrise Global Trading Ltd"]
    assert mismatches("Our sister firm Sunrise Global Trading Ltd says hello.", VETTED) == []


def test_a_message_that_names_nobody_scans_the_same_with_or_without_vetted_names() -> None:
    """What lets the handler skip the vetted-names query: no payee or company named, no
    difference (every real and written labelled message checked)."""
    from scripts.scam_data import WRITTEN_HELD_OUT, real_items, written_items
    from tests.knowledge.scam.support import scanner

    texts = [item.text for item in real_items()]
    texts += [item.text for name in WRITTEN_HELD_OUT for item in written_items(name)]
    for text in texts:
        if not scanner().names_anyone(text):
            assert scan(text, VETTED) == scan(text), text
