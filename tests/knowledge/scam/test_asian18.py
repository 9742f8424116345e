"""Round 18 (issue 15): moves a business receives in Chinese, Korean and English, as the
public advisories describe them (sources in `knowledge/scam/asian_moves.py`), each with the
honest twins a sourcing team also receives (the regulator's own notice, a real refund, a
police warning quoting the scam), which must stay low.

Every text here was written for this test in our own words from the advisories' description
of the move, not copied from them and not taken from the development data: a regression set,
not a quality figure (the figures are in bench/README.md, round 18). Judged by the rules
alone (no learned part), so the tests hold whatever model the lead rebuilds. Every scam here
was low on the branch's start (43ac3e7), checked before the readings were written; the twins
were low there too.
"""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.scam.asian_moves import read_asian
from knowledge.scam.normalise import normalise
from knowledge.scam.scanner import Risk, ScamScanner, ScanResult
from tests.knowledge.scam.support import red_flags


@cache
def _rules() -> ScamScanner:
    return ScamScanner(red_flags(), None)


def _scan(text: str) -> ScanResult:
    return _rules().scan(text)


# A fake regulator or registry: an "abnormal" listing or a cancellation, and a fee, a reply
# digit or a link (SAMR; 溧阳 and 宜都 market-regulation offices).
REGISTRY_SCAMS = [
    "【市场监管】贵店因年报逾期已被列入经营异常名录,缴纳手续费260元即可移出,办理请回1。",
    "【工商管理】您的营业执照信息未更新,请于本周五前点击 gsxx-renzheng.cn 完成认证,逾期将注销。",
    "【市場監管】貴公司執照年報未報送,已列入異常名錄,"
    "請點擊連結 http://nb-check.top 處理,以免罰款。",
]
REGISTRY_HONEST = [
    "市场监管局提醒:企业年报通过国家企业信用信息公示系统免费报送,不收取任何费用,请勿点击陌生短信链接。",
    "关于2026年度企业年报的通知:请于6月30日前登录国家企业信用信息公示系统自行填报,逾期未报将被列入经营异常名录。",
    "貴公司營業執照已完成變更登記,新執照可於下週一至服務窗口領取,無需繳納任何費用。",
]

# A refund that needs a link, a QR scan or the card (payment firms on fake POS refund SMS).
REFUND_SCAMS = [
    "【收单中心】您的POS终端一笔交易因通道故障需退款,请点击 pos-tk.cn 核对卡号完成退款。",
    "【银联商户服务】您有一笔退费待处理,需扫码验证身份后到账,24小时内未处理将冻结结算。",
    "商户您好,您上月多扣的刷卡手续费现统一退还,需扫码登记后到账,逾期作废。",
]
REFUND_HONEST = [
    "您申请的退款已受理,款项将原路退回至付款账户,预计3个工作日到账,无需任何操作。",
    "订单 PO-2291 的差价12.5美元已退款到您的PayPal账户,请查收。",
    "退款说明:买家申请退货后,卖家确认收货即可退款,平台不会要求您点击任何链接或提供验证码。",
]

# A "safe account" (police and FSS: no authority asks for one).
SAFE_SCAMS = [
    "我是市公安局经侦支队民警,你名下账户涉嫌洗钱,为配合调查,请马上把公司账上资金转到安全账户。",
    "서울중앙지검 수사관입니다. 귀사 법인 명의 계좌가 자금세탁에 이용되어 "
    "지금 바로 안내하는 안전계좌로 이체하셔야 합니다.",
    "金管會通知:貴公司帳戶異常,請立即將款項轉入安全帳戶以免被凍結。",
]
SAFE_HONEST = [
    "公安机关没有所谓的安全账户,凡是要求你把钱转到安全账户的都是诈骗。",
    "경찰과 검찰은 절대 안전계좌로 이체하라고 요구하지 않습니다. "
    "이런 전화는 바로 끊고 112에 신고하세요.",
    "我们公司的资金存放在银行的安全账户管理体系下,年底审计时请财务配合提供对账单。",
]

# Korean: a prize "won" from a brand or a lottery (police and consumer advisories).
PRIZE_SCAMS = [
    "귀하의 회사 이메일이 구글 연례 추첨에서 당첨되었습니다. "
    "첨부된 양식을 작성해 회신해 주십시오.",
    "축하합니다! 귀사는 국제 비즈니스 복권 1등 수상자로 선정되었습니다. "
    "상금 수령을 위해 수수료 30만원을 입금해 주세요.",
]
PRIZE_HONEST = [
    "구글 애즈 교육 이벤트 당첨자 발표는 다음 주 공식 블로그에 게시됩니다.",
    "복권 당첨을 미끼로 수수료를 요구하는 메일은 사기이니 주의하세요.",
    "이번 전시회 경품 추첨에 당첨되셨습니다. 부스에서 신분증을 보여 주시면 상품을 드립니다.",
]

# Korean: the fake president's chat group (banks' BEC notices, the Japanese wave's form).
GROUP_SCAMS = [
    "업무상 필요하여 회사 전용 카카오톡 단톡방을 만들고 초대 QR코드를 이 메일로 회신해 주세요.",
    "신규 프로젝트 건으로 라인 그룹을 긴급히 생성하고, 그룹 QR코드를 저에게 보내 주십시오.",
]
GROUP_HONEST = [
    "대표를 사칭해 SNS 그룹을 만들고 QR코드를 보내라고 하는 메일에 주의하세요.",
    "다음 주 워크숍 공지는 사내 메신저 그룹방에 올렸습니다. 참석 여부를 회신해 주세요.",
    "고객 상담용 카카오톡 채널을 개설했습니다. 아래 QR코드로 친구 추가하시면 됩니다.",
]

# English: the executive's one-line "check to a vendor today" (FBI/IC3 BEC notes).
CHECK_SCAMS = [
    "Mike, could you cut a check to a new vendor today? I'll send the details. Tom",
    "Could you overnight a check to a new supplier today? Thanks, Dan",
]
CHECK_HONEST = [
    "Can you mail the check to Acme Packaging today? Invoice 4471 was approved in this "
    "morning's AP run.",
    "We will mail out checks to all vendors today as part of the monthly payment run.",
    "Could you send a payment reminder to the customer today? Their invoice is 30 days late.",
]

SCAMS = REGISTRY_SCAMS + REFUND_SCAMS + SAFE_SCAMS + PRIZE_SCAMS + GROUP_SCAMS + CHECK_SCAMS
HONEST = REGISTRY_HONEST + REFUND_HONEST + SAFE_HONEST + PRIZE_HONEST + GROUP_HONEST + CHECK_HONEST


@pytest.mark.parametrize("text", SCAMS)
def test_the_move_is_raised(text: str) -> None:
    assert _scan(text).risk is not Risk.LOW, text


@pytest.mark.parametrize("text", HONEST)
def test_the_honest_twin_stays_low(text: str) -> None:
    assert _scan(text).risk is Risk.LOW, text


@pytest.mark.parametrize("text", SCAMS)
def test_each_move_is_read_by_this_round(text: str) -> None:
    assert read_asian(normalise(text).folded), text


def test_the_finding_says_in_english_what_was_read_and_where() -> None:
    result = _scan(SAFE_SCAMS[1])
    whys = [finding.why or "" for finding in result.findings]
    assert any("safe account" in why and "(Read in Korean.)" in why for why in whys), whys


def test_a_warning_dressed_as_a_police_message_that_asks_for_a_transfer_is_read() -> None:
    # The Ministry of Public Security's case: a "police reminder" that ends in the ask.
    text = "警方提醒:陌生来电要求转账一律不信,挂断后请立即将资金转移到安全账户保管。"
    assert _scan(text).risk is not Risk.LOW


def test_plain_english_and_text_without_the_cues_read_nothing() -> None:
    assert read_asian("please find attached the invoice for today's shipment") == []
    assert read_asian("今天下午三点开会,请准时参加。") == []
