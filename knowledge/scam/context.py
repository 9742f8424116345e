"""Reading the words around a match: negation, protective wording, bank-change wording.

Owns the rules that decide whether a phrase match means what it says: "we do not accept
Western Union" and "beware of requests for your password" are not red flags, while "if you
don't pay today" is still a threat and "we do not accept T/T, only Western Union" still asks
for Western Union. Also answers whether a message talks about a new or changed bank account,
which the account-number detector needs. Works on normalised words; knows no phrases.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress, count

from knowledge.scam.normalise import Message, normalise
from knowledge.scam.red_flags import ContextCues

_REACH = 8  # words a negation reaches forward, within one sentence
_WARNING_REACH = 12  # words after a match searched for "... is a scam", "... it is not us"
_CONDITIONAL_REACH = 3  # "if you don't ...": words between "if" and the negation
_BANK_CHANGE_REACH = 3  # "new ... account": words between the change word and the bank word
_DENIAL_REACH = 3  # "has not been changed": words between a negation and the change word

_CLAUSE_MARK = re.compile(r"[,:()\[\]]")


@dataclass(frozen=True, slots=True)
class MessageCues:
    """Per-message facts for reading many matches: clause breaks and cue-ending words."""

    breaks: frozenset[int]  # words followed by a comma, colon or bracket (ends a clause)
    spots: list[int]  # words that can end a cue (negation, warning, breaker), in order


_LIST_JOINERS = frozenset({"or", "and", "nor", "either", "neither"})

Cue = tuple[str, ...]


def cue_words(entries: Iterable[str]) -> frozenset[Cue]:
    """Each cue as the tuple of its normalised words ("don't" -> ("don", "t"))."""
    return frozenset(words for entry in entries if (words := tuple(normalise(entry).words)))


class ContextReader:
    """Answers questions about the words around a match, from the data file's cue lists."""

    def __init__(self, cues: ContextCues) -> None:
        self._negations = cue_words(cues.negations)
        self._not_negations = cue_words(cues.not_negations)
        self._protective = cue_words(cues.protective)
        self._conditionals = cue_words(cues.conditionals)
        self._breakers = cue_words(cues.breakers) | cue_words(cues.clause_openers)
        # Breakers that may follow a match and end its clause ("Western Union only"); the
        # clause openers among them start a new clause instead.
        self._closers = self._breakers - cue_words(cues.clause_openers)
        self._change = frozenset(word for cue in cue_words(cues.change_words) for word in cue)
        self._bank = frozenset(word for cue in cue_words(cues.bank_words) for word in cue)
        every = (
            self._negations | self._not_negations | self._protective
            | self._conditionals | self._breakers
        )  # fmt: skip
        self._longest = max(len(cue) for cue in every)
        # Cheap first test: a cue can only end on one of these words.
        self._last_words = frozenset(cue[-1] for cue in every)
        # The words each list's cues start and end on: at any other word no slice of the
        # message needs building (a list is a frozenset, whose hash is computed once).
        lists: tuple[frozenset[Cue], ...] = (every, self._negations, self._not_negations)
        lists += (self._protective, self._closers, self._conditionals, self._breakers)
        self._firsts = {cues: frozenset(cue[0] for cue in cues) for cues in lists}
        self._lasts = {cues: frozenset(cue[-1] for cue in cues) for cues in lists}

    def _ending_at(self, words: list[str], index: int, cues: frozenset[Cue]) -> int:
        """Length of a cue from `cues` ending at words[index], or 0."""
        if words[index] not in self._lasts[cues]:
            return 0
        for length in range(1, min(self._longest, index + 1) + 1):
            if tuple(words[index - length + 1 : index + 1]) in cues:
                return length
        return 0

    def _starting_at(self, words: list[str], index: int, cues: frozenset[Cue]) -> bool:
        if index >= len(words) or words[index] not in self._firsts[cues]:
            return False
        return any(
            tuple(words[index : index + length]) in cues for length in range(1, self._longest + 1)
        )

    def begins_not_negation(self, words: list[str], index: int) -> bool:
        """Whether words[index] starts "no problem", "not only" and the like."""
        return self._starting_at(words, index, self._not_negations)

    def negation_inside(self, words: list[str], first: int, last: int) -> bool:
        """Whether a negation lies wholly within words first..last ("we do not allow")."""
        return any(
            0 < self._ending_at(words, index, self._negations) <= index - first + 1
            for index in range(first, last + 1)
            if words[index] in self._last_words
        )

    def negation_ends(self, words: list[str], index: int) -> int:
        """Length of a negation ending at words[index] ("do not" -> 2), or 0."""
        return self._ending_at(words, index, self._negations)

    def read(self, message: Message) -> MessageCues:
        """What is_negated needs of a message, found once for all its matches."""
        marks = [match.start() for match in _CLAUSE_MARK.finditer(message.folded)]
        return MessageCues(
            breaks=frozenset(bisect_right(message.starts, at) - 1 for at in marks),
            spots=list(compress(count(), map(self._last_words.__contains__, message.words))),
        )

    def is_negated(
        self,
        message: Message,
        first: int,
        last: int,
        listed: frozenset[int] = frozenset(),
        cues: MessageCues | None = None,
    ) -> bool:
        """Whether the match on words first..last is refused, warned against, or denied.

        `listed` holds the words of other red-flag matches: in "we do not accept Western Union,
        MoneyGram or USDT" they do not use up the reach of the negation. `cues` is
        `read(message)`, when the caller already has it.
        """
        if cues is None:
            cues = self.read(message)
        words, sentence = message.words, message.sentence
        followed = last + 1 < len(words) and sentence[last + 1] == sentence[last]
        if followed and self._starting_at(words, last + 1, self._closers):
            between = message.folded[message.ends[last] : message.starts[last + 1]]
            if between.isspace():
                return False  # "Western Union only" (but not "Western Union, only T/T")
        # Only a word that can end a cue can refuse or warn: none near, nothing to read.
        spots, sentence = cues.spots, message.sentence
        after = bisect_right(spots, last)
        if (
            after < len(spots)
            and sentence[spots[after]] == sentence[last]
            and self._warned_after(message, last)
        ):
            return True
        before = bisect_left(spots, first)
        if before == 0 or sentence[spots[before - 1]] != sentence[first]:
            return False
        return self._refused_before(message, first, listed, cues.breaks)

    def _refused_before(
        self, message: Message, first: int, listed: frozenset[int], breaks: frozenset[int]
    ) -> bool:
        """A negation or warning shortly before the match, in the same sentence."""
        words, sentence = message.words, message.sentence
        reach = _REACH
        only_listed = True  # every word passed so far belongs to a listed match or joins them
        same_clause = True
        for index in range(first - 1, -1, -1):
            if sentence[index] != sentence[first]:
                break
            # A comma, colon or bracket ends the clause, so a negation before it refuses
            # something else, unless it separates red-flag mentions in a list ("we do not
            # accept Western Union, MoneyGram or USDT"). A warning still reaches across
            # ("Beware: ...").
            if same_clause and index in breaks and not (only_listed and index in listed):
                same_clause = False
            if index in listed:
                continue
            only_listed = only_listed and words[index] in _LIST_JOINERS
            reach -= 1
            if reach < 0:
                break
            if words[index] not in self._last_words:
                continue
            if self._ending_at(words, index, self._breakers):
                break
            if self._ending_at(words, index, self._protective):
                return True
            length = self._ending_at(words, index, self._negations) if same_clause else 0
            if length and not self._starting_at(words, index - length + 1, self._not_negations):
                return not self._is_conditional(message, index - length + 1)
        return False

    def _warned_after(self, message: Message, last: int) -> bool:
        """'... by Western Union, it is not us' / '... is a scam': a warning after the match."""
        words, sentence = message.words, message.sentence
        for index in range(last + 1, min(last + 1 + _WARNING_REACH, len(words))):
            if sentence[index] != sentence[last]:
                return False
            if words[index] in self._last_words and self._ending_at(
                words, index, self._protective
            ):
                return True
        return False

    def _is_conditional(self, message: Message, cue_start: int) -> bool:
        """'if you don't pay': the negation sits in a condition, so it is a threat."""
        words, sentence = message.words, message.sentence
        for index in range(cue_start - 1, max(cue_start - _CONDITIONAL_REACH, 0) - 1, -1):
            if sentence[index] != sentence[cue_start]:
                return False
            if self._ending_at(words, index, self._conditionals):
                return True
        return False

    def talks_of_bank_change(self, message: Message) -> bool:
        """Whether a change word ("new", "updated") sits near a bank word ("account")."""
        words, sentence = message.words, message.sentence
        for index in compress(count(), map(self._change.__contains__, words)):
            if self._change_denied(words, sentence, index):
                continue  # "our bank has not changed", "never been changed"
            low = max(index - _BANK_CHANGE_REACH, 0)
            high = min(index + _BANK_CHANGE_REACH + 1, len(words))
            for near in range(low, high):
                if words[near] in self._bank and sentence[near] == sentence[index]:
                    return True
        return False

    def _change_denied(self, words: list[str], sentence: list[int], index: int) -> bool:
        """Whether a negation stands just before the change word at `index`, same sentence."""
        for at in range(index - 1, max(index - 1 - _DENIAL_REACH, -1), -1):
            if sentence[at] != sentence[index]:
                return False
            if words[at] in self._last_words and self._ending_at(words, at, self._negations):
                return not self._starting_at(words, at, self._not_negations)
        return False
