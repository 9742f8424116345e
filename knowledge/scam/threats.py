"""Two general shapes of scam read from structure: an account threat, and a bare request.

Owns two readings that hold whatever the wording (data: `threats` in `data/red_flags.yaml`):
- an **account threat** (the shape of bank, mailbox and platform log-in phishing, EN and ZH):
  the reader's own account, card, mailbox or password ("your online account", "您的中行卡")
  said (in that sentence or the next) to be locked, suspended, expiring, deleted, frozen,
  held or due for an upgrade or verification, and, in that sentence or the next two, a way to act (click, log in, visit,
  update, a link; "请点击", "登录", "链接"), unless that way is refused ("we will never ask
  you to click", "请勿点击");
- a **windfall**: a large sum said to be the reader's, with a windfall word ("your
  compensation of USD 1,759,910.00"), in a message that asks the reader something (the
  advance-fee letter);
- a **bare request** addressed to the reader: an executive's "can you process a wire
  transfer today", or "send me the W-2 / payroll / employee list / aging report" (the FBI's
  BEC and data-theft scenarios), the asker and the thing within a few words of one sentence.
What an advisory says is dropped later by the scanner's context rules (`adjust.in_context`).
Returns spans in folded-text offsets; it must not score or match red-flag phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated

from pydantic import Field

from knowledge.base import Frozen
from knowledge.scam.normalise import Message
from knowledge.scam.stance import LARGE_SUM as _LARGE_SUM

Cue = Annotated[str, Field(min_length=1, max_length=60)]
_FOLLOWING = 2  # sentences after the threat searched for the way to act
_STATE_REACH = 2  # the thing's sentence and the next: where its trouble is said
_THING_GAP = 3  # words between "your" and the thing ("your online banking account")
_ASK_GAP = 6  # words between an asker and the thing asked for
_YOU = re.compile(r"\b(?:you|your|yours)\b")


class ThreatCues(Frozen):
    """Word stems and phrases (folded: lower case) of the two shapes."""

    things: tuple[Cue, ...] = Field(min_length=3)  # after "your" and a few words
    states: tuple[Cue, ...] = Field(min_length=3)  # word starts: "lock" reads "locked"
    ways: tuple[Cue, ...] = Field(min_length=3)  # word starts
    refusals: tuple[Cue, ...] = Field(min_length=2)  # in the way's sentence: a warning
    zh_things: tuple[Cue, ...] = ()
    zh_states: tuple[Cue, ...] = ()
    zh_ways: tuple[Cue, ...] = ()
    zh_refusals: tuple[Cue, ...] = ()
    askers: tuple[Cue, ...] = Field(min_length=3)
    wire_verbs: tuple[Cue, ...] = Field(min_length=2)
    wires: tuple[Cue, ...] = Field(min_length=2)
    data_verbs: tuple[Cue, ...] = Field(min_length=2)
    data: tuple[Cue, ...] = Field(min_length=3)
    windfall: tuple[Cue, ...] = Field(min_length=3)  # money said to be the reader's


@dataclass(frozen=True, slots=True)
class Threat:
    """A shape found on folded characters start..end: "account", "wire" or "data"."""

    start: int
    end: int
    kind: str


def _words(cues: tuple[str, ...], *, stems: bool = False) -> str:
    alternation = "|".join(re.escape(cue) for cue in sorted(cues, key=len, reverse=True))
    return rf"\b(?:{alternation})" + (r"\w*" if stems else r"\b")


def _plain(cues: tuple[str, ...]) -> str:
    return "|".join(re.escape(cue) for cue in sorted(cues, key=len, reverse=True))


class ThreatReader:
    """Finds account threats and bare requests (build once from the data file's cues)."""

    def __init__(self, cues: ThreatCues) -> None:
        gap = rf"(?:\s+[\w-]+){{0,{_THING_GAP}}}?\s+"
        self._thing = re.compile(rf"\b(?:your|ur){gap}{_words(cues.things)}")
        self._state = re.compile(_words(cues.states, stems=True))
        self._way = re.compile(_words(cues.ways, stems=True))
        self._refused = re.compile(_words(cues.refusals))
        self._zh = bool(cues.zh_things)
        if self._zh:
            self._zh_thing = re.compile(rf"(?:您|你)的?[^\s,。,!?]{{0,8}}?(?:{_plain(cues.zh_things)})")
            self._zh_state = re.compile(_plain(cues.zh_states))
            self._zh_way = re.compile(_plain(cues.zh_ways))
            self._zh_refused = re.compile(_plain(cues.zh_refusals))
        ask = rf"{_words(cues.askers)}(?:\s+[\w-]+){{0,{_ASK_GAP}}}?\s+"
        self._wire = re.compile(rf"{ask}{_words(cues.wire_verbs)}(?:\s+[\w-]+){{0,3}}?\s+"
                                rf"{_words(cues.wires)}")
        self._windfall = re.compile(_words(cues.windfall))
        self._asker = re.compile(_words(cues.askers))
        self._data = re.compile(rf"{ask}{_words(cues.data_verbs)}(?:\s+[\w-]+){{0,6}}?\s+"
                                rf"{_words(cues.data)}")

    def find(self, message: Message) -> list[Threat]:
        """The account threats and bare requests of the message (at most one of each)."""
        found: list[Threat] = []
        folded = message.folded
        texts = _sentences(message)
        account = self._account(texts) if self._state.search(folded) else None
        if account is None and self._zh and not folded.isascii():
            account = self._account_zh(texts)
        if account is not None:
            found.append(account)
        windfall = self._windfall_sentence(texts) if _LARGE_SUM.search(folded) else None
        if windfall is not None:
            found.append(windfall)
        for kind, pattern in (("wire", self._wire), ("data", self._data)):
            hit = pattern.search(folded)
            if hit is not None:
                found.append(Threat(hit.start(), hit.end(), kind))
        return found

    def _windfall_sentence(self, texts: list[tuple[int, str]]) -> Threat | None:
        """A large sum said to be the reader's ("your ... funds of USD 4.5 million"): a
        sum, "you/your" and a windfall word in one sentence, and the reader asked
        something somewhere in the message (the advance-fee letter's shape)."""
        if not any(self._asker.search(text) for _, text in texts):
            return None
        for offset, text in texts:
            large = _LARGE_SUM.search(text)
            if large and _YOU.search(text) and self._windfall.search(text):
                return Threat(offset + large.start(), offset + large.end(), "windfall")
        return None

    def _account(self, texts: list[tuple[int, str]]) -> Threat | None:
        for number, (offset, text) in enumerate(texts):
            thing = self._thing.search(text)
            if thing is None or not _near(texts, number, self._state):
                continue
            if self._acts(texts, number, self._way, self._refused):
                return Threat(offset + thing.start(), offset + thing.end(), "account")
        return None

    def _account_zh(self, texts: list[tuple[int, str]]) -> Threat | None:
        for number, (offset, text) in enumerate(texts):
            thing = self._zh_thing.search(text)
            if thing is None or not _near(texts, number, self._zh_state):
                continue
            if self._acts(texts, number, self._zh_way, self._zh_refused):
                return Threat(offset + thing.start(), offset + thing.end(), "account")
        return None

    @staticmethod
    def _acts(
        texts: list[tuple[int, str]], number: int, way: re.Pattern[str], refused: re.Pattern[str]
    ) -> bool:
        """A way to act in this sentence or the next two, none of them refusing it."""
        near = [text for _, text in texts[number : number + _FOLLOWING + 1]]
        return any(way.search(text) for text in near) and not any(
            refused.search(text) for text in near
        )


def _near(texts: list[tuple[int, str]], number: int, pattern: re.Pattern[str]) -> bool:
    """Whether `pattern` is found in sentence `number` or the next one."""
    return any(pattern.search(text) for _, text in texts[number : number + _STATE_REACH])


def _sentences(message: Message) -> list[tuple[int, str]]:
    """Each sentence's folded start offset and text, in order."""
    spans: list[list[int]] = []
    last = -1
    for at, number in enumerate(message.sentence):
        if number != last:
            spans.append([message.starts[at], message.ends[at]])
            last = number
        else:
            spans[-1][1] = message.ends[at]
    return [(a, message.folded[a:b]) for a, b in spans]
