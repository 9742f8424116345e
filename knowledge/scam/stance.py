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
from dataclasses import dataclass
from itertools import compress, count
from typing import Annotated

from pydantic import Field

from knowledge.base import Frozen
from knowledge.scam.cue_index import CueIndex, Spots
from knowledge.scam.normalise import Message, normalise

_REACH = 14  # words from the start of an asker to the end of its action
_OPENER_SENTENCES = 3  # sentences after an opener searched for its hurry, secret or task
_CJK_LOW, _CJK_HIGH = "\u3400", "\u9fff"
# Any character of that range (a C scan): without one, no word can open on it (round 14).
_CJK = re.compile(f"[{_CJK_LOW}-{_CJK_HIGH}]")
_STORY_SENTENCES = 2  # sentences told of others that, with _STORY_SHARE, make a story
_STORY_SHARE = 0.4  # share of the message's sentences told of others that makes a story
_SHORTEST_PAST = 4  # a word ending in -ed longer than this reads as past tense in a story
_PASSIVE = frozenset({"be", "being"})
_NOTICE_REACH = 12  # words between a "your account" and its trouble (same or next sentence)
_WINDFALL_KINDS = 2  # different windfall words that, with an introduction, make an offer
# A large sum: a currency and at least a hundred thousand, or millions written out.
_SUMS = (
    r"(?:\$|usd|us\$|eur|€|£|gbp|dollars?)\s?\d{1,3}(?:[,.' ]\d{3}){2,}",
    r"\d{1,3}(?:[,.' ]\d{3}){2,}(?:[.,]\d\d)?\s?(?:usd|dollars?|eur|euros?|gbp|pounds?)",
    r"\d+(?:[.,]\d+)?\s?(?:million|billion)s?\b",
    r"\bmillions? (?:of )?(?:united states |us )?dollars",
)
LARGE_SUM = re.compile("|".join(_SUMS))
# Whether there is one, asked branch by branch (round 14): the joined pattern is tried at
# every character (0.3 ms on 4,096 characters), a branch opening on a literal or a digit lets
# `re` skip ahead in C (0.07 ms in all); every match holds a grouped number or "illion".
_GROUPED = re.compile(r"\d[,.' ]\d{3}[,.' ]\d{3}")
_IN_FIGURES = tuple(re.compile(branch) for branch in _SUMS[:2])
_IN_WORDS = tuple(re.compile(branch) for branch in _SUMS[2:])


def has_large_sum(text: str) -> bool:
    """Whether `LARGE_SUM` is found anywhere in `text` (the same answer, faster)."""
    if _GROUPED.search(text) is not None and any(p.search(text) for p in _IN_FIGURES):
        return True
    return "illion" in text and any(p.search(text) for p in _IN_WORDS)


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
    # Verbs that, opening a sentence or following a colon, tell the reader to act.
    imperatives: tuple[Cue, ...] = Field(min_length=3)
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


@dataclass(frozen=True, slots=True)
class Stance:
    """What the structure of one message says."""

    requests: tuple[Request, ...]  # pressing requests, notices and offers
    reported: frozenset[int]  # sentences told of others


_NO_SPOTS: list[tuple[int, int]] = []


class StanceReader:
    """Reads requests and reports in a message (build once from the data file's cues)."""

    def __init__(self, cues: StanceCues) -> None:
        self._action_kinds = tuple(f"action:{kind}" for kind in cues.actions)
        self._index = CueIndex(
            {
                "asker": cues.askers,
                **{f"action:{kind}": entries for kind, entries in cues.actions.items()},
                "pressure": cues.pressure,
                "secrecy": cues.secrecy,
                "opener": cues.openers,
                "third": cues.third_persons,
                "thing": cues.your_things,
                "trouble": cues.trouble,
                "way_out": cues.ways_out,
                "intro": cues.introductions,
                "windfall": cues.windfall,
            }
        )
        # "They need you to buy gift cards": a request reported, not made, by the writer.
        self._reporters = frozenset(
            words[-1] for e in cues.third_persons if (words := normalise(e).words)
        )
        self._past = frozenset(w for e in cues.past_verbs for w in normalise(e).words)
        self._second = frozenset(w for e in cues.second_persons for w in normalise(e).words)
        self._imperatives = frozenset(w for e in cues.imperatives for w in normalise(e).words)
        self._telling = self._past | self._second | self._imperatives
        self._zh_report = cues.zh_report
        self._zh_second = cues.zh_second

    def read(self, message: Message) -> Stance:
        """The pressing requests (with notices and offers) and the reported sentences."""
        if not message.words:
            return Stance((), frozenset())
        found = self._index.spots(message.words)
        requests = self._requests(message, found)
        extra = (self._notice(message, found), self._offer(message, found))
        return Stance(
            (*requests, *(request for request in extra if request is not None)),
            self._reported(message, found),
        )

    def _requests(self, message: Message, found: Spots) -> list[Request]:
        """The pressing requests of the message, at most one per sentence."""
        words, sentence = message.words, message.sentence
        hurried: dict[int, str] = {}  # sentence -> "pressure" / "secrecy"
        for name in ("secrecy", "pressure"):
            for first, _ in found.get(name, _NO_SPOTS):
                hurried[sentence[first]] = name
        requests: list[Request] = []
        taken: set[int] = set()
        if hurried:
            actions = sorted(
                (first, last, kind.removeprefix("action:"))
                for kind in self._action_kinds
                for first, last in found.get(kind, _NO_SPOTS)
            )
            for first, _ in found.get("asker", _NO_SPOTS) if actions else ():
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
                        requests.append(Request(first, last, kind, hurry))
                        taken.add(number)
                        break
        requests.extend(self._opened(message, found, hurried, taken))
        return requests

    def _opened(
        self, message: Message, found: Spots, hurried: dict[int, str], taken: set[int]
    ) -> list[Request]:
        """An executive's opener followed by a hurry, a secret or a task."""
        sentence = message.sentence
        tasks = {sentence[first] for first, _ in found.get("action:task", _NO_SPOTS)}
        for first, last in found.get("opener", _NO_SPOTS):
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

    def _notice(self, message: Message, found: Spots) -> Request | None:
        """The reader's account, parcel or order said to be in trouble (within a few words,
        same or next sentence), and a link or a call offered as the way out."""
        things, troubles = found.get("thing"), found.get("trouble")
        if not things or not troubles or "way_out" not in found:
            return None
        sentence = message.sentence
        for first, last in things:
            for start, end in troubles:
                after = 0 <= start - last <= _NOTICE_REACH
                before = 0 <= first - end <= _NOTICE_REACH
                if (after or before) and abs(sentence[start] - sentence[first]) <= 1:
                    return Request(first, last, "notice", "trouble")
        return None

    def _offer(self, message: Message, found: Spots) -> Request | None:
        """A stranger offering the reader money: an introduction and, besides, a large sum
        or windfall words of two kinds, in a message that turns to the reader."""
        intro = found.get("intro")
        words = message.words
        if not intro or not any(map(self._second.__contains__, words)):
            return None
        kinds = {tuple(words[a : b + 1]) for a, b in found.get("windfall", _NO_SPOTS)}
        if len(kinds) + 1 < _WINDFALL_KINDS:
            return None  # short even with a large sum: spare its search (the costly part)
        large = has_large_sum(message.folded)
        if len(kinds) + large < _WINDFALL_KINDS:
            return None
        first, last = intro[0]
        return Request(first, last, "offer", "sum" if large else "windfall")

    def _chinese(
        self, message: Message, addressed: set[int], third: set[int], past: set[int]
    ) -> None:
        """Chinese clauses: "您/你" turns to the reader; a case-report marker tells of others."""
        for at, word in enumerate(message.words):
            if _CJK_LOW <= word[:1] <= _CJK_HIGH:
                if any(cue in word for cue in self._zh_second):
                    addressed.add(message.sentence[at])
                elif any(cue in word for cue in self._zh_report):
                    third.add(message.sentence[at])
                    past.add(message.sentence[at])

    def _reported(self, message: Message, found: Spots) -> frozenset[int]:
        """Sentences told of others: a third person and a past-tense verb, nothing aimed at
        the reader (no second person, no asker, no imperative opening a clause); in Chinese,
        a case-report marker and no "您/你"."""
        words, sentence = message.words, message.sentence
        third = {sentence[first] for first, _ in found.get("third", _NO_SPOTS)}
        if not third and message.folded.isascii():
            return frozenset()
        past: set[int] = set()
        addressed = {sentence[first] for first, _ in found.get("asker", _NO_SPOTS)}
        folded, starts, ends = message.folded, message.starts, message.ends
        for at in compress(count(), map(self._telling.__contains__, words)):
            word = words[at]
            if word in self._second:
                addressed.add(sentence[at])
                continue
            if word in self._imperatives and (
                at == 0
                or sentence[at - 1] != sentence[at]
                or ":" in folded[ends[at - 1] : starts[at]]
            ):
                addressed.add(sentence[at])  # "...: wire 12,000 to the supplier"
            if word in self._past and not (at and words[at - 1] in _PASSIVE):
                past.add(sentence[at])  # ("should be sent" is to happen, not what happened)
        if not message.folded.isascii() and _CJK.search(message.folded) is not None:
            self._chinese(message, addressed, third, past)
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
