"""The fields of a /landed one-liner as they are read, and the check that they are complete.

Owns `Draft`: single-valued fields refuse a second value (pointing at the word), repeatable
ones (duty, fees) collect, and `finish` turns the draft into a `LandedQuery` or says what is
missing. Reading tokens is `knowledge/landed/reader/fields.py`'s job; no arithmetic here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from decimal import Decimal

from knowledge.landed.money import Money
from knowledge.landed.query import (
    MAX_QUANTITY,
    Cartons,
    Containers,
    Contingency,
    Duty,
    Fee,
    Freight,
    FreightBasis,
    HsCode,
    Insurance,
    LandedInputError,
    LandedQuery,
)
from knowledge.landed.reader.words import Token
from knowledge.landed.shipping import Mode


def token_error(message: str, token: Token) -> LandedInputError:
    """An input error pointing at `token`."""
    return LandedInputError(message, word=token.text, position=token.start)


@dataclass
class Draft:
    """The fields read so far; `finish` checks that the query is complete."""

    quantity: Decimal | None = None
    unit_price: Money | None = None
    goods_total: Money | None = None  # "$450 total": the order's value, not a unit price
    incoterm: str | None = None
    named_place: str | None = None
    destination: str | None = None
    mode: Mode | None = None
    freight: Freight | None = None
    weight_kg: Decimal | None = None
    volume_m3: Decimal | None = None
    carton_dims: tuple[Decimal, Decimal, Decimal] | None = None
    carton_count: Decimal | None = None
    units_per_carton: Decimal | None = None  # `50 ctns x 24 pcs`: the quantity is the product
    insurance: Insurance | None = None
    contingency: Contingency | None = None
    duties: list[Duty] = field(default_factory=list)
    fees: list[Fee] = field(default_factory=list)
    # A weight or volume of one carton (`12kg/ctn`), of one unit (`0.5kg/pc`), or typed with
    # `each` (one carton when cartons are given, else one unit): multiplied out in `finish`.
    carton_weight_kg: Decimal | None = None
    unit_weight_kg: Decimal | None = None
    each_weight_kg: Decimal | None = None
    carton_volume_m3: Decimal | None = None
    containers: Containers | None = None
    freight_total: bool = False  # `freight 6400 total` with containers: not per container
    origin: str | None = None
    hs: HsCode | None = None
    # The country of a port named after a C or D rule ("cif la") and how it was read: the
    # destination when no other is given (`finish`).
    place_country: str | None = None
    place_reading: str | None = None
    place_is_country: bool = False  # "ddp us": the rule named a country, not a port
    notes: list[str] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)

    def set_once(self, name: str, value: object, token: Token) -> None:
        """Set a single-valued field; a second value is an error pointing at its word."""
        if getattr(self, name) is not None:
            label = name.replace("_", " ")
            raise token_error(f"The {label} is given twice ('{token.text}').", token)
        setattr(self, name, value)

    def set_quantity(self, value: Decimal, token: Token) -> None:
        """Set the quantity (once)."""
        self.set_once("quantity", value, token)

    def set_carton_count(self, value: Decimal, token: Token) -> None:
        """Set how many cartons (once)."""
        self.set_once("carton_count", value, token)

    def set_fields(self) -> set[str]:
        """The names of the fields the text set (its notes on how it was read are not)."""
        empty = Draft()
        return {
            f.name
            for f in fields(self)
            if f.name
            not in ("notes", "decisions", "place_country", "place_reading", "place_is_country")
            and getattr(self, f.name) != getattr(empty, f.name)
        }

    def finish(self) -> LandedQuery:
        """The complete query, or LandedInputError saying what is missing."""
        self._units_from_cartons()
        if self.quantity is None:
            raise LandedInputError("How many units? Add the quantity, e.g. 1000 pcs.")
        self._price_from_total(self.quantity)
        if self.unit_price is None:
            raise LandedInputError("At what price? Add the unit price, e.g. @ 10 usd.")
        cartons = None
        per_carton = self.carton_weight_kg is not None or self.carton_volume_m3 is not None
        if self.carton_dims is None and self.carton_count is not None and per_carton:
            cartons = None  # a count and a weight or volume per carton are enough
        elif self.carton_dims is None and self.units_per_carton is not None:
            cartons = None  # the count gave the quantity; no size to charge volume on
        elif (self.carton_dims is None) != (self.carton_count is None):
            raise LandedInputError("Give carton size and count together: ctn 50x40x30cm x 20.")
        if self.carton_dims is not None and self.carton_count is not None:
            if self.volume_m3 is not None:
                raise LandedInputError("Give the volume or the cartons, not both.")
            cartons = Cartons(*self.carton_dims, count=self.carton_count)
        if self.destination is None and self.place_country is not None:
            self.destination = self.place_country
            self.decisions.append(f"{self.place_reading}{self.place_country}")
        elif self.place_is_country and self.destination != self.place_country:
            raise LandedInputError(
                f"The rule names {self.place_country} as the place of delivery, but the"
                f" destination is {self.destination}: keep one of them."
            )
        self._multiply_out()
        self._per_container()
        if self.containers is not None and self.mode is None:
            self.mode = Mode.SEA  # full containers go by sea (the reading says so)
        return LandedQuery(
            quantity=self.quantity,
            unit_price=self.unit_price,
            goods_total=self.goods_total,
            incoterm=self.incoterm,
            named_place=self.named_place,
            destination=self.destination,
            mode=self.mode,
            freight=self.freight,
            weight_kg=self.weight_kg,
            volume_m3=self.volume_m3,
            cartons=cartons,
            insurance=self.insurance,
            duties=tuple(self.duties),
            fees=tuple(self.fees),
            contingency=self.contingency,
            containers=self.containers,
            origin=self.origin,
            hs=self.hs,
            notes=tuple(dict.fromkeys(self.notes)),
            decisions=tuple(dict.fromkeys(self.decisions)),
        )

    def _price_from_total(self, quantity: Decimal) -> None:
        """An order total stands for the price: the goods line keeps the total exactly."""
        total = self.goods_total
        if total is None:
            return
        if self.unit_price is not None:
            raise LandedInputError(
                "Give the unit price or the order total, not both (e.g. @ 2.50 usd, or"
                " total 2500 usd)."
            )
        self.unit_price = Money(total.amount / quantity, total.currency)
        self.decisions.append(f"order total {total.amount:,} ÷ {quantity:,} pcs")

    def _units_from_cartons(self) -> None:
        """`50 ctns x 24 pcs` is 1,200 units; the reading says so."""
        per, count = self.units_per_carton, self.carton_count
        if per is None or count is None:
            return
        if self.quantity is not None:
            raise LandedInputError("Give the quantity or the units per carton, not both.")
        self.quantity = per * count
        if self.quantity > MAX_QUANTITY:
            raise LandedInputError(f"{self.quantity:,} units is too large for the quantity.")
        self.decisions.append(f"{count:,} cartons × {per:,} = {self.quantity:,} pcs")

    def _multiply_out(self) -> None:
        """Turn weights and volumes of one carton or one unit into the shipment's."""
        each = self.each_weight_kg
        if each is not None:
            if self.carton_count is not None:
                self.carton_weight_kg = each
            else:
                self.unit_weight_kg = each
                self.decisions.append(f"{_kg(each)} per unit (no cartons given)")
        for weight, count, what in (
            (self.carton_weight_kg, self.carton_count, "carton"),
            (self.unit_weight_kg, self.quantity, "unit"),
        ):
            if weight is None:
                continue
            if count is None:
                raise LandedInputError(
                    "A weight per carton needs the number of cartons, e.g. 20 ctns 12kg each."
                )
            if self.weight_kg is not None:
                raise LandedInputError(f"Give the weight per {what} or in all, not both.")
            self.weight_kg = weight * count
            if what == "carton":
                self.decisions.append(
                    f"{_kg(weight)} per carton × {count:,} = {_kg(self.weight_kg)}"
                )
        if self.carton_volume_m3 is not None:
            if self.carton_count is None:
                raise LandedInputError("A volume per carton needs the number of cartons.")
            if self.volume_m3 is not None or self.carton_dims is not None:
                raise LandedInputError("Give the volume or the carton size, not both.")
            self.volume_m3 = self.carton_volume_m3 * self.carton_count

    def _per_container(self) -> None:
        """Freight typed as one amount with containers is per container, unless `total`."""
        boxes, freight = self.containers, self.freight
        if boxes is None or freight is None or freight.basis is not FreightBasis.TOTAL:
            return
        if self.freight_total:
            return
        self.freight = Freight(freight.amount, FreightBasis.PER_CONTAINER, boxes.count)
        if boxes.count > 1:
            self.decisions.append(f"freight per container × {boxes.count:,}")


def _kg(value: Decimal) -> str:
    shown = f"{value.normalize():,f}"
    return f"{shown} kg"
