"""Short scam openers: the first one or two messages of a scam (issue 15, round 15).

Owns shapes that hold in a fragment of one or two sentences, each returning `Lure`s in
folded-text offsets (it must not score). Each needs the thing that makes the fragment a scam
even when short, not the topic alone:
- `pay_here` (`unusual_transfer`): money asked into "this" account or card with nothing that
  names whose it is (请把货款打到这个账户, 转到下面这张卡); a supplier's proforma that names the
  company, the bank and the account holder (户名, 开户行, 对公) stays out;
- `ko_new_account` (`changed_bank_details`): Korean: the bank or account said to have
  changed and the payment asked into the account below (거래 은행이 변경 ... 아래 계좌로
  송금); "변경되지 않았습니다" stays out;
- `boss_order` (`unusual_transfer`): Japanese: a transfer, order or invoice sent "on the
  president's instruction" (社長の指示で): the fake-president opener;
- `tax_qr` (`fake_notice`): a tax refund, subsidy or tax filing to claim by scanning a QR
  code (退税 + 扫码/二维码; "scan the QR code to claim your refund");
- `tax_threat` (`fake_notice`): the reader's company (贵公司/贵司) accused of tax evasion and
  told of back taxes or a fine in that sentence or the next: the fake tax-inspection mail
  whose attachment is malware; a news report about another company stays out;
- `official_benefit` (`windfall_lure`): a caller who names himself an official (我是 ... 局长,
  科长, 工作人员) and says the company qualifies for a subsidy, loan or refund, then asks to be
  called back;
- `account_freeze` (`pressing_request`): an account said to stop paying out or be frozen if a
  procedure is not done by a deadline (如未在规定时间内办理, 将停止账户对外支付功能): the fake
  bank "annual review";
- `stranger_channel` (`off_platform_contact`): a stranger's first message ("Dear Sir/Madam",
  "I came across your business", a purchasing title) asking only for a catalogue, price list,
  quote or a company overview and moving the talk to WhatsApp, Telegram, a free mailbox or
  "reply here"; and an unsolicited invitation to "vendor registration". A buyer who asks on
  the platform or from a company address stays out.
A message about the trick (scam, fraud, beware; 诈骗, 警惕 ...) drops all of them.

Written from the public advisories' description of the openers, not from the development
data: FBI/IC3 BEC and gift-card PSAs (2018-02 "I need a favour", "are you available?");
Gloucester County (NJ) and FTC gift-card warnings; China's Ministry of Public Security and
police notices on 冒充领导 ("领导" adds you from a new number, then asks for a transfer;
石狮/云阳/亳州 police, 2020-2026), on tax-refund QR e-mails (公安部网安局, 桂林生活网
2024-01-25) and on fake 对公账户年检 notices (人民银行南京分行 and 广州分行 2021-03, 浦发银行
北京分行 2022-11: "如未在规定时间内办理, 将停止账户对外支付功能" is quoted there as the lure);
Singapore police on bulk-order scams moved to WhatsApp (2024-06); scamencyclopedia.org on
fake procurement and vendor-registration e-mail (2026-06); Austrade on buyer scams.
"""

from __future__ import annotations

import re

from knowledge.scam.lure_text import Lure, refused_before
from knowledge.scam.red_flags import Severity

# A message about the trick. The shared `lure_text.ABOUT` also counts "claim", which the
# refund lure itself says ("scan to claim your refund").
_ABOUT = re.compile(r"\b(?:(?<!not a )scams?|scammers?|fraud|fraudsters?|phishing|beware)\b")
_FIRST = 2_000  # a forwarded thread puts the newest message on top
_ZH_ABOUT = (
    "诈骗",
    "骗子",
    "骗局",
    "警惕",
    "谨防",
    "提醒您",
    "防范",
    "冒充",
    "反诈",
    "警方",
    "举报",
)
_ZH_REFUSAL = re.compile(r"不要|勿|别|不会|从不|绝不|没有|未曾|并非")

# Money asked into "this" account or card (a deictic, not a named company account).
_PAY_HERE = re.compile(
    r"(?:请|麻烦|务必|你先?|您先?)[^。!?\n]{0,12}?(?:打|汇|转|存|付)(?:款)?(?:到|至|入|进)"
    r"(?:(?:我发(?:给)?你的|我给你的)(?:这|那)?|下面(?:这|的)?|这|此)(?:个|张)?(?:新的?)?(?:账号|账户|卡|银行卡)"
)
# What names whose account it is: a proforma's particulars.
_NAMED = ("户名", "开户行", "开户银行", "对公", "有限公司", "收款人", "合同")
# Korean: the bank or account changed, and the money asked into the account below.
_KO_CHANGED = re.compile(r"(?:은행|계좌)[^.!?\n]{0,12}?(?:변경|바뀌|바꿨)(?!되지 않|지 않)")
_KO_SEND = re.compile(
    r"(?:아래|다음|새|신규)[^.!?\n]{0,8}?계좌로[^.!?\n]{0,20}?(?:송금|보내|입금)"
)
# Japanese: the president's instruction (folded: 社長 -> 社长, the dakuten of で dropped).
_BOSS_ORDER = re.compile(
    r"(?:社长|代表|会长|部长)の(?:指示|命令)[^。!?\n]{0,30}?(?:振込|振り込|送金|発注|请求书|支払|支拂)"
)
_TAX_QR = re.compile(
    r"(?:退税|补贴|个税|税务)[^。!?\n]{0,40}?(?:扫描|扫码|扫一扫)|"
    r"(?:扫描|扫码|扫一扫)[^。!?\n]{0,30}?(?:退税|补贴|个税)"
)
_QR_REFUND = re.compile(
    r"\bscan (?:the |this |our )?qr[ -]?code\b[^.!?\n]{0,60}?\b(?:refund|rebate|subsid|grant)"
)
_TAX_THREAT = re.compile(
    r"贵(?:公司|司|单位)[^。!?\n]{0,20}?(?:偷逃税|偷税|逃税|少报|隐匿)[\s\S]{0,40}?"
    r"(?:追缴|罚款|处罚|稽查)"
)
_OFFICIAL = re.compile(
    r"我是[^。!?\n]{0,16}?(?:局|厅|委|办|所|政府|部|海关)的?[^。!?\n]{0,6}?"
    r"(?:局长|科长|处长|主任|领导|工作人员|干部)"
)
_BENEFIT = re.compile(r"补贴|贴息|退税|扶持资金|专项资金|奖励资金|返还")
_CALL_ME = re.compile(r"联系我|找我|打给我|给我回电|回电话|加我")
_FREEZE = re.compile(
    r"(?:如|若)?(?:未在规定(?:的)?时间内|逾期未?|过期未|未按时|未及时)(?:办理|完成|认证|年检|年审)"
    r"[^。!?\n]{0,10}?(?:将|会|则)[^。!?\n]{0,6}?(?:停止|暂停|冻结|关闭|停用|限制)"
)
# A stranger's first message, what it asks for, and the channel it moves to.
_COLD = re.compile(
    r"dear (?:sir|madam|sirs|sir/madam|sir or madam)\b|dear,|attn: sir|"
    r"\bi came across your (?:business|company|profile|products?|website)|"
    r"\bwe are interested in (?:buying |purchasing )?your products?\b|"
    r"\b(?:purchasing|procurement|sourcing) (?:director|manager|officer|head)\b|"
    r"\bvendor management team\b"
)
# What the stranger asks for: the reader's catalogue, prices or profile (not "our catalogue",
# which is a seller's own outreach).
_WANTS = re.compile(
    r"\b(?:send|share|provide|forward|e-?mail|give|quote|receiv\w*)\b[^.!?\n]{0,40}?"
    r"\b(?:catalog(?:ue)?s?|price ?lists?|product details|quotations?|prices?|pricing|"
    r"overview of your company|company profile)\b"
)
_CHANNEL = re.compile(
    r"\b(?:whats ?app|telegram|signal|viber|wechat)\b|"
    r"\((?:gmail|yahoo|hotmail|outlook|aol|icloud|163|126|qq|proton ?mail|mail|gmx)\.(?:com|me)\)|"
    r"@(?:gmail|yahoo|hotmail|outlook|aol|icloud|proton ?mail|gmx)\.com\b|"
    r"\breply (?:here|only to|directly to)\b|\bprivate e-?mail\b"
)
_REGISTRATION = re.compile(
    r"\b(?:invit\w* your (?:esteemed |reputable )?(?:company|firm|organi[sz]ation)|"
    r"(?:your (?:company|firm) (?:has been|was) )?shortlisted) (?:for|to) (?:(?:a |our )?"
    r"(?:vendor|supplier|contractor)s? (?:registration|prequalification|enlistment|onboarding))"
)
_REFUSAL_REACH = 60  # characters before the QR ask a "never" or "do not" is read in
_OURS = re.compile(r"\bour\b")
_REACH = 400  # characters after the cold opening the ask and the channel are read in


# Literals each shape needs, tested with `in` before its pattern runs: most messages hold
# none, and a str search is ~50x cheaper than a pattern's scan of 2,000 characters (the first
# draft, patterns only, cost 0.27 ms per 4 KB message).
_CHANNEL_CUES = (
    "whats", "telegram", "signal", "viber", "wechat", ".com)", ".me)", "@", "reply ", "private e",
)  # fmt: skip
# Where a cold opening may start; `_COLD` is matched only at these places (searched over the
# text it cost 0.18 ms per 2,000 characters).
_COLD_CUES = ("dear", "attn: sir", "i came across your", "we are interested in", "purchasing",
              "procurement", "sourcing", "vendor management")  # fmt: skip
_COLD_LOOKS = 8  # places per cue tried, at most
_INVITE_REACH = 90  # characters before "registration" the invitation is read in
_REGISTRATION_CUES = ("registration", "prequalification", "enlistment", "onboarding")


def _search(pattern: re.Pattern[str], text: str, *cues: str) -> re.Match[str] | None:
    """`pattern` searched in `text` only when one of `cues` stands there."""
    return pattern.search(text) if any(cue in text for cue in cues) else None


def _chinese(text: str) -> list[Lure]:
    if any(word in text for word in _ZH_ABOUT):
        return []
    found: list[Lure] = []
    pay = _search(_PAY_HERE, text, "账", "卡")
    if pay is not None and not any(word in text for word in _NAMED):
        found.append(Lure("pay_here", Severity.MEDIUM, *pay.span()))
    for kind, match in (
        ("tax_qr", _search(_TAX_QR, text, "扫")),
        ("tax_threat", _search(_TAX_THREAT, text, "贵")),
    ):
        if match is not None and not _ZH_REFUSAL.search(
            text, max(0, match.start() - 8), match.end()
        ):
            found.append(Lure(kind, Severity.MEDIUM, *match.span()))
    official = _search(_OFFICIAL, text, "我是")
    if official is not None and _BENEFIT.search(text) and _CALL_ME.search(text):
        found.append(Lure("official_benefit", Severity.MEDIUM, *official.span()))
    freeze = _search(_FREEZE, text, "未", "逾期", "过期")
    if freeze is not None:
        found.append(Lure("account_freeze", Severity.MEDIUM, *freeze.span()))
    boss = _search(_BOSS_ORDER, text, "の指示", "の命令")
    if boss is not None:
        found.append(Lure("boss_order", Severity.MEDIUM, *boss.span()))
    return found


def _korean(text: str) -> list[Lure]:
    changed = _search(_KO_CHANGED, text, "계좌로")
    send = _KO_SEND.search(text) if changed is not None else None
    if changed is None or send is None:
        return []
    return [Lure("ko_new_account", Severity.MEDIUM, changed.start(), send.end())]


def _stranger(text: str) -> list[Lure]:
    registration = _registration(text)
    if registration is not None:
        return [Lure("stranger_channel", Severity.MEDIUM, *registration.span())]
    if not any(cue in text for cue in _CHANNEL_CUES):
        return []
    cold = _cold_opening(text)
    if cold is None:
        return []
    window = text[cold.start() : cold.end() + _REACH]
    channel = _CHANNEL.search(window)
    wants = _WANTS.search(window)
    if wants is None or channel is None or _OURS.search(wants.group()) is not None:
        return []
    return [Lure("stranger_channel", Severity.MEDIUM, cold.start(), cold.start() + channel.end())]


def _registration(text: str) -> re.Match[str] | None:
    """An invitation to vendor registration, read only around the word that names it."""
    for cue in _REGISTRATION_CUES:
        at, looks = text.find(cue), 0
        while at >= 0 and looks < _COLD_LOOKS:
            if found := _REGISTRATION.search(text, max(0, at - _INVITE_REACH), at + 20):
                return found
            at, looks = text.find(cue, at + 1), looks + 1
    return None


def _cold_opening(text: str) -> re.Match[str] | None:
    """The first cold opening (`_COLD` matched where one of `_COLD_CUES` starts a word)."""
    best: re.Match[str] | None = None
    for cue in _COLD_CUES:
        at, looks = text.find(cue), 0
        while at >= 0 and looks < _COLD_LOOKS and (best is None or at < best.start()):
            if at == 0 or not text[at - 1].isalnum():
                found = _COLD.match(text, at)
                if found is not None and (cue != "dear" or found.group() != "dear," or at == 0):
                    best = found
                    break
            at, looks = text.find(cue, at + 1), looks + 1
    return best


def _qr_refund(text: str) -> list[Lure]:
    at = text.find("scan ")
    qr = None if at < 0 or "qr" not in text else _QR_REFUND.search(text, at)
    if qr is None or refused_before(text, qr.start(), _REFUSAL_REACH):
        return []
    return [Lure("tax_qr", Severity.MEDIUM, *qr.span())]


def fragment_lures(folded: str) -> list[Lure]:
    """Every short scam opener found in the first `_FIRST` characters of `folded`."""
    text = folded[:_FIRST]
    found = [*_stranger(text), *_qr_refund(text)]
    if not text.isascii():
        found += [*_chinese(text), *_korean(text)]
    if found and _ABOUT.search(text) is not None:
        return []
    return found
