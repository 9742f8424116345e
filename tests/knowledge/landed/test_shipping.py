"""Chargeable weight per transport mode: the greater of actual and volumetric weight."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.landed.shipping import Mode, chargeable_weight
from tests.knowledge.landed.support import rules


def weigh(mode: Mode, kg: str | None, m3: str | None) -> Decimal:
    """Chargeable kg for `mode` with the shipped ratios."""
    found = chargeable_weight(
        mode,
        rules().modes.rule(mode),
        weight_kg=None if kg is None else Decimal(kg),
        volume_m3=None if m3 is None else Decimal(m3),
    )
    return found.chargeable_kg


@pytest.mark.parametrize(
    ("mode", "kg", "m3", "expected"),
    [
        (Mode.AIR, "300", "2.4", "400"),  # 2.4 m3 / 6,000 cm3 per kg
        (Mode.AIR, "500", "2.4", "500"),  # heavier than it is big
        (Mode.EXPRESS, "12.3", "0.1", "20"),  # 0.1 m3 / 5,000 = 20 kg
        (Mode.EXPRESS, "10", "0.0613", "12.5"),  # 12.26 kg rounded up to the next 0.5
        (Mode.EXPRESS, "12.01", None, "12.5"),
        (Mode.SEA, "3000", "2.4", "3000"),  # W/M: 3 tonnes beat 2.4 m3
        (Mode.SEA, "800", "2.4", "2400"),  # 2.4 m3 = 2,400 kg
        (Mode.ROAD, "200", "1.5", "500"),  # 1 m3 = 333.33 kg
        (Mode.AIR, None, "1.2", "200"),
        (Mode.AIR, "75", None, "75"),
    ],
)
def test_chargeable_weight_per_mode(
    mode: Mode, kg: str | None, m3: str | None, expected: str
) -> None:
    """Each mode bills max(actual, volume / ratio), express rounded up to 0.5 kg."""
    assert weigh(mode, kg, m3) == Decimal(expected)


def test_rail_uses_the_road_groupage_ratio() -> None:
    """Rail and road both take 1 m3 as 333.33 kg (a convention the data names)."""
    assert weigh(Mode.RAIL, "100", "1").quantize(Decimal("0.01")) == Decimal("333.33")
    assert "check the ratio on your quote" in rules().modes.rule(Mode.RAIL).convention


def test_sea_chargeable_cubic_metres_are_revenue_tonnes() -> None:
    """At sea the chargeable weight in m3 is W/M: 3,000 kg and 2.4 m3 give 3."""
    found = chargeable_weight(
        Mode.SEA, rules().modes.rule(Mode.SEA), weight_kg=Decimal(3000), volume_m3=Decimal("2.4")
    )
    assert found.chargeable_m3 == 3
    assert not found.by_volume


def test_chargeable_weight_needs_weight_or_volume() -> None:
    """With neither figure there is nothing to bill."""
    with pytest.raises(ValueError, match="weight, the volume or both"):
        chargeable_weight(Mode.AIR, rules().modes.rule(Mode.AIR), weight_kg=None, volume_m3=None)
