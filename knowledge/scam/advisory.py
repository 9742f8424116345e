"""Reading what kind of message it is: a warning about scams, or a list of accepted methods.

Owns two judgements the matchers cannot make word by word:
- an **advisory**: a fraud warning, FAQ or explainer ("fraudsters send e-mails claiming the
  bank account has changed; we will never change our bank details by e-mail") names the very
  thing it warns against. A sentence that carries a warning cue is a warning; a message with
  cues of at least `_ADVISORY_CUES` different kinds is an advisory, and what it names is
  described, not asked for.
- a **listing**: a payment method named among accepted ones ("we accept T/T, L/C, PayPal,
  Western Union") is advice about protection, not a demand; named alone, or with a demand
  word in its sentence ("only", "receiver name", "MTCN"), it stays a flag.
Pure: word lists come from the data file (`context`), nothing is matched against phrases.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import compress, count

from knowledge.scam.normalise import Message
from knowledge.scam.red_flags import ContextCues

_ADVISORY_CUES = 2  # different warning cues that make a whole message an advisory
_LISTED_METHODS = 2  # accepted methods named in the message that make a listing
_LINE_BREAK = re.compile("\n")
_CJK_LOW, _CJK_HIGH = "\u3040", "\u9fff"  # kana too: a Japanese word may open with one


class _Cues:
    """Cue word sequences indexed by their last word, with the words that stand before those
    last words in the longer ones (most words that end a cue, "to", "your", "of", are not
    preceded by a word that could make one, and need no slicing)."""

    def __init__(self, entries: Iterable[str]) -> None:
        self.by_last: dict[str, list[tuple[str, ...]]] = {}
        for entry in entries:
            words = tuple(entry.split())
            self.by_last.setdefault(words[-1], []).append(words)
        # Last word -> the words before it, or None when it is a cue on its own.
        self._before = {
            last: None
            if any(len(cue) == 1 for cue in cues)
            else frozenset(cue[-2] for cue in cues)
            for last, cues in self.by_last.items()
        }

    def found_at(self, words: list[str], at: int) -> str | None:
        """The cue that ends at word `at`, if any."""
        before = self._before.get(words[at], ())
        if before is not None and (at == 0 or words[at - 1] not in before):
            return None
        for cue in self.by_last[words[at]]:
            size = len(cue)
            if at + 1 >= size and tuple(words[at + 1 - size : at + 1]) == cue:
                return " ".join(cue)
        return None


class MessageKind:
    """Finds warning sentences, advisories and listings in a message (build once)."""

    def __init__(self, cues: ContextCues) -> None:
        self._warning = _Cues(cues.advisory)
        self._warning_zh = cues.advisory_zh
        self._methods = _Cues(cues.accepted_methods)
        self._listing = _Cues(cues.listing_words)
        self._demand = _Cues(cues.demand_words)
        self._not_demands = frozenset(tuple(entry.split()) for entry in cues.demand_exceptions)
        self._not_demand_longest = max(map(len, self._not_demands), default=0)
        self._listing_ends = frozenset(
            (*self._methods.by_last, *self._listing.by_last, *self._demand.by_last)
        )

    def warning_sentences(self, message: Message) -> tuple[frozenset[int], bool]:
        """The sentences that carry a warning cue, and whether the message is an advisory."""
        kinds: set[str] = set()
        sentences: set[int] = set()
        words = message.words
        # Only a word that ends a cue (or holds Chinese) can carry one: filtered in C.
        for at in compress(count(), map(self._warning.by_last.__contains__, words)):
            cue = self._warning.found_at(words, at)
            if cue is not None:
                kinds.add(cue)
                sentences.add(message.sentence[at])
        if not message.folded.isascii():
            for at, word in enumerate(words):
                if _CJK_LOW <= word[:1] <= _CJK_HIGH:
                    for cue in self._warning_zh:
                        if cue in word:
                            kinds.add(cue)
                            sentences.add(message.sentence[at])
        return frozenset(sentences), len(kinds) >= _ADVISORY_CUES

    def _excepted(self, words: list[str], start: int) -> bool:
        """Whether a demand exception ("must reach", "personal check") opens at `start`."""
        return any(
            tuple(words[start : start + size]) in self._not_demands
            for size in range(2, self._not_demand_longest + 1)
        )

    def listing_sentences(self, message: Message) -> frozenset[int]:
        """Sentences where payment methods are listed as accepted rather than demanded.

        A message is a listing when it names at least two accepted methods (T/T, L/C, PayPal,
        ...) and a listing word ("payment terms", "we accept"); each sentence of it counts
        unless it holds a demand word ("only", "receiver name", "discount") on the line of a
        method it names, or with no method in it: a list line ends at its line break even
        without a full stop, so the
        "must" of the deposit terms on the next line demands nothing of the methods listed
        ("Payment terms:\nBank Transfer (T/T), Cash, Western Union\nNormally ... balance must
        be arrived before shipment"; round 12). A demand word that opens one of the data's
        `demand_exceptions` demands nothing of the method ("which must reach us within 5
        days", "personal/company check"; round 14).
        """
        methods: set[str] = set()
        named: list[int] = []  # where each method is named
        listing = False
        demands: list[int] = []
        words = message.words
        for at in compress(count(), map(self._listing_ends.__contains__, words)):
            method = self._methods.found_at(words, at)
            if method is not None:
                methods.add(method)
                named.append(at)
            listing = listing or self._listing.found_at(words, at) is not None
            demand = self._demand.found_at(words, at)
            if demand is not None and not self._excepted(words, at + 1 - len(demand.split())):
                demands.append(at)
        if len(methods) < _LISTED_METHODS or not listing:
            return frozenset()
        sentence, starts = message.sentence, message.starts
        breaks = [found.start() for found in _LINE_BREAK.finditer(message.folded)]
        demanded: set[int] = set()
        for at in demands:
            near = [m for m in named if sentence[m] == sentence[at]]
            line = bisect_right(breaks, starts[at])
            # a demand with no method in its sentence, or on the line of one, demands
            if not near or any(bisect_right(breaks, starts[m]) == line for m in near):
                demanded.add(sentence[at])
        return frozenset(set(sentence) - demanded)
