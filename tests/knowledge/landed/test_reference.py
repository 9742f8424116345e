"""The ECB's daily reference rates: reading the file, when to fetch, and /fx winning."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from knowledge.landed.reference import (
    FetchAttempt,
    RateFeedError,
    fetch_due,
    merge_rates,
    read_ecb_daily,
)
from tests.handlers.landed.ecb_double import daily_xml


def test_the_daily_file_becomes_rates_per_usd() -> None:
    """1 EUR = 1.1650 USD and 8.2467 CNY: 1 USD = 1/1.165 EUR and 8.2467/1.165 CNY."""
    rates = read_ecb_daily(daily_xml())
    assert (rates.source, rates.day) == ("ECB", date(2026, 12, 4))
    assert rates.per_usd["EUR"] == Decimal(1) / Decimal("1.1650")
    assert rates.per_usd["CNY"] == Decimal("8.2467") / Decimal("1.1650")
    assert "USD" not in rates.per_usd


@pytest.mark.parametrize(
    "body",
    [
        "<html>maintenance</html>",
        daily_xml(rates={"JPY": "176.2"}),  # no USD rate to turn the others into per-USD
        daily_xml(rates={"USD": "0", "CNY": "8.2"}),
        daily_xml(day="2026-13-40"),
        "x" * 300_000,
    ],
)
def test_anything_else_is_refused(body: str) -> None:
    """A page that is not the daily file is an error, never a rate."""
    with pytest.raises(RateFeedError):
        read_ecb_daily(body)


NOW = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("last", "due"),
    [
        (None, True),
        (FetchAttempt(NOW - timedelta(hours=9), ok=True), False),  # earlier today
        (FetchAttempt(NOW - timedelta(hours=11), ok=True), True),  # yesterday
        (FetchAttempt(NOW - timedelta(minutes=20), ok=False), False),  # failed, too soon
        (FetchAttempt(NOW - timedelta(minutes=61), ok=False), True),
    ],
)
def test_at_most_one_good_fetch_a_day(last: FetchAttempt | None, due: bool) -> None:
    """A good fetch lasts the UTC day; a failed one is tried again an hour later."""
    assert fetch_due(last, NOW) is due


def test_a_rate_typed_with_fx_wins() -> None:
    """The chat's CNY rate is used over the ECB's; the ECB's EUR fills the gap."""
    reference = read_ecb_daily(daily_xml())
    merged = merge_rates({"CNY": Decimal("7.1")}, {"CNY": date(2026, 12, 1)}, reference)
    assert merged.per_usd["CNY"] == Decimal("7.1")
    assert merged.sources["CNY"].name == "your /fx"
    assert merged.sources["EUR"].name == "ECB"
    assert merged.sources["EUR"].day == date(2026, 12, 4)
