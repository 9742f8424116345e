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
- **advance-fee letter** (a stranger's introduction, funds, a request to reply);
- **vouching** (`pressing_request`): the writer vouches for itself ("this is not a scam",
  "this transaction is 100% risk free"): honest senders do not need to (round 6);
- **ultimatum** (`pressing_request`): "if you do not / failure to ... you will no longer /
  your account will be suspended, closed, lost" (round 6). The stranger's
  shapes (buyer's order, money offer, payroll change, release fee) are in `lure_strangers.py`.
All medium unless said. A refusal before the ask ("do not", "never", "请勿") or a message
about the trick ("scam", "phishing", "beware") drops a shape here; what an advisory says is
dropped later by the scanner's context rules (`adjust.in_context`). Returns spans in
folded-text offsets; it must not score. The notice and letter shapes live in
`lure_notices.py`, the shared pieces in `lure_text.py`; this module keeps the asks.
"""

from __future__ import annotations

import re

from knowledge.scam import lure_notices as notices
from knowledge.scam.lure_accounts import advisory_lures
from knowledge.scam.lure_fragments import fragment_lures
from knowledge.scam.lure_offers import offer_lures
from knowledge.scam.lure_strangers import stranger_lures
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

# Why patterns live here and not in the data file: they are shapes (asker, verb, object,
# hurry, in order and within a few words), not phrases a reviewer would extend one by one.
# The money verb is searched first (a few literal branches), then the asker just before it
# and what to move just after: a search that opened on the asker's alternation cost 4x more.
_MONEY_VERBS = ("wire", "transfer", "remit", "send", "pay")


def asking_before(askers: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of an asker (the data file's shared list, folded words) or a sentence
    end just before a money verb; an apostrophe or space may stand between the words."""
    cues = sorted(askers, key=len, reverse=True)
    alternation = "|".join(r"[\s'’]+".join(map(re.escape, cue.split())) for cue in cues)
    return re.compile(rf"(?:[.!?\n]|\b(?:{alternation}))\s*$")


_ASK_REACH = 24  # characters before the verb searched for the asker
_WHAT = re.compile(
    r"(?:\s+\S+){0,6}?\s+"
    r"(?:[$€£¥]\s?\d[\d,.]*\s?(?:k|m|mn|million)?\b|\d[\d,.]*\s?(?:k|m|million)?\s?"
    r"(?:usd|eur|gbp|dollars|euros|pounds)\b|to (?:this|the following|the below|our new|my|"
    r"the new|a new) (?:bank )?account|(?:a|the) wire|(?:the|this) (?:new )?payment)"
)
_ERRANDS = ("purchase", "payment", "wire", "transfer")  # "get a purchase done today"
# The writer's own errand counts too ("I need to sort out a payment today"): the executive's
# wire opener states the need and asks only for "the details" next.
_ERRAND_BEFORE = re.compile(
    r"\b(?:need you to|can you|could you|please|kindly|i need to|i have to)"
    r" (?:get|make|do|process|handle|sort out|arrange|send)"
    r" (?:a|an|the|this|some) (?:quick |urgent |same day |same-day )?$"
)
_ERRAND_REACH = 48
_NOT_ERRAND = re.compile(r"\s+(?:reminders?|requests?|status|confirmations?|receipts?|reports?)\b")
_HURRY = re.compile(
    r"\b(?:today|asap|urgent(?:ly)?|immediately|right away|right now|end of (?:the )?day|"
    r"eod|within the hour|by \d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|once you get this)\b"
)
_HIGH = re.compile(
    r"\b(?:confidential|discreet|between us|don'?t tell|do not tell|acquisition|the deal|"
    r"in a meeting|new (?:bank )?account|changed (?:our )?(?:bank|account)|ceo)\b"
)
_ATTACHED = re.compile(
    r"(?:\b(?:find|fine|see|review)\s+(?:the\s+)?(?:attached|enclosed|attachment)|"
    r"\battached,? please find|\bin the attachment|\b(?:is|are) attached"
    # "the notification e-mail it is attached to" tells where a file goes, it hands none
    # over; "attached to this e-mail" does (round 12: a billing feature request)
    r"(?! to\b(?! this\b| the (?:e-?mail|message|mail)\b)))"
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
    r"cannot (?:talk|call)|phone is not allowed|get this done|quick task|"
    r"are you (?:in|around|at (?:your desk|the office|work))(?: today)?|gifts? ?cards?|"
    r"(?:nearest|nearby) store)\b"
)
_OPENER_CHARS = 400
# The writer vouching for its own message or deal.
_VOUCHING = re.compile(
    r"\b(?:this|it|the (?:transaction|transfer|business|deal|offer|project)) is "
    r"(?:100% |completely |totally |absolutely )?(?:not a scam|risk[- ]free|legit)\b"
)
_VOUCH_CUES = ("not a scam", "risk free", "risk-free", "legit")
_VOUCH_REACH = 40  # characters around the anchor where "this is (100%) ..." stands
_ULTIMATUM_CUES = ("if you", "failure to", "unless you")
_WARNS = re.compile(r"\b(?:scams|scammers?|fraud\w*|phishing|beware)\b")
# The ultimatum of log-in and account phishing: a condition on the reader and what is lost.
_ULTIMATUM = re.compile(
    r"\b(?:if you (?:do not|don'?t|fail to|have not|haven'?t)|failure to|unless you)\b"
    r"[^.!?\n]{0,100}?\b(?:will|would|may)\b(?: \S+){0,4}? (?:no longer|lose|result in|"
    r"be (?:permanently )?(?:suspended|closed|deleted|locked|terminated|blocked|disabled|"
    r"cancell?ed|lost|returned|forfeited|deactivated|restricted))"
)


def _asker(folded: str, start: int, ask_before: re.Pattern[str]) -> int:
    """Where the asker just before `start` begins (the verb itself for a bare imperative
    opening a sentence), or -1 when nobody asks."""
    if not folded[:start].strip():
        return start
    ask = ask_before.search(folded, max(0, start - _ASK_REACH), start)
    if ask is None:
        return -1
    return start if folded[ask.start()] in ".!?\n" else ask.start()


def _money_now(folded: str, ask_before: re.Pattern[str]) -> list[Lure]:
    spans = [
        (ask, what.end())
        for start, end in words_at(folded, _MONEY_VERBS)
        if (what := _WHAT.match(folded, end)) is not None
        and (ask := _asker(folded, start, ask_before)) >= 0
    ]
    for start, end in words_at(folded, _ERRANDS):
        errand = _ERRAND_BEFORE.search(folded, max(0, start - _ERRAND_REACH), start)
        # "send a payment reminder" asks for a letter, not a payment (issue 15 round 18).
        if errand is not None and _NOT_ERRAND.match(folded, end) is None:
            spans.append((errand.start(), end))
    for start, end in sorted(spans):
        first, last = sentence(folded, start, end)
        if _HURRY.search(folded, first, last) is None or refused_before(folded, start):
            continue
        high = _HIGH.search(folded) is not None
        return [Lure("money_now", Severity.HIGH if high else Severity.MEDIUM, start, end)]
    return []


def _attachment(folded: str) -> list[Lure]:
    # Searched only around "attach" / "enclos" (a whole-text search cost 0.1 ms per 4 KB).
    anchors = sorted(at for word in ("attach", "enclos") for at in finds(folded, word))
    for at in anchors:
        match = _ATTACHED.search(folded, max(0, at - _ATTACH_REACH), at + _ATTACH_REACH)
        if match is None or refused_before(folded, match.start()):
            continue
        first = max(0, match.start() - _DOCUMENT_REACH)
        if _DOCUMENT.search(folded, first, match.end() + _DOCUMENT_REACH) is None:
            continue
        if _PROCESS.search(folded, first, match.end() + _PROCESS_REACH) is None:
            continue
        # An invoice sent against the reader's own order or agreed terms, with no changed
        # account, is ordinary billing: the lure is the unsolicited document (round 6).
        if ordinary_billing(folded):
            return []
        return [Lure("attachment", Severity.MEDIUM, match.start(), match.end())]
    return []


def _opener(folded: str) -> list[Lure]:
    if len(folded) > _OPENER_CHARS:
        return []
    cues = list(_OPENER.finditer(folded))
    if len({cue.group() for cue in cues}) < 2 or ABOUT.search(folded) is not None:
        return []
    return [Lure("opener", Severity.MEDIUM, cues[0].start(), cues[-1].end())]


def _vouching(folded: str) -> list[Lure]:
    # Read back from its literal anchors ("it" opens too many words to search from it).
    anchors = (at for cue in _VOUCH_CUES for at in finds(folded, cue))
    for at in anchors:
        found = _VOUCHING.search(folded, max(0, at - _VOUCH_REACH), at + _VOUCH_REACH)
        if found is not None and _WARNS.search(folded) is None:  # not a warning naming it
            return [Lure("vouching", Severity.MEDIUM, *found.span())]
    return []


def _ultimatum(folded: str) -> list[Lure]:
    anchors = sorted(at for cue in _ULTIMATUM_CUES for at in finds(folded, cue))
    found = next(filter(None, (_ULTIMATUM.match(folded, at) for at in anchors)), None)
    if found is None or ABOUT.search(folded) is not None:
        return []
    return [Lure("ultimatum", Severity.MEDIUM, *found.span())]


def find_lures(folded: str, ask_before: re.Pattern[str]) -> list[Lure]:
    """Every shape found in `folded` (the normalised, lower-cased text); `ask_before` is
    `asking_before(the data file's askers)`, built once."""
    return [
        *_money_now(folded, ask_before),
        *_attachment(folded),
        *notices.domain_letter(folded),
        *notices.parcel_or_code(folded),
        *notices.details_or_fee(folded),
        *_opener(folded),
        *_ultimatum(folded),
        *_vouching(folded),
        *notices.call_back(folded),
        *notices.advance_fee(folded),
        *notices.remittance(folded),
        *stranger_lures(folded),
        *offer_lures(folded),
        *advisory_lures(folded),  # round 14, from the advisories
        *fragment_lures(folded),  # round 15, short openers
    ]
