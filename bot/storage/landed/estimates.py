"""Landed-cost estimates in SQLite: every computed result, and the ones a chat saved by name.

Implements `knowledge.landed.ports.EstimateStore` over the `landed_estimates` table. Money, rates
and quantities are stored as decimal strings inside JSON, so nothing passes through a float and a
saved estimate can be recomputed exactly. Only the latest unnamed results of a chat are kept.
"""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from typing import Any

import aiosqlite

from bot.storage import times
from bot.storage.database import Database
from knowledge.landed import (
    EstimateFigures,
    EstimateInput,
    LineKind,
    NameOutcome,
    SavedEstimate,
    name_key,
)

# Unnamed results are kept so their Save button works for a while; older ones are dropped,
# every PRUNE_EVERY results (a delete per result would cost more than the insert).
KEEP_UNNAMED = 50
PRUNE_EVERY = 16
_SELECT = (
    "SELECT estimate_id, chat_id, created_by, line, currency, fx, figures, name,"
    " naming_user_id, naming_message_id, created_at, saved_at, saved_by FROM landed_estimates"
)


def figures_json(figures: EstimateFigures) -> str:
    """The figures as JSON, every number a decimal string."""
    return json.dumps(
        {
            "currency": figures.currency,
            "quantity": str(figures.quantity),
            "total": str(figures.total),
            "total_with_tax": str(figures.total_with_tax),
            "by_kind": {kind.value: str(amount) for kind, amount in figures.by_kind},
            "tax_name": figures.tax_name,
            "incoterm": figures.incoterm,
            "destination": figures.destination,
            "mode": figures.mode,
        }
    )


def figures_from_json(text: str) -> EstimateFigures:
    """The figures back from `figures_json`."""
    data: dict[str, Any] = json.loads(text)
    return EstimateFigures(
        currency=data["currency"],
        quantity=Decimal(data["quantity"]),
        total=Decimal(data["total"]),
        total_with_tax=Decimal(data["total_with_tax"]),
        by_kind=tuple((LineKind(k), Decimal(v)) for k, v in data["by_kind"].items()),
        tax_name=data.get("tax_name"),
        incoterm=data.get("incoterm"),
        destination=data.get("destination"),
        mode=data.get("mode"),
    )


def _estimate(row: aiosqlite.Row) -> SavedEstimate:
    fx = json.loads(row["fx"])
    return SavedEstimate(
        id=int(row["estimate_id"]),
        chat_id=int(row["chat_id"]),
        name=row["name"],
        line=row["line"],
        fx=tuple((code, Decimal(rate)) for code, rate in fx.items()),
        figures=figures_from_json(row["figures"]),
        created_by=int(row["created_by"]),
        created_at=times.read(row["created_at"]),
        saved_at=None if row["saved_at"] is None else times.read(row["saved_at"]),
        naming_user_id=row["naming_user_id"],
        naming_message_id=row["naming_message_id"],
        saved_by=row["saved_by"],
    )


class SqliteEstimateStore:
    """Estimates kept in the `landed_estimates` table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def save_result(
        self, chat_id: int, user_id: int, estimate: EstimateInput, at: datetime
    ) -> int:
        fx = json.dumps({code: str(rate) for code, rate in estimate.fx})
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO landed_estimates"
                " (chat_id, created_by, line, currency, fx, figures, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    chat_id,
                    user_id,
                    estimate.line,
                    estimate.figures.currency,
                    fx,
                    figures_json(estimate.figures),
                    times.stored(at),
                ),
            )
            estimate_id = cursor.lastrowid
            if estimate_id is not None and estimate_id % PRUNE_EVERY == 0:
                await conn.execute(
                    "DELETE FROM landed_estimates WHERE chat_id = ? AND name IS NULL"
                    " AND estimate_id NOT IN (SELECT estimate_id FROM landed_estimates"
                    " WHERE chat_id = ? AND name IS NULL ORDER BY estimate_id DESC LIMIT ?)",
                    (chat_id, chat_id, KEEP_UNNAMED),
                )
        if estimate_id is None:  # pragma: no cover - SQLite always reports the new rowid
            raise RuntimeError("the new estimate got no id")
        return estimate_id

    async def get_estimate(self, chat_id: int, estimate_id: int) -> SavedEstimate | None:
        row = await self._db.fetch_one(
            _SELECT + " WHERE chat_id = ? AND estimate_id = ?",
            (chat_id, estimate_id),
        )
        return None if row is None else _estimate(row)

    async def ask_name(
        self, chat_id: int, estimate_id: int, user_id: int, message_id: int
    ) -> bool:
        changed = await self._db.execute(
            "UPDATE landed_estimates SET naming_user_id = ?, naming_message_id = ?"
            " WHERE chat_id = ? AND estimate_id = ?",
            (user_id, message_id, chat_id, estimate_id),
        )
        return changed > 0

    async def find_naming(
        self, chat_id: int, user_id: int, message_id: int | None
    ) -> SavedEstimate | None:
        if message_id is not None:
            row = await self._db.fetch_one(
                _SELECT + " WHERE chat_id = ? AND naming_message_id = ?",
                (chat_id, message_id),
            )
        else:
            row = await self._db.fetch_one(
                _SELECT + " WHERE chat_id = ? AND naming_user_id = ?"
                " ORDER BY naming_message_id DESC LIMIT 1",
                (chat_id, user_id),
            )
        return None if row is None else _estimate(row)

    async def name_estimate(
        self, chat_id: int, estimate_id: int, name: str, at: datetime, saved_by: int | None = None
    ) -> NameOutcome:
        key = name_key(name)
        async with self._db.transaction() as conn:
            async with conn.execute(
                "SELECT estimate_id FROM landed_estimates WHERE chat_id = ? AND name_key = ?",
                (chat_id, key),
            ) as cursor:
                holder = await cursor.fetchone()
            if holder is not None and int(holder[0]) != estimate_id:
                return NameOutcome.TAKEN
            async with conn.execute(
                "UPDATE landed_estimates SET name = ?, name_key = ?, saved_at = ?,"
                " saved_by = COALESCE(?, naming_user_id, created_by),"
                " naming_user_id = NULL, naming_message_id = NULL"
                " WHERE chat_id = ? AND estimate_id = ?",
                (name, key, times.stored(at), saved_by, chat_id, estimate_id),
            ) as cursor:
                changed = cursor.rowcount
        return NameOutcome.SAVED if changed else NameOutcome.NOT_FOUND

    async def delete_saved(self, chat_id: int, estimate_id: int) -> bool:
        deleted = await self._db.write_returning(
            "DELETE FROM landed_estimates WHERE chat_id = ? AND estimate_id = ?"
            " AND name IS NOT NULL RETURNING estimate_id",
            (chat_id, estimate_id),
        )
        return bool(deleted)

    async def list_saved(self, chat_id: int) -> list[SavedEstimate]:
        rows = await self._db.fetch_all(
            _SELECT
            + " WHERE chat_id = ? AND name IS NOT NULL ORDER BY saved_at DESC, estimate_id DESC",
            (chat_id,),
        )
        return [_estimate(row) for row in rows]
