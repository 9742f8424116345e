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
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from knowledge.red_flags import RedFlags, Severity
from knowledge.scam_lexicon import Lexicon, spell_alternative
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


# Where a rule's group may start: (rule number, group position, the group's words as numbers).
_Start = tuple[int, int, tuple[int, ...]]


class ComboMatcher:
    """The combination rules of a knowledge base, indexed by the first word of each piece."""

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
        starts: dict[int, list[_Start]] = defaultdict(list)
        for number, rule in enumerate(self.rules):
            for position, group in enumerate(rule.groups):
                for words in group:
                    ids = tuple(self._lexicon.number(word) for word in words)
                    starts[ids[0]].append((number, position, ids))
        self._starts = {term: tuple(found) for term, found in starts.items()}

    def find(self, message: Message) -> list[ComboMatch]:
        """Every rule whose groups appear in order within its window, one match per start."""
        words, sentence = message.words, message.sentence
        terms = [self._lexicon.terms(word) for word in words]
        count = len(words)
        starts_of = self._starts
        # Where each group of each rule occurs: rule -> group -> {(first, last)} (a set: one
        # word may stand for two rule words, "payment" and, within a typo, "payments").
        seen: dict[int, dict[int, set[tuple[int, int]]]] = {}
        for index, here in enumerate(terms):
            if not here:
                continue
            for term in here:
                for number, position, ids in starts_of.get(term, ()):
                    last = index + len(ids) - 1
                    if last >= count or any(
                        ids[k] not in terms[index + k] for k in range(1, len(ids))
                    ):
                        continue
                    seen.setdefault(number, defaultdict(set))[position].add((index, last))
        matches = []
        for number, places in seen.items():
            rule = self.rules[number]
            if len(places) < len(rule.groups):
                continue
            for first, first_end in sorted(places[0]):
                end = first_end
                for position in range(1, len(rule.groups)):
                    following = [
                        (start, stop)
                        for start, stop in places[position]
                        if end < start and stop - first < rule.window
                        and sentence[stop] == sentence[first]
                    ]  # fmt: skip
                    if not following:
                        break
                    end = min(following)[1]
                else:
                    matches.append(ComboMatch(rule, first, end))
        return matches
