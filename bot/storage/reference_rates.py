"""Reference exchange rates in SQLite: the last set fetched per source, and the last attempt.

Implements `knowledge.landed.ports.ReferenceRateStore` over `reference_rates` and
`reference_rate_fetches`. Rates are decimal strings (no float touches money); a new set
replaces the old one of its source in one transaction, so a reader never sees half of each.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from bot.storage import times
from bot.storage.database import Database
from knowledge.landed.reference import FetchAttempt, ReferenceRates

_RECORD_FETCH = (
    "INSERT INTO reference_rate_fetches (source, tried_at, ok) VALUES (?, ?, ?)"
    " ON CONFLICT (source) DO UPDATE SET tried_at = excluded.tried_at, ok = excluded.ok"
)


class SqliteReferenceRateStore:
    """Reference rates kept in the `reference_rates` table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def get_reference_rates(self, source: str) -> ReferenceRates | None:
        rows = await self._db.fetch_all(
            "SELECT currency, per_usd, day FROM reference_rates WHERE source = ?", (source,)
        )
        if not rows:
            return None
        day = date.fromisoformat(str(rows[0]["day"]))
        rates = {str(row["currency"]): Decimal(row["per_usd"]) for row in rows}
        return ReferenceRates(source, day, rates)

    async def save_reference_rates(self, rates: ReferenceRates, at: datetime) -> None:
        stamp = times.stored(at)
        async with self._db.transaction() as conn:
            await conn.execute("DELETE FROM reference_rates WHERE source = ?", (rates.source,))
            await conn.executemany(
                "INSERT INTO reference_rates (source, currency, per_usd, day, fetched_at)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (rates.source, code, str(rate), rates.day.isoformat(), stamp)
                    for code, rate in sorted(rates.per_usd.items())
                ],
            )
            await conn.execute(_RECORD_FETCH, (rates.source, stamp, 1))

    async def get_last_fetch(self, source: str) -> FetchAttempt | None:
        row = await self._db.fetch_one(
            "SELECT tried_at, ok FROM reference_rate_fetches WHERE source = ?", (source,)
        )
        if row is None:
            return None
        return FetchAttempt(times.read(str(row["tried_at"])), bool(row["ok"]))

    async def save_failed_fetch(self, source: str, at: datetime) -> None:
        await self._db.execute(_RECORD_FETCH, (source, times.stored(at), 0))
