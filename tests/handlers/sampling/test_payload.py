"""/aql button payloads round-trip for every setting and stay within Telegram's 64 bytes."""

from __future__ import annotations

import pytest

from handlers.sampling.buttons import (
    CLASS_ORDER,
    COMMON_AQLS,
    PLAN_ACTIONS,
    PlanSettings,
    read_plan_payload,
)
from handlers.shared import callbacks
from knowledge.loader import load_knowledge
from knowledge.sampling.plan import ZERO_TOLERANCE
from knowledge.sampling.request import MAX_LOT_SIZE
from knowledge.sampling.tables import InspectionLevel, SamplingTables


@pytest.fixture(scope="module")
def tables() -> SamplingTables:
    return load_knowledge().get(SamplingTables)


@pytest.mark.parametrize("level", list(InspectionLevel))
@pytest.mark.parametrize("lot", [2, 5000, MAX_LOT_SIZE])
def test_every_setting_round_trips_within_64_bytes(
    tables: SamplingTables, level: InspectionLevel, lot: int
) -> None:
    """Each level with each AQL (and 0) in every class comes back exactly as it was sent."""
    for aql in (ZERO_TOLERANCE, *tables.normal_single.aqls):
        settings = PlanSettings(lot, level, tuple((c, aql) for c in CLASS_ORDER))
        for action in sorted(PLAN_ACTIONS):
            data = settings.button_data(action)
            assert len(data.encode("ascii")) <= callbacks.MAX_BYTES
            assert read_plan_payload(data, tables) == (action, settings)


def test_changing_one_setting_keeps_the_others(tables: SamplingTables) -> None:
    """`with_level` and `with_aql` change exactly one field."""
    major, minor = tables.normal_single.aqls[7], tables.normal_single.aqls[9]
    settings = PlanSettings(
        800, InspectionLevel.II, tuple((c, ZERO_TOLERANCE) for c in CLASS_ORDER)
    ).with_aql(CLASS_ORDER[1], major)
    changed = settings.with_level(InspectionLevel.S4).with_aql(CLASS_ORDER[2], minor)
    assert changed.lot_size == 800
    assert changed.level is InspectionLevel.S4
    assert [changed.aql(c) for c in CLASS_ORDER] == [ZERO_TOLERANCE, major, minor]


def test_offered_aqls_are_columns_written_as_the_table_writes_them(tables: SamplingTables) -> None:
    """Every AQL a button offers is a master-table column with the table's own label."""
    labels = {str(aql) for aql in tables.normal_single.aqls}
    for offered in COMMON_AQLS.values():
        assert {str(aql) for aql in offered} <= labels
