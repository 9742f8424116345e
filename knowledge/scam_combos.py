"""Word-combination rules of the scam check: ideas that come in many wordings.

Owns the rules written in the data file as `combos`, e.g. `@pay + @changed + @bank`: word
groups (alternatives separated by `|`, a space inside an alternative makes it a word
sequence, `@name` a concept of the data file, `word*` a word and its inflections) that must
appear in this order, in one sentence, within a window of words (8, or `N:` before the rule).
They catch what a phrase list cannot enumerate ("remit the deposit into his private Alipay",
"kindly direct the balance to our alternate banking details"). Words match through the
lexicon (`scam_lexicon`): exactly, as an inflection, or within one typo for long words.
Knows nothing of negation or scoring; the scanner applies both as for phrases.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from knowledge.red_flags import RedFlags, Severity
from knowledge.scam_lexicon import EVERYDAY_WORDS, FUNCTION_WORDS, Lexicon, spell_alternative
from knowledge.scam_normalise import Message

_WINDOW = 8  # words from the start of the first group to the end of the last, by default
_WINDOW_PREFIX = re.compile(r"^\s*(\d{1,2})\s*:")

Sequence = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ComboRule:
    """One rule: its word groups in order, its window, and what a match of it means."""

    text: str
    groups: tuple[tuple[Sequence, ...], ...]
    category: str
    severity: Severity
    window: int = _WINDOW


@dataclass(frozen=True, slots=True)
class ComboMatch:
    """A rule found on words first..last of a message."""

    rule: ComboRule
    first: int
    last: int


def parse_combo(
    text: str, concepts: Mapping[str, tuple[str, ...]] | None = None
) -> tuple[int, tuple[tuple[Sequence, ...], ...]]:
    """The window and word groups of a rule line: `4: a|b c + @x` -> (4, (((a,), (b, c)), ...))."""
    window = _WINDOW
    prefix = _WINDOW_PREFIX.match(text)
    if prefix:
        window, text = int(prefix.group(1)), text[prefix.end() :]
    groups = []
    for group in text.split("+"):
        alternatives = tuple(
            dict.fromkeys(
                words
                for alt in group.split("|")
                for words in spell_alternative(alt, concepts or {})
            )
        )
        if not alternatives:
            raise ValueError(f"combo {text!r} has an empty word group")
        groups.append(alternatives)
    return window, tuple(groups)


@dataclass(frozen=True, slots=True)
class _Group:
    """One group of a rule, for the search: its word sequences as lexicon numbers, each
    reached through its least common word (its key), at `offset` words from its start."""

    keys: frozenset[int]  # the key words of all its sequences
    singles: frozenset[int]  # its one-word sequences
    longer: dict[int, tuple[tuple[tuple[int, ...], int], ...]]  # key -> (sequence, offset)


def _word_cost(word: str) -> int:
    """How often a word is likely to occur in a supplier's message, roughly."""
    return 100 if word in FUNCTION_WORDS else 10 if word in EVERYDAY_WORDS else 1


def _key_offset(words: Sequence) -> int:
    """Where in a sequence its least common word stands (the first of equals)."""
    return min(range(len(words)), key=lambda at: _word_cost(words[at]))


def _anchor_cost(group: tuple[Sequence, ...]) -> int:
    """How often a group is likely to occur: the sum of its key words' costs."""
    return sum(_word_cost(words[_key_offset(words)]) for words in group)


class ComboMatcher:
    """The combination rules of a knowledge base, each reached through its rarest group.

    A rule can only match around an occurrence of its "anchor" (the group least likely to
    occur), so the search first looks for each rule's anchor among the message's words, then
    for the rule's other groups only within the rule's window around the anchors found.
    """

    def __init__(self, flags: RedFlags) -> None:
        rules = []
        for category in flags.categories:
            for lines, severity in (
                (category.combos, category.severity),
                (category.weak_combos, Severity.LOW),
            ):
                for line in lines:
                    window, groups = parse_combo(line, flags.concepts)
                    rules.append(ComboRule(line, groups, category.id, severity, window))
        self.rules = tuple(rules)
        self._lexicon = Lexicon()
        self._groups = tuple(
            tuple(self._searchable(group) for group in rule.groups) for rule in self.rules
        )
        # Each rule is reached through its anchor: the group least likely to occur.
        anchored: dict[int, list[int]] = defaultdict(list)
        for number, rule in enumerate(self.rules):
            anchor = min(range(len(rule.groups)), key=lambda g: _anchor_cost(rule.groups[g]))
            for key in self._groups[number][anchor].keys:
                anchored[key].append(number)
        self._anchored = {first: tuple(numbers) for first, numbers in anchored.items()}

    def _searchable(self, group: tuple[Sequence, ...]) -> _Group:
        longer: dict[int, list[tuple[tuple[int, ...], int]]] = defaultdict(list)
        singles = set()
        for words in group:
            ids = tuple(self._lexicon.number(word) for word in words)
            if len(ids) == 1:
                singles.add(ids[0])
            else:
                offset = _key_offset(words)
                longer[ids[offset]].append((ids, offset))
        return _Group(
            keys=frozenset(singles | set(longer)),
            singles=frozenset(singles),
            longer={key: tuple(found) for key, found in longer.items()},
        )

    def find(self, message: Message) -> list[ComboMatch]:
        """Every rule whose groups appear in order within its window, one match per start."""
        terms = self._lexicon.terms_of(message.words)
        sentence = message.sentence
        anchored, all_groups, rules = self._anchored, self._groups, self.rules
        matches: list[ComboMatch] = []
        # A rule matches within one sentence: look sentence by sentence, first for rules
        # whose anchor is there, then for those with every group there.
        low, count = 0, len(terms)
        while low < count:
            high = bisect_right(sentence, sentence[low], low)  # sentence numbers only grow
            present = set().union(*terms[low:high])
            woken = [
                number
                for number in sorted({n for term in present for n in anchored.get(term, ())})
                if not any(group.keys.isdisjoint(present) for group in all_groups[number])
            ]
            if woken:
                where: dict[int, list[int]] = {}  # lexicon number -> places in the sentence
                for index in range(low, high):
                    for term in terms[index]:
                        where.setdefault(term, []).append(index)
                for number in woken:
                    occurrences = [
                        _places(group, where, terms, low) for group in all_groups[number]
                    ]
                    if all(occurrences):
                        matches.extend(_ordered(rules[number], occurrences, sentence))
            low = high
        return matches


def _places(
    group: _Group, where: dict[int, list[int]], terms: list[frozenset[int]], low: int
) -> list[tuple[int, int]]:
    """Sorted (first, last) word spans where the group occurs (`where`: one sentence's,
    which starts at word `low`)."""
    found: set[tuple[int, int]] = set()
    for term in group.keys & where.keys():
        spots = where[term]
        if term in group.singles:
            found.update((spot, spot) for spot in spots)
        for ids, offset in group.longer.get(term, ()):
            size = len(ids)
            for spot in spots:
                start = spot - offset
                if (
                    start >= low
                    and start + size <= len(terms)
                    and all(ids[k] in terms[start + k] for k in range(size) if k != offset)
                ):
                    found.add((start, start + size - 1))
    return sorted(found)


def _ordered(
    rule: ComboRule, occurrences: list[list[tuple[int, int]]], sentence: list[int]
) -> list[ComboMatch]:
    """Matches of the groups in order within the window and one sentence, one per start."""
    matches = []
    for first, first_end in occurrences[0]:
        end = first_end
        for places in occurrences[1:]:
            following = [
                (start, stop)
                for start, stop in places
                if end < start and stop - first < rule.window and sentence[stop] == sentence[first]
            ]
            if not following:
                break
            end = min(following)[1]
        else:
            matches.append(ComboMatch(rule, first, end))
    return matches
