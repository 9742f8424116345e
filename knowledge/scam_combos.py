"""Word-combination rules of the scam check: ideas that come in many wordings.

Owns the rules written in the data file as `combos`, e.g. `my|his|her + personal|private +
account|wechat|alipay`: word groups (alternatives separated by `|`, a space inside an
alternative makes it a word sequence) that must appear in this order within a few words of
each other, in one sentence. They catch what a phrase list cannot enumerate ("remit the
deposit into his private Alipay", "we don't let inspection companies in"). Matches are exact
on normalised words (look-alike letters and spelled-out words are already folded). Knows
nothing of negation or scoring; the scanner applies both as for phrases.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from knowledge.red_flags import RedFlags, Severity
from knowledge.scam_normalise import Message, normalise

_WINDOW = 8  # words from the start of the first group to the end of the last

Sequence = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ComboRule:
    """One rule: its word groups in order, and what a match of it means."""

    text: str
    groups: tuple[tuple[Sequence, ...], ...]
    category: str
    severity: Severity


@dataclass(frozen=True, slots=True)
class ComboMatch:
    """A rule found on words first..last of a message."""

    rule: ComboRule
    first: int
    last: int


def parse_combo(text: str) -> tuple[tuple[Sequence, ...], ...]:
    """The word groups of a rule line: `a|b c + d` -> (((a,), (b, c)), ((d,),))."""
    groups = []
    for group in text.split("+"):
        alternatives = tuple(
            words for alt in group.split("|") if (words := tuple(normalise(alt).words))
        )
        if not alternatives:
            raise ValueError(f"combo {text!r} has an empty word group")
        groups.append(alternatives)
    return tuple(groups)


class ComboMatcher:
    """The combination rules of a knowledge base, indexed by the first word of each piece."""

    def __init__(self, flags: RedFlags) -> None:
        self.rules = tuple(
            ComboRule(line, parse_combo(line), category.id, severity)
            for category in flags.categories
            for lines, severity in (
                (category.combos, category.severity),
                (category.weak_combos, Severity.LOW),
            )
            for line in lines
        )
        index: dict[str, list[tuple[int, int, Sequence]]] = defaultdict(list)
        for number, rule in enumerate(self.rules):
            for position, group in enumerate(rule.groups):
                for words in group:
                    index[words[0]].append((number, position, words))
        self._index = dict(index)

    def find(self, message: Message) -> list[ComboMatch]:
        """Every rule whose groups appear in order within the window, one match per start."""
        words, sentence = message.words, message.sentence
        # Where each group of each rule occurs: rule -> group -> [(first, last)].
        seen: dict[int, dict[int, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
        index_get = self._index.get
        for index in [i for i, word in enumerate(words) if word in self._index]:
            for number, position, sequence in index_get(words[index], ()):
                last = index + len(sequence) - 1
                if tuple(words[index : last + 1]) == sequence:
                    seen[number][position].append((index, last))
        matches = []
        for number, places in seen.items():
            rule = self.rules[number]
            if len(places) < len(rule.groups):
                continue
            for first, first_end in places[0]:
                end = first_end
                for position in range(1, len(rule.groups)):
                    following = [
                        (start, stop)
                        for start, stop in places[position]
                        if end < start and stop - first < _WINDOW
                        and sentence[stop] == sentence[first]
                    ]  # fmt: skip
                    if not following:
                        break
                    end = min(following)[1]
                else:
                    matches.append(ComboMatch(rule, first, end))
        return matches
