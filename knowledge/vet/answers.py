"""Reading an answer as a buyer types or taps it, and showing a stored one back.

Owns the stored form of an answer (one short string per question) and the rules for turning
phone input ("3 years", "95%", "1,000", "not sure") into it, with an error message that names
the expected form and range. "Not sure" and "skip" become gaps, never passes. It does not
judge answers (that is `scoring.py`) and keeps no state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from stdnum.cn import uscc
from stdnum.exceptions import InvalidChecksum, InvalidLength, ValidationError

from knowledge.vet.items import (
    AnyItem,
    ChoiceItem,
    CreditCodeItem,
    NumberItem,
    YesNo,
    YesNoItem,
)


class Gap(StrEnum):
    """A stored non-answer: counted as unknown, never as a pass."""

    UNSURE = "unsure"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class Accepted:
    """A valid answer: `stored` goes to the database, `shown` is echoed to the user."""

    stored: str
    shown: str
    note: str | None = None  # a warning to show with the confirmation


@dataclass(frozen=True, slots=True)
class Rejected:
    """Input that cannot be an answer to this question; `message` says what to send."""

    message: str


@dataclass(frozen=True, slots=True)
class Button:
    """One answer button: the token that goes into callback data and its label."""

    token: str
    label: str


NOT_SURE = "Not sure"
SKIPPED_SHOWN = "Skipped"
_UNSURE_WORDS = frozenset(
    {"unsure", "not sure", "dont know", "don't know", "do not know", "idk", "?", "unknown"}
    | {"n/a", "na", "-", "no idea", "dunno", "no clue", "not known", "no info"}
)
_SKIP_WORDS = frozenset({"skip", "skipped", "pass"})
_YES_WORDS = frozenset({"yes", "y", "yeah", "yep", "true"})
_NO_WORDS = frozenset({"no", "n", "nope", "false"})

# Digits with optional thousands groups ("12,500", "12 500") or a decimal part.
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:[ ,']\d{3})+(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d{1,2}")
# European grouping: "12.500" or "12.500,50"; read as thousands only where three decimals
# would make no sense for the unit (a whole count, cents).
_DOT_GROUPED = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")
_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
MAX_NUMBER_CHARS = 40
_MULTIPLIERS = {"k": Decimal(1000), "m": Decimal(1_000_000)}


def _words(text: str) -> str:
    """Lower-case, trimmed, with typographic apostrophes and spaces made plain."""
    return " ".join(text.replace("\u2019", "'").casefold().split())


# How people wrap "not sure" on a phone: "I don't know.", "I'm not sure yet", "dunno!".
_UNSURE_WRAPPING = re.compile(r"^(?:i am |i'm |im |i )?(.+?)(?: yet)?[.!]*$")


def _gap(text: str) -> Gap | None:
    if text in _SKIP_WORDS:
        return Gap.SKIPPED
    if text in _UNSURE_WORDS:
        return Gap.UNSURE
    core = _UNSURE_WRAPPING.match(text)
    if core is not None and core.group(1) in _UNSURE_WORDS:
        return Gap.UNSURE
    return None


def format_number(value: Decimal) -> str:
    """A number with thousands commas and no trailing zeros: 12500 -> "12,500"."""
    normal = value.normalize()
    if normal == normal.to_integral_value():
        normal = normal.quantize(Decimal(1))
    return f"{normal:,f}"


def store_number(value: Decimal) -> str:
    """The canonical stored form of a number: plain digits, no exponent, no trailing zeros."""
    normal = value.normalize()
    if normal == normal.to_integral_value():
        normal = normal.quantize(Decimal(1))
    return f"{normal:f}"


def parse_number_text(text: str, item: NumberItem) -> Decimal | None:
    """The number in phone input such as "3 years", "95%", "$12,500", "1.5k", or None."""
    raw = _words(text).replace("\u00a0", " ").replace("\u202f", " ")
    for word in sorted(item.unit.words, key=len, reverse=True):
        if raw.endswith(word):
            raw = raw[: -len(word)].rstrip()
            break
    for prefix in ("us$", "$", "~", "about", "approx", "around"):
        if raw.startswith(prefix):
            raw = raw[len(prefix) :].lstrip()
    raw = raw.rstrip("+").rstrip()  # "100+" and "3+ years" mean at least that much
    multiplier = Decimal(1)
    if raw[-1:] in _MULTIPLIERS and raw[:-1].rstrip()[-1:].isdigit():
        multiplier = _MULTIPLIERS[raw[-1]]
        raw = raw[:-1].rstrip()
    if _DOT_GROUPED.fullmatch(raw) and item.unit.decimals < 3:
        raw = raw.replace(".", "").replace(",", ".")
    elif _GROUPED.fullmatch(raw):
        raw = re.sub(r"[ ,']", "", raw)
    elif _DECIMAL_COMMA.fullmatch(raw):
        raw = raw.replace(",", ".")
    elif not _PLAIN.fullmatch(raw):
        return None
    try:
        return Decimal(raw) * multiplier
    except InvalidOperation:
        return None


def _decimal_places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _form(item: NumberItem) -> str:
    return (
        f"{item.unit.expect} from {format_number(item.min)} to {format_number(item.max)}, "
        f"for example {format_number(item.example)}"
    )


def _expected(item: NumberItem) -> str:
    return f"Please send {_form(item)}."


def show_number(value: Decimal, item: NumberItem) -> str:
    """A number the way the question's unit shows it: "95%", "12,500 USD"."""
    form = item.unit.show_one if value == 1 and item.unit.show_one else item.unit.show
    return form.format(value=format_number(value))


def _read_number(text: str, item: NumberItem) -> Accepted | Rejected:
    if "?" in text and not any(char.isdigit() for char in text):
        # A buyer who types a question mid-audit wants an answer, not "too long for a number".
        return Rejected(
            "That reads like a question, not a number. To ask it first, pause the audit "
            f"(your answers are kept). {_expected(item)}"
        )
    if len(text) > MAX_NUMBER_CHARS:  # never echo a huge paste back into a reply
        return Rejected(f"That is too long for a number. {_expected(item)}")
    value = parse_number_text(text, item)
    if value is None:
        return Rejected(f"I could not read a number there. {_expected(item)}")
    if not item.min <= value <= item.max:
        return Rejected(f"{format_number(value)} is out of range. {_expected(item)}")
    if _decimal_places(value) > item.unit.decimals:
        allowed = "a whole number" if item.unit.decimals == 0 else "fewer decimals"
        return Rejected(f"Please use {allowed}. {_expected(item)}")
    return Accepted(stored=store_number(value), shown=show_number(value, item))


def _read_yes_no(text: str) -> Accepted | Rejected:
    if text in _YES_WORDS:
        return Accepted(stored=YesNo.YES, shown="Yes")
    if text in _NO_WORDS:
        return Accepted(stored=YesNo.NO, shown="No")
    return Rejected("Please answer yes, no or not sure.")


def _read_choice(text: str, item: ChoiceItem) -> Accepted | Rejected:
    for option in item.options:
        if text in (option.id, _words(option.label)):
            return Accepted(stored=option.id, shown=option.label)
    labels = ", ".join(option.label for option in item.options)
    return Rejected(f"Please pick one of: {labels}, or not sure.")


CODE_FORM = (
    "A unified social credit code has 18 characters: 8 digits, then digits or capital "
    "letters (no I, O, Z, S or V)."
)
CODE_CHECK_NOTE = (
    "Noted, but the last character does not match the rest of the code. Compare it letter "
    "by letter with the licence; if it is typed right, look the company up in the official "
    "register before paying."
)


def _read_credit_code(text: str) -> Accepted | Rejected:
    code = uscc.compact(text)
    try:
        uscc.validate(code)
    except InvalidChecksum:
        return Accepted(stored=code, shown=code, note=CODE_CHECK_NOTE)
    except InvalidLength:
        return Rejected(f"That has {len(code)} characters. {CODE_FORM}")
    except ValidationError:
        return Rejected(f"That code has a character that cannot be there. {CODE_FORM}")
    return Accepted(stored=code, shown=code)


def read_answer(item: AnyItem, text: str) -> Accepted | Rejected:
    """Turn a typed answer or a button token into its stored form, or say what to send."""
    words = _words(text)
    gap = _gap(words)
    if gap is not None:
        return Accepted(stored=gap, shown=SKIPPED_SHOWN if gap is Gap.SKIPPED else NOT_SURE)
    if isinstance(item, YesNoItem):
        return _read_yes_no(words)
    if isinstance(item, ChoiceItem):
        return _read_choice(words, item)
    if isinstance(item, NumberItem):
        return _read_number(text, item)
    return _read_credit_code(text)


def answer_buttons(item: AnyItem) -> tuple[Button, ...]:
    """The answer buttons of a question; typed answers (numbers, codes) only get "Not sure"."""
    unsure = Button(Gap.UNSURE, NOT_SURE)
    if isinstance(item, YesNoItem):
        return (Button(YesNo.YES, "Yes"), Button(YesNo.NO, "No"), unsure)
    if isinstance(item, ChoiceItem):
        return (*(Button(option.id, option.label) for option in item.options), unsure)
    return (unsure,)


CODE_SHORT_FORM = "the 18-character code, for example 91110000600037341L"


def answer_form(item: AnyItem) -> str | None:
    """What to type for a typed question ("a number of years from 0 to 100, for example 5")."""
    if isinstance(item, NumberItem):
        return _form(item)
    if isinstance(item, CreditCodeItem):
        return CODE_SHORT_FORM
    return None


def answer_example(item: AnyItem) -> str | None:
    """A short example answer for a typed question, fit for an input placeholder."""
    if isinstance(item, NumberItem):
        return f"e.g. {format_number(item.example)}"
    if isinstance(item, CreditCodeItem):
        return "e.g. 91110000600037341L"
    return None


def is_typed(item: AnyItem) -> bool:
    """True when the answer is typed (a forced reply), not tapped."""
    return isinstance(item, NumberItem | CreditCodeItem)


def expected_answer(item: AnyItem) -> str | None:
    """The answer that passes, in words ("Yes", "at least 3 years"); None if nothing fails."""
    if isinstance(item, YesNoItem):
        return "Yes" if item.pass_if is YesNo.YES else "No"
    if isinstance(item, ChoiceItem):
        return " or ".join(option.label for option in item.options if option.credit == 100)
    if isinstance(item, CreditCodeItem):
        return "a code whose check character matches"
    if item.pass_at_least is not None:
        return f"at least {show_number(item.pass_at_least, item)}"
    if item.pass_at_most is not None:
        return f"at most {show_number(item.pass_at_most, item)}"
    return None


def show_answer(item: AnyItem, stored: str | None) -> str | None:
    """A stored answer as the user should see it, or None when there is none."""
    if stored is None:
        return None
    if stored == Gap.SKIPPED:
        return SKIPPED_SHOWN
    if stored == Gap.UNSURE:
        return NOT_SURE
    reading = read_answer(item, stored)
    return reading.shown if isinstance(reading, Accepted) else None
