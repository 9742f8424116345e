"""Guided /landed estimates in progress, in SQLite: one row per chat and person.

Implements `knowledge.landed.ports.LandedDraftStore` over the `landed_drafts` table. The answers
are JSON (step -> fragment of the one-liner); a step only moves forward from the step it was read
at, so a double press or a late reply to an old question changes nothing.
"""

from __future__ import annotations

import json

import aiosqlite

from bot.storage import times
from bot.storage.database import Database
from knowledge.landed import GuidedDraft, Step

_SELECT = "SELECT chat_id, user_id, owner_name, step, answers, message_id FROM landed_drafts"


def _draft(row: aiosqlite.Row) -> GuidedDraft:
    return GuidedDraft(
        chat_id=int(row["chat_id"]),
        user_id=int(row["user_id"]),
        owner_name=row["owner_name"],
        step=Step(row["step"]),
        answers=dict(json.loads(row["answers"])),
        message_id=row["message_id"],
    )


class SqliteLandedDraftStore:
    """Guided estimates kept in the `landed_drafts` table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def get_draft(self, chat_id: int, user_id: int) -> GuidedDraft | None:
        row = await self._db.fetch_one(
            _SELECT + " WHERE chat_id = ? AND user_id = ?",
            (chat_id, user_id),
        )
        return None if row is None else _draft(row)

    async def find_draft(self, chat_id: int, message_id: int) -> GuidedDraft | None:
        row = await self._db.fetch_one(
            _SELECT + " WHERE chat_id = ? AND message_id = ?",
            (chat_id, message_id),
        )
        return None if row is None else _draft(row)

    async def start_draft(self, draft: GuidedDraft) -> None:
        await self._db.execute(
            "INSERT INTO landed_drafts"
            " (chat_id, user_id, owner_name, step, answers, message_id, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (chat_id, user_id) DO UPDATE SET owner_name = excluded.owner_name,"
            " step = excluded.step, answers = excluded.answers,"
            " message_id = excluded.message_id, updated_at = excluded.updated_at",
            (
                draft.chat_id,
                draft.user_id,
                draft.owner_name,
                draft.step.value,
                json.dumps(dict(draft.answers)),
                draft.message_id,
                times.now(),
            ),
        )

    async def advance_draft(
        self, chat_id: int, user_id: int, from_step: Step, to_step: Step, answers: dict[str, str]
    ) -> bool:
        changed = await self._db.execute(
            "UPDATE landed_drafts SET step = ?, answers = ?, message_id = NULL, updated_at = ?"
            " WHERE chat_id = ? AND user_id = ? AND step = ?",
            (to_step.value, json.dumps(answers), times.now(), chat_id, user_id, from_step.value),
        )
        return changed > 0

    async def set_question(self, chat_id: int, user_id: int, message_id: int) -> None:
        await self._db.execute(
            "UPDATE landed_drafts SET message_id = ?, updated_at = ?"
            " WHERE chat_id = ? AND user_id = ?",
            (message_id, times.now(), chat_id, user_id),
        )

    async def delete_draft(self, chat_id: int, user_id: int) -> bool:
        changed = await self._db.execute(
            "DELETE FROM landed_drafts WHERE chat_id = ? AND user_id = ?", (chat_id, user_id)
        )
        return changed > 0
