"""The main carriage of one landed-cost estimate: chargeable weight, freight and insurance.

Owns what moving the goods costs the buyer: the weight a carrier bills for the mode (actual
against volumetric), the freight line (a total, a rate per kg or cbm on that weight, or a
count typed with its rate: containers, cbm, kg), and the cargo insurance (a percentage with
its base, or an amount). Under a rule where the seller pays either, it is kept out of the
lines and remembered as included in the price, so the customs side can take it out of a FOB
base (`knowledge/landed/estimate.py` reads `seller_included`). No parsing, no rounding.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from knowledge.cost_split import CostLine, Party
from knowledge.landed.customs import HUNDRED
from knowledge.landed.ledger import Ledger
from knowledge.landed.query import FreightBasis, InsuranceBase, LandedInputError
from knowledge.landed.result import Line, LineKind, NoteKind
from knowledge.landed.shipping import ChargeableWeight, ShippingModes, chargeable_weight

__all__ = ["Carriage"]

# Cargo insurers cover the value plus 10%, the Incoterms minimum for CIF and CIP. The base
# is cost plus freight (the premium itself is left out of it, as quick estimates do), and
# the label says so: calling it "CIF" would name a base that includes the premium.
_INSURED_SHARE = Decimal("1.1")
_INSURANCE_BASE_LABELS = {
    InsuranceBase.CIF_PLUS_10: "110% of cost + freight",
    InsuranceBase.CIF: "cost + freight",
    InsuranceBase.GOODS: "goods",
}
_RATED = frozenset((FreightBasis.PER_KG, FreightBasis.PER_M3))  # billed on chargeable weight


@dataclass
class Carriage:
    """Freight and insurance of one estimate, added to its books in the estimate's order."""

    books: Ledger
    modes: ShippingModes
    seller_included: Decimal = Decimal(0)  # freight and insurance inside the price, if typed
    seller_included_known: bool = True

    def chargeable(self) -> ChargeableWeight | None:
        """What the carrier bills for the mode, when a weight or a volume was typed."""
        q = self.books.query
        volume = q.shipment_volume_m3
        if q.mode is None or (q.weight_kg is None and volume is None):
            return None
        rule = self.modes.rule(q.mode)
        found = chargeable_weight(q.mode, rule, weight_kg=q.weight_kg, volume_m3=volume)
        if q.freight is not None and q.freight.units is None and q.freight.basis in _RATED:
            if volume is None or q.weight_kg is None:
                given, missing = ("weight", "volume") if volume is None else ("volume", "weight")
                self.books.note(
                    NoteKind.ASSUMPTION, f"No {missing} given: charged on {given} alone."
                )
            self.books.note(NoteKind.SOURCE, f"{q.mode.value.capitalize()}: {rule.convention}")
        return found

    def freight(self, chargeable: ChargeableWeight | None) -> Decimal:
        """The main freight the buyer pays (0 when none was typed or the seller pays it)."""
        books, q = self.books, self.books.query
        payer = books.payer(CostLine.MAIN_CARRIAGE)
        if q.freight is None:
            if payer is Party.SELLER:
                self.seller_included_known = False
            elif books.split is not None:
                books.note(
                    NoteKind.REMINDER,
                    f"No freight given: under {q.incoterm} you pay the main freight.",
                )
            return Decimal(0)
        line = self._freight_line(chargeable)
        if payer is Party.SELLER:
            books.seller_pays(CostLine.MAIN_CARRIAGE, "Freight", line.amount)
            self.seller_included += line.amount
            return Decimal(0)
        books.lines.append(line)
        return line.amount

    def _freight_line(self, chargeable: ChargeableWeight | None) -> Line:
        books, q = self.books, self.books.query
        assert q.freight is not None  # noqa: S101 - only called with freight given
        rate = books.to_display(q.freight.amount)
        typed = books.typed(q.freight.amount)
        if q.freight.basis is FreightBasis.TOTAL:
            return Line(LineKind.FREIGHT, "Freight", rate, typed=typed)
        if q.freight.units is not None:  # a count typed with the rate: per container, cbm, kg
            boxes = q.containers
            label = {FreightBasis.PER_KG: "kg", FreightBasis.PER_M3: "cbm"}.get(
                q.freight.basis, boxes.kind if boxes is not None else "containers"
            )
            units = q.freight.units
            return Line(
                LineKind.FREIGHT,
                "Freight",
                units * rate,
                units=units,
                unit_label=label,
                unit_amount=rate,
                typed=typed,
            )
        if q.mode is None:
            raise LandedInputError("Freight per kg or cbm needs the mode: sea, air, express...")
        if chargeable is None:
            raise LandedInputError("Freight per kg or cbm needs the weight or the volume.")
        per_kg = q.freight.basis is FreightBasis.PER_KG
        units = chargeable.chargeable_kg if per_kg else chargeable.chargeable_m3
        return Line(
            LineKind.FREIGHT,
            "Freight",
            units * rate,
            units=units,
            unit_label="kg" if per_kg else "cbm",
            unit_amount=rate,
            typed=typed,
        )

    def insurance(self, goods: Decimal, cif_before_insurance: Decimal) -> Decimal:
        """The cargo insurance the buyer pays (0 when none was typed or the seller pays it)."""
        books, cover = self.books, self.books.query.insurance
        if cover is None:
            return Decimal(0)
        if cover.percent is not None:
            base = {
                InsuranceBase.CIF_PLUS_10: cif_before_insurance * _INSURED_SHARE,
                InsuranceBase.CIF: cif_before_insurance,
                InsuranceBase.GOODS: goods,
            }[cover.base]
            label = _INSURANCE_BASE_LABELS[cover.base]
            amount = base * cover.percent / HUNDRED
            line = Line(LineKind.INSURANCE, "Insurance", amount, cover.percent, base, label)
        elif cover.amount is not None:
            amount = books.to_display(cover.amount)
            line = Line(LineKind.INSURANCE, "Insurance", amount, typed=books.typed(cover.amount))
        else:
            return Decimal(0)
        if books.payer(CostLine.INSURANCE) is Party.SELLER:
            books.seller_pays(CostLine.INSURANCE, "Insurance", amount)
            self.seller_included += amount
            return Decimal(0)
        books.lines.append(line)
        return amount
