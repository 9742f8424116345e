"""Who is asking whom: a demand counts where the reader is asked, not where it is described.

Written here in our own words (issue 15, round 4): a regression test of the structural rule,
not a quality figure (bench/README.md has those, on real messages).
"""

from __future__ import annotations

import pytest

from knowledge.scam.red_flags import Severity
from knowledge.scam.scanner import Risk
from tests.knowledge.scam.support import scan

_DESCRIBED = [
    # A guide in the third person: the change is the topic, nobody is asked to pay.
    "A late change of a supplier's bank account should trigger a call-back before any wire "
    "is released. Last-minute account changes are among the clearest risk signs in sourcing. "
    "Keep the old and the new bank details, the reason given and the sender's channel, and "
    "check them through a contact you already had.",
    # An explainer of off-platform payment, told of "a supplier".
    "A supplier who wants the buyer to pay outside the platform is a warning sign, though not "
    "proof. Some small workshops prefer to skip the platform's fees on single units. What "
    "matters is whether the account name matches the company on the contract.",
    # A case write-up in Chinese: told of 王女士, no request to the reader.
    "王女士是一家外贸公司的财务人员,公司与境外客户多用电子邮件往来。某日她收到合作单位的邮件,"
    "称因内部调整更换收款账号,让她把货款打进新的银行账户。她没有核实,将三十万元打到变更后的"
    "账号上,几天后才发现对方根本没有发过这封邮件。",
]

_ASKED = [
    "Dear customer, due to our annual audit our bank account has changed. Please remit the "
    "balance of the order to the new account below and send us the slip once it is done. "
    "Payments to the old account can no longer be received this month.",
    "For this order the platform fee is too high for us, so kindly pay outside Alibaba by "
    "direct transfer to my partner's account; we will ship as soon as it arrives.",
    "您好,因我司年度审计,公司收款账号已更换,原账户本月起无法入账。请将本期货款汇至以下新账户,"
    "汇款后请把水单发给我们,谢谢合作。",
]


@pytest.mark.parametrize("text", _DESCRIBED)
def test_a_demand_described_in_the_third_person_is_a_low_sign(text: str) -> None:
    """Explainers, guides and case write-ups name the demand without making it."""
    result = scan(text)
    assert result.risk is Risk.LOW, result.findings
    assert all(f.severity is Severity.LOW for f in result.findings), result.findings


@pytest.mark.parametrize("text", _ASKED)
def test_a_demand_made_of_the_reader_keeps_its_weight(text: str) -> None:
    """The same demand with "please", "kindly", "请" or the writer's "our/我司" is a flag."""
    result = scan(text)
    assert result.risk is Risk.HIGH, result.findings


def test_a_chat_turn_is_the_writers_own_say_however_bare() -> None:
    """Too short to be a guide: "Western Union only" is a demand."""
    assert scan("western union only").risk is Risk.HIGH


def test_an_account_given_makes_the_change_a_demand() -> None:
    """A described change with the account to pay written out is the real thing."""
    text = (
        "The beneficiary account for the supplier was changed last week after the audit. "
        "The new bank details are listed here for the finance team to record. "
        "IBAN: DE89 3704 0044 0532 0130 00, account 5320130000, beneficiary Sunrise Trading."
    )
    assert scan(text).risk is not Risk.LOW, scan(text).findings
