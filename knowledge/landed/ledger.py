"""The running books of one landed-cost estimate: lines, notes, currencies and who pays.

Owns conversion of typed amounts to the display currency, the Incoterms check for each cost
line (a line the seller pays is left out with a warning about counting it twice), named fees
and the reminder of origin costs under EXW. The order of the estimate, the transport and the
customs arithmetic belong to `knowledge/landed/estimate.py`, `carriage.py` and `customs.py`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from knowledge.cost_split import CostLine, Party
from knowledge.landed.money import USD, Currencies, Fx, Money
from knowledge.landed.query import Fee, LandedQuery
from knowledge.landed.result import Line, LineKind, Note, NoteKind

CostSplit = Mapping[CostLine, Party]
ORIGIN_LINES = (CostLine.ORIGIN_CHARGES, CostLine.EXPORT_CLEARANCE, CostLine.LOADING_AT_ORIGIN)
_LINE_NAMES = {
    CostLine.ORIGIN_CHARGES: "origin charges",
    CostLine.EXPORT_CLEARANCE: "export clearance",
    CostLine.LOADING_AT_ORIGIN: "loading",
    CostLine.MAIN_CARRIAGE: "main freight",
    CostLine.INSURANCE: "insurance",
    CostLine.UNLOADING_AT_DESTINATION: "unloading",
    CostLine.IMPORT_CLEARANCE: "import clearance",
    CostLine.IMPORT_DUTY_AND_TAXES: "duty and import taxes",
    CostLine.DELIVERY_TO_DOOR: "delivery to the door",
}
# How each origin cost is typed, for the example in the EXW reminder (the words of
# `knowledge/landed/reader/words.py`'s FEES).
_ORIGIN_EXAMPLES = {
    CostLine.ORIGIN_CHARGES: "origin 300",
    CostLine.EXPORT_CLEARANCE: "export 150",
    CostLine.LOADING_AT_ORIGIN: "loading 100",
}


@dataclass
class Ledger:
    """Lines and notes collected while estimating, in the display currency."""

    query: LandedQuery
    currencies: Currencies
    split: CostSplit | None
    fx: Fx
    currency: str
    cost_note: str | None = None  # the assumption behind the rule's split, if it has one
    lines: list[Line] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    _explained: bool = field(default=False, init=False)

    def note(self, kind: NoteKind, text: str) -> None:
        """Add a note under the breakdown."""
        self.notes.append(Note(kind, text))

    def total(self) -> Decimal:
        """The sum of the lines so far."""
        return sum((line.amount for line in self.lines), Decimal(0))

    # -- currencies ------------------------------------------------------------------------
    @property
    def default_currency(self) -> str:
        """Amounts typed without a currency are in the price's currency (or the display one)."""
        return self.query.unit_price.currency or self.currency

    def to_display(self, money: Money) -> Decimal:
        """An amount as typed, in the display currency, unrounded."""
        source = money.currency or self.default_currency
        return self.fx.convert(money.amount, source, self.currency)

    def typed(self, money: Money) -> Money | None:
        """The amount as typed when it was converted, to show beside the line; else None."""
        source = money.currency or self.default_currency
        return None if source == self.currency else Money(money.amount, source)

    def show(self, amount: Decimal) -> str:
        """An amount rounded for the display currency, for a note."""
        return self.currencies.show(amount, self.currency)

    def _money_typed(self) -> list[Money]:
        return money_typed(self.query)

    def currencies_used(self, *, needs_usd: bool) -> list[str]:
        """Every currency the estimate converts from or to."""
        used = {money.currency or self.default_currency for money in self._money_typed()}
        used.add(self.currency)
        if needs_usd:
            used.add(USD)
        return sorted(used)

    def rates_used(self) -> tuple[tuple[str, Decimal], ...]:
        """(currency, units per 1 USD) for each currency involved other than USD."""
        used = self.currencies_used(needs_usd=False)
        if len(used) == 1:
            return ()  # nothing was converted
        return tuple((code, self.fx.rate(code)) for code in used if code != USD)

    def note_default_currency(self) -> None:
        """Say which currency bare amounts were read in, when it is not the display one."""
        bare = [m for m in self._money_typed()[1:] if m.currency is None]
        if bare and self.default_currency != self.currency:
            self.note(
                NoteKind.ASSUMPTION,
                f"Amounts without a currency read as {self.default_currency}, "
                "the price's currency.",
            )

    # -- who pays ----------------------------------------------------------------------------
    def payer(self, line: CostLine) -> Party:
        """Who pays `line`: the cost split's answer, the buyer when there is no Incoterm."""
        return Party.BUYER if self.split is None else self.split.get(line, Party.BUYER)

    def seller_pays(self, line: CostLine, what: str, amount: Decimal) -> None:
        """Warn that a typed cost is the seller's under the rule and was not added."""
        self.note(
            NoteKind.WARNING,
            f"{what} {self.show(amount)} not added: under {self.query.incoterm} the seller "
            f"pays {_LINE_NAMES[line]}, so it is already in the price.",
        )
        if self.cost_note is not None and not self._explained:
            self._explained = True  # the split's assumption explains every such warning
            self.note(NoteKind.ASSUMPTION, self.cost_note)

    def buyer_fees(self, lines: Collection[CostLine]) -> Decimal:
        """The typed fees on `lines` that the buyer pays, in the display currency."""
        return sum(
            (
                self.to_display(fee.amount)
                for fee in self.query.fees
                if fee.cost_line is not None
                and fee.cost_line in lines
                and self.payer(fee.cost_line) is Party.BUYER
            ),
            Decimal(0),
        )

    def add_fees(self, fees: Iterable[Fee], kind: LineKind) -> Decimal:
        """Add the named fees the buyer pays; return their total."""
        total = Decimal(0)
        for fee in fees:
            amount = self.to_display(fee.amount)
            if fee.cost_line is not None and self.payer(fee.cost_line) is Party.SELLER:
                self.seller_pays(fee.cost_line, fee.label, amount)
                continue
            self.lines.append(Line(kind, fee.label, amount, typed=self.typed(fee.amount)))
            total += amount
        return total

    def remind_origin(self) -> None:
        """Under a rule where the buyer pays origin costs (EXW), list those not given."""
        if self.split is None:
            return
        given = {fee.cost_line for fee in self.query.fees}
        missing = [
            line for line in ORIGIN_LINES if self.payer(line) is Party.BUYER and line not in given
        ]
        if missing:
            names = ", ".join(_LINE_NAMES[line] for line in missing)
            self.note(
                NoteKind.REMINDER,
                f"Under {self.query.incoterm} you also pay {names}: "
                f"add them (e.g. {_ORIGIN_EXAMPLES[missing[0]]}) for a full figure.",
            )


def money_typed(query: LandedQuery) -> list[Money]:
    """Every amount the buyer typed, the unit price first."""
    found = [query.unit_price, *(fee.amount for fee in query.fees)]
    found += [duty.amount for duty in query.duties if duty.amount is not None]
    if query.freight is not None:
        found.append(query.freight.amount)
    if query.insurance is not None and query.insurance.amount is not None:
        found.append(query.insurance.amount)
    if query.contingency is not None and query.contingency.amount is not None:
        found.append(query.contingency.amount)
    return found
