"""The questions of the guided /landed: its steps, the choices on buttons, what each accepts.

Owns the vocabulary of the step-by-step estimate: the `Step`s in the order they are asked
(their values are stored, so never renamed; the HS code and the origin only for the US), the
choices each button step offers, what a typed step's answer may set with the keyword it
follows and an example, and the shapes of a draft in progress and of one step's progress.
Which step comes next, and how an answer is read, is `knowledge/landed/guided.py`'s job; the
wording of each question is the handler's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from knowledge.incoterms import INCOTERMS_2020
from knowledge.landed.reader.words import HS_WORDS, Key
from knowledge.landed.shipping import Mode

__all__ = [
    "CHOICES",
    "CHOICE_STEPS",
    "NONE",
    "OPTIONAL_STEPS",
    "ORDER",
    "OTHER",
    "OTHER_STEPS",
    "SKIP_WORDS",
    "TYPED",
    "Choice",
    "GuidedDraft",
    "Progress",
    "Step",
    "TypedStep",
]


class Step(StrEnum):
    """Where a guided estimate stands; the values are stored, so never rename them."""

    QUANTITY = "quantity"
    PRICE = "price"
    INCOTERM = "incoterm"
    DESTINATION = "destination"
    COUNTRY = "country"  # the destination typed, after "Other" on the buttons
    MODE = "mode"
    FREIGHT = "freight"
    HS = "hs"  # the tariff code, for a US destination only: the duty then comes from it
    ORIGIN = "origin"  # where the goods are made, after a code, unless the chat knows it
    ORIGIN_COUNTRY = "origin_country"  # the origin typed, after "Other" on the buttons
    DUTY = "duty"
    EXTRAS = "extras"
    READY = "ready"  # every answer in: the estimate can be shown


ORDER = tuple(Step)
CHOICE_STEPS = frozenset((Step.INCOTERM, Step.DESTINATION, Step.MODE, Step.ORIGIN))
OPTIONAL_STEPS = frozenset((Step.FREIGHT, Step.HS, Step.DUTY, Step.EXTRAS))
# A button step whose "Other…" leads to a typed country, and the word its fragment starts with.
OTHER_STEPS = {Step.DESTINATION: (Step.COUNTRY, "to"), Step.ORIGIN: (Step.ORIGIN_COUNTRY, "from")}
SKIP_WORDS = frozenset(("skip", "no", "none", "nothing", "-", "0", "n/a", "na"))
NONE = "none"
OTHER = "other"


@dataclass(frozen=True, slots=True)
class Choice:
    """A button: the value stored and the label shown."""

    value: str
    label: str


# The destinations most buyers ship to, on buttons; any other is typed after "Other".
_COMMON_DESTINATIONS = (
    ("US", "US"), ("GB", "UK"), ("DE", "DE"), ("FR", "FR"), ("NL", "NL"), ("IT", "IT"),
    ("ES", "ES"), ("PL", "PL"), ("CA", "CA"), ("AU", "AU"),
)  # fmt: skip
# Where most goods bought on these marketplaces are made; any other is typed after "Other".
_COMMON_ORIGINS = (("CN", "China"), ("VN", "Vietnam"), ("IN", "India"))
CHOICES: dict[Step, tuple[Choice, ...]] = {
    Step.INCOTERM: (
        *(Choice(code, code) for code in INCOTERMS_2020),
        Choice(NONE, "Not sure"),
    ),
    Step.DESTINATION: (
        *(Choice(code, label) for code, label in _COMMON_DESTINATIONS),
        Choice(OTHER, "Other…"),
        Choice(NONE, "None"),
    ),
    Step.MODE: (*(Choice(mode.value, mode.value) for mode in Mode), Choice(NONE, "Not sure")),
    # No "Not sure": the US duty of a code depends on it (type skip at the code instead).
    Step.ORIGIN: (
        *(Choice(code, label) for code, label in _COMMON_ORIGINS),
        Choice(OTHER, "Other…"),
    ),
}


@dataclass(frozen=True, slots=True)
class TypedStep:
    """A typed step: the keyword its answer follows, what it may set, and an example."""

    key: Key | None
    prefix: str
    allowed: frozenset[str]
    example: str
    own_words: frozenset[str] = frozenset()  # words that start its clause besides `key`'s


_SHIPMENT = frozenset(
    (
        *("weight_kg", "volume_m3", "carton_dims", "carton_count", "containers"),
        *("freight_total", "carton_weight_kg", "unit_weight_kg", "each_weight_kg"),
        "carton_volume_m3",
    )
)
_TOTAL_WORDS = frozenset(("total", "order", "invoice", "pi", "goods"))
TYPED: dict[Step, TypedStep] = {
    Step.QUANTITY: TypedStep(Key.QUANTITY, "qty", frozenset({"quantity"}), "1000"),
    # The price may come as the order's total ("total 2500 usd", "2500 usd total").
    Step.PRICE: TypedStep(
        Key.PRICE, "@", frozenset({"unit_price", "goods_total"}), "10 usd", _TOTAL_WORDS
    ),
    Step.COUNTRY: TypedStep(Key.DESTINATION, "to", frozenset({"destination"}), "Mexico or MX"),
    Step.FREIGHT: TypedStep(
        Key.FREIGHT, "freight", frozenset({"freight"}) | _SHIPMENT, "2000 or 4.5/kg wt 500kg"
    ),
    # A per-kg rate needs the net weight, so it may come with the code: 0201.10.05 wt 500kg.
    Step.HS: TypedStep(
        None, "hs", frozenset({"hs", "weight_kg"}), "8516.79 or water heater", HS_WORDS
    ),
    Step.ORIGIN_COUNTRY: TypedStep(
        None, "from", frozenset({"origin"}), "Thailand or TH", frozenset({"from", "made"})
    ),
    Step.DUTY: TypedStep(Key.DUTY, "duty", frozenset({"duties"}), "15% or 7.5% + 25%"),
    Step.EXTRAS: TypedStep(
        None,
        "",
        frozenset({"insurance", "fees", "contingency", "duties"}) | _SHIPMENT,
        "ins 150 broker 300 other 500 cont 5%",
    ),
}


@dataclass(frozen=True, slots=True)
class GuidedDraft:
    """A guided estimate in progress: one per chat and person, kept in the database."""

    chat_id: int
    user_id: int
    owner_name: str
    step: Step
    answers: Mapping[str, str]  # step value -> fragment of the one-liner ("" when skipped)
    message_id: int | None = None  # the question or buttons now waiting for this person


@dataclass(frozen=True, slots=True)
class Progress:
    """The answers after one more step, and the step that comes next."""

    answers: dict[str, str]
    step: Step
    origin: str | None = None  # where the goods are made, when this step said: the chat keeps it
