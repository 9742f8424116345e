"""Numbers as people type them: decimal marks, grouping, k/m, and a line's own style.

The property test writes the same order twice, once with decimal points and comma groups and
once with decimal commas and dot groups, and asks for the same estimate from both.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.landed.reader.numbers import number_value, shape
from tests.knowledge.landed.support import estimate, parse


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2,50", Decimal("2.50")),
        ("4.5", Decimal("4.5")),
        ("1,234.56", Decimal("1234.56")),
        ("1.234,56", Decimal("1234.56")),
        ("1.000.000", Decimal(1000000)),
        ("1,000,000", Decimal(1000000)),
        ("0.500", Decimal("0.5")),  # a leading zero never groups
        ("0,125", Decimal("0.125")),
        ("2k", Decimal(2000)),
        ("1.1k", Decimal(1100)),
        ("1,5k", Decimal(1500)),
        ("2m", Decimal(2000000)),
        ("1234", Decimal(1234)),
    ],
)
def test_unambiguous_shapes(text: str, value: Decimal) -> None:
    """A number whose shape shows its marks has one value."""
    assert shape(text).value == value


@pytest.mark.parametrize("text", ["1.200", "1,200", "12.500", "999,000"])
def test_one_mark_before_three_digits_is_ambiguous(text: str) -> None:
    """`1.200` could be 1,200 or 1.2: both readings are kept for the line to decide."""
    found = shape(text)
    assert found.value is None
    assert found.grouped == Decimal(text.replace(".", "").replace(",", ""))


@pytest.mark.parametrize(
    ("line", "freight"),
    [
        # The rest of the line writes decimals with a comma: the dot groups.
        ("1000 pcs @ 2,50 eur freight 1.200", Decimal(1200)),
        # ... with a dot: the comma groups, the dot is decimal.
        ("1000 pcs @ 2.50 eur freight 1,200", Decimal(1200)),
        ("1000 pcs @ 2.50 eur freight 1.200", Decimal("1.2")),
        ("1000 pcs @ 2,50 eur freight 1,200", Decimal("1.2")),
        # Nothing to go by: English reading.
        ("1000 pcs @ 3 eur freight 1,200", Decimal(1200)),
        ("1000 pcs @ 3 eur freight 1.200", Decimal("1.2")),
    ],
)
def test_an_ambiguous_number_takes_the_line_style(line: str, freight: Decimal) -> None:
    """The decimal mark of the line's clear numbers decides `1.200` and `1,200`."""
    query = parse(line)
    assert query.freight is not None
    assert query.freight.amount.amount == freight
    assert query.decisions, "an ambiguous reading must be said"


def test_a_line_without_ambiguity_says_nothing() -> None:
    """`2.50` and `1200` are clear: no first line about the reading."""
    assert parse("1000 pcs @ 2.50 usd freight 1200").decisions == ()


def test_rates_typed_alone_read_the_english_way() -> None:
    """/fx 7,12 and 7.12 are the same rate; 1,000 groups."""
    assert number_value("7,12") == number_value("7.12") == Decimal("7.12")
    assert number_value("1,000") == Decimal(1000)


def dot_style(value: Decimal, group: bool) -> str:
    """`value` with a decimal point, comma groups when `group`, no trailing zeros: so that
    1200 is `1,200` and 1.234 is `1.234`, the forms that could be read either way."""
    text = f"{value:,f}" if group else f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def comma_style(text: str) -> str:
    """The same number written the other way: swap the two marks."""
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(900_000), places=2)
weights = st.decimals(min_value=Decimal("0.001"), max_value=Decimal(90_000), places=3)


@settings(max_examples=150, deadline=None)
@given(
    quantity=st.integers(min_value=1, max_value=2_000_000),
    price=st.decimals(min_value=Decimal("0.01"), max_value=Decimal(9_999), places=2),
    freight=amounts,
    weight=weights,
    duty=st.decimals(min_value=Decimal("0.1"), max_value=Decimal(99), places=1),
    group=st.booleans(),
)
def test_dot_decimal_line_and_its_comma_twin_give_the_same_estimate(
    quantity: int, price: Decimal, freight: Decimal, weight: Decimal, duty: Decimal, group: bool
) -> None:
    """Written with decimal points or with decimal commas, an order costs the same."""
    numbers = {
        "qty": dot_style(Decimal(quantity), group),
        # Two decimals always: a price shows the line's decimal mark.
        "price": f"{price:,.2f}" if group else f"{price:.2f}",
        "freight": dot_style(freight, group),
        "weight": dot_style(weight, group),
        "duty": f"{duty:f}",
    }
    template = "{qty} pcs @ {price} usd fob freight {freight} wt {weight}kg duty {duty}% to DE sea"
    dot_line = template.format(**numbers)
    comma_line = template.format(**{k: comma_style(v) for k, v in numbers.items()})
    dot, comma = estimate(dot_line), estimate(comma_line)
    assert (dot.total, dot.total_with_tax) == (comma.total, comma.total_with_tax)
    assert [(line.label, line.amount) for line in dot.lines] == [
        (line.label, line.amount) for line in comma.lines
    ]
    assert dot.lines[0].amount == quantity * price
