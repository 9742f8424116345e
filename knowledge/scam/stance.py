"""Who a sentence speaks to and what it asks: a pressing request, or a report told of others.

Owns two readings of a message's structure, sentence by sentence, that hold whatever the
wording of the scam (data: `stance` in `data/red_flags.yaml`):
- a **pressing request**: the reader asked (an asker: "please", "I need you to", "can you")
  to do one of the things scams are after (buy gift cards, log in or verify, hand over a
  phone number or details, pay a fee, take on a task, reply), with a hurry or a secret
  ("today", "within 24 hours", "will be deleted", "confidential", "no calls") in the same
  sentence or the next or previous one; or an executive's opener ("are you available?",
  "are you at your desk?") followed by a hurry, a secret or a task (the documented start of
  gift-card and wire requests);
- a **report**: a sentence told of others ("they received an e-mail saying their supplier's
  bank details had changed"): a third person, a past-tense verb and no word aimed at the
  reader; in Chinese, a case-report marker ("民警", "接到", "李某") with no "您/你". A
  report names what happened; it asks the reader for nothing.
It matches no red-flag phrase and scores nothing: the scanner turns these into findings.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated

from pydantic import Field

from knowledge.base import Frozen
from knowledge.scam.normalise import Message, normalise

_REACH = 14  # words from the start of an asker to the end of its action
_OPENER_SENTENCES = 3  # sentences after an opener searched for its hurry, secret or task
_CJK_LOW, _CJK_HIGH = "\u3400", "\u9fff"
_STORY_SENTENCES = 2  # sentences told of others that, with _STORY_SHARE, make a story
_STORY_SHARE = 0.4  # share of the message's sentences told of others that makes a story
_SHORTEST_PAST = 4  # a word ending in -ed longer than this reads as past tense in a story
_NOTICE_REACH = 6  # words from a "your account" to its trouble
_WINDFALL_KINDS = 2  # different windfall words that, with an introduction, make an offer
# A large sum: a currency and at least a hundred thousand, or millions written out.
_LARGE_SUM = re.compile(
    r"(?:\$|usd|us\$|eur|€|£|gbp|dollars?)\s?\d{1,3}(?:[,.' ]\d{3}){2,}"
    r"|\d{1,3}(?:[,.' ]\d{3}){2,}(?:[.,]\d\d)?\s?(?:usd|dollars?|eur|euros?|gbp|pounds?)"
    r"|\d+(?:[.,]\d+)?\s?(?:million|billion)s?\b|\bmillions? (?:of )?(?:united states |us )?dollars"
)

Cue = Annotated[str, Field(min_length=1, max_length=60)]


class StanceCues(Frozen):
    """Word sequences (as written; normalised when read) for the two readings."""

    askers: tuple[Cue, ...] = Field(min_length=5)
    actions: dict[str, tuple[Cue, ...]] = Field(min_length=3)  # kind -> sequences
    pressure: tuple[Cue, ...] = Field(min_length=5)
    secrecy: tuple[Cue, ...] = Field(min_length=5)
    openers: tuple[Cue, ...] = Field(min_length=3)
    third_persons: tuple[Cue, ...] = Field(min_length=5)
    past_verbs: tuple[Cue, ...] = Field(min_length=5)
    second_persons: tuple[Cue, ...] = Field(min_length=2)
    zh_report: tuple[Cue, ...] = ()
    zh_second: tuple[Cue, ...] = ()
    # A notice about the reader's own thing (account, parcel, order) in trouble, with a way
    # out that is a link or a call: the shape of log-in, parcel-fee and callback phishing.
    your_things: tuple[Cue, ...] = Field(min_length=3)
    trouble: tuple[Cue, ...] = Field(min_length=3)
    ways_out: tuple[Cue, ...] = Field(min_length=3)
    # A stranger offering the reader money: an introduction, a large sum or windfall words.
    introductions: tuple[Cue, ...] = Field(min_length=3)
    windfall: tuple[Cue, ...] = Field(min_length=3)


@dataclass(frozen=True, slots=True)
class Request:
    """A pressing request on words first..last: what it asks for, and what hurries it."""

    first: int
    last: int
    action: str  # the kind of action (a key of `StanceCues.actions`, or "opener")
    hurry: str  # "pressure" or "secrecy"


class _Cues:
    """A set of word sequences, found at the word where each starts."""

    def __init__(self, entries: Iterable[str]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for entry in entries:
            words = tuple(normalise(entry).words)
            if words:
                self._by_first.setdefault(words[0], []).append(words)
        for found in self._by_first.values():
            found.sort(key=len, reverse=True)  # longest first: "in a meeting" before "in"

    def spots(self, words: list[str]) -> list[tuple[int, int]]:
        """(first, last) of every occurrence, in order."""
        by_first = self._by_first
        found: list[tuple[int, int]] = []
        for at, word in enumerate(words):
            for cue in by_first.get(word, ()):
                size = len(cue)
                if tuple(words[at : at + size]) == cue:
                    found.append((at, at + size - 1))
                    break
        return found


class StanceReader:
    """Reads requests and reports in a message (build once from the data file's cues)."""

    def __init__(self, cues: StanceCues) -> None:
        self._askers = _Cues(cues.askers)
        self._actions = {kind: _Cues(entries) for kind, entries in cues.actions.items()}
        self._pressure = _Cues(cues.pressure)
        self._secrecy = _Cues(cues.secrecy)
        self._openers = _Cues(cues.openers)
        self._third = _Cues(cues.third_persons)
        # "They need you to buy gift cards": a request reported, not made, by the writer.
        self._reporters = frozenset(
            words[-1] for e in cues.third_persons if (words := normalise(e).words)
        )
        self._past = frozenset(w for e in cues.past_verbs for w in normalise(e).words)
        self._second = frozenset(w for e in cues.second_persons for w in normalise(e).words)
        self._zh_report = cues.zh_report
        self._zh_second = cues.zh_second
        self._your_things = _Cues(cues.your_things)
        self._trouble = _Cues(cues.trouble)
        self._ways_out = _Cues(cues.ways_out)
        self._introductions = _Cues(cues.introductions)
        self._windfall = _Cues(cues.windfall)

    def notice(self, message: Message) -> Request | None:
        """The reader's account, parcel or order said to be in trouble (within a few words),
        and a link or a call offered as the way out, anywhere in the message."""
        words, sentence = message.words, message.sentence
        things = self._your_things.spots(words)
        if not things:
            return None
        ways = self._ways_out.spots(words)
        if not ways:
            return None
        troubles = self._trouble.spots(words)
        for first, last in things:
            for start, end in troubles:
                if 0 <= start - last <= _NOTICE_REACH and sentence[start] == sentence[first]:
                    return Request(first, end, "notice", "trouble")
                if 0 <= first - end <= _NOTICE_REACH and sentence[end] == sentence[first]:
                    return Request(start, last, "notice", "trouble")
        return None

    def offer(self, message: Message) -> Request | None:
        """A stranger offering the reader money: an introduction and, besides, a large sum
        or windfall words of two kinds, in a message that turns to the reader."""
        words = message.words
        intro = self._introductions.spots(words)
        if not intro or not any(word in self._second for word in words):
            return None
        kinds = {tuple(words[a : b + 1]) for a, b in self._windfall.spots(words)}
        large = _LARGE_SUM.search(message.folded) is not None
        if len(kinds) + large < _WINDFALL_KINDS:
            return None
        first, last = intro[0]
        return Request(first, last, "offer", "sum" if large else "windfall")

    def requests(self, message: Message) -> list[Request]:
        """The pressing requests of the message, at most one per sentence."""
        words, sentence = message.words, message.sentence
        if not words:
            return []
        hurried: dict[int, str] = {}  # sentence -> "pressure" / "secrecy"
        for name, cues in (("secrecy", self._secrecy), ("pressure", self._pressure)):
            for first, _ in cues.spots(words):
                hurried[sentence[first]] = name
        found: list[Request] = []
        taken: set[int] = set()
        if hurried:
            actions = [
                (first, last, kind)
                for kind, cues in self._actions.items()
                for first, last in cues.spots(words)
            ]
            actions.sort()
            for first, _ in self._askers.spots(words):
                number = sentence[first]
                if first and words[first - 1] in self._reporters:
                    continue
                hurry = next(
                    (hurried[n] for n in (number, number - 1, number + 1) if n in hurried), None
                )
                if hurry is None or number in taken:
                    continue
                for start, last, kind in actions:
                    if first <= start and last - first < _REACH and sentence[last] == number:
                        found.append(Request(first, last, kind, hurry))
                        taken.add(number)
                        break
        found.extend(self._opened(message, hurried, taken))
        return found

    def _opened(
        self, message: Message, hurried: dict[int, str], taken: set[int]
    ) -> list[Request]:
        """An executive's opener followed by a hurry, a secret or a task."""
        words, sentence = message.words, message.sentence
        openers = self._openers.spots(words)
        if not openers:
            return []
        task = self._actions.get("task")
        tasks = {sentence[first] for first, _ in task.spots(words)} if task else set()
        for first, last in openers:
            number = sentence[first]
            if number in taken:
                continue
            near = range(number, number + _OPENER_SENTENCES + 1)
            hurry = next((hurried[n] for n in near if n in hurried), None)
            if hurry is None and any(n in tasks for n in near):
                hurry = "pressure"
            if hurry is not None:
                return [Request(first, last, "opener", hurry)]
        return []

    def reported(self, message: Message) -> frozenset[int]:
        """Sentences told of others: a third person and a past-tense verb, nothing aimed at
        the reader (no second person, no asker); in Chinese, a case-report marker and no
        "您/你"."""
        words, sentence = message.words, message.sentence
        if not words:
            return frozenset()
        third = {sentence[first] for first, _ in self._third.spots(words)}
        if not third and message.folded.isascii():
            return frozenset()
        past: set[int] = set()
        addressed = {sentence[first] for first, _ in self._askers.spots(words)}
        for at, word in enumerate(words):
            if word in self._past:
                past.add(sentence[at])
            elif word in self._second:
                addressed.add(sentence[at])
            elif _CJK_LOW <= word[:1] <= _CJK_HIGH:
                if any(cue in word for cue in self._zh_second):
                    addressed.add(sentence[at])
                elif any(cue in word for cue in self._zh_report):
                    third.add(sentence[at])
                    past.add(sentence[at])
        strict = (third & past) - addressed
        if len(strict) < max(_STORY_SENTENCES, _STORY_SHARE * (sentence[-1] + 1)):
            return frozenset(strict)
        # A story (most sentences told of others): every sentence in the past tense that
        # does not turn to the reader is part of it, whoever its subject ("Bilal made a
        # payment to the new account details").
        for at, word in enumerate(words):
            if len(word) > _SHORTEST_PAST and word.endswith("ed") and word.isascii():
                past.add(sentence[at])
        return frozenset(past - addressed)


def sentence_at(message: Message, starts: list[int], offset: int) -> int:
    """The sentence of the word holding original offset `offset` (`starts`: each word's
    original start)."""
    index = max(0, bisect_right(starts, offset) - 1)
    return message.sentence[index] if message.sentence else 0
