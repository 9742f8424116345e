"""What happens to a /vet audit after its end, in SQLite: changed answers (each one a new
report version), a stopped audit continued, and a supplier's audits for the report's history.

Implements `knowledge.vet.ports.VetHistoryStore` over `vet_changes`, `vet_answers` and
`vet_assessments`. Every statement names the chat; each write is one transaction that checks
the audit's state (and, for a change, the report version the button was made on) before it
writes, so a stale button or two members racing change the report once. Kept apart from
`store.py`, whose answer path is tuned for speed.
"""

from __future__ import annotations

from datetime import datetime

from bot.storage import times
from bot.storage.database import Database
from bot.storage.vet import rows
from knowledge.vet import (
    AnswerChange,
    AssessmentRecord,
    AuditStatus,
    AuditSummary,
    PastAudit,
    Vetter,
)

_STATE = """
    SELECT a.status, a.score, a.band, a.completion_percent, v.value,
           (SELECT COUNT(*) FROM vet_changes c WHERE c.assessment_id = a.assessment_id)
    FROM vet_assessments a
    LEFT JOIN vet_answers v ON v.assessment_id = a.assessment_id AND v.item_id = ?
    WHERE a.assessment_id = ? AND a.chat_id = ?
"""
_CHANGES = """
    SELECT version, item_id, old_value, new_value, changed_by, changed_by_name, changed_at,
           score_before, band_before, completion_before, score_after, band_after,
           completion_after
    FROM vet_changes WHERE chat_id = ? AND assessment_id = ?
    ORDER BY version DESC LIMIT ?
"""
_AUDITS = """
    SELECT a.assessment_id, a.status, a.started_by, a.started_by_name, a.started_at,
           a.ended_at, a.score, a.band, a.completion_percent,
           (SELECT COUNT(*) FROM vet_changes c WHERE c.assessment_id = a.assessment_id)
             AS changes
    FROM vet_assessments a
    WHERE a.chat_id = ? AND a.supplier_id = ? ORDER BY a.assessment_id
"""
# A stopped audit may be continued when it is its supplier's latest and nothing else of that
# supplier is in progress (the unique index allows one audit in progress per supplier).
_REOPENABLE = """
    SELECT a.started_by, a.started_by_name,
           (SELECT COUNT(*) FROM vet_answers v WHERE v.assessment_id = a.assessment_id)
    FROM vet_assessments a
    WHERE a.assessment_id = ? AND a.chat_id = ? AND a.status = 'cancelled'
      AND a.assessment_id = (SELECT MAX(l.assessment_id) FROM vet_assessments l
                             WHERE l.supplier_id = a.supplier_id)
"""


def _summary(score: int, band: str, completion: int) -> AuditSummary:
    found = rows.summary(score, band, completion)
    assert found is not None  # noqa: S101 - NOT NULL columns
    return found


class SqliteVetHistoryStore:
    """The `vet_changes` table, and reopening `vet_assessments` rows."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def change_answer(
        self,
        chat_id: int,
        assessment_id: int,
        item_id: str,
        value: str,
        *,
        by: Vetter,
        expected_version: int,
        summary: AuditSummary,
        at: datetime,
    ) -> AnswerChange | None:
        stamp = times.stored(at)
        async with self._db.transaction() as conn:
            found = list(await conn.execute_fetchall(_STATE, (item_id, assessment_id, chat_id)))
            if not found:
                return None
            [(status, score, band, completion, old, changes)] = found
            if status != AuditStatus.FINISHED or changes + 1 != expected_version or old == value:
                return None
            before = _summary(score, band, completion)
            await conn.execute_fetchall(
                "INSERT INTO vet_answers (assessment_id, item_id, value, answered_by,"
                " answered_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (assessment_id, item_id)"
                " DO UPDATE SET value = excluded.value, answered_by = excluded.answered_by,"
                " answered_at = excluded.answered_at",
                (assessment_id, item_id, value, by.user_id, stamp),
            )
            await conn.execute_fetchall(
                "UPDATE vet_assessments SET score = ?, band = ?, completion_percent = ?"
                " WHERE assessment_id = ? AND chat_id = ?",
                (summary.score, summary.band.value, summary.completion_percent,
                 assessment_id, chat_id),
            )  # fmt: skip
            version = expected_version + 1
            await conn.execute_fetchall(
                "INSERT INTO vet_changes (assessment_id, chat_id, version, item_id, old_value,"
                " new_value, changed_by, changed_by_name, changed_at, score_before,"
                " band_before, completion_before, score_after, band_after, completion_after)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (assessment_id, chat_id, version, item_id, old, value, by.user_id,
                 by.display_name, stamp, before.score, before.band.value,
                 before.completion_percent, summary.score, summary.band.value,
                 summary.completion_percent),
            )  # fmt: skip
        return AnswerChange(version, item_id, old, value, by, at, before, summary)

    async def list_changes(
        self, chat_id: int, assessment_id: int, *, latest_only: bool = False
    ) -> list[AnswerChange]:
        newest_first = await self._db.fetch_all(
            _CHANGES, (chat_id, assessment_id, 1 if latest_only else -1)
        )
        found = reversed(newest_first)
        return [
            AnswerChange(
                version=row["version"],
                item_id=row["item_id"],
                old_value=row["old_value"],
                new_value=row["new_value"],
                changed_by=Vetter(row["changed_by"], row["changed_by_name"]),
                changed_at=times.read(row["changed_at"]),
                before=_summary(row["score_before"], row["band_before"], row["completion_before"]),
                after=_summary(row["score_after"], row["band_after"], row["completion_after"]),
            )
            for row in found
        ]

    async def list_audits_of(self, chat_id: int, supplier_id: int) -> list[PastAudit]:
        found = await self._db.fetch_all(_AUDITS, (chat_id, supplier_id))
        return [
            PastAudit(
                assessment_id=row["assessment_id"],
                status=AuditStatus(row["status"]),
                vetted_by=Vetter(row["started_by"], row["started_by_name"]),
                started_at=times.read(row["started_at"]),
                ended_at=times.read(row["ended_at"]) if row["ended_at"] else None,
                summary=rows.summary(row["score"], row["band"], row["completion_percent"]),
                changes=row["changes"],
            )
            for row in found
        ]

    async def reopen(
        self, chat_id: int, assessment_id: int, by: Vetter, at: datetime
    ) -> AssessmentRecord | None:
        stamp = times.stored(at)
        async with self._db.transaction() as conn:
            found = list(await conn.execute_fetchall(_REOPENABLE, (assessment_id, chat_id)))
            busy = list(
                await conn.execute_fetchall(
                    "SELECT 1 FROM vet_assessments o JOIN vet_assessments a"
                    " ON a.supplier_id = o.supplier_id WHERE a.assessment_id = ?"
                    " AND o.status = 'in_progress'",
                    (assessment_id,),
                )
            )
            if not found or busy:
                return None
            [(old_id, old_name, kept)] = found
            await conn.execute_fetchall(
                "UPDATE vet_assessments SET status = 'in_progress', ended_at = NULL,"
                " score = NULL, band = NULL, completion_percent = NULL, started_by = ?,"
                " started_by_name = ?, active_at = ?, question_message_id = NULL"
                " WHERE assessment_id = ? AND chat_id = ?",
                (by.user_id, by.display_name, stamp, assessment_id, chat_id),
            )
            if old_id != by.user_id:  # someone else continues it: a hand-over, for the report
                await conn.execute_fetchall(
                    "INSERT INTO vet_takeovers (assessment_id, chat_id, from_user, from_name,"
                    " to_user, to_name, answers_kept, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (assessment_id, chat_id, old_id, old_name, by.user_id, by.display_name,
                     kept, stamp),
                )  # fmt: skip
        row = await self._db.fetch_one(
            rows.ASSESSMENT + " AND a.assessment_id = ?", (chat_id, assessment_id)
        )
        return rows.assessment(row) if row else None
