"""Per-chat preferences in SQLite: display currency, /fx exchange rates, origin of the goods.

Implements `knowledge.landed.ports.ChatStore`. Rates are stored as decimal strings so no float ever
touches money.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bot.storage import times
from bot.storage.database import Database
from knowledge.landed import LandedChat

DEFAULT_CURRENCY = "USD"
_SETTINGS = frozenset(("currency", "origin"))  # the chat columns `_save_setting` may write
_ENSURE_CHAT = (
    "INSERT INTO chats (chat_id, created_at, updated_at) VALUES (?, ?, ?)"
    " ON CONFLICT (chat_id) DO NOTHING"
)


class SqliteChatStore:
    """Chat settings kept in the `chats` and `fx_rates` tables."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def get_currency(self, chat_id: int) -> str:
        row = await self._db.fetch_one("SELECT currency FROM chats WHERE chat_id = ?", (chat_id,))
        return str(row["currency"]) if row else DEFAULT_CURRENCY

    async def save_currency(self, chat_id: int, currency: str) -> None:
        await self._save_setting(chat_id, "currency", currency)

    async def _save_setting(self, chat_id: int, column: str, value: str) -> None:
        """Set one column of the chat's row, creating the row; `column` is ours, never input."""
        if column not in _SETTINGS:
            raise ValueError(f"not a chat setting: {column}")
        stamp = times.now()
        await self._db.execute(
            f"INSERT INTO chats (chat_id, {column}, created_at, updated_at) VALUES (?, ?, ?, ?)"  # noqa: S608 - column from _SETTINGS
            f" ON CONFLICT (chat_id) DO UPDATE"
            f" SET {column} = excluded.{column}, updated_at = excluded.updated_at",
            (chat_id, value, stamp, stamp),
        )

    async def save_fx_rate(self, chat_id: int, currency: str, per_usd: Decimal) -> None:
        async with self._db.transaction() as conn:
            stamp = times.now()
            await conn.execute(_ENSURE_CHAT, (chat_id, stamp, stamp))
            await conn.execute(
                "INSERT INTO fx_rates (chat_id, currency, per_usd, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (chat_id, currency) DO UPDATE SET per_usd = excluded.per_usd,"
                " updated_at = excluded.updated_at",
                (chat_id, currency, str(per_usd), stamp),
            )

    async def list_fx_rates(self, chat_id: int) -> dict[str, Decimal]:
        rows = await self._db.fetch_all(
            "SELECT currency, per_usd FROM fx_rates WHERE chat_id = ? ORDER BY currency",
            (chat_id,),
        )
        return {str(row["currency"]): Decimal(row["per_usd"]) for row in rows}

    async def list_fx_days(self, chat_id: int) -> dict[str, date]:
        rows = await self._db.fetch_all(
            "SELECT currency, updated_at FROM fx_rates WHERE chat_id = ?", (chat_id,)
        )
        return {str(row["currency"]): times.read(str(row["updated_at"])).date() for row in rows}

    async def get_landed_chat(self, chat_id: int) -> LandedChat:
        rows = await self._db.fetch_all(
            "SELECT c.currency, c.origin, f.currency AS code, f.per_usd, f.updated_at"
            " FROM (SELECT ? AS chat_id) AS asked"
            " LEFT JOIN chats AS c ON c.chat_id = asked.chat_id"
            " LEFT JOIN fx_rates AS f ON f.chat_id = asked.chat_id",
            (chat_id,),
        )
        first = rows[0]
        rated = [row for row in rows if row["code"] is not None]
        return LandedChat(
            currency=str(first["currency"] or DEFAULT_CURRENCY),
            origin=None if first["origin"] is None else str(first["origin"]),
            rates={str(row["code"]): Decimal(row["per_usd"]) for row in rated},
            rate_days={
                str(row["code"]): times.read(str(row["updated_at"])).date() for row in rated
            },
        )

    async def get_origin(self, chat_id: int) -> str | None:
        row = await self._db.fetch_one("SELECT origin FROM chats WHERE chat_id = ?", (chat_id,))
        return None if row is None or row["origin"] is None else str(row["origin"])

    async def save_origin(self, chat_id: int, origin: str) -> None:
        await self._save_setting(chat_id, "origin", origin)
