"""Scam shapes read from structure, not from one scam's wording (issue 15, round 5).

Owns readings over the folded text, each a request made OF the reader:
- **money now** (`unusual_transfer`): an ask ("please", "can you", "I need you to", or a
  bare imperative opening the sentence) + wire/transfer/remit/send/pay + what to move (an
  amount, "to this account", "the payment") + a hurry (today, ASAP, end of day, a deadline
  date) in that sentence or the next. Medium; high beside secrecy, a deal or boss context or
  a new account;
- **attachment lure**: "find attached" + an invoice, payment, remittance, statement or
  payroll document + a request to process, review or pay; **details by link**: "confirm your
  details" + a link (`open_or_log_in`, medium);
- **domain-registration letter** (a registration service + a company applying + confirm),
  **parcel lure** (ZH: 快件/包裹 + 派送失败/受损 + 联系/加; EN/DE: a parcel, a fee and a link)
  and **call-back invoice** (a renewal or charge, an amount, a number to call): `fake_notice`;
- **code request** ("send me the code", 验证码发给我, the wrong-number opener);
- **task opener** (a short message with two of: favour, availability, discretion, meeting);
- **advance-fee letter** (a stranger's introduction, funds, a request to reply).
All medium unless said. A refusal before the ask ("do not", "never", "请勿") or a message
about the trick ("scam", "phishing", "beware") drops a shape here; what an advisory says is
dropped later by the scanner's context rules (`adjust.in_context`). Returns spans in
folded-text offsets; it must not score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.scam.red_flags import Severity

# Why patterns live here and not in the data file: they are shapes (asker, verb, object,
# hurry, in order and within a few words), not phrases a reviewer would extend one by one.
# The money verb is searched first (a few literal branches), then the asker just before it
# and what to move just after: a search that opened on the asker's alternation cost 4x more.
_MONEY_VERBS = ("wire", "transfer", "remit", "send", "pay")
_ASK_BEFORE = re.compile(
    r"(?:[.!?\n]|\b(?:please|pls|kindly|can you|could you|would you|will you|need you to|"
    r"want you to|you need to|like you to))\s*$"
)
_ASK_REACH = 24  # characters before the verb searched for the asker
_WHAT = re.compile(
    r"(?:\s+\S+){0,6}?\s+"
    r"(?:[$€£¥]\s?\d[\d,.]*\s?(?:k|m|mn|million)?\b|\d[\d,.]*\s?(?:k|m|million)?\s?"
    r"(?:usd|eur|gbp|dollars|euros|pounds)\b|to (?:this|the following|the below|our new|my|"
    r"the new|a new) (?:bank )?account|(?:a|the) wire|(?:the|this) (?:new )?payment)"
)
_ERRANDS = ("purchase", "payment", "wire", "transfer")  # "get a purchase done today"
_ERRAND_BEFORE = re.compile(
    r"\b(?:need you to|can you|could you|please|kindly) (?:get|make|do|process|handle)"
    r" (?:a|an|the|this|some) (?:quick |urgent )?$"
)
_ERRAND_REACH = 48
_HURRY = re.compile(
    r"\b(?:today|asap|urgent(?:ly)?|immediately|right away|right now|end of (?:the )?day|"
    r"eod|within the hour|by \d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|once you get this)\b"
)
_HIGH = re.compile(
    r"\b(?:confidential|discreet|between us|don'?t tell|do not tell|acquisition|the deal|"
    r"in a meeting|new (?:bank )?account|changed (?:our )?(?:bank|account)|ceo)\b"
)
_REFUSED = re.compile(
    r"\b(?:never|do not|don'?t|not|beware|scam|fraud|fraudster|criminals?|phishing|example)\b"
)
_ATTACHED = re.compile(
    r"(?:\b(?:find|fine|see|review)\s+(?:the\s+)?(?:attached|enclosed|attachment)|"
    r"\battached,? please find|\bin the attachment|\bis attached|\bare attached)"
)
_DOCUMENT = re.compile(
    r"\b(?:invoices?|invocie|payments?|remittance|advice|reminder|statements?|payroll|"
    r"purchase order|lawsuit)\b"
)
_DOCUMENT_REACH = 120  # characters either side of the attachment words
_ATTACH_REACH = 24  # characters around "attach" where the attachment words stand
_PROCESS_REACH = 400  # characters after them where the request to process or pay stands
_PROCESS = re.compile(
    r"\b(?:for processing|process|remit|prompt payment|pay(?:ment)? (?:is )?due|review|"
    r"settle|revert|corrections?|let me have payment|not yet received (?:a )?payment)"
)
# A short message that opens a task with no task yet: a favour, availability, discretion,
# a meeting that prevents a call (the executive and gift-card openers). Two cues are needed.
_OPENER = re.compile(
    r"\b(?:need a (?:small |quick )?favou?r|are you available|if you(?:'re| are) available|"
    r"discreet(?:ly)?|in a meeting|(?:e-?mail|text|write) me back|can'?t (?:talk|call)|"
    r"cannot (?:talk|call)|phone is not allowed|get this done|quick task)\b"
)
_OPENER_CHARS = 400
# The call-back invoice: a renewal or charge the reader did not make, an amount, and a phone
# number to call to cancel or dispute it (the fake antivirus and subscription bills).
_CHARGES = (
    "subscription", "renewal", "renewed", "membership", "auto-renew", "autorenew", "charged",
    "make this purchase", "discontinue",
)  # fmt: skip
# The advance-fee letter: a stranger introduces himself, speaks of funds or a windfall,
# and asks for a reply, contact details or secrecy.
_INTRO = re.compile(
    r"\b(?:my name is|is my name|i am (?:mr|mrs|ms|dr|barrister)\b|i am a \d+ year|"
    r"i am (?:\S+ ){0,4}?(?:- |, )?(?:an? |the )?(?:\S+ )?(?:attorney|lawyer|barrister|banker|"
    r"director|diplomat|minister|chairman|solicitor)\b)"
)
_FUNDS = re.compile(
    r"\b(?:funds|fund transfer|transfer (?:of )?(?:the )?funds|compensation|restitution|"
    r"inheritance|beneficiary|consignment|awarded|abandoned|unclaimed|next of kin|"
    r"\d[\d,.]* ?(?:million|m\b)|over-?invoiced|over-?inflate\w*|share of)"
)
_INTRO_CHARS = 800  # a letter introduces its writer near the top
_REPLY = re.compile(
    r"\b(?:reply|respond|contact me|get back to me|your (?:direct )?(?:tele)?phone number|"
    r"full names?|confidential|private email|await your)"
)
_AMOUNT = re.compile(r"(?:usd|\$)\s?\d")
_CALL_BACK = re.compile(
    r"\b(?:call|contact|reach|dial|hotline|helpline|assistance|support line|customer care)\b"
    r"[^\n]{0,80}?(?:<phone>|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[ .-]\d{3}[ .-]?\d{4}(?!\d))"
)

_REGISTRAR = re.compile(
    r"(?:registration (?:service|department|center|centre)|department of registration|"
    r"domain (?:name )?registration|formal application|注册(?:服务|部门|中心)|域名注册)"
)
_APPLYING = re.compile(
    r"(?:are applying|is applying|applied for|apply(?:ing)? to register|"
    r"申请注册|申请(?:的)?(?:域名|品牌|网络品牌))"
)
_CONFIRM = re.compile(r"(?:confirm|affirmation|reply|contact us|确认|回复|联系)")
_PARCEL = re.compile(
    r"(?:快件|包裹|物品|快递|邮件|货物)[^。!?\n]{0,24}?(?:派送失败|派送没有成功|没有成功|未成功|"
    r"无法派送|受损|破损|异常|退回|滞留)[^\n]{0,40}?(?:联系|咨询|致电|电话|加|点击|链接)"
)
_CODE_ASK = re.compile(
    r"(?:\b(?:send|forward|give|text|read|tell|return|share)\s+(?:me|us)\b(?:\s+\S+){0,4}?"
    r"\s+(?:the\s+)?(?:\d-digit\s+)?$|^(?:发给我|告诉我|发我|给我))"
)
_CODE_REACH = 40  # characters before the code word searched for "send me"
# The chat-app takeover opener: "I sent a (wrong) code/message to your number by accident,
# can you send it back" (the code is the reader's account's verification code).
_WRONG_NUMBER = re.compile(
    r"\b(?:sent|send) (?:a |the |you a )?(?:wrong )?(?:message|code|text|sms)\b"
    r"(?:\s+\S+){0,4}?\s+(?:your|ur) (?:\S+ )?(?:number|phone)"
)
_SEND_BACK = re.compile(r"\b(?:can|could|would) you (?:please )?(?:return|send|forward|share)")


# A request to confirm one's bank or account details by following a link (bank phishing
# that names no threat), and a parcel held for an unpaid fee with a link (EN and DE).
_DETAILS = re.compile(
    r"\b(?:confirm|verify|update|validate|re-?enter)\s+your\s+(?:\S+\s+){0,2}?"
    r"(?:details|information|account|identity)\b"
)
# A message that names the trick is about it, not one of it ("the text claims a fee").
# ("phishing@" is a honeypot's own address, not the word.)
_ABOUT = re.compile(r"\b(?:scam|scams|fraud|phishing(?!@)|never|beware|claims?|betrug)\b")
_LINK = re.compile(r"\b(?:link|click|https?|log ?in|sign ?in)\b")
_DETAIL_VERBS = ("confirm", "verify", "update", "validate", "re-enter", "reenter")
_PARCELS = ("parcel", "package", "paket", "sendung")
_PARCEL_FEE = re.compile(
    r"(?:parcel|package|paket|sendung)\w*[\s\S]{0,300}?"
    r"(?P<fee>\bfee\b|\bduty\b|\w*geb(?:u|ü)hr\w*)[\s\S]{0,300}?"
    r"(?:https?:|\bclick\b|klicken|aktualisieren)"
)


# Where each shape counts (category ids of `data/red_flags.yaml`).
_CATEGORY = {
    "money_now": "unusual_transfer",
    "attachment": "open_or_log_in",
    "details": "open_or_log_in",
    "domain_letter": "fake_notice",
    "parcel": "fake_notice",
    "call_back": "fake_notice",
    "code": "credentials_request",
    "opener": "pressing_request",
    "advance_fee": "windfall_lure",
}
_WHY = {
    "money_now": (
        "The message asks you to move money now, to an account it gives: that is how payment "
        "fraud works. Check the request by a phone number you already have before paying."
    ),
}


@dataclass(frozen=True, slots=True)
class Lure:
    """One shape found: its kind, severity and span in folded-text offsets."""

    kind: str  # a key of `_CATEGORY`
    severity: Severity
    start: int
    end: int

    @property
    def category(self) -> str:
        """The red-flag category the shape counts in."""
        return _CATEGORY[self.kind]

    @property
    def why(self) -> str | None:
        """The shape's own explanation, or None for the category's."""
        return _WHY.get(self.kind)


def _sentence(folded: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end) and the next one (where a hurry may be said)."""
    left = max(folded.rfind(mark, 0, start) for mark in ".!?\n")
    stops = [at for mark in ".!?\n" if (at := folded.find(mark, end)) >= 0]
    first = min(stops) if stops else len(folded)
    after = [at for mark in ".!?\n" if (at := folded.find(mark, first + 1)) >= 0]
    return left + 1, (min(after) if after else len(folded))


def _refused_before(folded: str, start: int) -> bool:
    """A refusal or warning word in the same sentence before the ask."""
    left = max(folded.rfind(mark, 0, start) for mark in ".!?\n")
    return _REFUSED.search(folded, left + 1, start + 1) is not None


def _asker(folded: str, start: int) -> int:
    """Where the asker just before `start` begins (the verb itself for a bare imperative
    opening a sentence), or -1 when nobody asks."""
    if not folded[:start].strip():
        return start
    ask = _ASK_BEFORE.search(folded, max(0, start - _ASK_REACH), start)
    if ask is None:
        return -1
    return start if folded[ask.start()] in ".!?\n" else ask.start()


def _finds(folded: str, word: str) -> list[int]:
    """Every place `word` starts in `folded` (a str.find loop)."""
    found: list[int] = []
    at = folded.find(word)
    while at >= 0:
        found.append(at)
        at = folded.find(word, at + 1)
    return found


def _words_at(folded: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where each of `words` stands as a whole word, in text order. (A str.find loop: a
    regular expression that opens on a word alternation costs 10-20x more per character.)"""
    found: list[tuple[int, int]] = []
    size = len(folded)
    for word in words:
        at = folded.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not folded[at - 1].isalnum()) and (
                end == size or not folded[end].isalnum()
            ):
                found.append((at, end))
            at = folded.find(word, end)
    return sorted(found)


def _money_now(folded: str) -> list[Lure]:
    spans = [
        (ask, what.end())
        for start, end in _words_at(folded, _MONEY_VERBS)
        if (what := _WHAT.match(folded, end)) is not None and (ask := _asker(folded, start)) >= 0
    ]
    for start, end in _words_at(folded, _ERRANDS):
        errand = _ERRAND_BEFORE.search(folded, max(0, start - _ERRAND_REACH), start)
        if errand is not None:
            spans.append((errand.start(), end))
    for start, end in sorted(spans):
        first, last = _sentence(folded, start, end)
        if _HURRY.search(folded, first, last) is None or _refused_before(folded, start):
            continue
        high = _HIGH.search(folded) is not None
        return [Lure("money_now", Severity.HIGH if high else Severity.MEDIUM, start, end)]
    return []


def _attachment(folded: str) -> list[Lure]:
    # Searched only around "attach" / "enclos" (a whole-text search cost 0.1 ms per 4 KB).
    anchors = sorted(at for word in ("attach", "enclos") for at in _finds(folded, word))
    for at in anchors:
        match = _ATTACHED.search(folded, max(0, at - _ATTACH_REACH), at + _ATTACH_REACH)
        if match is None or _refused_before(folded, match.start()):
            continue
        first = max(0, match.start() - _DOCUMENT_REACH)
        if _DOCUMENT.search(folded, first, match.end() + _DOCUMENT_REACH) is None:
            continue
        if _PROCESS.search(folded, first, match.end() + _PROCESS_REACH) is not None:
            return [Lure("attachment", Severity.MEDIUM, match.start(), match.end())]
    return []


def _opener(folded: str) -> list[Lure]:
    if len(folded) > _OPENER_CHARS:
        return []
    cues = list(_OPENER.finditer(folded))
    if len({cue.group() for cue in cues}) < 2 or _ABOUT.search(folded) is not None:
        return []
    return [Lure("opener", Severity.MEDIUM, cues[0].start(), cues[-1].end())]


def _domain_letter(folded: str) -> list[Lure]:
    registrar = _REGISTRAR.search(folded)
    if registrar is None:
        return []
    applying = _APPLYING.search(folded)
    confirm = None if applying is None else _CONFIRM.search(folded, applying.end())
    if applying is None or confirm is None or _refused_before(folded, applying.start()):
        return []
    # The span is the ask to confirm: the sentence that addresses the reader.
    return [Lure("domain_letter", Severity.MEDIUM, *confirm.span())]


def _parcel_or_code(folded: str) -> list[Lure]:
    found: list[Lure] = []
    chinese = not folded.isascii()
    parcel = _PARCEL.search(folded) if chinese else None
    if parcel is not None:
        found.append(Lure("parcel", Severity.MEDIUM, *parcel.span()))
    code = _code_asked(folded)
    if code is None and any(cue in folded for cue in ("wrong", "accident", "mistake")):
        wrong = _WRONG_NUMBER.search(folded)
        if wrong is not None and _SEND_BACK.search(folded, wrong.end()):
            code = wrong.span()
    if code is not None and not _refused_before(folded, code[0]):
        found.append(Lure("code", Severity.MEDIUM, *code))
    return found


def _code_asked(folded: str) -> tuple[int, int] | None:
    """A code word with "send me" before it, or 验证码 with 发给我 after it."""
    words = _words_at(folded, ("code", "otp", "pin"))
    words.extend((at, at + 3) for at in _finds(folded, "验证码"))
    for start, end in words:
        if folded[start] == "验":
            after = _CODE_ASK.search(folded[end : end + 4])
            if after is not None:
                return start, end + after.end()
            continue
        before = _CODE_ASK.search(folded, max(0, start - _CODE_REACH), start)
        if before is not None:
            return before.start(), end
    return None


def _details_or_fee(folded: str) -> list[Lure]:
    found: list[Lure] = []
    asks = [start for start, _ in _words_at(folded, _DETAIL_VERBS)]
    details = next(filter(None, (_DETAILS.match(folded, at) for at in asks)), None)
    if details is not None and not _refused_before(folded, details.start()):
        first, last = _sentence(folded, details.start(), details.end())
        if _LINK.search(folded, first, last) is not None:
            found.append(Lure("details", Severity.MEDIUM, *details.span()))
    parcels = [at for word in _PARCELS for at in _finds(folded, word)]
    fee = next(filter(None, (_PARCEL_FEE.match(folded, at) for at in sorted(parcels))), None)
    if fee is not None and _ABOUT.search(folded) is None:
        found.append(Lure("parcel", Severity.MEDIUM, *fee.span("fee")))
    return found


def _call_back(folded: str) -> list[Lure]:
    if "$" not in folded and "usd" not in folded:
        return []
    if _AMOUNT.search(folded) is None or not any(word in folded for word in _CHARGES):
        return []
    call = _CALL_BACK.search(folded)
    if call is None or _ABOUT.search(folded) is not None:
        return []
    return [Lure("call_back", Severity.MEDIUM, *call.span())]


def _advance_fee(folded: str) -> list[Lure]:
    intro = _INTRO.search(folded, 0, _INTRO_CHARS)
    if intro is None or _ABOUT.search(folded) is not None:
        return []
    funds = _FUNDS.search(folded)
    if funds is None or _REPLY.search(folded) is None:
        return []
    return [Lure("advance_fee", Severity.MEDIUM, *funds.span())]


def find_lures(folded: str) -> list[Lure]:
    """Every shape found in `folded` (the normalised, lower-cased text)."""
    return [
        *_money_now(folded),
        *_attachment(folded),
        *_domain_letter(folded),
        *_parcel_or_code(folded),
        *_details_or_fee(folded),
        *_opener(folded),
        *_call_back(folded),
        *_advance_fee(folded),
    ]
