"""Sampling plans for real lots, checked against published rows of ISO 2859-1 / MIL-STD-105E.

Source ids in the comments are the ones listed in knowledge/data/sampling.yaml.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.loader import load_knowledge
from knowledge.sampling.plan import ClassPlan, plan
from knowledge.sampling.tables import Arrow, DefectClass, InspectionLevel, SamplingTables

MAJOR = DefectClass.MAJOR
MINOR = DefectClass.MINOR
CRITICAL = DefectClass.CRITICAL


@pytest.fixture(scope="module")
def tables() -> SamplingTables:
    return load_knowledge().get(SamplingTables)


def one_class(
    tables: SamplingTables, lot: int, aql: str, level: InspectionLevel = InspectionLevel.II
) -> ClassPlan:
    return plan(tables, lot, level, {MAJOR: Decimal(aql)}).for_class(MAJOR)


def test_default_plan_for_5000_units(tables: SamplingTables) -> None:
    """5,000 units at level II: letter L, 200 units; major 2.5 accepts 10 (qualitysky FAQ)."""
    result = plan(tables, 5000)
    assert (result.level, result.code_letter, result.table_sample_size) == ("II", "L", 200)
    rules = [(c.defect_class, c.sample_size, c.accept, c.reject) for c in result.classes]
    assert rules == [(CRITICAL, 200, 0, 1), (MAJOR, 200, 10, 11), (MINOR, 200, 14, 15)]
    assert not result.sample_sizes_differ
    assert result.units_to_draw == 200


@pytest.mark.parametrize(
    ("lot", "aql", "letter", "size", "accept"),
    [
        (1_000, "0.65", "J", 80, 1),  # qcp row J; nibs row J, reject 2
        (1_000, "2.5", "J", 80, 5),  # qcp row J
        (2_000, "0.10", "K", 125, 0),  # qcp row K
        (2_000, "6.5", "K", 125, 14),  # qcp row K; nibs row K, reject 15
        (10_000, "0.065", "L", 200, 0),  # qcp row L
        (10_000, "0.25", "L", 200, 1),  # qcp row L
        (100_000, "0.25", "N", 500, 3),  # ecfr-42.140: n=500, AQL 0.25, accept 3 reject 4
        (300_000, "0.65", "P", 800, 10),  # nibs row P, reject 11
        (600_000, "1.0", "Q", 1_250, 21),  # nibs row Q, reject 22
    ],
)
def test_published_cells_without_arrows(
    tables: SamplingTables, *, lot: int, aql: str, letter: str, size: int, accept: int
) -> None:
    """A cell holding a plan is used as it stands, on the lot's own code letter."""
    rule = one_class(tables, lot, aql)
    assert (rule.code_letter, rule.sample_size, rule.accept, rule.reject) == (
        letter,
        size,
        accept,
        accept + 1,
    )
    assert rule.moved is None


@pytest.mark.parametrize(
    ("lot", "aql", "arrow", "letter", "size", "accept"),
    [
        (50, "1.0", Arrow.DOWN, "E", 13, 0),  # nibs: D at 1.0 points down, E at 1.0 rejects 1
        (50, "2.5", Arrow.UP, "C", 5, 0),  # nibs: D at 2.5 points up, C at 2.5 rejects 1
        (50, "4.0", Arrow.DOWN, "E", 13, 1),  # nibs: D at 4.0 points down, E at 4.0 rejects 2
        (20_000, "6.5", Arrow.UP, "L", 200, 21),  # nibs: M at 6.5 points up, L rejects 22
        (200_000, "2.5", Arrow.UP, "N", 500, 21),  # nibs: P at 2.5 points up, N rejects 22
        (200_000, "4.0", Arrow.UP, "M", 315, 21),  # nibs: P and N at 4.0 point up to M
        (8, "0.065", Arrow.DOWN, "L", 200, 0),  # qcp: column 0.065 is blank down to L's 0/1
    ],
)
def test_arrow_moves_to_another_row_with_its_sample_size(
    tables: SamplingTables,
    *,
    lot: int,
    aql: str,
    arrow: Arrow,
    letter: str,
    size: int,
    accept: int,
) -> None:
    """An arrow sends the class to the first plan in its direction, with that row's sample."""
    rule = one_class(tables, lot, aql)
    assert rule.moved is arrow
    assert (rule.code_letter, rule.sample_size, rule.accept, rule.reject) == (
        letter,
        min(size, lot),
        accept,
        accept + 1,
    )


@pytest.mark.parametrize(
    ("level", "aql", "letter", "size", "accept"),
    [
        (InspectionLevel.S4, "0.65", "J", 80, 1),  # plos-2023 (1): 0.65, S-4, 80, 1/2
        (InspectionLevel.S3, "0.65", "F", 20, 0),  # plos-2023 (2): 0.65, S-3, 20, 0/1 (G up)
        (InspectionLevel.S4, "0.40", "K", 125, 1),  # plos-2023 (3): 0.40, S-4, 125, 1/2
        (InspectionLevel.S3, "0.40", "G", 32, 0),  # plos-2023 (4): 0.40, S-3, 32, 0/1
        (InspectionLevel.S4, "0.25", "H", 50, 0),  # plos-2023 (5): 0.25, S-4, 50, 0/1
        (InspectionLevel.S4, "0.15", "J", 80, 0),  # plos-2023 (6): 0.15, S-4, 80, 0/1
    ],
)
def test_special_levels_on_a_large_lot(
    tables: SamplingTables,
    *,
    level: InspectionLevel,
    aql: str,
    letter: str,
    size: int,
    accept: int,
) -> None:
    """Special levels on a 100,000-unit lot give the plans of ISO 2859-1:1999 (plos-2023)."""
    rule = one_class(tables, 100_000, aql, level)
    assert (rule.code_letter, rule.sample_size, rule.accept) == (letter, size, accept)


def test_classes_can_get_different_sample_sizes(tables: SamplingTables) -> None:
    """At 50 units arrows send major up to 5 units and minor down to 13: the plan says so."""
    result = plan(tables, 50)
    sizes = {c.defect_class: c.sample_size for c in result.classes}
    assert sizes == {CRITICAL: 8, MAJOR: 5, MINOR: 13}
    assert result.sample_sizes_differ
    assert result.units_to_draw == 13
    assert not result.every_unit


def test_zero_tolerance_uses_the_lot_letter_without_arrows(tables: SamplingTables) -> None:
    """Critical 0 accepts none and rejects one, on the sample of the lot's own letter."""
    critical = plan(tables, 600).for_class(CRITICAL)
    assert (critical.code_letter, critical.sample_size, critical.accept, critical.reject) == (
        "J",
        80,
        0,
        1,
    )
    assert critical.zero_tolerance
    assert critical.moved is None


def test_critical_can_take_a_table_aql_instead(tables: SamplingTables) -> None:
    """Critical 0.065 at 5,000 units reads the table (L, 200 units, 0/1) and is not zero-AQL."""
    critical = plan(tables, 5000, aql_by_class={CRITICAL: Decimal("0.065")}).for_class(CRITICAL)
    assert (critical.code_letter, critical.sample_size, critical.accept) == ("L", 200, 0)
    assert not critical.zero_tolerance


def test_small_lot_is_inspected_in_full_when_the_sample_reaches_it(tables: SamplingTables) -> None:
    """5 units: major 2.5 moves down to C (5 units) so every unit is checked; minor needs 3."""
    result = plan(tables, 5)
    major, minor = result.for_class(MAJOR), result.for_class(MINOR)
    assert (major.code_letter, major.sample_size, major.every_unit) == ("C", 5, True)
    assert (minor.code_letter, minor.sample_size, minor.every_unit) == ("B", 3, False)
    assert result.every_unit
    assert result.units_to_draw == 5


def test_sample_larger_than_the_lot_is_capped_at_the_lot(tables: SamplingTables) -> None:
    """2 units at level III: letter B asks for 3, so both units are checked, never 3."""
    result = plan(tables, 2, InspectionLevel.III)
    assert result.code_letter == "B"
    assert all(c.sample_size == 2 and c.every_unit for c in result.classes)


@pytest.mark.parametrize(
    ("level", "letter", "major", "minor"),
    [
        (InspectionLevel.I, "J", 5, 7),  # J: 2.5 -> 5/6, 4.0 -> 7/8 (qcp row J)
        (InspectionLevel.III, "M", 14, 21),  # M: 2.5 -> 14/15, 4.0 -> 21/22 (nibs row M)
    ],
)
def test_level_changes_the_letter_and_the_numbers(
    tables: SamplingTables, level: InspectionLevel, letter: str, major: int, minor: int
) -> None:
    """5,000 units at level I or III use the letter and plans of that level."""
    result = plan(tables, 5000, level)
    assert result.code_letter == letter
    assert (result.for_class(MAJOR).accept, result.for_class(MINOR).accept) == (major, minor)


def test_aql_prints_as_the_standard_writes_it(tables: SamplingTables) -> None:
    """An AQL given as 1 comes back as the table's 1.0, so labels never drift."""
    assert str(one_class(tables, 5000, "1").aql) == "1.0"


@pytest.mark.parametrize("lot", [1, 0, -5])
def test_lot_under_two_units_is_refused(tables: SamplingTables, lot: int) -> None:
    """The tables start at 2 units; the engine refuses anything smaller."""
    with pytest.raises(ValueError, match="at least 2 units"):
        plan(tables, lot)


def test_aql_outside_the_table_is_refused(tables: SamplingTables) -> None:
    """An AQL that is no column of the master table (3) is an error, not a guess."""
    with pytest.raises(ValueError, match="not in the table"):
        plan(tables, 5000, aql_by_class={MAJOR: Decimal(3)})
