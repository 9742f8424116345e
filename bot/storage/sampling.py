"""The "how many units?" questions of /aql in SQLite, so replies are matched from the database.

Implements `knowledge.sampling.ports.QuantityPromptStore` over the `aql_prompts` table. Every
statement names the chat, so a reply in one chat never matches a question asked in another. Closing
is a single conditional UPDATE, so of two replies racing for one question exactly one wins.
"""

from __future__ import annotations

from datetime import datetime

from aiosqlite import Row

from bot.storage import times
from bot.storage.database import Database
from knowledge.sampling import QuantityPrompt

_SELECT = "SELECT chat_id, message_id, user_id, is_open FROM aql_prompts"


def _prompt(row: Row) -> QuantityPrompt:
    return QuantityPrompt(
        chat_id=int(row["chat_id"]),
        message_id=int(row["message_id"]),
        user_id=int(row["user_id"]),
        is_open=bool(row["is_open"]),
    )


class SqliteQuantityPromptStore:
    """Open and answered quantity questions, one row per question message."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def save_quantity_prompt(self, prompt: QuantityPrompt, at: datetime) -> None:
        async with self._db.transaction() as conn:
            # One open question per person and chat: a new one replaces any earlier one.
            await conn.execute(
                "UPDATE aql_prompts SET is_open = 0"
                " WHERE chat_id = ? AND user_id = ? AND is_open = 1",
                (prompt.chat_id, prompt.user_id),
            )
            await conn.execute(
                "INSERT INTO aql_prompts (chat_id, message_id, user_id, is_open, asked_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (chat_id, message_id) DO UPDATE"
                " SET user_id = excluded.user_id, is_open = excluded.is_open,"
                " asked_at = excluded.asked_at",
                (
                    prompt.chat_id,
                    prompt.message_id,
                    prompt.user_id,
                    int(prompt.is_open),
                    times.stored(at),
                ),
            )

    async def get_quantity_prompt(self, chat_id: int, message_id: int) -> QuantityPrompt | None:
        row = await self._db.fetch_one(
            _SELECT + " WHERE chat_id = ? AND message_id = ?", (chat_id, message_id)
        )
        return _prompt(row) if row else None

    async def get_open_quantity_prompt(self, chat_id: int, user_id: int) -> QuantityPrompt | None:
        row = await self._db.fetch_one(
            _SELECT + " WHERE chat_id = ? AND user_id = ? AND is_open = 1"
            " ORDER BY asked_at DESC LIMIT 1",
            (chat_id, user_id),
        )
        return _prompt(row) if row else None

    async def close_quantity_prompt(self, chat_id: int, message_id: int) -> bool:
        changed = await self._db.execute(
            "UPDATE aql_prompts SET is_open = 0"
            " WHERE chat_id = ? AND message_id = ? AND is_open = 1",
            (chat_id, message_id),
        )
        return changed == 1
