"""The questions of the guided /landed: its steps, the choices on buttons, what each accepts.

Owns the vocabulary of the step-by-step estimate: the `Step`s in the order they are asked
(their values are stored, so never renamed), the choices each button step offers, what a
typed step's answer may set with the keyword it follows and an example, and the shapes of a
draft in progress and of one step's progress. Which step comes next, and how an answer is
read, is `knowledge/landed/guided.py`'s job; the wording of each question is the handler's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from knowledge.incoterms import INCOTERMS_2020
from knowledge.landed.reader.words import Key
from knowledge.landed.shipping import Mode

__all__ = [
    "CHOICES",
    "CHOICE_STEPS",
    "NONE",
    "OPTIONAL_STEPS",
    "ORDER",
    "OTHER",
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
    DUTY = "duty"
    EXTRAS = "extras"
    READY = "ready"  # every answer in: the estimate can be shown


ORDER = tuple(Step)
CHOICE_STEPS = frozenset((Step.INCOTERM, Step.DESTINATION, Step.MODE))
OPTIONAL_STEPS = frozenset((Step.FREIGHT, Step.DUTY, Step.EXTRAS))
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
}


@dataclass(frozen=True, slots=True)
class TypedStep:
    """A typed step: the keyword its answer follows, what it may set, and an example."""

    key: Key | None
    prefix: str
    allowed: frozenset[str]
    example: str


_SHIPMENT = frozenset(
    (
        *("weight_kg", "volume_m3", "carton_dims", "carton_count", "containers"),
        *("freight_total", "carton_weight_kg", "unit_weight_kg", "each_weight_kg"),
        "carton_volume_m3",
    )
)
TYPED: dict[Step, TypedStep] = {
    Step.QUANTITY: TypedStep(Key.QUANTITY, "qty", frozenset({"quantity"}), "1000"),
    Step.PRICE: TypedStep(Key.PRICE, "@", frozenset({"unit_price"}), "10 usd"),
    Step.COUNTRY: TypedStep(Key.DESTINATION, "to", frozenset({"destination"}), "Mexico or MX"),
    Step.FREIGHT: TypedStep(
        Key.FREIGHT, "freight", frozenset({"freight"}) | _SHIPMENT, "2000 or 4.5/kg wt 500kg"
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
