"""Word-combination rules of the scam check: ideas that come in many wordings.

Owns the rules written in the data file as `combos`, e.g. `@pay + @changed + @bank`: word
groups (alternatives separated by `|`, a space inside an alternative makes it a word
sequence, `@name` a concept of the data file, `word*` a word and its inflections) that must
appear in this order, in one sentence, within a window of words (8, or `N:` before the rule).
They catch what a phrase list cannot enumerate ("remit the deposit into his private Alipay",
"kindly direct the balance to our alternate banking details"). Words match through the
lexicon (`scam_lexicon`): exactly, as an inflection, or within one typo for long words.
A news rule (`news_combos`) counts only in a message that also names one of its needed words.
Knows nothing of negation or scoring; the scanner applies both as for phrases.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import reduce
from itertools import compress, count, repeat
from operator import or_

from knowledge.scam.combo_places import WordGroup, in_order, places
from knowledge.scam.lexicon import EVERYDAY_WORDS, FUNCTION_WORDS, Lexicon, spell_alternative
from knowledge.scam.normalise import Message, normalise
from knowledge.scam.red_flags import RedFlags, Severity

_WINDOW = 8  # words from the start of the first group to the end of the last, by default
_TERM_BITS_LIMIT = 50_000  # distinct term sets remembered between scans before starting afresh
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
    # A news rule counts only in a message holding one of these word sequences (see
    # FlagCategory.news_combos); empty for every other rule.
    needs: tuple[Sequence, ...] = ()


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


def _word_cost(word: str) -> int:
    """How often a word is likely to occur in a supplier's message, roughly."""
    return 100 if word in FUNCTION_WORDS else 10 if word in EVERYDAY_WORDS else 1


def _key_offset(words: Sequence) -> int:
    """Where in a sequence its least common word stands (the first of equals)."""
    return min(range(len(words)), key=lambda at: _word_cost(words[at]))


def _rarity(group: tuple[Sequence, ...]) -> int:
    """How often a group is likely to occur: the sum of its key words' costs."""
    return sum(_word_cost(words[_key_offset(words)]) for words in group)


class ComboMatcher:
    """The combination rules of a knowledge base, and the search over one message.

    Every group of every rule has a bit; each word the rules use carries the bits of the
    groups it can stand in. A sentence is searched only for the rules whose bits its words
    cover together, so the cost follows the words and the few rules that can match there,
    not the number of rules.
    """

    def __init__(self, flags: RedFlags) -> None:
        rules = []
        for category in flags.categories:
            needs = tuple(
                dict.fromkeys(
                    words for e in category.news_needs if (words := tuple(normalise(e).words))
                )
            )
            for lines, severity, needed in (
                (category.combos, category.severity, ()),
                (category.weak_combos, Severity.LOW, ()),
                (category.news_combos, category.severity, needs),
            ):
                for line in lines:
                    window, groups = parse_combo(line, flags.concepts)
                    rules.append(ComboRule(line, groups, category.id, severity, window, needed))
        self.rules = tuple(rules)
        self._lexicon = Lexicon()
        # Rules share groups (the same concept in several rules): one object per distinct
        # group, so a sentence places each group once (see _place).
        shared: dict[tuple[Sequence, ...], WordGroup] = {}
        for rule in self.rules:
            for group in rule.groups:
                if group not in shared:
                    shared[group] = self._searchable(group)
        self._groups = tuple(tuple(shared[group] for group in rule.groups) for rule in self.rules)
        # Which groups each word can stand in, as bits (bit = group's number in `_slots`):
        # a sentence can hold a rule only if the union of its words' bits covers the rule's.
        self._slots: list[tuple[int, int]] = []  # bit -> (rule number, group position)
        self._rule_bits: list[int] = []  # rule number -> bits of all its groups
        # One bit per rule to look for first: its rarest group's ("anchor").
        self._anchor_bits = 0
        word_bits: dict[int, int] = defaultdict(int)
        for number, searchable in enumerate(self._groups):
            rule = self.rules[number]
            anchor = min(range(len(searchable)), key=lambda at: _rarity(rule.groups[at]))
            bits = 0
            for position, piece in enumerate(searchable):
                bit = 1 << len(self._slots)
                self._slots.append((number, position))
                bits |= bit
                self._anchor_bits |= bit if position == anchor else 0
                for key in piece.keys:
                    word_bits[key] |= bit
            self._rule_bits.append(bits)
        # Bit -> (its rule's number, the bits of all that rule's groups), for _complete.
        self._needs = [(number, self._rule_bits[number]) for number, _ in self._slots]
        self._word_bits = dict(word_bits)
        self._term_bits: dict[frozenset[int], int] = {}  # a word's lexicon terms -> its bits

    def _searchable(self, group: tuple[Sequence, ...]) -> WordGroup:
        longer: dict[int, list[tuple[int, int, int, int, tuple[tuple[int, int], ...]]]] = (
            defaultdict(list)
        )
        singles = set()
        for words in group:
            ids = tuple(self._lexicon.number(word) for word in words)
            if len(ids) == 1:
                singles.add(ids[0])
            else:
                offset = _key_offset(words)
                others = tuple((at - offset, ids[at]) for at in range(len(ids)) if at != offset)
                (at, number), rest = others[0], others[1:]
                longer[ids[offset]].append((offset, len(ids) - offset - 1, at, number, rest))
        return WordGroup(
            keys=frozenset(singles | set(longer)),
            singles=frozenset(singles),
            longer={key: tuple(found) for key, found in longer.items()},
        )

    def find(self, message: Message) -> list[ComboMatch]:
        """Every rule whose groups appear in order within its window, one match per start."""
        terms = self._lexicon.terms_of(message.words)
        try:  # every term set seen before: one look-up each in C, no scan for a missing one
            word_bits = list(map(self._term_bits.__getitem__, terms))
        except KeyError:  # term sets never seen before: work out their bits once
            word_bits = [self._bits_of(found) for found in terms]
        sentence = message.sentence
        matches: list[ComboMatch] = []
        # A rule matches within one sentence: look sentence by sentence for the rules whose
        # every group has a word there (bit arithmetic, no step per rule), then place them.
        low, total = 0, len(terms)
        while low < total:
            high = bisect_right(sentence, sentence[low], low)  # sentence numbers only grow
            bits = reduce(or_, filter(None, word_bits[low:high]), 0)  # zeros skipped in C
            if bits & self._anchor_bits:
                woken = self._complete(bits)
                if woken:
                    matches.extend(self._place(woken, terms, word_bits, sentence, low, high))
            low = high
        if any(match.rule.needs for match in matches):
            # Rules of one category share their needs: each set is looked for once.
            named = {m.rule.needs: _names(message, m.rule.needs) for m in matches if m.rule.needs}
            matches = [m for m in matches if not m.rule.needs or named[m.rule.needs]]
        return matches

    def _bits_of(self, terms: frozenset[int]) -> int:
        """The bits of the groups a word with these lexicon terms can stand in, remembered
        (a term set is a frozenset, whose hash is computed once)."""
        bits = self._term_bits.get(terms)
        if bits is None:
            bits = reduce(or_, map(self._word_bits.get, terms, repeat(0)), 0)
            if len(self._term_bits) >= _TERM_BITS_LIMIT:
                self._term_bits.clear()
            self._term_bits[terms] = bits
        return bits

    def _complete(self, bits: int) -> list[int]:
        """Numbers of the rules all of whose groups are among `bits`."""
        woken = []
        anchors = bits & self._anchor_bits
        needs = self._needs
        # Highest anchor first: clearing the top bit takes two big-int operations where
        # isolating the lowest takes three (round 14: 0.09 -> 0.07 ms per 4,096 characters).
        while anchors:
            top = anchors.bit_length() - 1
            anchors ^= 1 << top
            number, need = needs[top]
            if bits & need == need:
                woken.append(number)
        woken.reverse()  # rule order, as the matches have always come
        return woken

    def _place(
        self,
        woken: list[int],
        terms: list[frozenset[int]],
        word_bits: list[int],
        sentence: list[int],
        low: int,
        high: int,
    ) -> list[ComboMatch]:
        """Matches of the woken rules in the sentence of words low..high-1."""
        where: dict[int, list[int]] = {}  # lexicon number -> places in the sentence
        # Only words that can stand in some group (bits) can hold a group's key word: the
        # others ("the", "our") are never looked up in `where`, so they are left out of it.
        for index in compress(range(low, high), word_bits[low:high]):
            for term in terms[index]:
                where.setdefault(term, []).append(index)
        matches: list[ComboMatch] = []
        placed: dict[int, list[tuple[int, int]]] = {}  # id of a group -> its places here
        for number in woken:
            occurrences = []
            for group in self._groups[number]:
                found = placed.get(id(group))
                if found is None:
                    found = placed[id(group)] = places(group, where, terms, low)
                if not found:
                    break
                occurrences.append(found)
            else:
                rule = self.rules[number]
                spans = in_order(rule.window, occurrences, sentence)
                matches.extend(ComboMatch(rule, first, last) for first, last in spans)
        return matches


def _names(message: Message, needs: tuple[Sequence, ...]) -> bool:
    """Whether the message holds one of the word sequences anywhere (news rules only)."""
    words = message.words
    firsts = {need[0] for need in needs}
    # Only the words that start a sequence are visited (filtered in C): a message has
    # hundreds of words, a news rule a few needed sequences.
    return any(
        tuple(words[at : at + len(need)]) == need
        for at in compress(count(), map(firsts.__contains__, words))
        for need in needs
        if words[at] == need[0]
    )
