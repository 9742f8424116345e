"""What /fx and /currency are typed with: a currency, and how many of it one US dollar buys.

Owns the forms `/fx CNY 7.12` (also `7.12 cny`, `rmb 7.12`, `1 usd = 7.12 cny`) and
`/currency EUR` (a code, a currency word or a symbol), their limits, and errors that say what
was wrong with an example. It stores nothing and never fetches a rate: rates come from the user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from knowledge.landed.money import ISO_CURRENCIES, USD, Currencies
from knowledge.landed.reader.numbers import number_value
from knowledge.landed.reader.words import normalise

# The weakest currencies trade at a few hundred thousand per USD; more is a slip of the finger.
MAX_RATE = Decimal(10_000_000)
_NUMBER = re.compile(r"^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$|^[0-9]+(?:[.,][0-9]+)?$")
# "1 usd = 7.12 cny": the leading "1 usd =" only restates the form.
_ONE_USD = re.compile(r"^\s*1\s*(?:usd|us\$|\$)\s*=\s*")
FX_FORM = "/fx CNY 7.12 (1 USD = 7.12 CNY)"
# "usd/cny 7.12": a currency pair, base/quote, then how many of the quote one base buys.
_PAIR = re.compile(r"^\s*([^\s/]+)\s*/\s*([^\s/=]+)\s*=?\s*([0-9][0-9.,]*)\s*$")
CURRENCY_FORM = "/currency EUR"


class RateInputError(ValueError):
    """An /fx or /currency argument that cannot be used; `message` says why, with an example."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class RateSetting:
    """1 USD = `per_usd` units of `currency`."""

    currency: str
    per_usd: Decimal

    @property
    def usd_per_unit(self) -> Decimal:
        """What one unit of the currency is worth in USD (the inverse, to catch a flipped rate)."""
        return Decimal(1) / self.per_usd


def read_currency(text: str, currencies: Currencies) -> str:
    """The ISO code `text` names: 'eur', 'EUR', 'euro', '€'; RateInputError otherwise."""
    word = normalise(text).strip()
    code = currencies.names.get(word) or currencies.symbols.get(word) or word.upper()
    if len(code) == 3 and code in ISO_CURRENCIES:
        return code
    raise RateInputError(
        f"'{text.strip()[:20]}' is not a currency I know. Use its 3-letter code, "
        "e.g. EUR, CNY, GBP."
    )


def read_rate(text: str, currencies: Currencies) -> RateSetting:
    """`CNY 7.12`, `7.12 cny`, `1 usd = 7.12 cny` or a pair, `usd/cny 7.12` (1 USD = 7.12 CNY)
    or `eur/usd 1.16` (1 EUR = 1.16 USD), as a rate; RateInputError otherwise."""
    pair = _PAIR.match(normalise(text))
    if pair is not None:
        return _read_pair(pair, currencies)
    words = _ONE_USD.sub("", normalise(text)).replace("=", " ").split()
    numbers = [w for w in words if _NUMBER.match(w)]
    others = [w for w in words if not _NUMBER.match(w)]
    if len(numbers) != 1 or len(others) != 1:
        if any(w.startswith("-") for w in words):
            raise RateInputError("A rate must be more than zero, e.g. " + FX_FORM + ".")
        raise RateInputError("Give one currency and one number: " + FX_FORM + ".")
    code = read_currency(others[0], currencies)
    try:
        rate = number_value(numbers[0])
    except InvalidOperation:  # pragma: no cover - the pattern only lets numbers through
        raise RateInputError("Give one currency and one number: " + FX_FORM + ".") from None
    if code == USD:
        raise RateInputError("1 USD is always 1 USD. Set another currency, e.g. " + FX_FORM + ".")
    if rate <= 0:
        raise RateInputError("A rate must be more than zero, e.g. " + FX_FORM + ".")
    if rate > MAX_RATE:
        raise RateInputError(f"{numbers[0]} {code} per USD is not a believable rate.")
    return RateSetting(code, rate)


def _read_pair(pair: re.Match[str], currencies: Currencies) -> RateSetting:
    """`base/quote rate`: one of the two must be USD, since rates are kept per USD."""
    base, quote = read_currency(pair[1], currencies), read_currency(pair[2], currencies)
    try:
        rate = number_value(pair[3])
    except InvalidOperation:
        raise RateInputError("Give the rate as a number, e.g. /fx usd/cny 7.12.") from None
    if rate <= 0:
        raise RateInputError("A rate must be more than zero, e.g. " + FX_FORM + ".")
    if USD not in (base, quote) or base == quote:
        raise RateInputError(
            f"Rates are kept against the US dollar: give {base} or {quote} per USD, "
            "e.g. /fx usd/cny 7.12."
        )
    setting = RateSetting(quote, rate) if base == USD else RateSetting(base, Decimal(1) / rate)
    if setting.per_usd > MAX_RATE:
        raise RateInputError(f"{pair[3]} is not a believable rate for {base}/{quote}.")
    return setting
