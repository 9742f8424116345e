"""An order's total typed instead of a unit price, and inland cities named after "to".

Found trying the console with lines typed from a proforma ("10 pcs $450 total", "5000 pcs total
12,300 usd"): the total was refused as an unknown word. A city that is not a port ("to Toronto")
was refused as an unknown country.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.landed.guided import LandedGuide
from knowledge.landed.money import Money
from knowledge.landed.query import LandedInputError
from knowledge.landed.steps import Step
from tests.knowledge.landed.support import estimate, parse, parser, rules


@pytest.mark.parametrize(
    ("line", "total"),
    [
        ("10 pcs $450 total", Money(Decimal(450), "USD")),
        ("10 pcs 450 usd in total", Money(Decimal(450), "USD")),
        ("5000 pcs total 12,300 usd", Money(Decimal(12300), "USD")),
        ("3000 pcs order value: CNY 45,000", Money(Decimal(45000), "CNY")),
        ("1000 pcs pi total 2500 eur", Money(Decimal(2500), "EUR")),
        ("total price 900 usd 300 sets", Money(Decimal(900), "USD")),
        ("invoice amount 1.250,50 eur 100 pcs", Money(Decimal("1250.50"), "EUR")),
    ],
)
def test_an_order_total_stands_for_the_price(line: str, total: Money) -> None:
    """The total is kept as typed; the unit price is only its share per unit."""
    q = parse(line)
    assert q.goods_total == total
    assert q.unit_price == Money(total.amount / q.quantity, total.currency)
    assert any(d.startswith("order total") for d in q.decisions)


def test_the_goods_line_is_the_total_exactly_even_when_it_does_not_divide() -> None:
    """1,000 for 3 pcs is 1,000.00 of goods, not 3 x 333.33 = 999.99."""
    est = estimate("3 pcs total 1000 usd")
    goods = est.lines[0]
    assert goods.amount == Decimal(1000)
    assert est.total == Decimal(1000)
    assert goods.typed_whole


def test_a_unit_price_and_a_total_together_are_refused() -> None:
    """Two prices that may disagree: the reply asks for one of them."""
    with pytest.raises(LandedInputError, match="unit price or the order total, not both"):
        parse("1000 pcs @ 2 usd total 2000 usd")


def test_total_with_no_amount_says_what_it_needs() -> None:
    """'total' alone names what should follow it."""
    with pytest.raises(LandedInputError, match="total 2500 usd") as caught:
        parse("1200 pcs @ 2 usd total")
    assert caught.value.word == "total"


def test_freight_total_with_containers_keeps_its_meaning() -> None:
    """'freight 6400 total' is still the freight for all containers, not the order."""
    q = parse("1000 pcs @ 5 usd 2 x 40hq freight 6400 total")
    assert q.goods_total is None
    assert q.freight is not None
    assert q.freight.amount.amount == Decimal(6400)


@pytest.mark.parametrize(
    ("line", "country"),
    [
        ("100 pcs @ 3 usd to toronto", "CA"),
        ("100 pcs @ 3 usd to chicago air", "US"),
        ("100 pcs @ 3 usd dap munich", "DE"),
        ("100 pcs @ 3 usd to milano", "IT"),
        ("100 pcs @ 3 usd to oslo", "NO"),
    ],
)
def test_an_inland_city_after_to_names_its_country(line: str, country: str) -> None:
    """Buyers name the city the goods go to, not only the port."""
    assert parse(line).destination == country


@pytest.mark.parametrize("typed", ["total 2500 usd", "2500 usd total", "order value $2,500"])
def test_the_guided_price_step_takes_an_order_total(typed: str) -> None:
    """At "Unit price?" a buyer holding a proforma may type its total instead."""
    guide = LandedGuide(parser(), rules())
    after_qty = guide.answer(Step.QUANTITY, "1000", {})
    after_price = guide.answer(Step.PRICE, typed, after_qty.answers)
    q = parser().parse(guide.line(after_price.answers))
    assert q.goods_total is not None
    assert q.goods_total.amount == Decimal(2500)
    assert q.unit_price.amount == Decimal("2.5")
