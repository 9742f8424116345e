"""Fees charged per customs entry (US MPF and HMF), each as a table of dated periods.

Owns the model of `entry_fees` in `destinations.yaml`: a fee's rate, limits and informal-entry
flat fee change every US fiscal year (1 October to 30 September), so the data holds several
periods, each with its first and last day and its source, and an estimate takes the period in
force on its date. Past the last known period the newest figures are used and said to be
stale. No arithmetic on amounts here: `knowledge/landed/customs.py` charges the fee.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Self

from pydantic import Field, model_validator

from knowledge.base import Frozen
from knowledge.landed.money import ISO_CURRENCIES
from knowledge.landed.shipping import Mode


class FeePeriod(Frozen):
    """A fee's figures for one period: from `starts` to `ends` (both included; None: open)."""

    starts: date | None = None
    ends: date | None = None
    percent: Decimal = Field(gt=0, lt=100)
    minimum: Decimal | None = Field(default=None, ge=0)
    maximum: Decimal | None = Field(default=None, gt=0)
    informal_up_to: Decimal | None = Field(default=None, gt=0)  # value at or under: flat fee
    informal_fee: Decimal | None = Field(default=None, ge=0)
    cite: str = Field(min_length=1, max_length=40)  # the short source named in replies
    as_of: date  # when the figures were last confirmed in force
    source: str = Field(min_length=1)

    @model_validator(mode="after")
    def _limits_make_sense(self) -> Self:
        if self.minimum is not None and self.maximum is not None and self.minimum > self.maximum:
            raise ValueError("minimum is above maximum")
        if (self.informal_up_to is None) != (self.informal_fee is None):
            raise ValueError("informal_up_to and informal_fee go together")
        if self.starts is not None and self.ends is not None and self.ends < self.starts:
            raise ValueError("ends before it starts")
        return self

    def covers(self, day: date) -> bool:
        """True when `day` falls in the period."""
        after_start = self.starts is None or day >= self.starts
        return after_start and (self.ends is None or day <= self.ends)


@dataclass(frozen=True, slots=True)
class FeeFigures:
    """The period an estimate uses, and whether its date lies past every known period."""

    period: FeePeriod
    stale: bool  # True: the date is after the last known period; newer figures may apply


class EntryFee(Frozen):
    """A fee per customs entry, a percentage of the customs value, by period."""

    code: str = Field(min_length=2, max_length=6)
    name: str = Field(min_length=1)
    currency: str
    modes: tuple[Mode, ...] | None = None  # None: every mode
    note: str = Field(min_length=1)
    periods: tuple[FeePeriod, ...] = Field(min_length=1)  # oldest first, without overlap

    @model_validator(mode="after")
    def _periods_follow_each_other(self) -> Self:
        if self.currency not in ISO_CURRENCIES:
            raise ValueError(f"{self.currency} is not an ISO 4217 code")
        for older, newer in zip(self.periods, self.periods[1:], strict=False):
            if older.ends is None or newer.starts is None or newer.starts <= older.ends:
                raise ValueError(f"{self.code}: periods must be in order, without overlap")
        return self

    def figures(self, day: date | None) -> FeeFigures:
        """The period in force on `day` (the newest without a date), flagged when stale."""
        newest = self.periods[-1]
        if day is None:
            return FeeFigures(newest, stale=False)
        found = next((period for period in self.periods if period.covers(day)), None)
        if found is not None:
            return FeeFigures(found, stale=False)
        if newest.ends is not None and day > newest.ends:
            return FeeFigures(newest, stale=True)
        return FeeFigures(self.periods[0], stale=True)  # before the first known period
