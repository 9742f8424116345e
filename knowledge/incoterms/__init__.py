"""Incoterms 2020 behind /incoterm: the 11 rules as data, the fuzzy lookup and comparisons.

Pure domain code: the rules table (`models`, also read by /landed for who pays what), the
lookup that tolerates typos and places (`lookup`, its answers in `matches`, `words`) and
side-by-side comparisons (`compare`). This face is what other layers import; nothing here
knows Telegram or a database.
"""

from __future__ import annotations

from knowledge.incoterms.compare import (
    Answer,
    Comparison,
    ManyComparison,
    RowSection,
    answer,
    shared_facts,
)
from knowledge.incoterms.lookup import IncotermsGuide
from knowledge.incoterms.matches import (
    Entry,
    MisconceptionMatch,
    NoMatch,
    OtherTermMatch,
    RuleMatch,
    Suggestions,
)
from knowledge.incoterms.models import (
    INCOTERMS_2020,
    Incoterms,
    Misconception,
    OtherTerm,
    OtherTermKind,
    Rule,
    TransportMode,
)

__all__ = [
    "INCOTERMS_2020",
    "Answer",
    "Comparison",
    "Entry",
    "Incoterms",
    "IncotermsGuide",
    "ManyComparison",
    "Misconception",
    "MisconceptionMatch",
    "NoMatch",
    "OtherTerm",
    "OtherTermKind",
    "OtherTermMatch",
    "RowSection",
    "Rule",
    "RuleMatch",
    "Suggestions",
    "TransportMode",
    "answer",
    "shared_facts",
]
