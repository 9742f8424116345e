"""Two general shapes of scam read from structure: an account threat, and a bare request.

Owns two readings that hold whatever the wording (data: `threats` in `data/red_flags.yaml`):
- an **account threat** (the shape of bank, mailbox and platform log-in phishing, EN and ZH):
  the reader's own account, card, mailbox or password ("your online account", "您的中行卡")
  said (in that sentence or the next) to be locked, suspended, expiring, deleted, frozen,
  held or due for an upgrade or verification, and, in that sentence or the next two, a way
  to act (click, log in, visit, update, a link; "请点击", "登录", "链接"), unless that
  way is refused ("we will never ask you to click", "请勿点击");
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
from itertools import compress, count
from typing import Annotated

from pydantic import Field

from knowledge.base import Frozen
from knowledge.scam.normalise import Message, Sentences
from knowledge.scam.stance import LARGE_SUM as _LARGE_SUM

Cue = Annotated[str, Field(min_length=1, max_length=60)]
_FOLLOWING = 2  # sentences after the threat searched for the way to act
_STATE_REACH = 2  # the thing's sentence and the next: where its trouble is said
# In Chinese only the thing's own sentence (up to 。, commas inside): a phish says
# "您的邮箱容量已满,将于今日停用" in one breath, while the next line of a supplier's notice
# is its next heading ("4. 逾期付款政策更新", a policy update, not the mailbox's), round 12.
_ZH_STATE_REACH = 1
_THING_GAP = 3  # words between "your" and the thing ("your online banking account")
_ASK_GAP = 6  # words between an asker and the thing asked for
_YOU = re.compile(r"\b(?:you|your|yours)\b")
_YOU_WORDS = frozenset({"you", "your", "yours"})
_OWNERS = frozenset({"your", "ur"})
_LARGE_WORDS = frozenset({"million", "millions", "billion", "billions"})


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
            things = _plain(cues.zh_things)
            self._zh_thing = re.compile(rf"(?:您|你)的?[^\s,。,!?]{{0,8}}?(?:{things})")
            self._zh_state = re.compile(_plain(cues.zh_states))
            self._zh_way = re.compile(_plain(cues.zh_ways))
            self._zh_refused = re.compile(_plain(cues.zh_refusals))
        ask = rf"{_words(cues.askers)}(?:\s+[\w-]+){{0,{_ASK_GAP}}}?\s+"
        self._wire = re.compile(
            rf"{ask}{_words(cues.wire_verbs)}(?:\s+[\w-]+){{0,3}}?\s+"
            rf"{_words(cues.wires)}"
        )
        self._windfall = re.compile(_words(cues.windfall))
        # A key word of each cue (`_key`): a sentence lacking all of them lacks the cue.
        self._firsts = {
            name: frozenset(_key(cue, name) for cue in entries)
            for name, entries in (
                ("thing", cues.things),
                ("windfall", cues.windfall),
                ("asker", cues.askers),
                ("wire", cues.wires),
                ("data", cues.data),
            )
        }
        self._firsts["owner"] = _OWNERS
        self._kinds: dict[str, tuple[str, ...]] = {}  # key word -> the parts it keys
        for kind, keys in self._firsts.items():
            for key in keys:
                self._kinds[key] = (*self._kinds.get(key, ()), kind)
        self._asker = re.compile(_words(cues.askers))
        self._data = re.compile(
            rf"{ask}{_words(cues.data_verbs)}(?:\s+[\w-]+){{0,6}}?\s+"
            rf"{_words(cues.data)}"
        )

    def find(self, message: Message) -> list[Threat]:
        """The account threats and bare requests of the message (at most one of each).

        Only the sentences holding each part's key words are searched ("your" beside a
        thing's word; a windfall word; an asker's word beside a wire or data word), found
        in one pass over the words, so a long message without them costs no text search."""
        found: list[Threat] = []
        words, folded = message.words, message.folded
        held = self._held(message)
        sentences = Sentences(message)
        owned = held.get("owner", set()) & held.get("thing", set())
        account = self._account(sentences, sorted(owned))
        if account is None and self._zh and not folded.isascii():
            owners = [i for i, word in enumerate(words) if "您" in word or "你" in word]
            numbers = sorted({message.sentence[i] for i in owners})
            account = self._account(sentences, numbers, chinese=True)
        if account is not None:
            found.append(account)
        asked = held.get("asker", set())
        windfall = held.get("windfall", set())
        if windfall and self._asker.search(folded) and _large(words):
            offer = self._windfall_sentence(sentences, sorted(windfall))
            if offer is not None:
                found.append(offer)
        for kind, pattern in (("wire", self._wire), ("data", self._data)):
            for number in sorted(held.get(kind, set()) & asked):
                offset, text = sentences.text(number)
                asks = pattern.search(text)
                if asks is not None:
                    found.append(Threat(offset + asks.start(), offset + asks.end(), kind))
                    break
        return found

    def _held(self, message: Message) -> dict[str, set[int]]:
        """For each part's key words, the sentences holding one (one pass over the words)."""
        held: dict[str, set[int]] = {}
        words, sentence, kinds = message.words, message.sentence, self._kinds
        for at in compress(count(), map(kinds.__contains__, words)):
            for kind in kinds[words[at]]:
                held.setdefault(kind, set()).add(sentence[at])
        return held

    def _windfall_sentence(self, sentences: Sentences, numbers: list[int]) -> Threat | None:
        """A large sum said to be the reader's ("your ... funds of USD 4.5 million"): a
        sum, "you/your" and a windfall word in one sentence, and the reader asked
        something in the message (the advance-fee letter's shape; the caller checked for
        an asker's word, the pattern here reads the sum)."""
        for number in numbers:
            offset, text = sentences.text(number)
            if not (_YOU.search(text) and self._windfall.search(text)):
                continue
            large = _LARGE_SUM.search(text)
            if large:
                return Threat(offset + large.start(), offset + large.end(), "windfall")
        return None

    def _account(
        self, sentences: Sentences, numbers: list[int], *, chinese: bool = False
    ) -> Threat | None:
        """The first of these sentences naming the reader's thing, its trouble said there or
        in the next sentence, and a way to act that is not refused."""
        if chinese:
            parts = (self._zh_thing, self._zh_state, self._zh_way, self._zh_refused)
        else:
            parts = (self._thing, self._state, self._way, self._refused)
        thing_of, state, way, refused = parts
        for number in numbers:
            offset, text = sentences.text(number)
            thing = thing_of.search(text)
            reach = _ZH_STATE_REACH if chinese else _STATE_REACH
            if thing is None or not sentences.any(number, reach, state):
                continue
            if self._acts(sentences, number, way, refused):
                return Threat(offset + thing.start(), offset + thing.end(), "account")
        return None

    @staticmethod
    def _acts(
        sentences: Sentences, number: int, way: re.Pattern[str], refused: re.Pattern[str]
    ) -> bool:
        """A way to act in this sentence or the next two, none of them refusing it."""
        reach = _FOLLOWING + 1
        return sentences.any(number, reach, way) and not sentences.any(number, reach, refused)


def _key(cue: str, name: str) -> str:
    """The word of a cue looked for first: an asker's longest ("need" in "i need you to"),
    any other cue's last ("box" in "deposit box", "transfer" in "wire transfer")."""
    words = cue.split()
    return max(words, key=len) if name == "asker" else words[-1]


def _large(words: list[str]) -> bool:
    """Whether the words may hold a large sum: "million" or a group of three digits."""
    vocab = frozenset(words)
    return bool(vocab & _LARGE_WORDS) or any(len(w) == 3 and w.isdigit() for w in vocab)


def _holding(message: Message, cues: frozenset[str]) -> list[int]:
    """The numbers of the sentences holding one of the words `cues`, in order."""
    at = compress(count(), map(cues.__contains__, message.words))
    return sorted({message.sentence[index] for index in at})
