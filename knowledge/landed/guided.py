"""The guided /landed: which question comes next, what an answer may say, and the line it builds.

Owns the flow of the guided estimate over the steps of `knowledge/landed/steps.py`: the
questions skipped because the Incoterm's cost split makes them moot, each answer read into a
fragment of the one-line syntax with the real parser, the line built so far checked with a
dry run of the calculator, and the fragments joined into the line the one-liner would have
been. It stores nothing and knows nothing of Telegram; the questions' wording lives in the
handler.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal

from knowledge.cost_split import CostLine, Party
from knowledge.landed.destinations import DutyBasis
from knowledge.landed.duties import CHINA, US
from knowledge.landed.estimate import LandedRules, estimate_landed_cost
from knowledge.landed.query import LandedInputError
from knowledge.landed.reader.parse import LandedParser
from knowledge.landed.reader.words import KEYWORDS, Key, normalise
from knowledge.landed.steps import (
    CHOICES,
    NONE,
    OPTIONAL_STEPS,
    ORDER,
    OTHER,
    OTHER_STEPS,
    SKIP_WORDS,
    TYPED,
    Progress,
    Step,
    TypedStep,
)
from knowledge.landed.tariffs import dotted

_CODE_DIGITS = re.compile(r"[0-9]{4,10}")
_DUTY_JOINS = re.compile(r"\s*(?:\+|&|\band\b|\bplus\b)\s*")
_BARE_NUMBER = re.compile(r"^(?:duty\s+)?[0-9][0-9.,]*$")


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
        return TYPED[step].example

    def answer(self, step: Step, text: str, answers: Mapping[str, str]) -> Progress:
        """A typed answer to `step`; LandedInputError (naming the word) when it does not fit."""
        typed = TYPED.get(step)
        if typed is None:
            raise LandedInputError("Please use the buttons for this one.")
        words = normalise(text).split()
        if step in OPTIONAL_STEPS and " ".join(words) in SKIP_WORDS:
            return self._advance(step, answers, "")
        if not words:
            raise LandedInputError(f"Please type an answer, e.g. {typed.example}.")
        if step is Step.HS and "%" in text:
            raise LandedInputError(
                "That looks like a duty rate: type skip here and give it at the next "
                f"question, or type the code, e.g. {typed.example}."
            )
        fragment = " ".join(_prefixed(typed, part) for part in _parts(step, " ".join(words)))
        try:
            found = self._parser.fields(fragment)
        except LandedInputError as error:
            if error.word != typed.prefix or typed.key is None:
                raise
            # The keyword was ours, not the user's: say what to type instead.
            raise LandedInputError(f"Please type a number, e.g. {typed.example}.") from None
        extra = sorted(found.set_fields() - typed.allowed)
        if extra:
            raise LandedInputError(
                f"Just this answer here, e.g. {typed.example}; "
                f"add the {extra[0].replace('_', ' ')} at its own step or in the one-liner."
            )
        # A country is stored as its code, so it reads the same on every replay.
        if step is Step.COUNTRY and found.destination is not None:
            fragment = f"to {found.destination}"
        if step is Step.ORIGIN_COUNTRY and found.origin is not None:
            return self._advance(step, answers, f"from {found.origin}", origin=found.origin)
        return self._advance(step, answers, fragment)

    def pick(self, step: Step, value: str, answers: Mapping[str, str]) -> Progress:
        """A button press on `step`; LandedInputError for a value the step does not offer.

        At the HS step the value is a tariff line's digits, from the lines a short code or
        words fit (HsChoiceError, raised by `answer`, offers them).
        """
        if step is Step.HS:
            if not _CODE_DIGITS.fullmatch(value):
                raise LandedInputError("That choice is not offered here.")
            return self._advance(step, answers, f"hs {dotted(value)}")
        if value not in {choice.value for choice in CHOICES.get(step, ())}:
            raise LandedInputError("That choice is not offered here.")
        other = OTHER_STEPS.get(step)
        if other is not None and value == OTHER:
            return Progress({**answers, step.value: ""}, other[0])
        fragment = "" if value == NONE else value.lower()
        if other is not None and value != NONE:
            fragment = f"{other[1]} {value}"
        origin = value if step is Step.ORIGIN else None
        return self._advance(step, answers, fragment, origin=origin)

    def known_origin(self, progress: Progress, origin: str | None) -> Progress:
        """`progress` past the origin question when the chat already knows where its goods
        are made (it is asked once per chat); the answer is filled in, so the line says it."""
        if progress.step is not Step.ORIGIN or origin is None:
            return progress
        return self._advance(Step.ORIGIN, progress.answers, f"from {origin}")

    def typed_choice(self, step: Step, text: str, answers: Mapping[str, str]) -> Progress | None:
        """A choice typed instead of tapped ("fob", "uk", "not sure"), or None when the text
        names none. A country typed at the destination or origin step counts as Other, then
        that country.
        """
        words = " ".join(normalise(text).split())
        for choice in CHOICES.get(step, ()):
            if words in (choice.value.casefold(), choice.label.casefold().rstrip("…")):
                return self.pick(step, choice.value, answers)
        other = OTHER_STEPS.get(step)
        if other is None or not words or words in SKIP_WORDS:
            return None  # "no" is Norway's code, but typed here it means no answer
        chosen = self.pick(step, OTHER, answers)
        try:
            return self.answer(other[0], text, chosen.answers)
        except LandedInputError:
            return None

    def chosen_label(self, step: Step, answers: Mapping[str, str]) -> str:
        """How the choice stored for `step` reads: "FOB", "Japan", "Not sure", "8516.72.00.00"."""
        typed, word = OTHER_STEPS.get(step, (None, "to"))
        if typed is not None and answers.get(typed.value):
            code = answers[typed.value].removeprefix(f"{word} ").upper()
            return self._rules.destinations.destination(code).name
        value = answers.get(step.value, "").removeprefix(f"{word} ").removeprefix("hs ")
        choices = CHOICES.get(step, ())
        found = (c.label for c in choices if c.value.casefold() == value.casefold())
        last = choices[-1].label if choices else ""
        return next(found, value or last)  # "" is the last button

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
    def _advance(
        self, step: Step, answers: Mapping[str, str], fragment: str, *, origin: str | None = None
    ) -> Progress:
        new = {**answers, step.value: fragment}
        if fragment and step is not Step.QUANTITY:  # before the price there is no line yet
            self._dry_run(self.line(new))
        return Progress(new, self._next(step, new), origin)

    def _next(self, step: Step, answers: Mapping[str, str]) -> Step:
        after = ORDER[ORDER.index(step) + 1 :]
        return next(s for s in after if s is Step.READY or self._asks(s, answers))

    def _asks(self, step: Step, answers: Mapping[str, str]) -> bool:
        if step in (Step.COUNTRY, Step.ORIGIN_COUNTRY):
            return False  # only reached from an "Other" button
        if step in (Step.HS, Step.ORIGIN, Step.DUTY) and not self._duty_fits(step, answers):
            return False
        code = answers.get(Step.INCOTERM.value, "").upper()
        rule = self._rules.rule(code) if code else None
        if rule is None:
            return True
        if step in (Step.DUTY, Step.HS):
            return rule.payer(CostLine.IMPORT_DUTY_AND_TAXES) is Party.BUYER
        if step is Step.FREIGHT and rule.payer(CostLine.MAIN_CARRIAGE) is Party.SELLER:
            # Freight in the price only matters when the buyer pays duty on a FOB basis.
            buyer_pays_duty = rule.payer(CostLine.IMPORT_DUTY_AND_TAXES) is Party.BUYER
            return buyer_pays_duty and self._fob_basis(answers)
        return True

    def _duty_fits(self, step: Step, answers: Mapping[str, str]) -> bool:
        """The code only for the US (the schedule shipped), the origin only after a code (its
        duties depend on it), a typed duty only without one (the code gave the duties; `extra
        10%` may still go with the extras)."""
        has_code = bool(answers.get(Step.HS.value))
        if step is Step.HS:
            return self._destination(answers) == US
        return has_code if step is Step.ORIGIN else not has_code

    @staticmethod
    def _destination(answers: Mapping[str, str]) -> str:
        """The destination's code, "" when none was chosen."""
        place = answers.get(Step.COUNTRY.value) or answers.get(Step.DESTINATION.value) or ""
        return place.removeprefix("to ").upper()

    def _fob_basis(self, answers: Mapping[str, str]) -> bool:
        code = self._destination(answers)
        if not code:
            return False
        return self._rules.destinations.destination(code).duty_basis is DutyBasis.FOB

    def _dry_run(self, line: str) -> None:
        """Raise the calculator's input errors for `line` now, rather than at the end; for a
        code, HsChoiceError when it fits several tariff lines."""
        query = self._parser.parse(line)
        # The checks do not depend on the rates, nor on where the goods are made (asked after
        # the code): any origin lets the code's own rate be checked.
        estimate_landed_cost(query, self._rules, fx_per_usd=_EveryRateIsOne(), origin=CHINA)


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


def _prefixed(typed: TypedStep, text: str) -> str:
    first = text.split(maxsplit=1)[0]
    if not typed.prefix or first in typed.own_words:
        return text
    if typed.key is not None and KEYWORDS.get(first) is typed.key:
        return text
    if typed.key is Key.PRICE and (text.startswith("@") or text.endswith(" total")):
        return text  # "@10": the sign is already there; "2500 usd total" is the order's
    return f"{typed.prefix} {text}"


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
