"""Transport modes and chargeable weight: what a carrier bills when freight is per kg or m3.

Owns the mode vocabulary and the model of `shipping_modes.yaml` (volumetric ratio per mode),
and computes chargeable weight as the greater of actual and volumetric weight. It knows
nothing of prices, currencies or Incoterms.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Self

from pydantic import Field, model_validator

from knowledge.base import Frozen

CM3_PER_M3 = Decimal(1_000_000)


class Mode(StrEnum):
    """How the goods travel; the values are what users type and what is stored."""

    SEA = "sea"
    AIR = "air"
    EXPRESS = "express"
    RAIL = "rail"
    ROAD = "road"


class ModeRule(Frozen):
    """One mode's volumetric ratio and how its chargeable weight is rounded."""

    cm3_per_kg: Decimal = Field(gt=0)
    round_up_kg: Decimal | None = Field(default=None, gt=0)
    convention: str = Field(min_length=1)
    source: str = Field(min_length=1)

    @property
    def kg_per_m3(self) -> Decimal:
        """Volumetric kilograms per cubic metre (air 166.67, sea 1,000)."""
        return CM3_PER_M3 / self.cm3_per_kg


class ShippingModes(Frozen):
    """The ratio of every mode, with the date the conventions were checked."""

    as_of: date
    modes: dict[Mode, ModeRule]

    @model_validator(mode="after")
    def _every_mode_has_a_rule(self) -> Self:
        missing = [mode.value for mode in Mode if mode not in self.modes]
        if missing:
            raise ValueError(f"no rule for modes: {', '.join(missing)}")
        return self

    def rule(self, mode: Mode) -> ModeRule:
        """The ratio and rounding for `mode`."""
        return self.modes[mode]


@dataclass(frozen=True, slots=True)
class ChargeableWeight:
    """Actual and volumetric weight for one mode, and which one the carrier bills."""

    mode: Mode
    actual_kg: Decimal | None
    volume_m3: Decimal | None
    volumetric_kg: Decimal | None
    chargeable_kg: Decimal
    by_volume: bool  # True when the volumetric weight is the one billed
    rule: ModeRule

    @property
    def chargeable_m3(self) -> Decimal:
        """The chargeable weight expressed in cubic metres (at sea: W/M revenue tonnes)."""
        return self.chargeable_kg * self.rule.cm3_per_kg / CM3_PER_M3


def _round_up(value: Decimal, step: Decimal) -> Decimal:
    return Decimal(math.ceil(value / step)) * step


def chargeable_weight(
    mode: Mode, rule: ModeRule, *, weight_kg: Decimal | None, volume_m3: Decimal | None
) -> ChargeableWeight:
    """The weight a carrier bills for `mode`: max(actual, volume / ratio), rounded per mode.

    With only one of weight and volume, that one decides; with neither, ValueError.
    """
    if weight_kg is None and volume_m3 is None:
        raise ValueError("chargeable weight needs the weight, the volume or both")
    # Multiply before dividing so that round figures stay exact (2.4 m3 by air is 400 kg).
    volumetric = None if volume_m3 is None else volume_m3 * CM3_PER_M3 / rule.cm3_per_kg
    candidates = [kg for kg in (weight_kg, volumetric) if kg is not None]
    billed = max(candidates)
    by_volume = volumetric is not None and volumetric == billed and volumetric != weight_kg
    if rule.round_up_kg is not None:
        billed = _round_up(billed, rule.round_up_kg)
    return ChargeableWeight(
        mode=mode,
        actual_kg=weight_kg,
        volume_m3=volume_m3,
        volumetric_kg=volumetric,
        chargeable_kg=billed,
        by_volume=by_volume,
        rule=rule,
    )
