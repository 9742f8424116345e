"""Saved landed-cost estimates: what is kept to show one again, and to compare two per unit.

Owns the record of an estimate (its input line, the display currency and the exchange rates
used, so it can be recomputed exactly, plus its figures per kind of cost), the rules for names
(length, reserved words, what counts as the same name), finding a name from a loose spelling,
and the per-unit comparison of two estimates. No storage, no Telegram, no rendering.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from rapidfuzz import fuzz, process

from knowledge.landed.money import USD
from knowledge.landed.result import LandedEstimate, LineKind

MAX_NAME = 40
RESERVED_NAMES = frozenset(("list", "show", "compare", "cancel", "help", "delete"))
_NAME_CUTOFF = 75  # WRatio: "botles" finds "Bottles EXW" (75); "mugs cif" vs "Mugs FOB US" is 63


class EstimateNameError(ValueError):
    """A name that cannot be used; `message` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NameOutcome(StrEnum):
    """What happened when an estimate was given a name."""

    SAVED = "saved"
    TAKEN = "taken"  # another estimate of the chat already has this name
    NOT_FOUND = "not_found"  # no such estimate in this chat (pruned, or a forged id)


@dataclass(frozen=True, slots=True)
class EstimateFigures:
    """The figures of one estimate, in its display currency, unrounded."""

    currency: str
    quantity: Decimal
    total: Decimal
    total_with_tax: Decimal
    by_kind: tuple[tuple[LineKind, Decimal], ...]
    tax_name: str | None = None  # "VAT" or "GST" when import tax applies
    incoterm: str | None = None
    destination: str | None = None  # ISO alpha-2
    mode: str | None = None

    @classmethod
    def of(cls, estimate: LandedEstimate) -> EstimateFigures:
        """Sum an estimate's lines by kind (contingency and import tax included)."""
        extra = (estimate.contingency, estimate.import_tax)
        sums: dict[LineKind, Decimal] = {}
        for line in (*estimate.lines, *(line for line in extra if line is not None)):
            sums[line.kind] = sums.get(line.kind, Decimal(0)) + line.amount
        return cls(
            currency=estimate.currency,
            quantity=estimate.quantity,
            total=estimate.total,
            total_with_tax=estimate.total_with_tax,
            by_kind=tuple((kind, sums[kind]) for kind in LineKind if kind in sums),
            tax_name=None if estimate.import_tax is None else estimate.import_tax.label,
            incoterm=estimate.incoterm,
            destination=None if estimate.destination is None else estimate.destination.code,
            mode=None if estimate.mode is None else estimate.mode.value,
        )

    def amount(self, *kinds: LineKind) -> Decimal:
        """The total of the lines of `kinds`."""
        return sum((amount for kind, amount in self.by_kind if kind in kinds), Decimal(0))

    @property
    def per_unit(self) -> Decimal:
        """Landed cost per unit, without import VAT/GST."""
        return self.total / self.quantity


@dataclass(frozen=True, slots=True)
class EstimateInput:
    """What is stored for a computed estimate: enough to recompute it and to compare it."""

    line: str  # the one-liner (typed, or built by the guided flow)
    fx: tuple[tuple[str, Decimal], ...]  # (currency, units per 1 USD) the estimate used
    figures: EstimateFigures


@dataclass(frozen=True, slots=True)
class SavedEstimate:
    """A stored estimate of one chat; `name` is None until someone saves it under a name."""

    id: int
    chat_id: int
    name: str | None
    line: str
    fx: tuple[tuple[str, Decimal], ...]
    figures: EstimateFigures
    created_by: int
    created_at: datetime
    saved_at: datetime | None = None
    naming_user_id: int | None = None  # who was asked to name it and has not answered yet
    naming_message_id: int | None = None  # the question that asked for the name
    saved_by: int | None = None  # who named it; None when saved before this was kept

    @property
    def fx_per_usd(self) -> dict[str, Decimal]:
        """The stored rates as the calculator takes them."""
        return dict(self.fx)


# -- names ----------------------------------------------------------------------------------
def clean_name(text: str) -> str:
    """A name as it will be kept: single spaces, no quotes around it; EstimateNameError if bad."""
    name = " ".join(text.split()).strip("\"'“”‘’ ")
    if not name:
        raise EstimateNameError("A name needs at least one letter or digit, e.g. Mugs FOB US.")
    if len(name) > MAX_NAME:
        raise EstimateNameError(f"Keep the name to {MAX_NAME} characters or fewer.")
    if name.startswith("/") or name_key(name) in RESERVED_NAMES:
        raise EstimateNameError(f"'{name}' is a command word; pick another name.")
    return name


def name_key(name: str) -> str:
    """What makes two names the same: case and spacing do not count."""
    return " ".join(name.casefold().split())


def _best(typed: str, keys: Sequence[str]) -> tuple[int, float] | None:
    key = name_key(typed)
    if not key:
        return None
    if key in keys:
        return keys.index(key), 100.0
    found = process.extractOne(
        key, keys, scorer=fuzz.WRatio, processor=None, score_cutoff=_NAME_CUTOFF
    )
    return None if found is None else (found[2], found[1])


def find_name(typed: str, names: Sequence[str]) -> str | None:
    """The saved name `typed` means: the same name, else the closest one, else None."""
    found = _best(typed, [name_key(n) for n in names])
    return None if found is None else names[found[0]]


def find_saved(typed: str, records: Sequence[SavedEstimate]) -> SavedEstimate | None:
    """The saved (named) estimate `typed` means, by `find_name`, or None."""
    named = [record for record in records if record.name is not None]
    name = find_name(typed, [record.name or "" for record in named])
    return next((record for record in named if record.name == name), None)


_SEPARATOR = re.compile(r"\s+(?:vs\.?|versus|v|and)\s+|\s*[,|;]\s*", re.IGNORECASE)


def split_pair(text: str, names: Sequence[str]) -> tuple[str, str] | None:
    """Two saved names in `text` ('A vs B', 'A, B', or just 'A B'), or None."""
    keys = [name_key(n) for n in names]
    parts = _SEPARATOR.split(text.strip(), maxsplit=1)
    candidates = [parts] if len(parts) == 2 else []
    words = text.split()
    candidates += [[" ".join(words[:i]), " ".join(words[i:])] for i in range(1, len(words))]
    best: tuple[float, str, str] | None = None
    for left, right in candidates:
        a, b = _best(left, keys), _best(right, keys)
        if a is None or b is None or a[0] == b[0]:
            continue
        score = min(a[1], b[1])
        if best is None or score > best[0]:
            best = (score, names[a[0]], names[b[0]])
    return None if best is None else (best[1], best[2])


# -- comparison -----------------------------------------------------------------------------
class CompareError(ValueError):
    """Two estimates that cannot be set side by side; `message` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class CompareRow:
    """One row of a comparison: per unit unless `per_unit` is False."""

    label: str
    a: Decimal
    b: Decimal
    per_unit: bool = True


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two estimates side by side in A's currency; `converted` says how B was converted."""

    currency: str
    rows: tuple[CompareRow, ...]
    converted: str | None = None


_ROWS: tuple[tuple[str, tuple[LineKind, ...]], ...] = (
    ("Goods", (LineKind.GOODS,)),
    ("Origin", (LineKind.ORIGIN,)),
    ("Freight", (LineKind.FREIGHT,)),
    ("Insurance", (LineKind.INSURANCE,)),
    ("Duty", (LineKind.DUTY,)),
    ("Entry fees", (LineKind.ENTRY_FEE,)),
    ("Other fees", (LineKind.FEE,)),
    ("Contingency", (LineKind.CONTINGENCY,)),
)


def _rate(code: str, rates: Mapping[str, Decimal]) -> Decimal | None:
    return Decimal(1) if code == USD else rates.get(code)


def compare(a: SavedEstimate, b: SavedEstimate) -> Comparison:
    """A and B per unit, row by row, in A's currency (B converted with the rates they saved)."""
    fa, fb = a.figures, b.figures
    factor, converted = Decimal(1), None
    if fa.currency != fb.currency:
        rates = {**b.fx_per_usd, **a.fx_per_usd}
        to_rate, from_rate = _rate(fa.currency, rates), _rate(fb.currency, rates)
        if to_rate is None or from_rate is None:
            raise CompareError(
                f"'{a.name}' is in {fa.currency} and '{b.name}' in {fb.currency}, and neither "
                "saved a rate between the two. Save both with the same /currency."
            )
        factor = to_rate / from_rate
        converted = f"'{b.name}' converted from {fb.currency} at the rates saved with them."
    rows = [
        CompareRow(
            label, fa.amount(*kinds) / fa.quantity, fb.amount(*kinds) * factor / fb.quantity
        )
        for label, kinds in _ROWS
    ]
    rows = [row for row in rows if row.a or row.b]
    rows.append(CompareRow("Landed", fa.per_unit, fb.per_unit * factor))
    if fa.tax_name or fb.tax_name:
        tax = "/".join(dict.fromkeys(n for n in (fa.tax_name, fb.tax_name) if n))
        rows.append(
            CompareRow(
                tax,
                fa.amount(LineKind.IMPORT_TAX) / fa.quantity,
                fb.amount(LineKind.IMPORT_TAX) * factor / fb.quantity,
            )
        )
        rows.append(
            CompareRow(
                f"With {tax}",
                fa.total_with_tax / fa.quantity,
                fb.total_with_tax * factor / fb.quantity,
            )
        )
    rows.append(CompareRow("Quantity", fa.quantity, fb.quantity, per_unit=False))
    rows.append(CompareRow("Total", fa.total, fb.total * factor, per_unit=False))
    return Comparison(fa.currency, tuple(rows), converted)
