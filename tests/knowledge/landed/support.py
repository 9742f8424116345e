"""Shared helpers for the landed-cost tests: the loaded rules, a parser, and estimates."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from functools import cache

import pytest

from knowledge.cost_split import CostLine, Party
from knowledge.landed.estimate import LandedRules, estimate_landed_cost
from knowledge.landed.query import LandedInputError, LandedQuery
from knowledge.landed.reader.parse import LandedParser
from knowledge.landed.result import LandedEstimate, Line, LineKind
from knowledge.loader import load_knowledge

# Who pays what, per the Incoterms 2020 table in shared/KNOWLEDGE.md, written out here
# independently of incoterms.yaml, so a test can hold the shipped split to the facts the
# landed-cost tests rely on.
_ORIGIN = {CostLine.ORIGIN_CHARGES, CostLine.EXPORT_CLEARANCE, CostLine.LOADING_AT_ORIGIN}
_SELLER_PAYS: dict[str, set[CostLine]] = {
    "EXW": set(),
    "FOB": _ORIGIN,
    "CFR": _ORIGIN | {CostLine.MAIN_CARRIAGE},
    "CIF": _ORIGIN | {CostLine.MAIN_CARRIAGE, CostLine.INSURANCE},
    "DDP": set(CostLine) - {CostLine.UNLOADING_AT_DESTINATION},
}


def expected_split(code: str) -> dict[CostLine, Party]:
    """The cost split the landed-cost tests expect for a rule."""
    seller = _SELLER_PAYS[code]
    return {line: Party.SELLER if line in seller else Party.BUYER for line in CostLine}


# The day these estimates are made for: the last day of US fiscal year 2026, whose MPF figures
# the hand-checked expectations were worked out with (fiscal 2027 has tests of its own).
ESTIMATE_DAY = date(2026, 9, 30)


@cache
def rules() -> LandedRules:
    """The shipped data, loaded once for the whole test run."""
    return LandedRules.from_knowledge(load_knowledge())


@cache
def parser() -> LandedParser:
    """One parser built from the shipped data."""
    return LandedParser(rules().currencies, rules().destinations)


def estimate(
    text: str, *, fx: Mapping[str, str] | None = None, currency: str = "USD"
) -> LandedEstimate:
    """Parse `text` and estimate it with the split of its Incoterm (none without one)."""
    return estimate_landed_cost(
        parser().parse(text),
        rules(),
        fx_per_usd={code: Decimal(rate) for code, rate in (fx or {}).items()},
        currency=currency,
        today=ESTIMATE_DAY,
    )


def shown(amount: Decimal, currency: str = "USD") -> str:
    """An amount as the reply shows it."""
    return rules().currencies.show(amount, currency)


def only(result: LandedEstimate, kind: LineKind) -> Line:
    """The single line of `kind`."""
    (line,) = result.lines_of(kind)
    return line


def labels(result: LandedEstimate) -> list[str]:
    """The labels of the breakdown, in order."""
    return [line.label for line in result.lines]


def notes(result: LandedEstimate) -> str:
    """Every note, joined, for substring checks."""
    return "\n".join(note.text for note in result.notes)


def parse(text: str) -> LandedQuery:
    """Parse with the shipped data."""
    return parser().parse(text)


def refused(text: str) -> LandedInputError:
    """The error a line raises."""
    with pytest.raises(LandedInputError) as caught:
        parse(text)
    return caught.value
