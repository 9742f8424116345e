"""Currencies in landed-cost estimates: conversion with the chat's rates, and display."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.landed.currency import estimate_in_reach, typed_currency
from knowledge.landed.money import BadRateError, Fx, MissingRateError, Money, format_amount
from knowledge.landed.result import LineKind
from tests.knowledge.landed.support import estimate, notes, only, parser, rules, shown

FX = {"CNY": "7.12", "EUR": "0.92", "JPY": "150"}


def test_price_in_cny_is_converted_with_the_chat_rate() -> None:
    """71.20 CNY at 1 USD = 7.12 CNY is 10 USD a unit; the rate used is reported."""
    result = estimate("1000 pcs @ 71.2 cny fob", fx=FX)
    goods = only(result, LineKind.GOODS)
    assert goods.amount == 10000
    assert goods.typed == Money(Decimal("71.2"), "CNY")
    assert result.rates == (("CNY", Decimal("7.12")),)


def test_amounts_in_different_currencies_add_up_in_the_display_currency() -> None:
    """Goods in USD and freight in CNY: 14,240 CNY is 2,000 USD."""
    result = estimate("1000 pcs @ 10 usd fob freight 14240 cny", fx=FX)
    freight = only(result, LineKind.FREIGHT)
    assert freight.amount == 2000
    assert freight.typed == Money(Decimal(14240), "CNY")
    assert result.total == 12000


def test_bare_amounts_take_the_price_currency_and_the_notes_say_so() -> None:
    """With a CNY price, 'freight 7120' is CNY too."""
    result = estimate("1000 pcs @ 71.2 cny fob freight 7120", fx=FX)
    assert only(result, LineKind.FREIGHT).amount == 1000
    assert "Amounts without a currency read as CNY" in notes(result)


def test_display_in_euros_converts_everything() -> None:
    """At 1 USD = 0.92 EUR, the guide's 15,150 USD is 13,938 EUR."""
    result = estimate(
        "1000 pcs @ 10 usd fob freight 2000 ins 150 duty 15% broker 300 other 500 cont 700",
        fx=FX,
        currency="EUR",
    )
    assert shown(result.total, "EUR") == "13,938.00"
    assert result.rates == (("EUR", Decimal("0.92")),)


def test_us_fees_are_converted_from_usd() -> None:
    """The MPF minimum of 33.58 USD shows in euros at the chat's rate."""
    result = estimate("100 pcs @ 50 eur fob duty 0% to US air", fx=FX, currency="EUR")
    (mpf,) = result.lines_of(LineKind.ENTRY_FEE)
    assert mpf.label == "MPF (minimum)"
    assert mpf.amount == Decimal("33.58") * Decimal("0.92")


def test_yen_is_shown_without_decimals() -> None:
    """JPY has no minor unit: 1,234.5 shows as 1,235."""
    result = estimate("3 pcs @ 411.5 jpy", fx=FX, currency="JPY")
    assert shown(result.total, "JPY") == "1,235"


def test_currency_without_a_rate_is_a_clear_error_naming_all_missing() -> None:
    """Every currency with no rate is named at once."""
    with pytest.raises(MissingRateError) as caught:
        estimate("1000 pcs @ 10 gbp fob freight 500 cny", currency="EUR")
    assert caught.value.currencies == ("CNY", "EUR", "GBP")
    assert "CNY, EUR, GBP" in str(caught.value)


def test_one_currency_throughout_needs_no_rate() -> None:
    """Shown in EUR with every amount in EUR, nothing is converted, so no EUR rate is asked."""
    result = estimate("100 pcs @ 10 eur fob freight 200 duty 5% to DE sea", currency="EUR")
    assert shown(result.total, "EUR") == "1,260.00"  # 1,000 + 200 + 5% of CIF 1,200 = 60
    assert result.rates == ()


def test_us_entry_fees_still_need_the_rate_of_a_non_usd_estimate() -> None:
    """MPF and HMF are set in USD, so an all-EUR estimate to the US needs the EUR rate."""
    with pytest.raises(MissingRateError) as caught:
        estimate("100 pcs @ 10 eur fob duty 0% to US sea", currency="EUR")
    assert caught.value.currencies == ("EUR",)


def test_all_amounts_in_one_currency_without_its_rate_are_shown_in_that_currency() -> None:
    """A USD chat with no EUR rate still answers an all-EUR line, in EUR, converting nothing."""
    query = parser().parse("100 pcs @ 10 eur fob freight 200 duty 5% to DE sea")
    reached = estimate_in_reach(query, rules(), fx_per_usd={}, currency="USD")
    assert reached.missing_rates == ("EUR",)
    result = reached.estimate
    assert result.currency == "EUR"
    assert shown(result.total, "EUR") == "1,260.00"
    assert result.rates == ()


@pytest.mark.parametrize(
    "line",
    [
        "100 pcs @ 10 eur fob freight 200 usd to DE sea",  # two currencies: a rate is needed
        "100 pcs @ 10 eur fob duty 0% to US sea",  # US fees are set in USD
    ],
)
def test_a_rate_is_still_asked_for_when_something_must_be_converted(line: str) -> None:
    """The fallback never guesses a rate: the EUR rate is still asked for."""
    with pytest.raises(MissingRateError) as caught:
        estimate_in_reach(parser().parse(line), rules(), fx_per_usd={}, currency="USD")
    assert caught.value.currencies == ("EUR",)


def test_typed_currency_needs_a_price_currency_and_no_other() -> None:
    """Bare amounts agree with the price; a price without a currency gives None."""
    assert typed_currency(parser().parse("10 pcs @ 5 eur freight 20")) == "EUR"
    assert typed_currency(parser().parse("10 pcs @ 5 freight 20 eur")) is None
    assert typed_currency(parser().parse("10 pcs @ 5 eur freight 20 cny")) is None


def test_usd_needs_no_rate() -> None:
    """USD is the reference: 1 USD = 1 USD always."""
    assert Fx({}).convert(Decimal(5), "USD", "USD") == 5
    with pytest.raises(BadRateError):
        Fx({"USD": Decimal(2)})


def test_zero_or_negative_rate_is_refused() -> None:
    """A rate must be a positive number."""
    with pytest.raises(BadRateError):
        Fx({"CNY": Decimal(0)})


@pytest.mark.parametrize(
    ("amount", "decimals", "text"),
    [
        ("14450", 2, "14,450.00"),
        ("2654.775", 2, "2,654.78"),  # half up, not half even
        ("0.125", 2, "0.13"),
        ("1234.5", 0, "1,235"),
        ("1.0005", 3, "1.001"),
        ("-0.001", 2, "0.00"),
    ],
)
def test_amounts_round_half_up_only_when_shown(amount: str, decimals: int, text: str) -> None:
    """Display rounding is half-up to the currency's decimals, with thousands separators."""
    assert format_amount(Decimal(amount), decimals) == text


@pytest.mark.parametrize(
    ("amount", "currency", "text"),
    [
        ("15.1725", "USD", "15.17"),
        ("0.123456", "USD", "0.1235"),
        ("0.4", "JPY", "0.40"),
        ("0.9", "USD", "0.90"),
        ("0.045", "USD", "0.045"),
    ],
)
def test_cost_per_unit_keeps_precision_below_one(amount: str, currency: str, text: str) -> None:
    """A per-unit cost under 1 shows up to two more decimals, without padding zeros."""
    assert rules().currencies.show_unit(Decimal(amount), currency) == text


@pytest.mark.parametrize(
    ("amount", "currency", "text"),
    [
        ("500.55", "JPY", "500.55"),  # 100 of them make 50,055, not 100 x 501
        ("501", "JPY", "501"),
        ("4.49438202", "USD", "4.4944"),  # 32 CNY at 7.12
        ("10", "USD", "10.00"),
        ("8.5", "USD", "8.50"),
        ("0.63202247", "USD", "0.632"),
        ("1234.5", "KWD", "1,234.500"),
    ],
)
def test_unit_price_keeps_the_decimals_its_line_needs(
    amount: str, currency: str, text: str
) -> None:
    """A unit price beside 'qty ×' keeps up to two more decimals than its currency shows."""
    assert rules().currencies.show_rate(Decimal(amount), currency) == text


@pytest.mark.parametrize(
    ("amount", "currency", "text"),
    [
        ("3.337", "USD", "3.337"),
        ("32", "CNY", "32.00"),
        ("0.0001", "USD", "0.0001"),
        ("26000", "VND", "26,000"),
        ("9.9207904551", "USD", "9.92079"),  # a rate per lb turned per kg stays short
    ],
)
def test_typed_amount_is_echoed_as_typed(amount: str, currency: str, text: str) -> None:
    """What the user typed comes back unrounded, with the currency's decimals at least."""
    assert rules().currencies.show_typed(Decimal(amount), currency) == text
