"""Take-overs of /vet audits in SQLite: hand an open audit to another member, keep the history.

Implements `knowledge.vet.ports.VetTakeoverStore` over `vet_assessments` (whose `started_by`
names whoever runs the audit now) and `vet_takeovers` (who handed it to whom, when). One
transaction checks the audit (this chat, in progress, still run by the vetter the offer
named), moves it, records the hand-over and closes the audit's open forced replies, so the
old vetter's typed answer can no longer land. Kept apart from `bot/storage/vet/store.py`, whose
answer path is tuned for speed.
"""

from __future__ import annotations

from datetime import datetime

from bot.storage import times
from bot.storage.database import Database
from knowledge.vet import Takeover, Vetter

_CURRENT = """
    SELECT a.started_by, a.started_by_name,
           (SELECT COUNT(*) FROM vet_answers v WHERE v.assessment_id = a.assessment_id)
    FROM vet_assessments a
    WHERE a.assessment_id = ? AND a.chat_id = ? AND a.status = 'in_progress'
      AND a.started_by = ? AND a.started_by <> ?
"""
_HISTORY = """
    SELECT from_user, from_name, to_user, to_name, taken_at, answers_kept FROM vet_takeovers
    WHERE chat_id = ? AND assessment_id = ? ORDER BY takeover_id
"""


class SqliteVetTakeoverStore:
    """The `vet_takeovers` table and the hand-over of `vet_assessments` rows."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def take_over(
        self, chat_id: int, assessment_id: int, from_user: int, to: Vetter, at: datetime
    ) -> Takeover | None:
        stamp = times.stored(at)
        async with self._db.transaction() as conn:
            found = list(
                await conn.execute_fetchall(
                    _CURRENT, (assessment_id, chat_id, from_user, to.user_id)
                )
            )
            if not found:
                return None
            [(old_id, old_name, kept)] = found
            # Taking over counts as activity: the new vetter's /cancel and /vet find this one.
            await conn.execute_fetchall(
                "UPDATE vet_assessments SET started_by = ?, started_by_name = ?, active_at = ?"
                " WHERE assessment_id = ? AND chat_id = ?",
                (to.user_id, to.display_name, stamp, assessment_id, chat_id),
            )
            await conn.execute_fetchall(
                "INSERT INTO vet_takeovers (assessment_id, chat_id, from_user, from_name,"
                " to_user, to_name, answers_kept, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (assessment_id, chat_id, old_id, old_name, to.user_id, to.display_name, kept,
                 stamp),
            )  # fmt: skip
            await conn.execute_fetchall(
                "UPDATE vet_prompts SET is_open = 0"
                " WHERE assessment_id = ? AND chat_id = ? AND is_open = 1",
                (assessment_id, chat_id),
            )
        return Takeover(Vetter(old_id, old_name), to, at, int(kept))

    async def list_takeovers(self, chat_id: int, assessment_id: int) -> list[Takeover]:
        found = await self._db.fetch_all(_HISTORY, (chat_id, assessment_id))
        return [
            Takeover(
                from_vetter=Vetter(row["from_user"], row["from_name"]),
                to_vetter=Vetter(row["to_user"], row["to_name"]),
                taken_at=times.read(row["taken_at"]),
                answers_kept=row["answers_kept"],
            )
            for row in found
        ]
