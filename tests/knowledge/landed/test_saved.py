"""Saved estimates: names, loose look-ups, pairs for compare, and the per-unit comparison."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from knowledge.landed.result import LineKind
from knowledge.landed.saved import (
    CompareError,
    EstimateFigures,
    EstimateNameError,
    SavedEstimate,
    clean_name,
    compare,
    find_name,
    name_key,
    split_pair,
)
from tests.knowledge.landed.support import estimate

GUIDE = "1000 pcs @ 10 usd fob freight 2000 ins 150 duty 15% broker 300 other 500 cont 700"
NAMES = ["Mugs FOB US", "Mugs CIF DE", "Bottles EXW"]


def saved(name: str, line: str, **kwargs: object) -> SavedEstimate:
    """A saved estimate of `line` as the store would return it."""
    fx = {str(k): Decimal(str(v)) for k, v in kwargs.items()}
    currency = "EUR" if "EUR" in fx else "USD"
    result = estimate(line, fx={k: str(v) for k, v in fx.items()}, currency=currency)
    return SavedEstimate(
        id=1, chat_id=-1, name=name, line=line, fx=result.rates,
        figures=EstimateFigures.of(result), created_by=1, created_at=datetime.now(UTC),
    )  # fmt: skip


def test_figures_sum_the_estimate_by_kind() -> None:
    """The guide's example keeps its total, per unit and each kind's amount."""
    figures = EstimateFigures.of(estimate(GUIDE))
    assert figures.total == Decimal(15150)
    assert figures.per_unit == Decimal("15.15")
    assert figures.amount(LineKind.FEE) == Decimal(800)
    assert figures.amount(LineKind.CONTINGENCY) == Decimal(700)


@pytest.mark.parametrize(
    ("typed", "kept"), [("  Mugs   FOB US ", "Mugs FOB US"), ("“Mugs”", "Mugs"), ("a", "a")]
)
def test_names_are_kept_tidy(typed: str, kept: str) -> None:
    """Spaces collapse and surrounding quotes go."""
    assert clean_name(typed) == kept


@pytest.mark.parametrize("typed", ["", "   ", "x" * 41, "/landed", "list", "Compare"])
def test_bad_names_are_refused_with_a_reason(typed: str) -> None:
    """Empty, too long, command-like and reserved names are refused."""
    with pytest.raises(EstimateNameError):
        clean_name(typed)


def test_same_name_ignores_case_and_spacing() -> None:
    """Two spellings of one name share a key."""
    assert name_key("Mugs  fob US") == name_key("mugs FOB us")


@pytest.mark.parametrize(
    ("typed", "found"),
    [("mugs fob us", "Mugs FOB US"), ("mugs cif", "Mugs CIF DE"), ("botles", "Bottles EXW"),
     ("zebra", None)],
)  # fmt: skip
def test_find_name_forgives_case_typos_and_missing_words(typed: str, found: str | None) -> None:
    """The exact name first, else the closest one above the cut-off, else nothing."""
    assert find_name(typed, NAMES) == found


@pytest.mark.parametrize(
    "typed", ["Mugs FOB US vs Mugs CIF DE", "mugs fob us, mugs cif de", "Mugs FOB US Mugs CIF DE"]
)
def test_split_pair_finds_two_names_with_or_without_a_separator(typed: str) -> None:
    """'A vs B', 'A, B' and plain 'A B' all name the two estimates."""
    assert split_pair(typed, NAMES) == ("Mugs FOB US", "Mugs CIF DE")


def test_split_pair_needs_two_different_names() -> None:
    """The same estimate twice is not a pair."""
    assert split_pair("Bottles EXW vs Bottles EXW", NAMES) is None


def test_compare_puts_both_per_unit_with_totals_for_the_order() -> None:
    """Rows are per unit; quantity and total are for the whole order."""
    a = saved("A", GUIDE)
    b = saved("B", "2000 pcs @ 9 usd cif duty 10% to DE sea")
    rows = {row.label: row for row in compare(a, b).rows}
    assert rows["Landed"].a == Decimal("15.15")
    assert rows["Goods"].b == Decimal(9)
    assert rows["Duty"].b == Decimal("0.9")
    assert rows["VAT"].a == 0
    assert (rows["Quantity"].a, rows["Quantity"].b) == (1000, 2000)
    assert not rows["Total"].per_unit


def test_compare_converts_b_with_the_rates_saved() -> None:
    """An estimate saved in EUR is converted to A's USD at its saved rate."""
    a = saved("A", GUIDE)
    b = saved("B", "1000 pcs @ 10 usd", EUR="0.92")
    result = compare(a, b)
    landed = next(row for row in result.rows if row.label == "Landed")
    assert landed.b == Decimal(10)
    assert result.converted is not None


def test_compare_without_a_rate_between_currencies_says_so() -> None:
    """Without any saved rate linking the two currencies, nothing is guessed."""
    a = saved("A", "1000 pcs @ 10 eur", EUR="0.92")
    in_pounds = SavedEstimate(
        id=2, chat_id=-1, name="B", line="1000 pcs @ 1 gbp", fx=(),
        figures=EstimateFigures("GBP", Decimal(1000), Decimal(1000), Decimal(1000), ()),
        created_by=1, created_at=datetime.now(UTC),
    )  # fmt: skip
    with pytest.raises(CompareError, match="neither saved a rate"):
        compare(a, in_pounds)
