"""The US duty of one tariff line without an estimate: what `/landed hs 8516.79` answers.

Owns the lookup: whether a /landed line asks for one (an `hs` clause, or a dotted code typed
first, with at most where the goods are made and where they go, and nothing an estimate
needs), and the card it answers with: the tariff line and its General (MFN) rate as
published, the duties added for goods of China (the Section 301 list with its chapter 99
heading, the forced-labour duty with its exclusions caveat) in force on the day, the table's
edition and date, and the engine's notes worth saying. A short code or words raise
HsChoiceError, as in an estimate. No Telegram and no wording beyond the engine's notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from knowledge.landed.duties import (
    CHINA,
    COUNTED_UNITS,
    STALE_AFTER_DAYS,
    US,
    tariff_line,
    worth_saying,
)
from knowledge.landed.query import HsCode, LandedInputError
from knowledge.landed.reader.parse import LandedParser
from knowledge.landed.reader.words import HS_WORDS, normalise
from knowledge.landed.tariffs import BROKER, DutyComponent, TariffLine, duties

__all__ = ["ChargedOn", "DutyCard", "DutyQuestion", "look_up_duty", "read_duty_question"]

# What an estimate charges a per-unit rate on: the weight typed (`wt 500kg`), the quantity
# (pieces, dozens, pairs), or nothing it knows (the duty is typed as an amount).
ChargedOn = Literal["weight", "quantity", "typed"]

# A code without `hs` is read as one only when dotted and first (`8516.79 from VN`): a bare
# `8516` or `1000` may be a number the line forgot to label, and the estimate's error says so.
_BARE_CODE = re.compile(r"[0-9]{4}(?:\.[0-9]{2}){1,3}(?=\s|$)")
_HS_WORD = re.compile(rf"\b(?:{'|'.join(sorted(HS_WORDS))})\b")
_NUMBERS = re.compile(r"[0-9][0-9.,-]*")
_ASKED_WITH = frozenset(("hs", "origin", "destination", "mode"))  # the mode changes no duty
EXAMPLE_START = "1000 pcs @ 10 usd fob"


@dataclass(frozen=True, slots=True)
class DutyQuestion:
    """A line that asks for the duty of a code, with where the goods are made and go."""

    hs: HsCode
    line: str  # as read, with `hs` before a code typed alone
    origin: str | None
    destination: str | None


@dataclass(frozen=True, slots=True)
class DutyCard:
    """The US duties of one tariff line, for goods of `origin` entered on `day`."""

    line: TariffLine
    origin: str | None  # typed or the chat's; None when nobody said (China's duties shown as
    # what goods of China would add)
    mfn: DutyComponent | None  # None for a chapter 99 heading, which is no product
    china: tuple[DutyComponent, ...]  # Section 301 list and forced labour, for goods of China
    notes: tuple[str, ...]
    day: date

    @property
    def china_applies(self) -> bool:
        """True when the goods are known to be made in China."""
        return self.origin == CHINA

    @property
    def stale_days(self) -> int | None:
        """The schedule's age on the day, when past the age worth a warning."""
        age = (self.day - self.line.effective).days
        return age if age > STALE_AFTER_DAYS else None

    @property
    def total_percent(self) -> Decimal | None:
        """The duties that apply, added on the customs value; None unless all are percents."""
        mfn = self.mfn
        if mfn is None or not mfn.computable or mfn.needs or mfn.percent is None:
            return None
        extra = self.china if self.china_applies else ()
        return mfn.percent + sum((c.percent or Decimal(0) for c in extra), Decimal(0))

    def charged_on(self) -> dict[str, ChargedOn]:
        """For each per-unit part of the MFN rate, what an estimate charges it on."""
        needs = self.mfn.needs if self.mfn is not None else ()
        return {need.key: _charged_on(need.key) for need in needs}

    def example(self) -> str:
        """A one-liner that estimates with this line, to copy and change."""
        made_in = f" from {self.origin}" if self.origin else ""
        return f"{EXAMPLE_START} hs {self.line.display}{made_in} to US sea"


def _charged_on(unit: str) -> ChargedOn:
    if unit == "kg":
        return "weight"
    return "quantity" if unit in COUNTED_UNITS else "typed"


def read_duty_question(parser: LandedParser, text: str) -> DutyQuestion | None:
    """The lookup `text` asks for, or None when it is something else (an estimate, or words
    the estimate's own errors explain)."""
    line = " ".join(text.split())
    normal = normalise(line)
    if _BARE_CODE.match(normal):
        line, normal = f"hs {line}", f"hs {normal}"
    if not _HS_WORD.search(normal) or len(_NUMBERS.findall(normal)) > 1:
        return None  # an estimate (a lookup names one number at most, its code): parsed once
    try:
        draft = parser.fields(line)
    except LandedInputError:
        return None
    if draft.hs is None or not draft.set_fields() <= _ASKED_WITH:
        return None
    return DutyQuestion(draft.hs, line, draft.origin, draft.destination)


def look_up_duty(question: DutyQuestion, *, chat_origin: str | None, day: date) -> DutyCard:
    """The card for `question`; HsChoiceError for a short code or words, LandedInputError for
    a code the schedule does not hold or a destination other than the US."""
    if question.destination not in (None, US):
        raise LandedInputError(
            f"Duty rates are looked up for the US only ({question.destination} here): "
            "type the rate in an estimate, e.g. duty 4%."
        )
    line = tariff_line(question.hs)
    origin = question.origin or chat_origin
    # Without an origin, the card shows what goods of China (the common case) would add.
    found = duties(line, origin=origin or CHINA, entry_date=day)
    mfn = next((c for c in found.components if c.key == "mfn"), None)
    notes = [text for text in (mfn.notes if mfn else ()) if text != BROKER]
    notes += [text for text in found.notes if worth_saying(text)]
    return DutyCard(
        line=line,
        origin=origin,
        mfn=mfn,
        china=tuple(c for c in found.components if c.key != "mfn"),
        notes=tuple(dict.fromkeys(notes)),
        day=day,
    )
