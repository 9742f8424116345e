"""Round 18's moves a business receives in Chinese, Korean and English (issue 15).

Owns five readings over the folded text, each gated on a cheap literal first so text without
it costs one `in` test: (1) a fake market regulator or business registry (市场监管, 工商,
营业执照, 经营异常名录) threatening cancellation or a fine and asking a fee, a reply digit or a
"verification" through a link; (2) a refund (退款) that needs a link, a QR scan, a log-in or
the card's details; (3) money to be moved into a "safe account" (安全账户, 안전계좌), which no
police, prosecutor or bank ever asks for; (4) a prize "won" from a big brand or a lottery
(Korean) with an attachment, a fee or a reply, and (Korean) a chat group to create whose QR
code is to be sent back, the fake president's first move; (5) an executive's one-line "mail
out a check to a vendor today" (English), where a real boss names the vendor and the invoice.
A message that warns about these very tricks (诈骗, 警惕, 谨防, 切勿, 不收取;
사칭, 주의, 예방) reads nothing; a refusal in the clause of a safe-account line
("没有所谓的安全账户") keeps it low.
Pure: no Telegram or storage; it must not score or merge.

Written from the advisories, in our own words: SAMR's warning on fake annual-report and
abnormal-listing SMS and calls (市场监管总局, quoted by tldf.cn; 溧阳市场监管局中关村分局
2020-11-04: "[工商局] ... 延时将自动销户"; 宜都 王家畈市场监管所); the Ministry of Public
Security's 刑侦局 alert on fake merchant-verification SMS (2019-11-06) and payment firms'
notices on fake POS refund and "device stopped" SMS (星驿付 2025-06-30, 钱优宝); Korea's
National Police Agency and FSS joint message ("경찰, 금감원, 검찰을 사칭해 ... 계좌이체를
요구하면 100% 보이스피싱", news1) and guardnity's government-impersonation guide (안전계좌);
the FBI/IC3 BEC notes on the short executive opener.
"""

from __future__ import annotations

import re

from knowledge.scam import own_advice
from knowledge.scam.folded_hit import FoldedHit
from knowledge.scam.red_flags import Severity

_FIRST = 3_000  # characters read: every move here is short
_LOOKS = 8  # places per cue read, at most
_SAFE_REACH = 40  # characters before "safe account" its ask is read in
_CHECK_REACH = 140  # characters before "today" the executive's request is read in
_PAYEES = ("vendor", "supplier", "client", "contractor", "payee")


# A message about the trick (a police, regulator, bank or payment firm's warning, a news
# report): it quotes the lure to warn, so nothing in it is asked of the reader.
_ZH_WARNS = re.compile(
    r"诈骗|骗子|骗局|受骗|警惕|谨防|防范|冒充|假冒|仿冒|钓鱼|反诈|切勿|请勿|不要点击|不收取|"
    r"不会(?:通过|以|要求|发送|附)|辟谣|举报|报警|案例|提醒"
)
_KO_WARNS = re.compile(r"사칭|주의|조심|유의|예방|수법|사기|보이스피싱|스미싱|절대|신고")

# (1) A regulator or registry, its threat, and what it asks through the message.
_REGISTRY_CUES = ("市场监", "工商", "营业执照", "异常", "年报", "注销", "吊销", "执照")
_REGISTRY = re.compile(r"市场监(?:管|督)|工商|营业执照|执照|经营异常|异常名录|列入异常|年报")
_REGISTRY_THREAT = re.compile(r"异常|注销|吊销|销户|罚款|拉黑|处罚|停业|无法正常|不予营业")
# What it asks, each alternative searched only when its literal stands in the text (one
# pattern with a leading digit class cost 0.4 ms per 3,000 characters).
_REGISTRY_ASKS = (
    (("http", "www.", "点击", "链接", "连结"), re.compile(r"https?://|www\.|点击|链接|连结")),
    (("回",), re.compile(r"回复?\s?[0-9０-９]")),
    (
        ("费",),
        re.compile(
            r"(?:费用|手续费|服务费|工本费)\s?\d+\s?元|(?<=\d)元(?:手续费|费用|服务费)|"
            r"缴纳[^。]{0,8}?费"
        ),
    ),
)
# (2) A refund that needs the reader to act.
_REFUND = re.compile(r"退款|退费|退还|退回")
_REFUND_ASK = re.compile(
    r"(?:请|需|须|需要)[^。!?\n]{0,12}?(?:点击|扫码|扫描|登录|验证|输入|填写|提供)|"
    r"点击链接|扫码办理"
)
_SENTENCE_MARKS = "。！？!?\n"
_REFUND_REACH = 30  # characters either side of the refund word its ask is read in
_NO_ACTION = re.compile(r"无需|不需要|原路退回|原路返回")
# (3) Money into a "safe account", asked (请/立即/马上 ... 转/汇/存 ... 安全账户).
_ZH_SAFE = re.compile(
    r"(?:请|立即|马上|尽快|赶紧)[^。!?\n]{0,20}?(?:转|汇|存|移)[^。!?\n]{0,8}?安全[账帐]户"
)
# Read from the clause's start to a few characters past the ask ("...的都是诈骗").
_ZH_SAFE_REFUSED = re.compile(r"没有|不存在|所谓|凡是|都是|不会|绝不|从不|勿|不要|别|诈骗")
_CLAUSE_MARKS = "，。！？；,.!?;\n"
_AFTER = 6
_KO_SAFE = re.compile(
    r"안전(?:한)?\s?(?:계좌|통장)[^.!?\n]{0,16}?"
    r"(?:이체|송금|입금|옮기|보내)[^.!?\n]{0,8}?(?:하세요|하십시오|해 ?주|해야|하셔야|바랍니다)"
)
# (4) Korean: a prize "won" from a big brand or a lottery, and what it asks of the reader.
_KO_WON = re.compile(r"승자로 선정|당첨되(?:셨|었)|당첨자로 선정|수상자로 선정")
_KO_BRAND = re.compile(
    r"google|구글|microsoft|마이크로소프트|facebook|페이스북|apple|애플|amazon|아마존|"
    r"복권|로또|국제|유엔|whatsapp|yahoo|야후"
)
_KO_CLAIM = re.compile(r"첨부|수수료|제세공과금|송금|입금|회신|연락처|개인정보|계좌")
# (4b) Korean: the fake president's first move, a chat group to create and its QR code or
# invitation to send back (the Japanese wave's Korean form, quoted by banks' BEC notices).
_KO_GROUP = re.compile(
    r"(?:그룹|단톡방|채팅방|대화방|톡방)[^.!?\n]{0,12}?(?:만들|생성|개설)[^.!?\n]{0,40}?"
    r"(?:qr|큐알|초대 ?링크|초대 ?코드)[^.!?\n]{0,20}?(?:보내|회신|전달|공유)"
)
# (5) English: "can you mail out a check to a vendor today?": an unnamed payee, today.
_CHECK_TODAY = re.compile(
    r"\b(?:can|could|would) you (?:please )?(?:mail|send|cut|write|issue|overnight|process)"
    r"(?: out)? (?:a |one )?(?:check|cheque|payment|wire)s?\b[^.?!\n]{0,40}?"
    r"\b(?:to (?:a|one|our new|a new) (?:vendor|supplier|client|contractor|payee))\b"
    r"[^.?!\n]{0,20}?\btoday\b"
)

_REGISTRY_WHY = (
    "Market regulators and business registries do not text a fee, a reply digit or a link "
    "to clear an 'abnormal' listing or avoid cancellation: annual reports and removals are "
    "free, through the official public system. Check with your local regulator yourself."
)
_REFUND_WHY = (
    "A real refund comes back the way it was paid and needs nothing from you; a refund "
    "message asking you to open a link, scan a code or enter your card is how merchants' "
    "accounts are emptied. Check the transaction in your own terminal's app."
)
_SAFE_WHY = (
    "No police, prosecutor, regulator or bank ever asks anyone to move money into a 'safe "
    "account': the account belongs to the fraudster. Hang up and call the police yourself."
)
_PRIZE_WHY = (
    "A prize you never entered, 'won' from a big brand or a lottery, is an advance-fee lure: "
    "the fee, the account details or the attachment is the goal. Do not reply or open it."
)
_GROUP_WHY = (
    "An executive's message asking staff to create a chat group and send back its QR code "
    "or invitation is how the fake-president fraud starts: the transfer request follows in "
    "the chat. Ask the executive in person or on a number you already have."
)
_CHECK_WHY = (
    "A one-line request from an executive to send a check or payment 'to a vendor today', "
    "naming neither the vendor nor the invoice, is how business email compromise opens. "
    "Ask the executive in person or on a number you already have."
)


def read_asian(folded: str) -> list[FoldedHit]:
    """What round 18's readings find in the first `_FIRST` characters of `folded`."""
    text = folded[:_FIRST]
    if text.isascii():
        return _check_today(text)
    found: list[FoldedHit] = []
    if any(cue in text for cue in _REGISTRY_CUES):
        found += _registry(text)
    if "退" in text:
        found += _refund(text)
    if "安全" in text:
        found += _zh_safe(text)
    if any(cue in text for cue in ("안전", "선정", "당첨", "그룹", "방")):
        found += _korean(text)
    return found + _check_today(text)


def _registry(text: str) -> list[FoldedHit]:
    registry = _REGISTRY.search(text)
    if registry is None or _REGISTRY_THREAT.search(text) is None:
        return []
    asks = [
        found
        for cues, pattern in _REGISTRY_ASKS
        if any(cue in text for cue in cues) and (found := pattern.search(text)) is not None
    ]
    if not asks or _ZH_WARNS.search(text):
        return []
    ask = min(asks, key=lambda found: found.start())
    span = (min(registry.start(), ask.start()), max(registry.end(), ask.end()))
    why, do = _REGISTRY_WHY, own_advice.REGISTRY
    return [_hit("Chinese", "fake_notice", span, "regulator fee or link", why, do)]


def _refund(text: str) -> list[FoldedHit]:
    for looks, refund in enumerate(_REFUND.finditer(text)):
        if looks >= _LOOKS:
            break
        # The ask in the refund's own sentence, close to it: an article that later says a
        # seller "needs to provide an invoice" asks nothing about the refund.
        floor = max(0, refund.start() - _REFUND_REACH)
        first = max(text.rfind(mark, floor, refund.start()) for mark in _SENTENCE_MARKS) + 1
        first = max(first, floor)
        last = refund.end() + _REFUND_REACH
        ends = [at for mark in _SENTENCE_MARKS if (at := text.find(mark, refund.end(), last)) >= 0]
        ask = _REFUND_ASK.search(text, first, min([*ends, last]))
        if ask is None:
            continue
        if _NO_ACTION.search(text) or _ZH_WARNS.search(text):
            return []
        span = (min(refund.start(), ask.start()), max(refund.end(), ask.end()))
        why, do = _REFUND_WHY, own_advice.REFUND
        return [_hit("Chinese", "fake_notice", span, "refund that needs a link", why, do)]
    return []


def _zh_safe(text: str) -> list[FoldedHit]:
    for at in _finds(text, ("安全账户", "安全帐户")):
        match = _ZH_SAFE.search(text, max(0, at - _SAFE_REACH), at + 4)
        if match is None:
            continue
        clause = max(text.rfind(mark, 0, match.start()) for mark in _CLAUSE_MARKS) + 1
        if _ZH_SAFE_REFUSED.search(text, clause, match.end() + _AFTER) is None:
            # A police warning that then asks for a transfer is still asking (a scam written
            # as a warning): the ask itself is the tell, so the warning gate is not read here.
            span, do = match.span(), own_advice.SAFE_ACCOUNT
            return [_hit("Chinese", "unusual_transfer", span, "safe account", _SAFE_WHY, do)]
    return []


def _korean(text: str) -> list[FoldedHit]:
    found: list[FoldedHit] = []
    safe = next(filter(None, (_KO_SAFE.match(text, at) for at in _finds(text, ("안전",)))), None)
    won = _KO_WON.search(text) if "선정" in text or "당첨" in text else None
    group = _KO_GROUP.search(text) if "방" in text or "그룹" in text else None
    if group is not None:
        found.append(_hit("Korean", "pressing_request", group.span(), "chat group", _GROUP_WHY))
    if safe is not None:
        span, do = safe.span(), own_advice.SAFE_ACCOUNT
        found.append(_hit("Korean", "unusual_transfer", span, "safe account", _SAFE_WHY, do))
    elif won is not None and _KO_BRAND.search(text) and _KO_CLAIM.search(text):
        found.append(_hit("Korean", "windfall_lure", won.span(), "prize from a brand", _PRIZE_WHY))
    # The warning gate last: most messages never pay for it.
    return found if found and _KO_WARNS.search(text) is None else []


def _check_today(text: str) -> list[FoldedHit]:
    """Read only just before each "today" (a search over the whole text cost 0.2 ms)."""
    if not any(payee in text for payee in _PAYEES):
        return []
    for at in _finds(text, ("today",)):
        found = _CHECK_TODAY.search(text, max(0, at - _CHECK_REACH), at + 5)
        if found is not None:
            span = found.span()
            return [
                _hit("English", "unusual_transfer", span, "check to a vendor today", _CHECK_WHY)
            ]
    return []


def _finds(text: str, cues: tuple[str, ...]) -> list[int]:
    """Where `cues` stand in `text`, in order, at most `_LOOKS` of each."""
    places: list[int] = []
    for cue in cues:
        at, looks = text.find(cue), 0
        while at >= 0 and looks < _LOOKS:
            places.append(at)
            at, looks = text.find(cue, at + 1), looks + 1
    return sorted(places)


def _hit(
    language: str,
    category: str,
    span: tuple[int, int],
    evidence: str,
    why: str,
    advice: str | None = None,
) -> FoldedHit:
    return FoldedHit(category, Severity.MEDIUM, *span, language, evidence, why, advice)
