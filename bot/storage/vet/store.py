"""Suppliers, dated assessments, answers and forced-reply prompts of /vet, in SQLite.

Implements `knowledge.vet.ports.VetStore`. Every statement names the chat, so a forged id from
another chat finds nothing and changes nothing. Each write is one transaction, committed before
the method returns; the rule for saving an answer is `knowledge.vet.records.merge_answer`,
applied under the same transaction as the write. SQL text lives in `bot/storage/vet/rows.py`.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import datetime

from bot.storage import times
from bot.storage.database import Database
from bot.storage.vet import rows
from knowledge.vet import (
    AssessmentRecord,
    AuditInProgress,
    AuditStatus,
    AuditSummary,
    Prompt,
    SaveOutcome,
    StartedAudit,
    SupplierName,
    SupplierOverview,
    SupplierRef,
    Vetter,
    merge_answer,
)

_OPEN = AuditStatus.IN_PROGRESS.value


class SqliteVetStore:
    """The /vet tables: `vet_suppliers`, `vet_assessments`, `vet_answers`, `vet_prompts`."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- assessments ---
    async def start_assessment(
        self, chat_id: int, supplier: SupplierName, vetter: Vetter, at: datetime
    ) -> StartedAudit:
        stamp = times.stored(at)
        async with self._db.transaction() as conn:
            await conn.execute_fetchall(
                "INSERT INTO vet_suppliers (chat_id, name, name_key, created_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (chat_id, name_key) DO NOTHING",
                (chat_id, supplier.text, supplier.key, stamp),
            )
            [(supplier_id,)] = list(
                await conn.execute_fetchall(
                    # A name merged into another supplier finds that one (issue 12).
                    "SELECT COALESCE(merged_into, supplier_id) FROM vet_suppliers"
                    " WHERE chat_id = ? AND name_key = ?",
                    (chat_id, supplier.key),
                )
            )
            # Resuming counts as activity, so /cancel stops the audit the user looks at.
            found = list(
                await conn.execute_fetchall(
                    "UPDATE vet_assessments SET active_at = ?"
                    " WHERE supplier_id = ? AND status = ? RETURNING assessment_id",
                    (stamp, supplier_id, _OPEN),
                )
            )
            resumed = bool(found)
            if not resumed:
                found = list(
                    await conn.execute_fetchall(
                        "INSERT INTO vet_assessments (chat_id, supplier_id, started_by,"
                        " started_by_name, started_at, active_at) VALUES (?, ?, ?, ?, ?, ?)"
                        " RETURNING assessment_id",
                        (chat_id, supplier_id, vetter.user_id, vetter.display_name, stamp, stamp),
                    )
                )
        record = await self.get_assessment(chat_id, int(found[0][0]))
        assert record is not None  # noqa: S101 - written above in the same chat
        return StartedAudit(record, resumed=resumed)

    async def get_assessment(self, chat_id: int, assessment_id: int) -> AssessmentRecord | None:
        row = await self._db.fetch_one(
            rows.ASSESSMENT + " AND a.assessment_id = ?", (chat_id, assessment_id)
        )
        return rows.assessment(row) if row else None

    async def get_latest_assessment(
        self, chat_id: int, supplier_id: int
    ) -> AssessmentRecord | None:
        row = await self._db.fetch_one(
            rows.ASSESSMENT + " AND a.supplier_id = ? ORDER BY a.assessment_id DESC LIMIT 1",
            (chat_id, supplier_id),
        )
        return rows.assessment(row) if row else None

    async def get_running_audit(self, chat_id: int, user_id: int) -> AssessmentRecord | None:
        row = await self._db.fetch_one(rows.RUNNING, (chat_id, user_id))
        return rows.assessment(row) if row else None

    async def save_answer(
        self,
        chat_id: int,
        assessment_id: int,
        user_id: int,
        item_id: str,
        value: str,
        *,
        replace: bool,
        at: datetime,
    ) -> SaveOutcome:
        written = await self._db.write_returning(
            rows.SAVE_ANSWER,
            (item_id, value, user_id, times.stored(at), assessment_id, chat_id, int(replace)),
        )
        if written:
            return SaveOutcome.RECORDED
        # Nothing written: find out why, in the order the port promises.
        found = await self._db.fetch_one(rows.ANSWER_STATE, (item_id, assessment_id, chat_id))
        if found is None:
            return SaveOutcome.NOT_FOUND
        status, owner, current = found
        if status != _OPEN:
            return SaveOutcome.ENDED
        if owner != user_id:
            return SaveOutcome.NOT_YOURS
        stored = {} if current is None else {item_id: current}
        outcome, _ = merge_answer(stored, item_id, value, replace=replace)
        return outcome

    async def answer_current(
        self,
        chat_id: int,
        assessment_id: int,
        user_id: int,
        item_id: str,
        value: str,
        *,
        asked_before: Sequence[str],
        at: datetime,
    ) -> AssessmentRecord | None:
        found = await self._db.write_returning(
            rows.ANSWER_CURRENT,
            (
                item_id, value, user_id, times.stored(at), assessment_id, chat_id,
                json.dumps(list(asked_before)),
            ),
        )  # fmt: skip
        if not found:
            return None
        record = rows.assessment(json.loads(found[0]["assessment"]))
        # The object is read in the same statement; whether SQLite shows it the row just
        # inserted is not promised, so the answer is added here (it is what was written).
        return dataclasses.replace(record, answers={**record.answers, item_id: value})

    async def close_assessment(
        self,
        chat_id: int,
        assessment_id: int,
        status: AuditStatus,
        summary: AuditSummary | None,
        at: datetime,
    ) -> bool:
        if status is AuditStatus.IN_PROGRESS:
            raise ValueError("an assessment is closed as finished or cancelled")
        figures = (None, None, None) if summary is None else (
            summary.score, summary.band.value, summary.completion_percent,
        )  # fmt: skip
        async with self._db.transaction() as conn:
            closed = await conn.execute_fetchall(
                "UPDATE vet_assessments SET status = ?, ended_at = ?, score = ?, band = ?,"
                " completion_percent = ?, question_message_id = NULL"
                " WHERE assessment_id = ? AND chat_id = ? AND status = ?"
                " RETURNING assessment_id",
                (status.value, times.stored(at), *figures, assessment_id, chat_id, _OPEN),
            )
            if closed:
                await conn.execute_fetchall(
                    "UPDATE vet_prompts SET is_open = 0 WHERE assessment_id = ? AND chat_id = ?",
                    (assessment_id, chat_id),
                )
        return bool(closed)

    async def save_question_message(
        self, chat_id: int, assessment_id: int, message_id: int | None
    ) -> bool:
        changed = await self._db.write_returning(
            "UPDATE vet_assessments SET question_message_id = ?"
            " WHERE assessment_id = ? AND chat_id = ? RETURNING assessment_id",
            (message_id, assessment_id, chat_id),
        )
        return bool(changed)

    # --- prompts ---
    async def save_prompt(self, prompt: Prompt, at: datetime) -> None:
        await self._db.write_returning(
            rows.SAVE_PROMPT,
            (
                prompt.chat_id, prompt.message_id, prompt.user_id, prompt.assessment_id,
                prompt.item_id, int(prompt.is_open), times.stored(at),
            ),
        )  # fmt: skip

    async def get_prompt(self, chat_id: int, message_id: int) -> Prompt | None:
        row = await self._db.fetch_one(
            rows.PROMPT + " WHERE chat_id = ? AND message_id = ?", (chat_id, message_id)
        )
        return rows.prompt(row) if row else None

    async def get_prompt_and_audit(
        self, chat_id: int, message_id: int
    ) -> tuple[Prompt, AssessmentRecord | None] | None:
        row = await self._db.fetch_one(rows.PROMPT_AND_AUDIT, (chat_id, message_id))
        return rows.prompt_and_audit(row) if row else None

    async def get_open_prompt(self, chat_id: int, user_id: int) -> Prompt | None:
        row = await self._db.fetch_one(
            rows.PROMPT + " WHERE chat_id = ? AND user_id = ? AND is_open = 1"
            " ORDER BY asked_at DESC LIMIT 1",
            (chat_id, user_id),
        )
        return rows.prompt(row) if row else None

    async def close_prompts(self, chat_id: int, user_id: int) -> int:
        closed = await self._db.write_returning(
            "UPDATE vet_prompts SET is_open = 0"
            " WHERE chat_id = ? AND user_id = ? AND is_open = 1 RETURNING message_id",
            (chat_id, user_id),
        )
        return len(closed)

    # --- lists ---
    async def list_audits_in_progress(self, chat_id: int) -> list[AuditInProgress]:
        found = await self._db.fetch_all(rows.IN_PROGRESS, (chat_id,))
        return [
            AuditInProgress(
                assessment_id=row["assessment_id"],
                supplier_name=row["supplier_name"],
                started_by=Vetter(row["started_by"], row["started_by_name"]),
                started_at=times.read(row["started_at"]),
                answers=rows.answers_of(row["answers"]),
            )
            for row in found
        ]

    async def list_suppliers(self, chat_id: int) -> list[SupplierOverview]:
        found = await self._db.fetch_all(rows.SUPPLIERS, (chat_id,))
        return [
            SupplierOverview(
                supplier_id=row["supplier_id"],
                name=row["name"],
                latest_status=AuditStatus(row["latest_status"]),
                last_activity_at=times.read(row["last_activity"]),
                last_result=rows.past_result(row),
                last_answers=rows.answers_of(row["prev_answers"]),
            )
            for row in found
        ]

    async def list_supplier_refs(self, chat_id: int) -> list[SupplierRef]:
        found = await self._db.fetch_all(rows.SUPPLIER_REFS, {"chat": chat_id})
        return [SupplierRef(row["supplier_id"], row["name"]) for row in found]
