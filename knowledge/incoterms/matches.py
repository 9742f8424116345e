"""What an Incoterms lookup can answer: a rule, another term, a misconception, guesses, nothing.

Owns the answer types of `knowledge/incoterms/lookup.py`, which handlers match on to choose a
reply: a rule found (with the place typed after it), a retired, informal or US domestic term
with the 2020 rule to use instead, a misconception to correct, ranked suggestions, or no
match. Plain frozen values; finding them is the lookup's job, showing them the handler's.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.cost_split import CostLine
from knowledge.incoterms.models import Misconception, OtherTerm, Rule

__all__ = [
    "Entry",
    "Lookup",
    "MisconceptionMatch",
    "NoMatch",
    "OtherTermMatch",
    "RuleMatch",
    "Suggestions",
]

Entry = Rule | OtherTerm


@dataclass(frozen=True, slots=True)
class RuleMatch:
    """A rule was found; `place` is the named place the user typed after it, if any, and
    `costs` the cost lines a question asked about ("who pays unloading under DAP?")."""

    rule: Rule
    place: str | None = None
    costs: tuple[CostLine, ...] = ()


@dataclass(frozen=True, slots=True)
class OtherTermMatch:
    """A retired, informal or US domestic term, with the 2020 rule to use instead."""

    term: OtherTerm
    successor: Rule | None


@dataclass(frozen=True, slots=True)
class MisconceptionMatch:
    """The question touches a common misconception; answer with its correction."""

    misconception: Misconception


@dataclass(frozen=True, slots=True)
class Suggestions:
    """Nothing certain: these entries, best first, are what the user may have meant."""

    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class NoMatch:
    """Nothing resembles an Incoterm."""


Lookup = RuleMatch | OtherTermMatch | MisconceptionMatch | Suggestions | NoMatch
