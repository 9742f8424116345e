"""What a landed-cost estimate is asked for: the parsed one-liner or the guided answers.

Owns the input shapes shared by the one-line parser (`knowledge/landed/reader/parse.py`), the
guided flow in the handler and the calculator (`knowledge/landed/estimate.py`), plus the input
error and the limits that keep numbers sane. No parsing and no arithmetic here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from knowledge.cost_split import CostLine
from knowledge.landed.money import Money
from knowledge.landed.result import Note
from knowledge.landed.shipping import Mode

# Limits: anything past these is a typo or a test of the bot, not a shipment.
MAX_QUANTITY = Decimal(1_000_000_000)
MAX_AMOUNT = Decimal(100_000_000_000)  # any single amount, in its own currency
MAX_DUTY_PERCENT = Decimal(1000)  # duty may exceed 100% (145% happened in 2025), not this
MAX_OTHER_PERCENT = Decimal(100)  # insurance and contingency
MAX_WEIGHT_KG = Decimal(100_000_000)
MAX_VOLUME_M3 = Decimal(1_000_000)
MAX_CARTON_CM = Decimal(1000)
MAX_CARTONS = Decimal(10_000_000)


class LandedInputError(Exception):
    """Input that cannot be estimated; `word` is the typed word at fault, when there is one;
    `asks`: the message is itself a question that says what to type ("to GE or to US?"), so no
    line read from the text is offered beside it."""

    def __init__(
        self,
        message: str,
        *,
        word: str | None = None,
        position: int | None = None,
        asks: bool = False,
    ):
        super().__init__(message)
        self.message = message
        self.word = word
        self.position = position  # character offset in the normalised text
        self.asks = asks


class FreightBasis(StrEnum):
    """What a freight figure is: the whole charge, or a rate per chargeable kg or m3."""

    TOTAL = "total"
    PER_KG = "per_kg"
    PER_M3 = "per_m3"
    PER_CONTAINER = "per_container"


class InsuranceBase(StrEnum):
    """What an insurance percentage applies to."""

    # Cargo insurers cover the CIF value plus 10% (Incoterms' minimum for CIF and CIP).
    CIF_PLUS_10 = "cif_plus_10"
    CIF = "cif"
    GOODS = "goods"


class ContingencyBase(StrEnum):
    """What a contingency percentage applies to."""

    SUBTOTAL = "subtotal"
    GOODS = "goods"


@dataclass(frozen=True, slots=True)
class Freight:
    """Main carriage: a total, a rate per chargeable kg or m3, or an amount per container.

    `units` is the quantity the rate was typed for (`freight 3 cbm @ 85/cbm`): billed as
    typed, not from the chargeable weight.
    """

    amount: Money
    basis: FreightBasis = FreightBasis.TOTAL
    units: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Insurance:
    """Cargo insurance: an amount, or a percentage of a named base."""

    amount: Money | None = None
    percent: Decimal | None = None
    base: InsuranceBase = InsuranceBase.CIF_PLUS_10


@dataclass(frozen=True, slots=True)
class Duty:
    """One duty component: a percentage of the customs value, or an amount.

    `label` is what the user called it ("Extra" for `extra 10%`); None for a plain `duty`.
    """

    percent: Decimal | None = None
    amount: Money | None = None
    label: str | None = None


@dataclass(frozen=True, slots=True)
class HsCode:
    """What followed `hs`: the digits of a code, or words to search the descriptions for."""

    text: str  # as typed, for the reply
    digits: str | None = None
    words: str | None = None


@dataclass(frozen=True, slots=True)
class Containers:
    """Full containers: how many and of which type ("40HQ")."""

    count: Decimal
    kind: str


@dataclass(frozen=True, slots=True)
class Fee:
    """A named charge (broker, drayage, warehousing...) and the cost line it belongs to."""

    label: str
    amount: Money
    cost_line: CostLine | None = None  # None: not an Incoterms line, always the buyer's


@dataclass(frozen=True, slots=True)
class Contingency:
    """A buffer for surprises: a percentage of a named base, or an amount."""

    percent: Decimal | None = None
    amount: Money | None = None
    base: ContingencyBase = ContingencyBase.SUBTOTAL


@dataclass(frozen=True, slots=True)
class Cartons:
    """Carton outer dimensions in cm and how many cartons."""

    length_cm: Decimal
    width_cm: Decimal
    height_cm: Decimal
    count: Decimal

    @property
    def volume_m3(self) -> Decimal:
        """Total volume of all cartons in cubic metres."""
        return self.length_cm * self.width_cm * self.height_cm * self.count / 1_000_000


@dataclass(frozen=True, slots=True)
class LandedQuery:
    """Everything a landed-cost estimate needs; only quantity and unit price are required."""

    quantity: Decimal
    unit_price: Money
    incoterm: str | None = None  # one of the 11 codes, upper case
    # The order's total as typed ("$450 total", a proforma's total): the goods line is this
    # amount exactly, and `unit_price` is only its share per unit.
    goods_total: Money | None = None
    named_place: str | None = None
    destination: str | None = None  # ISO 3166 alpha-2
    mode: Mode | None = None
    freight: Freight | None = None
    weight_kg: Decimal | None = None
    volume_m3: Decimal | None = None
    cartons: Cartons | None = None
    insurance: Insurance | None = None
    duties: tuple[Duty, ...] = ()
    fees: tuple[Fee, ...] = ()
    contingency: Contingency | None = None
    containers: Containers | None = None
    origin: str | None = None  # ISO 3166 alpha-2 of where the goods are made, if typed
    hs: HsCode | None = None
    notes: tuple[str, ...] = field(default=())  # how the parser read the words
    # Readings that changed a figure and could have gone another way ("12 kg per carton"):
    # the reply says them first.
    decisions: tuple[str, ...] = field(default=())
    tariff_notes: tuple[Note, ...] = field(default=())  # where the schedule's duties came from

    @property
    def shipment_volume_m3(self) -> Decimal | None:
        """The volume given, or the cartons' volume."""
        if self.volume_m3 is not None:
            return self.volume_m3
        return None if self.cartons is None else self.cartons.volume_m3
