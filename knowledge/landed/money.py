"""Money for landed-cost estimates: currencies, exchange rates, rounding for display.

Owns the currency data model (`currencies.yaml`: decimals per currency, symbols and words
people type), conversion with the rates a chat has set (units of a currency per 1 USD), and
rounding, which happens only here and only when an amount is shown. It must not round while
calculating, and it never fetches rates: they come from the user.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Self

import pycountry
from pydantic import Field, model_validator

from knowledge.base import Frozen

USD = "USD"
# Cheap parts cost fractions of a cent per unit more or less: below 1, show two more places.
UNIT_EXTRA_DECIMALS = 2
_TYPED_EXTRA_DECIMALS = 4

# Every ISO 4217 code, computed once: a typed code is accepted only if it is a real one.
ISO_CURRENCIES: frozenset[str] = frozenset(c.alpha_3 for c in pycountry.currencies)


class Currencies(Frozen):
    """Decimals per currency and the symbols and words people type for currencies."""

    source: str = Field(min_length=1)
    default_minor_units: int = Field(ge=0, le=4)
    minor_units: dict[str, int]
    symbols: dict[str, str]
    ambiguous_symbols: tuple[str, ...] = ()
    names: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _codes_are_iso(self) -> Self:
        codes = [*self.minor_units, *self.symbols.values(), *self.names.values()]
        unknown = sorted({code for code in codes if code not in ISO_CURRENCIES})
        if unknown:
            raise ValueError(f"not ISO 4217 currency codes: {', '.join(unknown)}")
        stray = [s for s in self.ambiguous_symbols if s not in self.symbols]
        if stray:
            raise ValueError(f"ambiguous symbols that are not symbols: {', '.join(stray)}")
        return self

    def decimals(self, currency: str) -> int:
        """How many decimals `currency` shows (JPY 0, KWD 3, most 2)."""
        return self.minor_units.get(currency, self.default_minor_units)

    def show(self, amount: Decimal, currency: str) -> str:
        """`amount` rounded half-up to the currency's decimals, with thousands separators."""
        return format_amount(amount, self.decimals(currency))

    def show_unit(self, amount: Decimal, currency: str) -> str:
        """A cost per unit: like `show`, with up to two more decimals below one (0.1235 USD).

        The extra places are for precision, not padding: 0.90 beside 1.00, never 0.9000.
        """
        usual = self.decimals(currency)
        if abs(amount) >= 1:
            return format_amount(amount, usual)
        text = format_amount(amount, usual + UNIT_EXTRA_DECIMALS)
        keep = max(usual, UNIT_EXTRA_DECIMALS)  # at least two places: 0.40 JPY, not 0.4
        while text.rsplit(".", 1)[-1].endswith("0") and len(text.rsplit(".", 1)[-1]) > keep:
            text = text[:-1]
        return text

    def show_rate(self, amount: Decimal, currency: str) -> str:
        """A unit price or a rate per kg: up to two more decimals than `currency` shows.

        Quantity times the rate shown must come back to the line's amount: 500.55 JPY a unit
        stays 500.55 (not 501, which would put 100 units at 50,100 beside 50,055), 32 CNY at
        7.12 is 4.4944 USD. Trailing zeros go back to the currency's own decimals (10.00).
        """
        usual = self.decimals(currency)
        text = format_amount(amount, usual + UNIT_EXTRA_DECIMALS)
        return _trim_zeros(text, keep=usual)

    def show_typed(self, amount: Decimal, currency: str) -> str:
        """An amount as the user typed it: 3.337 USD, 32.00 CNY, 4.50 CNY/kg.

        Up to four more decimals than the currency shows, so a typed figure is never rounded,
        while one derived from it (a rate per lb turned into one per kg) stays short.
        """
        usual = self.decimals(currency)
        return _trim_zeros(format_amount(amount, usual + _TYPED_EXTRA_DECIMALS), keep=usual)


def _trim_zeros(text: str, keep: int) -> str:
    """Drop trailing zeros after the point until `keep` decimals remain (no point at 0)."""
    if "." not in text:
        return text
    whole, fraction = text.split(".")
    fraction = fraction.rstrip("0").ljust(keep, "0")
    return f"{whole}.{fraction}" if fraction else whole


def format_amount(amount: Decimal, decimals: int) -> str:
    """Round half-up to `decimals` places and group thousands: 14450 -> '14,450.00'."""
    step = Decimal(1).scaleb(-decimals)
    rounded = amount.quantize(step, rounding=ROUND_HALF_UP)
    if rounded == 0:
        rounded = abs(rounded)  # never show "-0.00"
    return f"{rounded:,.{decimals}f}"


def format_number(value: Decimal, max_decimals: int = 2) -> str:
    """A quantity or a rate without trailing zeros: 1000 -> '1,000', 4.50 -> '4.5'."""
    step = Decimal(1).scaleb(-max_decimals)
    rounded = value.quantize(step, rounding=ROUND_HALF_UP).normalize()
    if rounded == rounded.to_integral_value():
        return f"{rounded.to_integral_value():,f}"
    return f"{rounded:,f}"


@dataclass(frozen=True, slots=True)
class Money:
    """An amount as typed; `currency` is None when the user gave none."""

    amount: Decimal
    currency: str | None = None


class MissingRateError(Exception):
    """An amount is in a currency the chat has no exchange rate for."""

    def __init__(self, currencies: Iterable[str]) -> None:
        self.currencies = tuple(sorted(set(currencies)))
        names = ", ".join(self.currencies)
        super().__init__(f"No exchange rate for {names}: set 1 USD = ? {self.currencies[0]}.")


class BadRateError(ValueError):
    """An exchange rate that is zero, negative or otherwise unusable."""


@dataclass(frozen=True, slots=True)
class Fx:
    """Converts between currencies with rates given as units of a currency per 1 USD."""

    per_usd: Mapping[str, Decimal]

    def __post_init__(self) -> None:
        for code, rate in self.per_usd.items():
            if not rate.is_finite() or rate <= 0:
                raise BadRateError(f"The rate for {code} must be a positive number.")
            if code == USD and rate != 1:
                raise BadRateError("1 USD is always 1 USD.")

    def rate(self, currency: str) -> Decimal:
        """Units of `currency` per 1 USD; MissingRateError when the chat has none."""
        if currency == USD:
            return Decimal(1)
        try:
            return self.per_usd[currency]
        except KeyError:
            raise MissingRateError([currency]) from None

    def require(self, currencies: Iterable[str]) -> None:
        """Raise one MissingRateError naming every currency without a rate."""
        missing = [c for c in currencies if c != USD and c not in self.per_usd]
        if missing:
            raise MissingRateError(missing)

    def convert(self, amount: Decimal, source: str, target: str) -> Decimal:
        """`amount` in `source` expressed in `target`, unrounded."""
        if source == target:
            return amount
        return amount * self.rate(target) / self.rate(source)
