"""Comparing Incoterms side by side, and reading "fob vs cif" (or three rules) as a request.

Owns which facts a comparison shows (the rule's facts, then who pays each cost line) and the
parser for the ways buyers ask for one ("fob vs cif", "compare FOB CIF", "FOB/CIF",
"difference between fob and cif", "fob vs cif vs exw": every rule named is kept, none
dropped), and whether they asked which to choose ("exw or fob which is better for me?").
Values come from the knowledge base's labels; nothing is rendered here and nothing knows
Telegram.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from knowledge.cost_split import CostLine
from knowledge.incoterms.lookup import IncotermsGuide
from knowledge.incoterms.matches import Lookup, RuleMatch
from knowledge.incoterms.models import INCOTERMS_2020, Incoterms, Rule
from knowledge.incoterms.words import words

# Words that separate the two sides. "vs" and friends are never part of a rule's name, so
# they are tried first; "and", "or", "with" and "to" also occur inside names ("Cost and
# Freight", "Carriage Paid To"), so a split on them counts only if both sides are rules.
_STRONG = frozenset({"vs", "v", "versus", "against"})
_WEAK = frozenset({"and", "or", "with", "to"})
# Words that open a request to compare; dropped before the sides are read.
_OPENERS = frozenset(
    {"compare", "comparing", "comparison", "difference", "differences", "diff", "between"}
)
_FILLER = frozenset({"what", "whats", "s", "is", "are", "the", "of"})
_SLASH = re.compile(r"[/\\|]")


class RowSection(StrEnum):
    """Whether a comparison row is a fact of the rule or a cost line's payer."""

    FACTS = "facts"
    COSTS = "costs"


@dataclass(frozen=True, slots=True)
class CompareRow:
    """One line of a comparison: the label, the value under rule a, the value under rule b."""

    section: RowSection
    label: str
    a: str
    b: str


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two rules and the rows where they differ (empty when they are the same rule)."""

    a: Rule
    b: Rule
    rows: tuple[CompareRow, ...]
    which: bool = False  # the buyer asked which is better: show when each suits


@dataclass(frozen=True, slots=True)
class ManyRow:
    """One line of a comparison of three or more rules: the label and one value per rule."""

    section: RowSection
    label: str
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ManyComparison:
    """Three or more rules (every one the buyer named, in their order) and where they differ."""

    rules: tuple[Rule, ...]
    rows: tuple[ManyRow, ...]
    which: bool = False


Answer = Lookup | Comparison | ManyComparison
# Words that ask for advice rather than facts ("exw or fob which is better for me?").
_WHICH = frozenset({"better", "best", "which", "recommend", "should", "suits", "suit", "prefer"})


def _facts(book: Incoterms, rule: Rule) -> dict[str, str]:
    labels = book.labels
    mode_titles = {group.mode: group.title for group in book.modes}
    return {
        labels.fields.mode: mode_titles[rule.mode],
        labels.fields.named_place: labels.named_places[rule.named_place],
        labels.fields.delivery: rule.delivery,
        labels.fields.risk_passes_in: labels.risk_passes_in[rule.risk_passes_in],
        labels.fields.insurance: rule.insurance.note,
    }


def compare(book: Incoterms, a: Rule, b: Rule) -> tuple[CompareRow, ...]:
    """The facts, then the cost lines, on which `a` and `b` differ, in reading order."""
    facts_a, facts_b = _facts(book, a), _facts(book, b)
    rows = [
        CompareRow(RowSection.FACTS, label, facts_a[label], facts_b[label])
        for label in facts_a
        if facts_a[label] != facts_b[label]
    ]
    parties = book.labels.parties
    rows += [
        CompareRow(
            RowSection.COSTS,
            book.labels.cost_lines[line].label,
            parties[a.payer(line)],
            parties[b.payer(line)],
        )
        for line in CostLine
        if a.payer(line) is not b.payer(line)
    ]
    return tuple(rows)


def shared_facts(book: Incoterms, a: Rule, b: Rule) -> tuple[str, ...]:
    """The labels of the facts on which `a` and `b` agree (e.g. where FOB and CIF pass risk)."""
    facts_a, facts_b = _facts(book, a), _facts(book, b)
    return tuple(label for label in facts_a if facts_a[label] == facts_b[label])


def _sides(tokens: Sequence[str], asked: bool) -> list[tuple[str, str]]:
    """Every way to cut `tokens` into two sides, the likeliest first."""
    cuts = [i for i, t in enumerate(tokens) if t in _STRONG]
    cuts += [i for i, t in enumerate(tokens) if t in _WEAK]
    splits = [(tokens[:i], tokens[i + 1 :]) for i in cuts]
    if asked or len(tokens) == 2:
        # "compare fob cif", or just "fob cif": the cut can fall between any two words.
        splits += [(tokens[:i], tokens[i:]) for i in range(1, len(tokens))]
    return [(" ".join(left), " ".join(right)) for left, right in splits if left and right]


def parse_compare(guide: IncotermsGuide, text: str) -> tuple[Rule, Rule] | None:
    """The two rules in a request to compare them, or None if `text` is not one."""
    tokens = [word.text for word in words(_SLASH.sub(" vs ", text))]
    asked = False
    while tokens and (tokens[0] in _OPENERS or tokens[0] in _FILLER):
        asked = asked or tokens[0] in _OPENERS
        tokens.pop(0)
    for left, right in _sides(tokens, asked):
        a, b = guide.resolve_rule(left), guide.resolve_rule(right)
        if a is not None and b is not None:
            return a, b
    return None


def compare_many(book: Incoterms, rules: Sequence[Rule]) -> tuple[ManyRow, ...]:
    """The facts, then the cost lines, on which any of `rules` differ, in reading order."""
    facts = [_facts(book, rule) for rule in rules]
    rows = [
        ManyRow(RowSection.FACTS, label, tuple(f[label] for f in facts))
        for label in facts[0]
        if len({f[label] for f in facts}) > 1
    ]
    parties = book.labels.parties
    rows += [
        ManyRow(
            RowSection.COSTS,
            book.labels.cost_lines[line].label,
            tuple(parties[rule.payer(line)] for rule in rules),
        )
        for line in CostLine
        if len({rule.payer(line) for rule in rules}) > 1
    ]
    return tuple(rows)


def parse_many(guide: IncotermsGuide, text: str) -> tuple[Rule, ...] | None:
    """Three or more rules asked together ("fob vs cif vs exw", "fob, cif or exw"), each one
    resolved, or None: a list with a side that names no rule is not read as one."""
    cleaned = _SLASH.sub(" vs ", text.replace(",", " vs "))
    tokens = [word.text for word in words(cleaned)]
    while tokens and (tokens[0] in _OPENERS or tokens[0] in _FILLER):
        tokens.pop(0)
    sides: list[list[str]] = [[]]
    for token in tokens:
        if token in _STRONG or token in {"or", "and"}:
            sides.append([])
        elif token not in _WHICH and token not in _FILLER:
            sides[-1].append(token)
    named = [" ".join(side) for side in sides if side]
    rules = [guide.resolve_rule(side) for side in named]
    if len(named) < 3 or any(rule is None for rule in rules):
        # "compare fob cif and exw": the codes themselves, wherever they stand.
        rules = [guide.book.rule(t.upper()) for t in tokens if t.upper() in INCOTERMS_2020]
    unique = tuple(dict.fromkeys(rule for rule in rules if rule is not None))
    return unique if len(unique) >= 3 else None


def asks_which(text: str) -> bool:
    """True when the buyer asks which rule to choose, not only how they differ."""
    return any(word.text in _WHICH for word in words(text))


def answer(guide: IncotermsGuide, text: str) -> Answer:
    """What /incoterm replies to `text`: a comparison if two or more rules are asked, else a
    lookup."""
    many = parse_many(guide, text)
    if many is not None:
        return ManyComparison(many, compare_many(guide.book, many), asks_which(text))
    pair = parse_compare(guide, text)
    if pair is None:
        return guide.find_rule(text)
    a, b = pair
    if a.code == b.code:  # "fob vs free on board": one rule, so show its card
        return RuleMatch(a, None)
    return Comparison(a, b, compare(guide.book, a, b), asks_which(text))
