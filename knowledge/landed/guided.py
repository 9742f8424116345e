"""The guided /landed: which question comes next, what an answer may say, and the line it builds.

Owns the steps of the guided estimate (their order, the choices offered on buttons, the
questions skipped because the Incoterm's cost split makes them moot), reads each answer into a
fragment of the one-line syntax with the real parser, checks the line built so far with a dry
run of the calculator, and joins the fragments into the line the one-liner would have been.
It stores nothing and knows nothing of Telegram; the questions' wording lives in the handler.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields
from decimal import Decimal
from enum import StrEnum

from knowledge.cost_split import CostLine, Party
from knowledge.incoterms import INCOTERMS_2020
from knowledge.landed.destinations import DutyBasis
from knowledge.landed.estimate import LandedRules, estimate_landed_cost
from knowledge.landed.query import LandedInputError
from knowledge.landed.reader.draft import Draft
from knowledge.landed.reader.parse import LandedParser
from knowledge.landed.reader.words import KEYWORDS, Key, normalise
from knowledge.landed.shipping import Mode


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
class _Typed:
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
_TYPED: dict[Step, _Typed] = {
    Step.QUANTITY: _Typed(Key.QUANTITY, "qty", frozenset({"quantity"}), "1000"),
    Step.PRICE: _Typed(Key.PRICE, "@", frozenset({"unit_price"}), "10 usd"),
    Step.COUNTRY: _Typed(Key.DESTINATION, "to", frozenset({"destination"}), "Mexico or MX"),
    Step.FREIGHT: _Typed(
        Key.FREIGHT, "freight", frozenset({"freight"}) | _SHIPMENT, "2000 or 4.5/kg wt 500kg"
    ),
    Step.DUTY: _Typed(Key.DUTY, "duty", frozenset({"duties"}), "15% or 7.5% + 25%"),
    Step.EXTRAS: _Typed(
        None,
        "",
        frozenset({"insurance", "fees", "contingency", "duties"}) | _SHIPMENT,
        "ins 150 broker 300 other 500 cont 5%",
    ),
}
_DUTY_JOINS = re.compile(r"\s*(?:\+|&|\band\b|\bplus\b)\s*")
_BARE_NUMBER = re.compile(r"^(?:duty\s+)?[0-9][0-9.,]*$")
_EMPTY = Draft()


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


class LandedGuide:
    """Runs the guided estimate; built once at start-up from the parser and the rules."""

    def __init__(self, parser: LandedParser, rules: LandedRules) -> None:
        self._parser = parser
        self._rules = rules

    @staticmethod
    def first() -> Step:
        """The first question."""
        return Step.QUANTITY

    @staticmethod
    def example(step: Step) -> str:
        """An example answer for a typed step."""
        return _TYPED[step].example

    def answer(self, step: Step, text: str, answers: Mapping[str, str]) -> Progress:
        """A typed answer to `step`; LandedInputError (naming the word) when it does not fit."""
        typed = _TYPED.get(step)
        if typed is None:
            raise LandedInputError("Please use the buttons for this one.")
        words = normalise(text).split()
        if step in OPTIONAL_STEPS and " ".join(words) in SKIP_WORDS:
            return self._advance(step, answers, "")
        if not words:
            raise LandedInputError(f"Please type an answer, e.g. {typed.example}.")
        fragment = " ".join(_prefixed(typed, part) for part in _parts(step, " ".join(words)))
        try:
            found = self._parser.fields(fragment)
        except LandedInputError as error:
            if error.word != typed.prefix:
                raise
            # The keyword was ours, not the user's: say what to type instead.
            raise LandedInputError(f"Please type a number, e.g. {typed.example}.") from None
        extra = sorted(_set_fields(found) - typed.allowed)
        if extra:
            raise LandedInputError(
                f"Just this answer here, e.g. {typed.example}; "
                f"add the {extra[0].replace('_', ' ')} at its own step or in the one-liner."
            )
        if step is Step.COUNTRY and found.destination is not None:
            fragment = f"to {found.destination}"  # the code reads the same on every replay
        return self._advance(step, answers, fragment)

    def pick(self, step: Step, value: str, answers: Mapping[str, str]) -> Progress:
        """A button press on `step`; LandedInputError for a value the step does not offer."""
        if value not in {choice.value for choice in CHOICES.get(step, ())}:
            raise LandedInputError("That choice is not offered here.")
        if step is Step.DESTINATION and value == OTHER:
            return Progress({**answers, step.value: ""}, Step.COUNTRY)
        fragment = "" if value == NONE else value.lower()
        if step is Step.DESTINATION and value != NONE:
            fragment = f"to {value}"
        return self._advance(step, answers, fragment)

    def typed_choice(self, step: Step, text: str, answers: Mapping[str, str]) -> Progress | None:
        """A choice typed instead of tapped ("fob", "uk", "not sure"), or None when the text
        names none. A country typed at the destination step counts as Other, then that country.
        """
        words = " ".join(normalise(text).split())
        for choice in CHOICES.get(step, ()):
            if words in (choice.value.casefold(), choice.label.casefold().rstrip("…")):
                return self.pick(step, choice.value, answers)
        if step is not Step.DESTINATION or not words or words in SKIP_WORDS:
            return None  # "no" is Norway's code, but typed here it means no answer
        other = self.pick(step, OTHER, answers)
        try:
            return self.answer(Step.COUNTRY, text, other.answers)
        except LandedInputError:
            return None

    def chosen_label(self, step: Step, answers: Mapping[str, str]) -> str:
        """How the choice stored for `step` reads: "FOB", "Japan", "Not sure"."""
        if step is Step.DESTINATION and answers.get(Step.COUNTRY.value):
            code = answers[Step.COUNTRY.value].removeprefix("to ").upper()
            return self._rules.destinations.destination(code).name
        value = answers.get(step.value, "").removeprefix("to ")
        found = (c.label for c in CHOICES.get(step, ()) if c.value.casefold() == value.casefold())
        return next(found, value or CHOICES[step][-1].label)  # "" is the last button

    def freight_in_price(self, answers: Mapping[str, str]) -> bool:
        """True when the chosen Incoterm makes the seller pay the main freight."""
        code = answers.get(Step.INCOTERM.value, "").upper()
        rule = self._rules.rule(code) if code else None
        return rule is not None and rule.payer(CostLine.MAIN_CARRIAGE) is Party.SELLER

    @staticmethod
    def line(answers: Mapping[str, str]) -> str:
        """The one-liner the answers add up to."""
        return " ".join(answers[s.value] for s in ORDER if answers.get(s.value))

    # -- flow -------------------------------------------------------------------------------
    def _advance(self, step: Step, answers: Mapping[str, str], fragment: str) -> Progress:
        new = {**answers, step.value: fragment}
        if fragment and step is not Step.QUANTITY:  # before the price there is no line yet
            self._dry_run(self.line(new))
        return Progress(new, self._next(step, new))

    def _next(self, step: Step, answers: Mapping[str, str]) -> Step:
        after = ORDER[ORDER.index(step) + 1 :]
        return next(s for s in after if s is Step.READY or self._asks(s, answers))

    def _asks(self, step: Step, answers: Mapping[str, str]) -> bool:
        if step is Step.COUNTRY:
            return False  # only reached from the "Other" button
        code = answers.get(Step.INCOTERM.value, "").upper()
        rule = self._rules.rule(code) if code else None
        if rule is None:
            return True
        if step is Step.DUTY:
            return rule.payer(CostLine.IMPORT_DUTY_AND_TAXES) is Party.BUYER
        if step is Step.FREIGHT and rule.payer(CostLine.MAIN_CARRIAGE) is Party.SELLER:
            # Freight in the price only matters when the buyer pays duty on a FOB basis.
            buyer_pays_duty = rule.payer(CostLine.IMPORT_DUTY_AND_TAXES) is Party.BUYER
            return buyer_pays_duty and self._fob_basis(answers)
        return True

    def _fob_basis(self, answers: Mapping[str, str]) -> bool:
        place = answers.get(Step.COUNTRY.value) or answers.get(Step.DESTINATION.value) or ""
        code = place.removeprefix("to ").upper()
        if not code:
            return False
        return self._rules.destinations.destination(code).duty_basis is DutyBasis.FOB

    def _dry_run(self, line: str) -> None:
        """Raise the calculator's input errors for `line` now, rather than at the end."""
        query = self._parser.parse(line)
        estimate_landed_cost(query, self._rules, fx_per_usd=_EveryRateIsOne())


def _parts(step: Step, text: str) -> list[str]:
    """Stacked duty typed as '7.5% + 25%' reads as two duty clauses."""
    if step is not Step.DUTY:
        return [text]
    parts = [p for p in _DUTY_JOINS.split(text) if p]
    for part in parts:
        if _BARE_NUMBER.match(part):
            # At this step "15" could be a rate or an amount: ask rather than guess.
            raise LandedInputError(
                f"Is {part} a rate or an amount? Type {part}% for a rate or {part} usd "
                "for an amount.",
                word=part,
            )
    return parts


def _prefixed(typed: _Typed, text: str) -> str:
    first = text.split(maxsplit=1)[0]
    if typed.key is None or KEYWORDS.get(first) is typed.key:
        return text
    if typed.key is Key.PRICE and text.startswith("@"):
        return text  # "@10": the sign is already there
    return f"{typed.prefix} {text}"


def _set_fields(draft: Draft) -> set[str]:
    return {
        f.name
        for f in fields(draft)
        if f.name not in ("notes", "decisions")
        and getattr(draft, f.name) != getattr(_EMPTY, f.name)
    }


class _EveryRateIsOne(Mapping[str, Decimal]):
    """Exchange rates for a dry run: the checks do not depend on the rates, only on the input."""

    def __getitem__(self, code: str) -> Decimal:
        return Decimal(1)

    def __contains__(self, code: object) -> bool:
        return True

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0
