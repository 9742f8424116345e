"""The sender's OWN account-change procedure is not a changed payee (issue 15, round 16).

A provider's or marketplace's page telling its account holders how to change THEIR bank
account (send a statement of the new account, a stamped letter, the company's own account
only) names no new account to pay. Its scam twins claim the writer's account changed, or
tell the reader to pay into the new one: those stay high. All texts written for this test
(knowledge/scam/adjust.py `_own_procedure`, chinese.py `_how_to`)."""

from __future__ import annotations

import pytest

from knowledge.scam.scanner import Risk
from tests.knowledge.scam.support import scan

OWN_PROCEDURES = [
    "Changing where your payouts go: if you need to update your bank account, upload a "
    "recent statement of the old account and a letter from your new bank showing the sort "
    "code and account number. The change takes two working days.",
    "Should you wish to change or update your settlement account, send us a statement of the "
    "new account in your company's name. We check every request by phone before it applies.",
    "收款账户变更流程：商家如需变更结算账户，请提交加盖公章的变更申请函，变更后的账户必须是"
    "本公司对公账户，审核通过后五个工作日内生效。",
    "店铺银行账户修改规范\n如果商家需要修改提现银行账户，须上传营业执照和开户许可证，新账户名称"
    "须与店铺主体一致，个人账户一律不予受理。",
]
SCAM_TWINS = [
    "If you need to update your records, note that our bank account has changed. Please pay "
    "invoice 5521 to the new account below today and keep this between us.",
    "Our new bank account is below. If you need to change your vendor file, do it now: the "
    "balance must go to the new account before Friday.",
    "账户变更通知：我司因审计原因变更收款账户，如需付款，请将货款汇入以下新账户，今天务必完成，"
    "请勿告知他人。",
    "关于变更收款账户的流程说明：如果贵司需要付款，请将本次货款转至我司新账户，旧账户已停用。",
]


@pytest.mark.parametrize("text", OWN_PROCEDURES)
def test_an_own_account_change_procedure_is_not_a_new_payee(text: str) -> None:
    assert scan(text).risk is Risk.LOW


@pytest.mark.parametrize("text", SCAM_TWINS)
def test_a_demand_to_pay_a_new_account_stays_high(text: str) -> None:
    assert scan(text).risk is Risk.HIGH
