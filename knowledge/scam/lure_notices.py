"""Scam shapes that come as notices or letters (issue 15, round 5), split from `lures.py`.

Owns the domain-registration letter, the parcel lure (ZH SMS; EN/DE held for a fee with a
link), the code request and wrong-number opener, confirm-your-details by link, the call-back
invoice, the advance-fee letter and the fake remittance (a payment said made to the reader,
its "details" in an attached or downloaded file; round 6). Each returns `Lure`s in
folded-text offsets; it must not score. The reasons patterns live in code, not data: see
`lures.py`.
"""

from __future__ import annotations

import re

from knowledge.scam.lure_text import (
    ABOUT,
    Lure,
    finds,
    ordinary_billing,
    refused_before,
    sentence,
    words_at,
)
from knowledge.scam.red_flags import Severity

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
    r"[^\n]{0,80}?\n?\s{0,8}"  # the number may stand on the next line of a letter
    r"(?:<phone>|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[ .-]\d{3}[ .-]?\d{4}(?!\d))"
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
_LINK = re.compile(r"\b(?:link|click|https?|log ?in|sign ?in)\b")
# A help article's procedure: the link is one the reader WILL receive once they (or their
# merchant) asked for the change ("you will receive an email with a unique link to update your
# bank details"); a phish sends the link itself (round 12).
_PROMISED = re.compile(
    r"\b(?:you will|you ll|you'll|we will|we ll|we'll) (?:then )?"
    r"(?:receive|get|be sent|send you|email you|e-mail you)\b"
)
_DETAIL_VERBS = ("confirm", "verify", "update", "validate", "re-enter", "reenter")
_PARCELS = ("parcel", "package", "paket", "sendung")
_PARCEL_FEE = re.compile(
    r"(?:parcel|package|paket|sendung)\w*[\s\S]{0,300}?"
    r"(?P<fee>\bfee\b|\bduty\b|\w*geb(?:u|ü)hr\w*)[\s\S]{0,300}?"
    r"(?:https?:|\bclick\b|klicken|aktualisieren)"
)


# A payment said made to the reader, with its details in a file to open: the fake remittance
# advice (the file is the phishing page or the malware), whatever the payer's name.
_PAID = re.compile(
    r"\b(?:(?:your |the )?(?:payment|transfer|remittance|funds?) (?:has|have) (?:now )?been "
    r"(?:made|sent|remitted|initiated|released|transferred|credited)|we have (?:remitted|paid|"
    r"transferred)|(?:remittance|payment) (?:e-?)?advice)"
)
_FILE = re.compile(r"(?:\battach|\benclos|\.html?\b|\bdownload)")
_FILE_REACH = 200


def remittance(folded: str) -> list[Lure]:
    # Searched only around its literal anchors (a whole-text search cost 0.19 ms per 4 KB).
    anchors = sorted(at for cue in (" been ", "we have ", "advice") for at in finds(folded, cue))
    paid = next(
        filter(None, (_PAID.search(folded, max(0, at - 32), at + 32) for at in anchors)), None
    )
    if paid is None or ABOUT.search(folded) is not None or ordinary_billing(folded):
        return []
    near = _FILE.search(folded, max(0, paid.start() - _FILE_REACH), paid.end() + _FILE_REACH)
    return [] if near is None else [Lure("remittance", Severity.MEDIUM, *paid.span())]


def domain_letter(folded: str) -> list[Lure]:
    if (
        "registration" not in folded
        and "formal application" not in folded
        and "注册" not in folded
    ):
        return []  # a cheap exact prefilter: every registrar alternative holds one of these
    registrar = _REGISTRAR.search(folded)
    if registrar is None:
        return []
    applying = _APPLYING.search(folded)
    confirm = None if applying is None else _CONFIRM.search(folded, applying.end())
    if applying is None or confirm is None or refused_before(folded, applying.start()):
        return []
    # The span is the ask to confirm: the sentence that addresses the reader.
    return [Lure("domain_letter", Severity.MEDIUM, *confirm.span())]


def parcel_or_code(folded: str) -> list[Lure]:
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
    if code is not None and not refused_before(folded, code[0]):
        found.append(Lure("code", Severity.MEDIUM, *code))
    return found


def _code_asked(folded: str) -> tuple[int, int] | None:
    """A code word with "send me" before it, or 验证码 with 发给我 after it."""
    words = words_at(folded, ("code", "otp", "pin"))
    words.extend((at, at + 3) for at in finds(folded, "验证码"))
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


def details_or_fee(folded: str) -> list[Lure]:
    found: list[Lure] = []
    asks = [start for start, _ in words_at(folded, _DETAIL_VERBS)]
    details = next(filter(None, (_DETAILS.match(folded, at) for at in asks)), None)
    if details is not None and not refused_before(folded, details.start()):
        first, last = sentence(folded, details.start(), details.end())
        promised = _PROMISED.search(folded, first, details.start()) is not None
        if not promised and _LINK.search(folded, first, last) is not None:
            found.append(Lure("details", Severity.MEDIUM, *details.span()))
    parcels = [at for word in _PARCELS for at in finds(folded, word)]
    fee = next(filter(None, (_PARCEL_FEE.match(folded, at) for at in sorted(parcels))), None)
    if fee is not None and ABOUT.search(folded) is None:
        found.append(Lure("parcel", Severity.MEDIUM, *fee.span("fee")))
    return found


def call_back(folded: str) -> list[Lure]:
    if "$" not in folded and "usd" not in folded:
        return []
    if _AMOUNT.search(folded) is None or not any(word in folded for word in _CHARGES):
        return []
    call = _CALL_BACK.search(folded)
    if call is None or ABOUT.search(folded) is not None:
        return []
    return [Lure("call_back", Severity.MEDIUM, *call.span())]


def advance_fee(folded: str) -> list[Lure]:
    intro = _INTRO.search(folded, 0, _INTRO_CHARS)
    if intro is None or ABOUT.search(folded) is not None:
        return []
    funds = _FUNDS.search(folded)
    if funds is None or _REPLY.search(folded) is None:
        return []
    return [Lure("advance_fee", Severity.MEDIUM, *funds.span())]
