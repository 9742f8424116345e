"""Reference exchange rates (the ECB's daily euro rates): reading them, when to fetch, merging.

Owns the pure side of live rates: reading the ECB's daily file (`eurofxref-daily.xml`, rates
as units per 1 EUR) into units per 1 USD, the rule for when a fetch is due (at most one good
download a UTC day; after a failure, another try an hour later at the soonest), and the
merge with a chat's own /fx rates, which always win. Each rate keeps its source and date so
the reply can name them. Fetching is I/O: `bot/` does it behind the `RateFeed` port.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from knowledge.landed.money import ISO_CURRENCIES, USD

ECB = "ECB"
RETRY_AFTER = timedelta(hours=1)
_DAY = re.compile(r"""<Cube\s+time\s*=\s*["'](\d{4}-\d{2}-\d{2})["']""")
_RATE = re.compile(
    r"""<Cube\s+currency\s*=\s*["']([A-Z]{3})["']\s+rate\s*=\s*["']([0-9]+(?:\.[0-9]+)?)["']"""
)
_MAX_SIZE = 200_000  # the daily file is about 1.5 kB; anything this large is not it


class RateFeedError(ValueError):
    """A reference-rate file that cannot be read; the message says what was wrong."""


@dataclass(frozen=True, slots=True)
class ReferenceRates:
    """Units of each currency per 1 USD on `day`, from `source`."""

    source: str
    day: date
    per_usd: Mapping[str, Decimal]


def read_ecb_daily(text: str) -> ReferenceRates:
    """The ECB's daily file as rates per 1 USD; RateFeedError when it is not that file.

    The file is small and of a fixed, published shape: it is read with two patterns rather
    than an XML parser, so nothing in it (entities, DTDs) is ever expanded.
    """
    if len(text) > _MAX_SIZE:
        raise RateFeedError("the rate file is far larger than the ECB's daily file")
    day = _DAY.search(text)
    per_eur = dict(_RATE.findall(text))
    if day is None or USD not in per_eur:
        raise RateFeedError("no dated USD rate in the file")
    try:
        on = date.fromisoformat(day.group(1))
        eur = {code: Decimal(rate) for code, rate in per_eur.items() if code in ISO_CURRENCIES}
    except (ValueError, InvalidOperation) as exc:
        raise RateFeedError(f"unreadable date or rate ({exc})") from None
    usd_per_eur = eur.pop(USD)
    if usd_per_eur <= 0 or any(rate <= 0 for rate in eur.values()):
        raise RateFeedError("a rate is not above zero")
    per_usd = {code: rate / usd_per_eur for code, rate in eur.items()}
    per_usd["EUR"] = Decimal(1) / usd_per_eur
    return ReferenceRates(ECB, on, per_usd)


@dataclass(frozen=True, slots=True)
class FetchAttempt:
    """The last time the rates were fetched, and whether it worked."""

    at: datetime
    ok: bool


def fetch_due(last: FetchAttempt | None, now: datetime) -> bool:
    """True when a fetch may be made now: never fetched, last good one on an earlier UTC day,
    or the last try failed over an hour ago."""
    if last is None:
        return True
    if last.ok:
        return last.at.date() < now.date()
    return now - last.at >= RETRY_AFTER


@dataclass(frozen=True, slots=True)
class RateSource:
    """Where one rate comes from: "your /fx" or "ECB", and the day it is for."""

    name: str
    day: date | None


@dataclass(frozen=True, slots=True)
class ChatRates:
    """The rates an estimate may use, with the source of each."""

    per_usd: Mapping[str, Decimal]
    sources: Mapping[str, RateSource]


def merge_rates(
    manual: Mapping[str, Decimal],
    manual_days: Mapping[str, date],
    reference: ReferenceRates | None,
) -> ChatRates:
    """The chat's own rates over the reference ones: a rate typed with /fx always wins."""
    per_usd: dict[str, Decimal] = {}
    sources: dict[str, RateSource] = {}
    if reference is not None:
        per_usd.update(reference.per_usd)
        sources.update(
            dict.fromkeys(reference.per_usd, RateSource(reference.source, reference.day))
        )
    for code, rate in manual.items():
        per_usd[code] = rate
        sources[code] = RateSource("your /fx", manual_days.get(code))
    return ChatRates(per_usd, sources)
