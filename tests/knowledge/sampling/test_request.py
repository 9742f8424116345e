"""Reading /aql arguments: the forms people type, and clear answers when they are wrong."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.loader import load_knowledge
from knowledge.sampling.request import (
    USAGE,
    AqlInputError,
    AqlRequest,
    lot_size_alone,
    parse_aql_request,
)
from knowledge.sampling.tables import DefectClass, InspectionLevel, SamplingTables


@pytest.fixture(scope="module")
def tables() -> SamplingTables:
    return load_knowledge().get(SamplingTables)


def read(text: str, tables: SamplingTables) -> AqlRequest:
    result = parse_aql_request(text, tables)
    assert isinstance(result, AqlRequest), result
    return result


def refuse(text: str, tables: SamplingTables) -> AqlInputError:
    result = parse_aql_request(text, tables)
    assert isinstance(result, AqlInputError), result
    return result


@pytest.mark.parametrize(
    "text",
    [
        "5000",
        "5,000",
        "5,000 pcs",
        "5000pcs",
        "5 000",
        "5\u00a0000 units",
        "5k",
        "lot 5000",
        "lot size 5000",
        "qty: 5000",
    ],
)
def test_lot_size_forms_all_read_as_5000(tables: SamplingTables, text: str) -> None:
    """Separators, unit words and lot keywords around the number do not change it."""
    request = read(text, tables)
    assert request == AqlRequest(lot_size=5000)


def test_full_request_with_classes_and_level(tables: SamplingTables) -> None:
    """`5000 major 1.5 minor 4 level III` sets both AQLs and the level."""
    request = read("5000 major 1.5 minor 4 level III", tables)
    assert request.lot_size == 5000
    assert request.level is InspectionLevel.III
    assert request.aql_by_class == {
        DefectClass.MAJOR: Decimal("1.5"),
        DefectClass.MINOR: Decimal("4.0"),
    }
    assert str(request.aql_by_class[DefectClass.MINOR]) == "4.0"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("lot 5000 level s-2", InspectionLevel.S2),
        ("5000 level S2", InspectionLevel.S2),
        ("5000 level S\u20132", InspectionLevel.S2),  # a phone's en dash
        ("5000 level s 4", InspectionLevel.S4),
        ("5000 level 1", InspectionLevel.I),
        ("5000 level=ii", InspectionLevel.II),
        ("III 5000", InspectionLevel.III),
    ],
)
def test_level_forms(tables: SamplingTables, text: str, level: InspectionLevel) -> None:
    """Levels read with or without the word `level`, as roman numerals, digits or S-n."""
    assert read(text, tables).level is level


@pytest.mark.parametrize(
    ("text", "defect_class", "aql"),
    [
        ("5000 critical 0", DefectClass.CRITICAL, "0"),
        ("5000 crit 0.065", DefectClass.CRITICAL, "0.065"),
        ("5000 maj 1,5", DefectClass.MAJOR, "1.5"),
        ("5000 major 2.5%", DefectClass.MAJOR, "2.5"),
        ("5000 min 0.1", DefectClass.MINOR, "0.10"),
        ("major 1.0 5000", DefectClass.MAJOR, "1.0"),
    ],
)
def test_aql_forms(tables: SamplingTables, text: str, defect_class: DefectClass, aql: str) -> None:
    """AQLs read with short class names, decimal commas, % signs, and in any position."""
    value = read(text, tables).aql_by_class[defect_class]
    assert value == Decimal(aql)
    assert str(value) == aql


def test_unknown_aql_lists_the_valid_ones(tables: SamplingTables) -> None:
    """An AQL the table lacks names the class, the value and every valid AQL."""
    error = refuse("5000 major 3", tables)
    assert error.problem.startswith("Major: 3 is not an AQL in the table.")
    assert "0.065, 0.10, 0.15, 0.25, 0.40, 0.65, 1.0, 1.5, 2.5, 4.0, 6.5" in error.problem
    assert "0 for no defects allowed" in error.problem
    assert error.expected == USAGE
    assert error.message.endswith(USAGE)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "Tell me the lot size"),
        ("major 2.5", "Tell me the lot size"),
        ("0", "positive whole number"),
        ("-40", 'positive whole number, not "-40"'),
        ("5000.5", 'whole number of units, not "5000.5"'),
        ("5.0", 'whole number of units, not "5.0"'),
        ("5.0000", 'whole number of units, not "5.0000"'),
        ("5,00", 'positive whole number, not "5,00"'),
        ("1e6", 'positive whole number, not "1e6"'),
        ("2.5005k", "whole number of units"),
        ("100000001", "100,000,001 units is more than one lot (at most 100,000,000)"),
        ("5000 300", "more than one lot size (5,000 and 300)"),
        ("5000 1.000", "more than one lot size (5,000 and 1.000)"),  # dotted thousands
        ("5000 2.5 4.0 6.5", 'Too many AQLs without a class at "6.5"'),
        ("5000 3.0", "Major: 3.0 is not an AQL in the table"),
        ("5000 major", "Major needs an AQL value"),
        ("5000 minor abc", 'Minor: "abc" is not an AQL'),
        ("5000 major NaN", 'Major: "NaN" is not an AQL'),
        ("5000 major 1.5 major 2.5", "Major is given twice"),
        ("5000 level IV", 'Unknown inspection level "IV". Levels: I, II, III, S-1'),
        ("5000 level", "Unknown inspection level (nothing)"),
        ("5000 level II III", "The level is given twice"),
        ("5000 tightened", "Only normal inspection"),
        ("5000 boxes", 'I don\'t understand "boxes"'),
    ],
)
def test_bad_input_names_what_is_wrong(tables: SamplingTables, text: str, problem: str) -> None:
    """Each mistake gets a reply naming it, followed by the expected form."""
    error = refuse(text, tables)
    assert problem in error.problem
    assert error.expected == USAGE


def test_a_single_unit_is_answered_without_the_usage_line(tables: SamplingTables) -> None:
    """A lot of 1 is not a typo: the reply tells the user to inspect it, nothing more."""
    error = refuse("1", tables)
    assert error.message == "A lot of 1 unit needs no sampling plan: inspect that unit."


def test_parsed_request_feeds_the_plan(tables: SamplingTables) -> None:
    """What the parser returns is exactly what `plan` takes: level III, major 1.5 at 5,000."""
    from knowledge.sampling.plan import plan

    request = read("5,000 pcs major 1.5 level III", tables)
    result = plan(tables, request.lot_size, request.level, request.aql_by_class)
    major = result.for_class(DefectClass.MAJOR)
    assert (result.code_letter, major.sample_size, major.accept, major.reject) == (
        "M",
        315,
        10,
        11,
    )


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("5000", 5000),
        ("12,000", 12000),
        ("12 000", 12000),
        ("5k", 5000),
        ("1", None),  # /aql refuses a lot of one unit
        ("0", None),
        ("3.5", None),
        ("500000000", None),  # more than one lot
        ("1 2", None),
        ("5000 pcs", None),
    ],
)
def test_a_lot_size_alone_is_read_as_aql_reads_it(text: str, size: int | None) -> None:
    """A quantity and nothing else gives the lot size /aql would plan; anything else None."""
    assert lot_size_alone(text) == size


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3500 pcs level II aql 1.5", {DefectClass.MAJOR: Decimal("1.5")}),
        ("3500 aql 2.5/4.0", {DefectClass.MAJOR: Decimal("2.5"), DefectClass.MINOR: Decimal(4)}),
        (
            "3500 aql 0/2.5/4",
            {
                DefectClass.CRITICAL: Decimal(0),
                DefectClass.MAJOR: Decimal("2.5"),
                DefectClass.MINOR: Decimal(4),
            },
        ),
    ],
)
def test_aql_shorthand_as_inspection_bookings_write_it(
    tables: SamplingTables, text: str, expected: dict[DefectClass, Decimal]
) -> None:
    """`aql 1.5` is the major AQL; `aql 2.5/4.0` major/minor; three figures add critical."""
    assert read(text, tables).aql_by_class == expected


def test_aql_shorthand_refuses_four_figures_and_a_missing_value(tables: SamplingTables) -> None:
    assert "at most critical/major/minor" in refuse("3500 aql 0/1/2.5/4", tables).problem
    assert "needs an AQL value" in refuse("3500 aql", tables).problem


@pytest.mark.parametrize(
    ("text", "size"), [("3.200 pcs", 3_200), ("12.000", 12_000), ("1.200.000 units", 1_200_000)]
)
def test_dot_grouped_thousands_are_a_count_of_units(
    tables: SamplingTables, text: str, size: int
) -> None:
    """`3.200 pcs`, as much of Europe types a count: a lot has no fractional units, so the
    dots group thousands; the request says how it was read."""
    request = read(text, tables)
    assert request.lot_size == size
    assert (
        request.read_note
        == f"Read {text.split(maxsplit=1)[0]} as {size:,} units (dots as thousands)."
    )
    assert read("3200", tables).read_note is None


@pytest.mark.parametrize(
    ("text", "major", "minor"),
    [
        ("3,200 pcs level II 2.5", "2.5", None),
        ("3200 2.5 4.0", "2.5", "4.0"),
        ("3200 1,5/4", "1.5", "4.0"),
        ("5000 4%", "4.0", None),
        ("5000 minor 6.5 1.0", "1.0", "6.5"),  # the class left free takes the bare figure
    ],
)
def test_a_figure_with_decimals_after_the_lot_size_is_an_aql(
    text: str, major: str, minor: str | None, tables: SamplingTables
) -> None:
    """Buyers copy AQLs as a booking writes them ("3,200 pcs level II 2.5"): a figure with
    decimals or a % sign after the lot size is the major AQL, the next the minor."""
    request = read(text, tables)
    assert request.aql_by_class.get(DefectClass.MAJOR) == Decimal(major)
    assert request.aql_by_class.get(DefectClass.MINOR) == (
        None if minor is None else Decimal(minor)
    )
