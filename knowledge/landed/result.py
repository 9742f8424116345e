"""What a landed-cost estimate answers: the breakdown lines, totals and notes.

Owns the output shapes of `knowledge/landed/estimate.py`. Every amount is in the display currency
and unrounded; rounding happens when the handler shows it (`Currencies.show`). Every percentage
line carries its rate, its base and the base's name, so the reply can say "Duty 15% × 10,000.00".
No arithmetic here beyond reading the shapes.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from knowledge.landed.destinations import Destination
from knowledge.landed.money import Money
from knowledge.landed.shipping import ChargeableWeight, Mode


class LineKind(StrEnum):
    """What a line of the breakdown is, in the order goods meet the costs."""

    GOODS = "goods"
    ORIGIN = "origin"
    FREIGHT = "freight"
    INSURANCE = "insurance"
    DUTY = "duty"
    ENTRY_FEE = "entry_fee"
    FEE = "fee"
    CONTINGENCY = "contingency"
    IMPORT_TAX = "import_tax"


@dataclass(frozen=True, slots=True)
class Line:
    """One cost the buyer pays, in the display currency.

    A percentage line sets `percent`, `base` and `base_label`; a per-unit line (goods, freight
    per kg) sets `units`, `unit_label` and `unit_amount`; `typed` keeps an amount typed in
    another currency, so the reply can show what was converted.
    """

    kind: LineKind
    label: str
    amount: Decimal
    percent: Decimal | None = None
    base: Decimal | None = None
    base_label: str | None = None
    units: Decimal | None = None
    unit_label: str | None = None
    unit_amount: Decimal | None = None
    typed: Money | None = None
    typed_whole: bool = False  # `typed` is the whole line's amount (an order total), not per unit


class NoteKind(StrEnum):
    """Why a note is there."""

    WARNING = "warning"  # something typed was left out, or the figure may mislead
    REMINDER = "reminder"  # a cost the buyer pays that was not given
    ASSUMPTION = "assumption"  # how the input was read or a default that was used
    SOURCE = "source"  # where a rate comes from and as of when


@dataclass(frozen=True, slots=True)
class Note:
    """A short sentence for the notes under the breakdown."""

    kind: NoteKind
    text: str


@dataclass(frozen=True, slots=True)
class LandedEstimate:
    """A landed-cost estimate: what the buyer pays, line by line, and per unit.

    `total` is the landed cost without import VAT/GST (a registered business usually
    reclaims it); `import_tax` is shown apart and `total_with_tax` includes it.
    """

    currency: str
    quantity: Decimal
    incoterm: str | None
    named_place: str | None
    destination: Destination | None
    mode: Mode | None
    lines: tuple[Line, ...]
    subtotal: Decimal
    contingency: Line | None
    total: Decimal
    import_tax: Line | None
    total_with_tax: Decimal
    customs_value: Decimal | None
    chargeable: ChargeableWeight | None
    rates: tuple[tuple[str, Decimal], ...]  # (currency, units per 1 USD) used
    notes: tuple[Note, ...]
    # How the line was read where it could have been read otherwise ("decimal comma, as in
    # 2,50"): the reply starts with it.
    reading: tuple[str, ...] = ()

    @property
    def per_unit(self) -> Decimal:
        """Landed cost per unit, without import VAT/GST."""
        return self.total / self.quantity

    @property
    def per_unit_with_tax(self) -> Decimal:
        """Landed cost per unit including import VAT/GST."""
        return self.total_with_tax / self.quantity

    def lines_of(self, kind: LineKind) -> tuple[Line, ...]:
        """The breakdown lines of one kind."""
        return tuple(line for line in self.lines if line.kind is kind)
