"""The fields of a /landed one-liner as they are read, and the check that they are complete.

Owns `Draft`: single-valued fields refuse a second value (pointing at the word), repeatable
ones (duty, fees) collect, and `finish` turns the draft into a `LandedQuery` or says what is
missing. Reading tokens is `knowledge/landed/reader/fields.py`'s job; no arithmetic here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from knowledge.landed.money import Money
from knowledge.landed.query import (
    Cartons,
    Contingency,
    Duty,
    Fee,
    Freight,
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
    incoterm: str | None = None
    named_place: str | None = None
    destination: str | None = None
    mode: Mode | None = None
    freight: Freight | None = None
    weight_kg: Decimal | None = None
    volume_m3: Decimal | None = None
    carton_dims: tuple[Decimal, Decimal, Decimal] | None = None
    carton_count: Decimal | None = None
    insurance: Insurance | None = None
    contingency: Contingency | None = None
    duties: list[Duty] = field(default_factory=list)
    fees: list[Fee] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

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

    def finish(self) -> LandedQuery:
        """The complete query, or LandedInputError saying what is missing."""
        if self.quantity is None:
            raise LandedInputError("How many units? Add the quantity, e.g. 1000 pcs.")
        if self.unit_price is None:
            raise LandedInputError("At what price? Add the unit price, e.g. @ 10 usd.")
        cartons = None
        if (self.carton_dims is None) != (self.carton_count is None):
            raise LandedInputError("Give carton size and count together: ctn 50x40x30cm x 20.")
        if self.carton_dims is not None and self.carton_count is not None:
            if self.volume_m3 is not None:
                raise LandedInputError("Give the volume or the cartons, not both.")
            cartons = Cartons(*self.carton_dims, count=self.carton_count)
        return LandedQuery(
            quantity=self.quantity,
            unit_price=self.unit_price,
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
            notes=tuple(dict.fromkeys(self.notes)),
        )
