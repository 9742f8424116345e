"""What /fx and /currency accept: codes, words, symbols, both orders, and sane rates."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.landed.reader.rates import RateInputError, RateSetting, read_currency, read_rate
from tests.knowledge.landed.support import rules


@pytest.mark.parametrize(
    "typed", ["CNY 7.12", "cny 7.12", "7.12 CNY", "rmb 7.12", "1 usd = 7.12 cny", "¥ 7.12"]
)
def test_rate_forms_all_read_as_one_usd_in_cny(typed: str) -> None:
    """Code first or last, a currency word or symbol, or the full '1 USD =' form."""
    assert read_rate(typed, rules().currencies) == RateSetting("CNY", Decimal("7.12"))


def test_grouped_thousands_read_as_one_number() -> None:
    """'26,000 VND' is twenty-six thousand, not 26."""
    assert read_rate("VND 26,000", rules().currencies).per_usd == Decimal(26000)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("CNY", "one currency and one number"),
        ("CNY 7 8", "one currency and one number"),
        ("XXQ 7", "not a currency I know"),
        ("USD 2", "1 USD is always 1 USD"),
        ("CNY 0", "more than zero"),
        ("CNY -3", "more than zero"),
        ("CNY 99999999", "not a believable rate"),
    ],
)
def test_bad_rates_are_refused_with_the_form(typed: str, reason: str) -> None:
    """Each refusal says what was wrong."""
    with pytest.raises(RateInputError, match=reason):
        read_rate(typed, rules().currencies)


def test_inverse_shows_what_one_unit_is_worth_in_usd() -> None:
    """A flipped rate is easy to spot: 1 CNY = 0.14 USD."""
    assert round(RateSetting("CNY", Decimal("7.12")).usd_per_unit, 4) == Decimal("0.1404")


@pytest.mark.parametrize(("typed", "code"), [("eur", "EUR"), ("Euro", "EUR"), ("€", "EUR")])
def test_currency_by_code_word_or_symbol(typed: str, code: str) -> None:
    """The display currency can be typed as a code, a word or a symbol."""
    assert read_currency(typed, rules().currencies) == code


def test_unknown_currency_is_refused() -> None:
    """Anything that is not an ISO 4217 currency is refused."""
    with pytest.raises(RateInputError, match="3-letter code"):
        read_currency("bitcoin", rules().currencies)
