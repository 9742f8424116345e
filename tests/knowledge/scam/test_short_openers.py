"""Round 15 (issue 15): the short opening moves of scams, one or two sentences long, as the
public advisories describe them (sources in `knowledge/scam/lure_fragments.py`), each with
honest twins a sourcing team also receives, which must stay low.

Every text here was written for this test in our own words from the advisories' description
of the move, not copied from them and not taken from the development data: a regression set,
not a quality figure (the figures are in bench/README.md, round 15). Judged by the rules
alone (no learned part), so the tests hold whatever model the lead rebuilds. The scams marked
`# main: raised` were already raised by round 14's code (267fd66); every other scam here was
low there (checked before the rules were written).
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


# 冒充领导 (Ministry of Public Security, 石狮/云阳/亳州 police): a "boss" with a new or private
# number, then a transfer, a chat app or secrecy. The twin: a colleague's real new number
# with no request, a meeting note, a new e-mail address.
LEADER_SCAMS = [
    "小陈,我是李总,这是我的新号码,存一下。明天上午有笔款要你先帮我转给合作方。",  # main: raised
    "我是张董,换了个私人号,你先加我微信,有件事需要你马上办,暂时别跟其他人说。",  # main: raised
    "刘经理,这是我的新私号,收到回复一下,存好。",
]
LEADER_HONEST = [
    "各位好,我是李明,手机号换了,新号码是<PHONE>,旧号码下周停用,有事打新号。",
    "张总说下午三点开会,会议室在三楼,请大家准时参加。",
    "我的新邮箱是 li@company.cn,以后报价单请发到这个地址,谢谢。",
]

# "Pay into this account" with nothing saying whose it is (police notices on hijacked chats
# and fake bosses). The twins: a payment made to the contract account, the contract account
# unchanged, a question about an account.
PAY_HERE_SCAMS = [
    "请把货款打到这个账户上,今天务必到账,谢谢。",
    "麻烦将尾款转到下面这张卡,之前的账户暂时不能用了。",
    "王会计,你先把30万转到我发给你的这个账户,回头补手续。",
]
PAY_HERE_HONEST = [
    "货款已经汇到贵司合同上的账户,水单见附件,请查收。",
    "尾款请按合同约定的对公账户支付,账户信息与上次相同,没有变化。",
    "请问这个账户是贵司的对公账户吗?我们财务需要核对一下。",
    "请将货款汇至以下账户:户名 深圳某某贸易有限公司,开户行 招商银行深圳分行。",
]

# Tax-refund QR e-mails (公安部网安局, 桂林生活网 2024-01-25) and the fake tax inspection with
# an attachment. The twins: a reminder to use the official app, a VAT refund on its way, a
# news report about another company.
TAX_SCAMS = [
    "【税务局通知】您有一笔个税退税待领取,请扫描下方二维码登记银行卡信息办理。",
    "根据最新政策,公司员工可申请工资补贴和退税,请扫码填写个人信息,今天截止。",
    "贵公司存在少报收入、偷逃税款的问题,稽查局将依法追缴并处以罚款,详见附件。",
    "Your company is eligible for an energy rebate. Scan the QR code below to claim your refund.",
]
TAX_HONEST = [
    "个税汇算已经开始,请大家自己在个人所得税APP里办理,不要扫不明二维码。",
    "上个月的增值税已经申报完毕,退税款预计下周到账,到时我再通知。",
    "新闻:某贸易公司因偷逃税款被税务部门追缴税款并处罚款。",
    "Scan the QR code on the carton to see the product manual.",
]

# A fake official's phone opener and the fake bank "annual review" (人民银行南京/广州分行 2021,
# 浦发银行北京分行 2022). The twins: a customer's finance clerk, a bank's own warning, an
# approved export refund.
OFFICIAL_SCAMS = [
    "您好,我是市财政局的王科长,贵公司符合今年的专项补贴政策,请今天下午联系我办理。",
    "您好,我是海关的工作人员,贵公司有一笔退税款需要处理,请尽快联系我。",
    # main: raised (by the QQ contact)
    "【银行】贵公司对公账户需办理年检,如未在规定时间内办理,"
    "将暂停账户对外支付功能,请加QQ领取资料。",
    "您的企业账户年审即将到期,逾期将冻结账户,请点击链接登录完成认证。",  # main: raised
]
OFFICIAL_HONEST = [
    "您好,我是财务部的王芳,贵公司上月的发票已收到,我们按合同在30天内付款。",
    "温馨提示:本行不会通过短信链接或QQ办理账户年检,如有疑问请到开户网点咨询。",
    "本月申请的出口退税已经审核通过,款项将退到公司基本账户。",
]

# FBI/IC3 BEC and gift-card PSAs: "are you available? I need a favour", "in a meeting, can't
# talk", then gift cards. The twins: a boss asking for a call, a meeting note, staff gifts.
EXECUTIVE_SCAMS = [
    "Are you at your desk? I need a quick favour. I'm stuck in a meeting, can't take calls, "
    "reply by email.",  # main: raised
    "Hi Sam, are you available right now? I need you to handle something discreetly. Text only, "
    "I can't talk.",  # main: raised
    "I need you to pick up some gift cards for client gifts today. Scratch the back and send me "
    "the codes.",
]
EXECUTIVE_HONEST = [
    "Are you free for a call at 3? I'd like to go over the supplier shortlist.",
    "I'm in a meeting until 11, then I can look at the quote with you.",
    "We're giving the warehouse team gift cards for the holidays; HR will hand them out on "
    "Friday.",
]

# Fake buyers and fake vendor registrations (Singapore police 2024-06, scamencyclopedia.org,
# Austrade): a stranger asks only for a catalogue, a price list or a registration and moves
# the talk to WhatsApp, a free mailbox or a link. The twins: a buyer on the platform, a
# company address, a seller's own outreach, a known contact on WhatsApp.
STRANGER_SCAMS = [
    "Dear Sir/Madam, we are interested in your products for a large order. Kindly send your "
    "catalogue to our WhatsApp +971 50 000 0000 for quick response.",
    "Greetings from the procurement department. Your company has been shortlisted for vendor "
    "registration for our 2026 projects. Complete the supplier form at "
    "http://vendor-onboard.example.net to proceed.",
    "I am the Purchasing Manager of a large group in Dubai. Please share your price list and "
    "reply only to my private email: buyer.office@gmail.com",
]
STRANGER_HONEST = [
    "Hello, could you send us your latest catalogue and price list through Alibaba chat? We are "
    "looking at 500 pcs.",
    "Thanks for the quote. Please register as a supplier on our portal when our buyer sends you "
    "the official invitation from our domain.",
    "Please send the catalogue to purchasing@ourcompany.com, attention Ms. Jones, for our "
    "review next week.",
    "Dear Sir/Madam, we are a toy factory in Shantou. We would be glad to send you our catalogue; "
    "WhatsApp us at +86 138 0000 0000.",
    "Hi Lisa, it's Tom from Acme, we met at the Canton Fair. Could you send the catalogue to my "
    "WhatsApp?",
]

# Supplier diversion in Korean, the fake president's order in Japanese (JPCERT/companies'
# notices). The twins: "the account has not changed", the contract account, an order sent
# for the reader's own order.
KO_JA_SCAMS = [
    "거래 은행이 바뀌었습니다. 이번 대금은 아래의 새 계좌로 송금해 주시기 바랍니다.",
    "입금 계좌가 변경되었으니 잔금을 아래 계좌로 보내 주세요.",
    "社長の指示により、至急こちらの口座へお振込みをお願いします。",  # main: raised
]
KO_JA_HONEST = [
    "계좌 정보는 변경되지 않았습니다. 기존 계좌로 송금해 주세요.",
    "대금은 계약서에 기재된 계좌로 보내 주시기 바랍니다.",
    "ご注文いただいた商品の発注書を添付いたします。ご確認ください。",
]

SCAMS = [
    *LEADER_SCAMS,
    *PAY_HERE_SCAMS,
    *TAX_SCAMS,
    *OFFICIAL_SCAMS,
    *EXECUTIVE_SCAMS,
    *STRANGER_SCAMS,
    *KO_JA_SCAMS,
]
HONEST = [
    *LEADER_HONEST,
    *PAY_HERE_HONEST,
    *TAX_HONEST,
    *OFFICIAL_HONEST,
    *EXECUTIVE_HONEST,
    *STRANGER_HONEST,
    *KO_JA_HONEST,
]


@pytest.mark.parametrize("text", SCAMS)
def test_a_short_scam_opener_is_raised_with_a_reason(text: str) -> None:
    result = _scan(text)
    assert result.risk is not Risk.LOW
    assert result.findings


@pytest.mark.parametrize("text", HONEST)
def test_its_honest_twin_stays_low(text: str) -> None:
    assert _scan(text).risk is Risk.LOW


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (PAY_HERE_SCAMS[0], "pay_here"),
        (TAX_SCAMS[0], "tax_qr"),
        (TAX_SCAMS[2], "tax_threat"),
        (OFFICIAL_SCAMS[0], "official_benefit"),
        (OFFICIAL_SCAMS[1], "official_benefit"),
        (OFFICIAL_SCAMS[2], "account_freeze"),
        (STRANGER_SCAMS[0], "stranger_channel"),
        (STRANGER_SCAMS[1], "stranger_channel"),
        (KO_JA_SCAMS[0], "ko_new_account"),
        ("社長の指示で発注書を送付いたします。", "boss_order"),
    ],
)
def test_each_opener_is_read_by_its_own_shape(text: str, kind: str) -> None:
    assert kind in lure_kinds(text)


# Input nobody designed: traditional characters, upper case, HTML specials, the opener on top
# of a huge text (a forwarded thread puts the newest message first).
@pytest.mark.parametrize(
    "text",
    [
        "請把貨款打到這個賬戶上,今天務必到賬。",
        "DEAR SIR/MADAM, KINDLY SEND YOUR CATALOGUE TO OUR WHATSAPP +971 50 000 0000.",
        "Dear Sir/Madam <b>urgent</b> &amp; please share your price list, reply here: "
        "x.y@gmail.com",
        "请把货款打到这个账户上,谢谢。" + " 好的" * 3000,
    ],
)
def test_undesigned_forms_of_the_openers(text: str) -> None:
    assert _scan(text).risk is not Risk.LOW


@pytest.mark.parametrize(
    "text",
    [
        "警方提醒:骗子会发短信说“请把货款打到这个账户上”,请先电话核实。",
        "Beware: scammers write 'Dear Sir/Madam, send your catalogue to our WhatsApp'.",
        "注意防范:冒充税务局的邮件称“请扫描下方二维码办理退税”。",
    ],
)
def test_a_warning_that_quotes_the_opener_stays_low(text: str) -> None:
    assert _scan(text).risk is Risk.LOW
