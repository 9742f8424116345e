"""Who is asking whom: a demand counts only where the writer asks the reader, or claims it.

Owns one structural test that holds whatever the scam's wording: a scam addresses the reader
("please remit to our new account", "can you pay the fee today", "add me on WhatsApp",
"请将货款汇至新账户"), while an explainer, guide or case write-up describes ("a late account
change should trigger verification", "the attacker replies with ...", "合作单位发邮件称更换收款
账号 ... 王女士"). A strong wording finding of a demand category (changed bank details,
untraceable or off-platform payment, fees, full prepayment) keeps its weight only when its
sentence or a neighbouring one carries a request to the reader (an asker such as "please",
"kindly", "can you"; a request verb opening a clause; "请", "您") or the writer's claim
("our", "we", "我司"), or the message gives an account to pay (an account number, IBAN), or
is too short to be anything but a chat turn. Otherwise it stays as a low sign. Data:
`addressed` in `data/red_flags.yaml`. It must not match red-flag phrases itself, and it
never raises a finding.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from knowledge.scam.address_cues import AddressCues
from knowledge.scam.finding import Finding
from knowledge.scam.normalise import Message, Sentences
from knowledge.scam.red_flags import Severity

_NEIGHBOURS = 1  # sentences either side of a finding searched for a request to the reader
# A message this short is one turn of a chat, the writer's own say: an explainer or guide is
# longer ("Western Union only" is a demand however bare). Counted in characters, so that
# Chinese (a word is a run of characters up to a punctuation mark) is measured alike.
_SHORT_CHARS = 160
# An account to pay, given in the message: a long run of digits with an account word shortly
# before it on the same line, or a number the data's redaction replaced. (The digits are
# searched first: a search that starts on a word alternation costs ten times more.)
_LONG_NUMBER = re.compile(r"\d[\d -]{6,}\d")
_ACCOUNT_WORD = re.compile(r"iban|swift|bic|account|acct|a/c|账号|账户|帐号|帐户")
_ACCOUNT_REACH = 40  # characters before the number searched for the account word


def _alternation(cues: tuple[str, ...]) -> str:
    return "|".join(re.escape(cue) for cue in sorted(cues, key=len, reverse=True))


class Addressing:
    """Keeps a demand's weight only where the reader is asked or the writer claims it."""

    def __init__(self, cues: AddressCues) -> None:
        self._categories = frozenset(cues.categories)
        asked = [rf"\b(?:{_alternation(cues.askers + cues.obligations)})\b"]
        if cues.zh_askers:
            asked.append(_alternation(cues.zh_askers))
        self._asked = re.compile("|".join(asked))
        # A request verb opening the sentence or a clause (after a colon, dash or bullet),
        # not refused ("do not send payment").
        self._opening = re.compile(
            rf"(?:^|[:,;•*]\s*|\s-\s+|\d[.)]\s*){_refusal_lookbehind(cues.refusals)}"
            rf"\b(?:{_alternation(cues.request_verbs)})\b"
        )
        claims = [rf"\b(?:{_alternation(cues.first_persons)})\b"]
        if cues.zh_first_persons:
            claims.append(_alternation(cues.zh_first_persons))
        self._claims = re.compile("|".join(claims))

    def gate(self, findings: list[Finding], message: Message) -> list[Finding]:
        """The findings, with each unaddressed strong demand lowered to a low sign."""
        gated = [
            f
            for f in findings
            if f.category in self._categories
            and f.severity is not Severity.LOW
            and not f.from_detector
        ]
        if not gated or len(message.folded) < _SHORT_CHARS or _account_given(message.folded):
            return findings
        sentences = Sentences(message)
        origin = message.origin
        asked: dict[int, bool] = {}  # sentence -> addressed, each read once
        lowered: set[int] = set()
        for finding in gated:
            if origin is None:
                index = bisect_right(message.starts, finding.start) - 1
            else:  # word starts are folded offsets: compare them as original ones
                index = bisect_right(message.starts, finding.start, key=origin.__getitem__) - 1
            number = message.sentence[max(0, index)] if message.sentence else 0
            if number not in asked:
                asked[number] = self._addressed(sentences, number)
            if not asked[number]:
                lowered.add(id(finding))
        if not lowered:
            return findings
        return [f.lowered() if id(f) in lowered else f for f in findings]

    def _addressed(self, sentences: Sentences, number: int) -> bool:
        return any(
            self._claims.search(text) or self._asked.search(text) or self._opening.search(text)
            for near in range(number - _NEIGHBOURS, number + _NEIGHBOURS + 1)
            if (text := sentences.get(near))
        )


def _account_given(folded: str) -> bool:
    """Whether the text gives an account to pay (see _LONG_NUMBER)."""
    if "<account>" in folded:
        return True
    for number in _LONG_NUMBER.finditer(folded):
        before = folded[max(0, number.start() - _ACCOUNT_REACH) : number.start()]
        if _ACCOUNT_WORD.search(before.rsplit("\n", 1)[-1]):
            return True
    return False


def _refusal_lookbehind(refusals: tuple[str, ...]) -> str:
    """One fixed-width look-behind per refusal ("do not ", "never ")."""
    return "".join(rf"(?<!{re.escape(cue)}\s)" for cue in refusals)
