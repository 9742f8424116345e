"""The landed-cost calculator: what a buyer really pays per unit, line by line.

Owns the order of an estimate: goods, origin costs, freight and insurance (their arithmetic
in `knowledge/landed/carriage.py`), the import side, other fees, then the contingency. Which
lines the buyer pays follows the Incoterm's cost split (`knowledge/landed/ledger.py` applies
it); customs arithmetic lives in `knowledge/landed/customs.py`. Money is `Decimal`
throughout, in the display currency, never rounded here; nothing here parses text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from knowledge.base import Tables
from knowledge.cost_split import CostLine, Party
from knowledge.incoterms import Incoterms, Rule, TransportMode
from knowledge.landed.carriage import Carriage
from knowledge.landed.customs import HUNDRED, Customs, CustomsInput, CustomsValues, assess
from knowledge.landed.destinations import Destination, Destinations, DutyBasis
from knowledge.landed.duties import apply_hs
from knowledge.landed.ledger import ORIGIN_LINES, Ledger
from knowledge.landed.money import ISO_CURRENCIES, USD, Currencies, Fx
from knowledge.landed.query import ContingencyBase, LandedInputError, LandedQuery
from knowledge.landed.result import LandedEstimate, Line, LineKind, NoteKind
from knowledge.landed.shipping import Mode, ShippingModes

__all__ = ["LandedRules", "estimate_landed_cost"]

# Warnings first: on a phone the first lines are the ones read.
_NOTE_ORDER = (NoteKind.WARNING, NoteKind.REMINDER, NoteKind.ASSUMPTION, NoteKind.SOURCE)
# Sea-only rules and the any-mode rule that fits other transport (shared/KNOWLEDGE.md).
_ANY_MODE_TWIN = {"FAS": "FCA", "FOB": "FCA", "CFR": "CPT", "CIF": "CIP"}
# Costs after entry that EU and UK import VAT count, up to the first destination.
_AFTER_ENTRY_LINES = frozenset((CostLine.UNLOADING_AT_DESTINATION, CostLine.DELIVERY_TO_DOOR))


@dataclass(frozen=True, slots=True)
class LandedRules:
    """The data the calculator reads, loaded once at start-up."""

    destinations: Destinations
    modes: ShippingModes
    currencies: Currencies
    incoterms: Incoterms

    @classmethod
    def from_knowledge(cls, kb: Tables) -> LandedRules:
        """Pick the calculator's data out of the validated knowledge base."""
        return cls(
            kb.get(Destinations), kb.get(ShippingModes), kb.get(Currencies), kb.get(Incoterms)
        )

    def rule(self, code: str | None) -> Rule | None:
        """The Incoterms rule of `code`, None without one; LandedInputError if unknown."""
        if code is None:
            return None
        try:
            return self.incoterms.rule(code)
        except KeyError:
            raise LandedInputError(f"{code} is not one of the 11 Incoterms 2020 rules.") from None


def estimate_landed_cost(
    query: LandedQuery,
    rules: LandedRules,
    *,
    fx_per_usd: Mapping[str, Decimal],
    currency: str = USD,
    today: date | None = None,
    origin: str | None = None,
) -> LandedEstimate:
    """The landed cost of `query` in `currency`, following its Incoterm's cost split.

    Without an Incoterm every cost typed is the buyer's. `fx_per_usd` maps a currency to its
    units per 1 USD. With `today`, fee amounts past their known period get a warning. Raises
    MissingRateError naming every currency without a rate, and
    LandedInputError when the query cannot be estimated (freight per kg without a mode or a
    weight, an unknown Incoterm or display currency). With an `hs` code to the US, `origin`
    (the chat's, when the line names none) decides the additional duties; see
    `knowledge/landed/duties.py` for what else it raises.
    """
    if currency not in ISO_CURRENCIES:
        raise LandedInputError(f"{currency} is not a currency code I know.")
    query = apply_hs(query, origin=origin, day=today)
    rule = rules.rule(query.incoterm)
    split = None if rule is None else rule.cost_split
    cost_note = None if rule is None else rule.cost_note
    ledger = Ledger(query, rules.currencies, split, Fx(fx_per_usd), currency, cost_note)
    if rule is not None and rule.mode is TransportMode.SEA:
        _check_sea_rule(ledger, rule)
    return _Estimate(ledger, rules, today).run()


def _check_sea_rule(ledger: Ledger, rule: Rule) -> None:
    mode = ledger.query.mode
    if mode is not None and mode is not Mode.SEA:
        ledger.note(
            NoteKind.WARNING,
            f"{rule.code} is a sea rule; for {mode.value}, {_ANY_MODE_TWIN[rule.code]} fits.",
        )


@dataclass
class _Estimate:
    books: Ledger
    rules: LandedRules
    today: date | None = None
    carriage: Carriage = field(init=False)

    def __post_init__(self) -> None:
        self.carriage = Carriage(self.books, self.rules.modes)

    def run(self) -> LandedEstimate:
        books, q = self.books, self.books.query
        destination = None
        if q.destination is not None:
            destination = self.rules.destinations.destination(q.destination)
        used = books.currencies_used(needs_usd=bool(destination and destination.entry_fees))
        if len(used) > 1:  # one currency throughout converts nothing, so it needs no rate
            books.fx.require(used)
        for text in q.notes:
            books.note(NoteKind.ASSUMPTION, text)
        books.notes.extend(q.tariff_notes)
        books.note_default_currency()
        if books.split is None:
            books.note(NoteKind.ASSUMPTION, "No Incoterm: every cost typed is counted as yours.")
        if q.goods_total is None:
            price = books.to_display(q.unit_price)
            goods = q.quantity * price
        else:  # an order total is kept exact; its share per unit is only shown
            goods = books.to_display(q.goods_total)
            price = goods / q.quantity
        books.lines.append(
            Line(
                LineKind.GOODS,
                "Goods",
                goods,
                units=q.quantity,
                unit_label="pcs",
                unit_amount=price,
                typed=books.typed(q.goods_total or q.unit_price),
                typed_whole=q.goods_total is not None,
            )
        )
        origin = books.add_fees(
            (f for f in q.fees if f.cost_line in ORIGIN_LINES), LineKind.ORIGIN
        )
        books.remind_origin()
        carriage = self.carriage
        chargeable = carriage.chargeable()
        freight = carriage.freight(chargeable)
        insurance = carriage.insurance(goods, goods + origin + freight)
        values = CustomsValues(
            goods=goods,
            fob=goods + origin - carriage.seller_included,
            cif=goods + origin + freight + insurance,
            transport=freight + insurance + carriage.seller_included,
            to_destination=books.buyer_fees(_AFTER_ENTRY_LINES),
        )
        customs = self._import_side(values, destination)
        books.add_fees((f for f in q.fees if f.cost_line not in ORIGIN_LINES), LineKind.FEE)
        subtotal = books.total()
        contingency = self._contingency(subtotal, goods)
        total = subtotal + (contingency.amount if contingency else Decimal(0))
        tax = None if customs is None else customs.import_tax
        return LandedEstimate(
            currency=books.currency,
            quantity=q.quantity,
            incoterm=q.incoterm,
            named_place=q.named_place,
            destination=destination,
            mode=q.mode,
            lines=tuple(books.lines),
            subtotal=subtotal,
            contingency=contingency,
            total=total,
            import_tax=tax,
            total_with_tax=total + (tax.amount if tax else Decimal(0)),
            customs_value=None if customs is None else customs.customs_value,
            chargeable=chargeable,
            rates=books.rates_used(),
            notes=tuple(sorted(books.notes, key=lambda note: _NOTE_ORDER.index(note.kind))),
            reading=q.decisions,
        )

    # -- import side ------------------------------------------------------------------------
    def _import_side(
        self, values: CustomsValues, destination: Destination | None
    ) -> Customs | None:
        books, q = self.books, self.books.query
        if books.payer(CostLine.IMPORT_DUTY_AND_TAXES) is Party.SELLER:
            if q.duties:
                books.note(
                    NoteKind.WARNING,
                    f"Duty not added: under {q.incoterm} the seller pays duty and import "
                    "taxes, so they are in the price.",
                )
            else:
                books.note(
                    NoteKind.ASSUMPTION,
                    f"Under {q.incoterm} the seller pays duty and import taxes.",
                )
            return None
        given = CustomsInput(destination, q.duties, q.mode, books.fx, books.currency, self.today)
        customs = assess(values, given, books.to_display)
        fob_basis = destination is not None and destination.duty_basis is DutyBasis.FOB
        if fob_basis and not self.carriage.seller_included_known:
            books.note(
                NoteKind.WARNING,
                f"Duty is on the FOB value but the {q.incoterm} price includes freight: "
                "give the freight to take it out of the base.",
            )
        books.lines.extend(customs.lines)
        books.notes.extend(customs.notes)
        return customs

    def _contingency(self, subtotal: Decimal, goods: Decimal) -> Line | None:
        books, buffer = self.books, self.books.query.contingency
        if buffer is None:
            return None
        if buffer.percent is not None:
            on_goods = buffer.base is ContingencyBase.GOODS
            base = goods if on_goods else subtotal
            amount = base * buffer.percent / HUNDRED
            label = "goods" if on_goods else "subtotal"
            return Line(LineKind.CONTINGENCY, "Contingency", amount, buffer.percent, base, label)
        if buffer.amount is None:
            return None
        amount = books.to_display(buffer.amount)
        return Line(LineKind.CONTINGENCY, "Contingency", amount, typed=books.typed(buffer.amount))
