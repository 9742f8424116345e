"""The cases issue 15 names, and the context that keeps honest messages honest: warnings,
refusals, FAQs and listed payment methods, in English and Chinese; payees that are not the
company; one scale for score and band."""

from __future__ import annotations

import pytest

from knowledge.scam.names import same_company
from knowledge.scam.payees import mismatches
from knowledge.scam.scanner import Risk
from knowledge.scam.verdict import Bands
from tests.knowledge.scam.support import red_flags, scan

MISSED_BEFORE = [
    "Please note the beneficiary for this payment is Sunrise Trading (HK) Limited, account "
    "at HSBC Hong Kong. Our contract is with Guangzhou Sunrise Industrial Co., Ltd.",
    "You need to pay the 13% VAT refund deposit to get export license, then we can ship.",
    "Please pay the customs clearance deposit of USD 300 to release your shipment.",
    "您好,由于我司财务系统升级,原账户已停止使用,本次货款请汇至以下新账户。",
    "Are you at your desk? I need you to process an urgent wire transfer today. I'm in a "
    "meeting and can't take calls.",
    "Add me on WhatsApp +86 138 0000 0000. Pay 100% today, stock is limited.",
    "请加我微信,我们私下交易,不走信保,价格更低。",
]
HONEST = [
    "Our bank details have NOT changed. Please pay via Trade Assurance only and ignore any "
    "email that says otherwise.",
    "You should be suspicious of any request to change banks. Fraudsters send emails "
    "claiming a supplier's bank account has changed.",
    "FAQ: What if I receive a change of bank details? Beware: we will never change our bank "
    "details by e-mail. Call us on the number on our website.",
    "Payment terms: 30% T/T deposit, balance before shipment. We accept T/T, L/C, PayPal and "
    "Western Union for samples.",
    "温馨提示:谨防不法分子冒充我司发送变更收款账户的邮件,我司账户从未变更,请勿汇款至任何新账户。",
]


@pytest.mark.parametrize("text", MISSED_BEFORE)
def test_what_the_old_rules_missed_is_now_at_least_medium(text: str) -> None:
    """Each message the issue found scored 0-18 before is now medium or high."""
    assert scan(text).risk is not Risk.LOW, scan(text).findings


@pytest.mark.parametrize("text", HONEST)
def test_honest_notices_warnings_and_listings_stay_low(text: str) -> None:
    """A warning names what it warns about; a listed method is advice, not an alarm."""
    result = scan(text)
    assert result.risk is Risk.LOW, result.findings


def test_a_listed_method_is_low_advice_and_a_demanded_one_a_flag() -> None:
    """Western Union among accepted methods: a low finding with advice; demanded: high."""
    listed = scan("We accept T/T, L/C, PayPal and Western Union.")
    assert [f.severity.value for f in listed.findings] == ["low"]
    assert "Named among the ways" in listed.findings[0].why
    demanded = scan("Please pay only by Western Union to our cashier, receiver name Li Mei.")
    assert demanded.risk is Risk.HIGH


def test_a_chinese_change_that_is_refused_in_its_clause_does_not_count() -> None:
    """ "请勿汇入新账户" refuses the new account: no finding from it."""
    assert scan("请注意:请勿汇入任何新账户。").risk is Risk.LOW


def test_a_payee_differing_from_the_contract_company_names_both() -> None:
    """The finding says who gets paid and which company the message names."""
    result = scan(MISSED_BEFORE[0])
    assert result.risk is Risk.HIGH
    assert any("Sunrise Trading (HK) Limited" in f.why for f in result.findings)


def test_vetted_names_are_compared_with_payees_and_companies() -> None:
    """A payee that is none of the vetted suppliers is a finding naming both; the vetted
    company itself, spelled with its legal ending, is not; a URL is no name to compare."""
    text = "Beneficiary name: Sunrise Trading (HK) Limited. Bank: HSBC Hong Kong."
    found = scan(text, vetted=("Guangzhou Sunrise Industrial",))
    assert any(
        f.why == "The message names Sunrise Trading (HK) Limited; you vetted Guangzhou "
        "Sunrise Industrial."
        for f in found.findings
    )
    assert not mismatches(
        "Beneficiary: Guangzhou Sunrise Industrial Co., Ltd.", ["Guangzhou Sunrise Industrial"]
    )
    assert not mismatches(text, ["https://sunrise.en.alibaba.com"])
    assert same_company("Sunrise Industrial", "Guangzhou Sunrise Industrial Co., Ltd")
    assert not same_company("Sunrise Trading (HK) Limited", "Guangzhou Sunrise Industrial")


@pytest.mark.parametrize(
    "text",
    [*MISSED_BEFORE, *HONEST, "Please send the payment to my personal account.", "hello"],
)
def test_score_and_band_always_agree(text: str) -> None:
    """The band is read from the score: a high band never shows a score under high_at."""
    result = scan(text)
    scoring = red_flags().scoring
    assert Bands(scoring.medium_at, scoring.high_at).risk(result.score) is result.risk
