"""The supplier audit checklist as a whole: sections, risk bands and order-value checks.

Owns `checklist.yaml`'s top-level model and the rules that span items: unique ids, bands that
cover 0-100 without gaps, a context question for the order value. It looks items up; it does
not read answers or score (see `answers.py`, `scoring.py`).
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from functools import cached_property

from pydantic import Field, model_validator

from knowledge.base import Frozen
from knowledge.vet.items import TEXT_ID, AnyItem, Item, NumberItem


class RiskBand(StrEnum):
    """The four risk bands, lowest risk first; the values are stored, keep them stable."""

    LOW = "low"
    MODERATE = "moderate"
    ELEVATED = "elevated"
    HIGH = "high"


_SEVERITY = {band: rank for rank, band in enumerate(RiskBand)}


def worse(first: RiskBand, second: RiskBand) -> RiskBand:
    """The riskier of two bands."""
    return first if _SEVERITY[first] >= _SEVERITY[second] else second


class Band(Frozen):
    """A score range and the payment advice that goes with it."""

    id: RiskBand
    title: str = Field(min_length=3, max_length=40)
    min_score: int = Field(ge=0, le=100)
    max_score: int = Field(ge=0, le=100)
    # Largest deposit on a bulk order, in percent of the order value; None: no bulk order.
    deposit_max_percent: int | None = Field(ge=1, le=100)
    advice: tuple[str, ...] = Field(min_length=1)

    def payment_advice(self) -> tuple[str, ...]:
        """The band's payment advice, the deposit limit first when a bulk order is advised."""
        if self.deposit_max_percent is None:
            return self.advice
        deposit = f"Deposit at most {self.deposit_max_percent}% of the order value."
        return (deposit, *self.advice)


class Section(Frozen):
    """A group of questions shown under one heading (profile, documents, ...)."""

    id: str = Field(pattern=TEXT_ID)
    title: str = Field(min_length=3, max_length=40)
    items: tuple[Item, ...] = Field(min_length=1)


class OrderCheck(Frozen):
    """An extra check the guide recommends from a given order value, in USD."""

    id: str = Field(pattern=TEXT_ID)
    from_usd: Decimal = Field(gt=0)
    advice: str = Field(pattern=r"\{from_usd\}", max_length=260)


class Checklist(Frozen):
    """Everything the audit needs: questions in order, bands, and the follow-up texts."""

    title: str
    source: str
    sections: tuple[Section, ...] = Field(min_length=1)
    order_value_item: str
    order_checks: tuple[OrderCheck, ...]
    order_value_missing: str
    gaps_step: str = Field(pattern=r"\{count\}")
    gaps_step_one: str = Field(min_length=1)  # the same step for a single unknown answer
    # The same two while the audit is unfinished: changing an answer waits for the end.
    gaps_step_unfinished: str = Field(pattern=r"\{count\}")
    gaps_step_one_unfinished: str = Field(min_length=1)
    blocked_step: str
    # While a question that could block is unanswered, the band is at least this.
    unknown_block_floor: RiskBand
    bands: tuple[Band, ...]

    @cached_property
    def items(self) -> tuple[AnyItem, ...]:
        """Every question in the order they are asked."""
        return tuple(item for section in self.sections for item in section.items)

    @cached_property
    def _by_id(self) -> dict[str, AnyItem]:
        return {item.id: item for item in self.items}

    @cached_property
    def _index(self) -> dict[str, int]:
        return {item.id: index for index, item in enumerate(self.items)}

    @cached_property
    def _section_of(self) -> dict[str, Section]:
        return {item.id: section for section in self.sections for item in section.items}

    def item(self, item_id: str) -> AnyItem | None:
        """The question with this id, or None (a stale or forged id)."""
        return self._by_id.get(item_id)

    def section_of(self, item_id: str) -> Section:
        """The section a known question belongs to."""
        return self._section_of[item_id]

    def index_of(self, item_id: str) -> int:
        """The 0-based position of a known question in the asking order."""
        return self._index[item_id]

    @property
    def order_value(self) -> NumberItem:
        """The context question that asks the planned order value in USD."""
        found = self._by_id[self.order_value_item]
        assert isinstance(found, NumberItem)  # noqa: S101 - the validator guarantees it
        return found

    def band(self, band_id: RiskBand) -> Band:
        """The band with this id."""
        return next(band for band in self.bands if band.id is band_id)

    def band_for(self, score: int) -> Band:
        """The band whose range holds a 0-100 score."""
        return next(band for band in self.bands if band.min_score <= score <= band.max_score)

    @model_validator(mode="after")
    def _ids_are_unique(self) -> Checklist:
        ids = [item.id for item in self.items]
        repeated = sorted({item_id for item_id in ids if ids.count(item_id) > 1})
        if repeated:
            raise ValueError(f"question ids repeat: {', '.join(repeated)}")
        sections = [section.id for section in self.sections]
        if len(set(sections)) != len(sections):
            raise ValueError("section ids repeat")
        checks = [check.id for check in self.order_checks]
        if len(set(checks)) != len(checks):
            raise ValueError("order check ids repeat")
        return self

    @model_validator(mode="after")
    def _order_value_is_a_usd_context_question(self) -> Checklist:
        found = self._by_id.get(self.order_value_item)
        if not isinstance(found, NumberItem) or found.has_rule:
            raise ValueError(f"{self.order_value_item}: must be a number question with no rule")
        if not any(item.can_block for item in self.items):
            raise ValueError("no question can block: hard blocks are the point of the audit")
        return self

    @model_validator(mode="after")
    def _bands_cover_0_to_100(self) -> Checklist:
        if sorted(band.id for band in self.bands) != sorted(RiskBand):
            raise ValueError("bands must list each risk band exactly once")
        expected = 0
        # Riskiest band holds the lowest scores; walk upwards and demand contiguity.
        for band in sorted(self.bands, key=lambda band: band.min_score):
            if band.min_score != expected or band.max_score < band.min_score:
                raise ValueError(f"band {band.id} should start at {expected} (no gap, no overlap)")
            expected = band.max_score + 1
        if expected != 101:
            raise ValueError("bands must end at 100")
        by_score = [band.id for band in sorted(self.bands, key=lambda band: band.min_score)]
        if by_score != list(reversed(RiskBand)):
            raise ValueError("higher scores must mean lower risk (high, elevated, moderate, low)")
        if self.band(RiskBand.HIGH).deposit_max_percent is not None:
            raise ValueError("the high band must not advise any deposit")
        return self
