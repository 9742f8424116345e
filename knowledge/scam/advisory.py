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

from collections.abc import Iterable
from itertools import compress, count

from knowledge.scam.normalise import Message
from knowledge.scam.red_flags import ContextCues

_ADVISORY_CUES = 2  # different warning cues that make a whole message an advisory
_LISTED_METHODS = 2  # accepted methods named in the message that make a listing
_CJK_LOW, _CJK_HIGH = "\u3400", "\u9fff"


def _sequences(entries: Iterable[str]) -> dict[str, list[tuple[str, ...]]]:
    """Cue word sequences indexed by their last word."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for entry in entries:
        words = tuple(entry.split())
        index.setdefault(words[-1], []).append(words)
    return index


def _found_at(words: list[str], at: int, index: dict[str, list[tuple[str, ...]]]) -> str | None:
    """The cue that ends at word `at`, if any."""
    for cue in index.get(words[at], ()):
        size = len(cue)
        if at + 1 >= size and tuple(words[at + 1 - size : at + 1]) == cue:
            return " ".join(cue)
    return None


class MessageKind:
    """Finds warning sentences, advisories and listings in a message (build once)."""

    def __init__(self, cues: ContextCues) -> None:
        self._warning = _sequences(cues.advisory)
        self._warning_zh = cues.advisory_zh
        self._methods = _sequences(cues.accepted_methods)
        self._listing = _sequences(cues.listing_words)
        self._demand = _sequences(cues.demand_words)
        self._listing_ends = frozenset(self._methods) | set(self._listing) | set(self._demand)

    def warning_sentences(self, message: Message) -> tuple[frozenset[int], bool]:
        """The sentences that carry a warning cue, and whether the message is an advisory."""
        kinds: set[str] = set()
        sentences: set[int] = set()
        words = message.words
        # Only a word that ends a cue (or holds Chinese) can carry one: filtered in C.
        for at in compress(count(), map(self._warning.__contains__, words)):
            cue = _found_at(words, at, self._warning)
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

    def listing_sentences(self, message: Message) -> frozenset[int]:
        """Sentences where payment methods are listed as accepted rather than demanded.

        A message is a listing when it names at least two accepted methods (T/T, L/C, PayPal,
        ...) and a listing word ("payment terms", "we accept"); each sentence of it counts
        unless it holds a demand word ("only", "receiver name", "discount").
        """
        methods: set[str] = set()
        listing = False
        demanded: set[int] = set()
        words = message.words
        for at in compress(count(), map(self._listing_ends.__contains__, words)):
            method = _found_at(words, at, self._methods)
            if method is not None:
                methods.add(method)
            listing = listing or _found_at(words, at, self._listing) is not None
            if _found_at(words, at, self._demand) is not None:
                demanded.add(message.sentence[at])
        if len(methods) < _LISTED_METHODS or not listing:
            return frozenset()
        return frozenset(set(message.sentence) - demanded)
