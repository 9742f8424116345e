"""The shapes of the US tariff table and of what its lookups answer.

Owns the pydantic models: the shipped table's schema (`TableDoc`, validated in one pass by
pydantic-core, its 35,733 lines kept as tuples rather than models), a resolved `TariffLine`,
lookup and search results and duty components. Frozen and strict like every knowledge model
(`knowledge.base.Frozen`); no logic here beyond unit conversions of a per-unit part.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from knowledge.base import Frozen

RateKind = Literal[
    "free", "ad_valorem", "specific", "compound", "cross_reference", "other", "none"
]
# code digits, indent, description, parent row, units, rate row, short label, s301 combo row
RawLine = tuple[str, int, str, int, str, int, str, int]


class Source(Frozen):
    name: str
    by: str
    licence: str
    file: str
    via: str | None = None


class SpecificPart(Frozen):
    """An amount per unit as published: cents or dollars, per kg, No., liter, doz. ..."""

    amount: Decimal
    money: Literal["cents", "dollars"]
    per: str
    qualifier: str | None = None

    @property
    def usd_per_unit(self) -> Decimal:
        return self.amount / 100 if self.money == "cents" else self.amount

    @property
    def key(self) -> str:
        """The name of the quantity this part needs: "kg", "kg on drained weight"."""
        return f"{self.per} {self.qualifier}" if self.qualifier else self.per


class Rate(Frozen):
    """A General (column 1) rate: the text as published and what it says."""

    text: str  # as published (outer spaces trimmed)
    kind: RateKind
    percent: Decimal | None = None
    parts: tuple[SpecificPart, ...] = ()
    qualifier: str | None = None


class S301Heading(Frozen):
    """A Section 301 chapter 99 heading: its list, additional rate and start."""

    name: str  # "List 3", "2024 review increase"
    list_id: str  # as in the product lists: "3", "4A", "biden_25" ...
    percent: Decimal | None
    start: date | None  # when its current rate applies from; None: not given by the data
    suspended: bool
    text: str


class S301Data(Frozen):
    data_date: date  # of the product lists
    rates_date: str  # of the rate per heading ("2026-05")
    headings: dict[str, S301Heading]
    combos: tuple[tuple[str, ...], ...]
    unmatched_hts8: tuple[str, ...]


class TableDoc(Frozen):
    """The whole shipped file."""

    format: Literal[1]
    edition: str
    effective: date
    built: date
    sources: tuple[Source, ...]
    licence_texts: dict[str, str]  # the MIT notice the Section 301 data must travel with
    s301: S301Data
    rates: tuple[Rate, ...]
    lines: tuple[RawLine, ...]


class TariffLine(Frozen):
    """One HTS line with its General rate resolved (a statistical line takes its parent's)."""

    code: str  # digits only
    display: str  # 8516.79.00.00
    description: str
    path: tuple[str, ...]  # ancestor descriptions, heading first
    short: str  # at most about 40 characters
    units: tuple[str, ...]
    rate: Rate | None
    rate_from: str | None  # the dotted code whose line publishes the rate
    s301: tuple[str, ...]  # chapter 99 headings listed for its 8-digit subheading
    edition: str
    effective: date

    @property
    def chapter(self) -> int:
        return int(self.code[:2])


class Candidate(Frozen):
    display: str
    short: str
    rate_text: str | None


class ExactLine(Frozen):
    kind: Literal["line"] = "line"
    line: TariffLine
    note: str | None = None


class Candidates(Frozen):
    kind: Literal["candidates"] = "candidates"
    prefix: str
    title: str | None
    items: tuple[Candidate, ...]
    total: int


class Unknown(Frozen):
    kind: Literal["unknown"] = "unknown"
    query: str
    reason: str


LookupResult = ExactLine | Candidates | Unknown


class SearchHit(Frozen):
    display: str
    short: str
    rate_text: str | None
    score: float  # 0-100
    matched: tuple[str, ...]  # the typed words that matched


class QuantityNeed(Frozen):
    """A per-unit part of a rate: the quantity it needs and its amount in USD per unit."""

    key: str
    usd_per_unit: Decimal
    text: str


class DutyComponent(Frozen):
    """One duty on the customs value: MFN, a Section 301 list, the forced-labour duty."""

    key: Literal["mfn", "s301", "s301_forced_labour"]
    label: str
    heading: str
    rate_text: str
    percent: Decimal | None  # ad valorem part, % of customs value
    needs: tuple[QuantityNeed, ...] = ()
    computable: bool = True
    amount: Decimal | None = None  # USD, when the value (and quantities) were given
    source: str
    as_of: date
    notes: tuple[str, ...] = ()


class DutyLines(Frozen):
    line: str  # dotted code
    origin: str
    entry_date: date
    components: tuple[DutyComponent, ...]
    total_percent: Decimal  # ad valorem parts of the computable components
    total_amount: Decimal | None  # None when something could not be computed
    missing: tuple[QuantityNeed, ...]
    notes: tuple[str, ...]
