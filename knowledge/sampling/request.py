"""Reads what a user typed after /aql into a sampling request, or says plainly what is wrong.

Understands a lot size (`5000`, `5,000`, `5.000`, `5 000`, `5000 pcs`, `5k`, `lot 5000`), AQLs per
defect class (`major 1.5`, `minor 4`, `critical 0`) and a level (`level III`, `level s-2`),
in any order. Bad input is an ordinary answer, never an exception: an `AqlInputError` naming
what was wrong and the form expected. Knows nothing of Telegram.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from pydantic import Field

from knowledge.base import Frozen
from knowledge.sampling.plan import ZERO_TOLERANCE
from knowledge.sampling.tables import DefectClass, InspectionLevel, SamplingTables

# One lot of more than this is a typo or several shipments: no inspection samples it as one.
MAX_LOT_SIZE = 100_000_000

USAGE = (
    "Expected: /aql <lot size> [major <AQL>] [minor <AQL>] [critical <AQL>] "
    "[level I|II|III|S-1…S-4] (or aql 2.5/4.0 for major/minor), "
    "e.g. /aql 5000 major 1.5 minor 4 level III"
)

_CLASS_WORDS = {
    "critical": DefectClass.CRITICAL,
    "crit": DefectClass.CRITICAL,
    "major": DefectClass.MAJOR,
    "maj": DefectClass.MAJOR,
    "minor": DefectClass.MINOR,
    "min": DefectClass.MINOR,
}
_LEVEL_WORDS = {
    "i": InspectionLevel.I,
    "1": InspectionLevel.I,
    "ii": InspectionLevel.II,
    "2": InspectionLevel.II,
    "iii": InspectionLevel.III,
    "3": InspectionLevel.III,
    **{f"s{n}": InspectionLevel(f"S-{n}") for n in range(1, 5)},
    **{f"s-{n}": InspectionLevel(f"S-{n}") for n in range(1, 5)},
}
# `aql A/B/C` lists critical/major/minor; two figures are major/minor, one the major AQL.
_AQL_SLASH_ORDER = (DefectClass.CRITICAL, DefectClass.MAJOR, DefectClass.MINOR)
_LOT_WORDS = {"lot", "qty", "quantity", "size", "order"}
_UNIT_WORDS = {"pcs", "pc", "pieces", "piece", "units", "unit", "items", "item", "sets", "pairs"}
_OTHER_MODES = {"tightened", "reduced"}
# Phones turn "S-2" into "S–2"; a thousands group may be split by a non-breaking space.
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-"})
_LOT_NUMBER = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)$")
_DECIMAL_LOT = re.compile(r"^[\d,]*\.\d*$")
# "3.200" / "12.000.000": dot-grouped thousands, as much of Europe writes a count of units.
_DOTTED_LOT = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
# A figure that can only be an AQL once the lot is known: decimals or a % sign ("2.5", "1,5",
# "4%", "2.5/4.0"); a bare whole number, or "1.000" (dotted thousands), stays a (second,
# refused) lot size.
_BARE_AQL = re.compile(r"^\d+[.,]\d+%?(?:/\d+(?:[.,]\d+)?%?)*$|^\d+(?:[.,]\d+)?%$")
_SHORT_LOT = re.compile(r"^(\d+(?:\.\d+)?)k$")
_GROUP = re.compile(r"^\d{3}$")
_FUSED_UNIT = re.compile(r"^([\d,.]+)(" + "|".join(sorted(_UNIT_WORDS, key=len)[::-1]) + r")$")


class AqlRequest(Frozen):
    """What the user asked for; a class or level left out takes the data's default."""

    lot_size: int
    level: InspectionLevel | None = None
    aql_by_class: dict[DefectClass, Decimal] = Field(default_factory=dict)
    # How a lot size that could be read two ways was read ("3.200" as 3,200), shown above
    # the plan so a wrong reading is seen at once.
    read_note: str | None = None


class AqlInputError(Frozen):
    """Why the arguments could not be read (`problem`) and the form expected (`expected`)."""

    problem: str
    expected: str = USAGE

    @property
    def message(self) -> str:
        """The problem and the expected form, as one reply."""
        return f"{self.problem} {self.expected}".strip()


def parse_aql_request(text: str, tables: SamplingTables) -> AqlRequest | AqlInputError:
    """Read the arguments of /aql (everything after the command) against the loaded tables."""
    try:
        return _Reader(text, tables).read()
    except _RefusedError as refusal:
        return refusal.error


class _RefusedError(Exception):
    def __init__(self, problem: str, expected: str = USAGE) -> None:
        super().__init__(problem)
        self.error = AqlInputError(problem=problem, expected=expected)


class _Reader:
    """Walks the tokens once, left to right; each keyword takes the value after it."""

    def __init__(self, text: str, tables: SamplingTables) -> None:
        self.tables = tables
        self.tokens = _tokens(text)
        self.words = [token.lower() for token in self.tokens]
        self.index = 0
        self.lot_size: int | None = None
        self.read_note: str | None = None
        self.level: InspectionLevel | None = None
        self.aqls: dict[DefectClass, Decimal] = {}

    def read(self) -> AqlRequest:
        while self.index < len(self.words):
            self._read_one(self.words[self.index])
        if self.lot_size is None:
            raise _RefusedError("Tell me the lot size: how many units the inspection covers.")
        return AqlRequest(
            lot_size=self.lot_size,
            level=self.level,
            aql_by_class=self.aqls,
            read_note=self.read_note,
        )

    def _next(self) -> str | None:
        after = self.index + 1
        return self.tokens[after] if after < len(self.tokens) else None

    def _read_one(self, word: str) -> None:
        if word in _LOT_WORDS or word in _UNIT_WORDS:
            self.index += 1
        elif word == "level":
            self._set_level(self._next())
            self.index += 2
        elif word in _LEVEL_WORDS and not word.isdigit():
            self._set_level(self.tokens[self.index])
            self.index += 1
        elif word in _CLASS_WORDS:
            self._set_aql(_CLASS_WORDS[word], self._next())
            self.index += 2
        elif word == "aql":
            self._set_aqls(self._next())
            self.index += 2
        elif word in _OTHER_MODES:
            raise _RefusedError("Only normal inspection plans are available.")
        elif self.lot_size is not None and _BARE_AQL.match(word) and not _DOTTED_LOT.match(word):
            self._set_bare_aql(self.tokens[self.index])
            self.index += 1
        elif word[0].isdigit() or word[0] == "-":
            self._set_lot_size()
        else:
            raise _RefusedError(f"I don't understand {_quote(self.tokens[self.index])}.")

    def _set_level(self, value: str | None) -> None:
        if value is None or value.lower() not in _LEVEL_WORDS:
            raise _RefusedError(f"Unknown inspection level {_quote(value)}. {_LEVELS_HINT}")
        if self.level is not None:
            raise _RefusedError("The level is given twice.")
        self.level = _LEVEL_WORDS[value.lower()]

    def _set_aql(self, defect_class: DefectClass, value: str | None) -> None:
        name = defect_class.value.capitalize()
        if defect_class in self.aqls:
            raise _RefusedError(f"{name} is given twice.")
        self.aqls[defect_class] = _aql(name, value, self.tables)

    def _set_aqls(self, value: str | None) -> None:
        """`aql 1.5` (buyers' shorthand for the major AQL), `aql 2.5/4.0` (major/minor) or
        `aql 0/2.5/4.0` (critical/major/minor), the forms inspection bookings use."""
        parts = [None] if value is None else value.split("/")
        if len(parts) > len(_AQL_SLASH_ORDER):
            raise _RefusedError(f"Too many AQLs in {_quote(value)}: at most critical/major/minor.")
        classes = _AQL_SLASH_ORDER[1:2] if len(parts) == 1 else _AQL_SLASH_ORDER[-len(parts) :]
        for defect_class, part in zip(classes, parts, strict=True):
            self._set_aql(defect_class, part)

    def _set_bare_aql(self, value: str) -> None:
        """A figure with decimals after the lot size ("/aql 3200 2.5", "3200 2.5 4.0",
        "3200 2.5/4.0") is an AQL, as buyers write it on a booking: the first is the major,
        the next the minor, like `aql 2.5 4.0`. A lot has no decimals, so nothing is lost."""
        if "/" in value:
            self._set_aqls(value)
            return
        free = [c for c in _AQL_SLASH_ORDER[1:] if c not in self.aqls]
        if not free:
            raise _RefusedError(
                f"Too many AQLs without a class at {_quote(value)}: name them, e.g. major 2.5"
                " minor 4.0 critical 0."
            )
        self._set_aql(free[0], value)

    def _set_lot_size(self) -> None:
        start = self.tokens[self.index]
        if self.lot_size is not None:
            raise _RefusedError(f"I see more than one lot size ({self.lot_size:,} and {start}).")
        text, self.index = start, self.index + 1
        # "5 000": a thousands group split off by a space belongs to the same number.
        if re.fullmatch(r"\d{1,3}", text):
            while self.index < len(self.tokens) and _GROUP.match(self.tokens[self.index]):
                text, self.index = text + self.tokens[self.index], self.index + 1
        self.lot_size = _whole_units(text)
        if _DOTTED_LOT.match(text):
            self.read_note = f"Read {text} as {self.lot_size:,} units (dots as thousands)."


_LEVELS_HINT = "Levels: I, II, III, S-1, S-2, S-3, S-4."


def lot_size_alone(text: str) -> int | None:
    """The lot size when `text` is a quantity and nothing else, read as /aql reads one
    ("5000", "12,000", "5 000", "5k"); None for anything else or a size /aql refuses."""
    tokens = text.split()
    if len(tokens) > 1 and not (
        re.fullmatch(r"\d{1,3}", tokens[0]) and all(_GROUP.match(t) for t in tokens[1:])
    ):
        return None
    try:
        return _whole_units("".join(tokens))
    except _RefusedError:
        return None


def _tokens(text: str) -> list[str]:
    cleaned = text.translate(_DASHES).replace("\u00a0", " ").replace("\u202f", " ")
    cleaned = re.sub(r"[=:]", " ", cleaned)
    cleaned = re.sub(r"\b([sS])\s+-?\s*([1-4])\b", r"\1-\2", cleaned)  # "s 2" -> "s-2"
    tokens: list[str] = []
    for token in cleaned.split():
        fused = _FUSED_UNIT.match(token.lower())
        tokens.extend([token[: fused.end(1)], token[fused.end(1) :]] if fused else [token])
    return tokens


def _whole_units(text: str) -> int:
    short = _SHORT_LOT.match(text.lower())
    if short:
        amount = Decimal(short.group(1)) * 1000
    elif _LOT_NUMBER.match(text):
        amount = Decimal(text.replace(",", ""))
    elif _DOTTED_LOT.match(text):
        # "5.000" is 5 elsewhere, but a count of units has no decimals: it is 5,000 (the
        # reply says how it was read). /landed reads "1.000 pcs" the same way.
        amount = Decimal(text.replace(".", ""))
    elif _DECIMAL_LOT.match(text):
        raise _RefusedError(f"The lot size must be a whole number of units, not {_quote(text)}.")
    else:
        raise _RefusedError(f"The lot size must be a positive whole number, not {_quote(text)}.")
    if amount != amount.to_integral_value():
        raise _RefusedError(f"The lot size must be a whole number of units, not {_quote(text)}.")
    if amount < 1:
        raise _RefusedError("The lot size must be a positive whole number.")
    if amount == 1:
        raise _RefusedError("A lot of 1 unit needs no sampling plan: inspect that unit.", "")
    if amount > MAX_LOT_SIZE:
        raise _RefusedError(
            f"{int(amount):,} units is more than one lot (at most {MAX_LOT_SIZE:,}). "
            "Split the order into lots and plan each."
        )
    return int(amount)


def _aql(name: str, value: str | None, tables: SamplingTables) -> Decimal:
    valid = ", ".join(str(aql) for aql in tables.normal_single.aqls)
    hint = f"Valid AQLs: {valid}, or 0 for no defects allowed."
    if value is None:
        raise _RefusedError(f"{name} needs an AQL value. {hint}")
    try:
        # In an AQL a comma can only be a decimal comma ("1,5"); a % sign adds nothing.
        number = Decimal(value.removesuffix("%").replace(",", "."))
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite():
        raise _RefusedError(f"{name}: {_quote(value)} is not an AQL. {hint}")
    if number == ZERO_TOLERANCE:
        return ZERO_TOLERANCE
    for aql in tables.normal_single.aqls:
        if aql == number:
            return aql
    raise _RefusedError(f"{name}: {value} is not an AQL in the table. {hint}")


def _quote(word: str | None) -> str:
    return "(nothing)" if word is None else f'"{word}"'
