"""The SQL of the /vet store and the mapping of its rows to the domain's records.

Owns the query text shared by `bot/vet_store.py` and the conversion of rows (ISO time strings,
JSON answer maps) into `knowledge.vet.records` values. Every query here filters by chat: a
row of another chat is never read. No writes happen here and nothing else may build SQL.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from knowledge.vet.checklist import RiskBand
from knowledge.vet.records import (
    AssessmentRecord,
    AuditStatus,
    AuditSummary,
    PastResult,
    Prompt,
    Vetter,
)

Row = Any  # aiosqlite.Row: indexable by column name


def iso(at: datetime) -> str:
    """A UTC time in the one stored form: fixed width, so text order is time order."""
    if at.tzinfo is None:
        raise ValueError("times given to the store must be timezone-aware")
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def when(text: str) -> datetime:
    """A stored time back as an aware datetime."""
    return datetime.fromisoformat(text)


# One assessment with its supplier, its answers (as a JSON object) and its previous result:
# the latest finished assessment of the same supplier that started before it.
ASSESSMENT = """
    SELECT a.assessment_id, a.chat_id, a.supplier_id, s.name AS supplier_name, a.status,
           a.started_by, a.started_by_name, a.started_at, a.ended_at, a.score, a.band,
           a.completion_percent, a.question_message_id,
           (SELECT json_group_object(v.item_id, v.value) FROM vet_answers v
             WHERE v.assessment_id = a.assessment_id) AS answers,
           p.assessment_id AS prev_id, p.ended_at AS prev_ended_at, p.score AS prev_score,
           p.band AS prev_band, p.completion_percent AS prev_completion
    FROM vet_assessments a
    JOIN vet_suppliers s ON s.supplier_id = a.supplier_id
    LEFT JOIN vet_assessments p ON p.assessment_id = (
        SELECT q.assessment_id FROM vet_assessments q
        WHERE q.supplier_id = a.supplier_id AND q.status = 'finished'
          AND q.assessment_id < a.assessment_id
        ORDER BY q.assessment_id DESC LIMIT 1)
    WHERE a.chat_id = ?
"""

# The user's audits in progress, the one with the latest activity (started, resumed or
# answered) first.
RUNNING = (
    ASSESSMENT  # noqa: S608 - two constant strings joined; parameters stay `?` placeholders
    + """ AND a.started_by = ? AND a.status = 'in_progress'
    ORDER BY MAX(a.active_at, COALESCE((SELECT MAX(v.answered_at) FROM vet_answers v
                                        WHERE v.assessment_id = a.assessment_id), '')) DESC,
             a.assessment_id DESC
    LIMIT 1
"""
)

IN_PROGRESS = """
    SELECT a.assessment_id, s.name AS supplier_name, a.started_by, a.started_by_name,
           a.started_at,
           (SELECT COUNT(*) FROM vet_answers v WHERE v.assessment_id = a.assessment_id)
             AS answered
    FROM vet_assessments a JOIN vet_suppliers s ON s.supplier_id = a.supplier_id
    WHERE a.chat_id = ? AND a.status = 'in_progress'
    ORDER BY a.assessment_id DESC
"""

# Each supplier with its latest assessment's state and activity, and its latest finished
# result, the most recently active first.
SUPPLIERS = """
    SELECT s.supplier_id, s.name, a.status AS latest_status,
           MAX(a.active_at, COALESCE(a.ended_at, ''),
               COALESCE((SELECT MAX(v.answered_at) FROM vet_answers v
                         WHERE v.assessment_id = a.assessment_id), '')) AS last_activity,
           f.assessment_id AS prev_id, f.ended_at AS prev_ended_at, f.score AS prev_score,
           f.band AS prev_band, f.completion_percent AS prev_completion
    FROM vet_suppliers s
    JOIN vet_assessments a ON a.assessment_id = (
        SELECT MAX(l.assessment_id) FROM vet_assessments l WHERE l.supplier_id = s.supplier_id)
    LEFT JOIN vet_assessments f ON f.assessment_id = (
        SELECT MAX(d.assessment_id) FROM vet_assessments d
        WHERE d.supplier_id = s.supplier_id AND d.status = 'finished')
    WHERE s.chat_id = ?
    ORDER BY last_activity DESC, s.supplier_id DESC
"""

# Record an answer in one statement, so its checks and its write are one atomic step: the
# audit is this chat's, in progress and run by this user; an existing answer is replaced only
# when asked (?7) and only by a different value (`merge_answer`'s rule). A row comes back
# only when something was written.
SAVE_ANSWER = """
    INSERT INTO vet_answers (assessment_id, item_id, value, answered_by, answered_at)
    SELECT a.assessment_id, ?1, ?2, ?3, ?4 FROM vet_assessments a
    WHERE a.assessment_id = ?5 AND a.chat_id = ?6 AND a.status = 'in_progress'
      AND a.started_by = ?3
    ON CONFLICT (assessment_id, item_id) DO UPDATE
    SET value = excluded.value, answered_by = excluded.answered_by,
        answered_at = excluded.answered_at
    WHERE ?7 AND vet_answers.value <> excluded.value
    RETURNING item_id
"""

# Why an answer was not written: the audit's state and the answer already there.
ANSWER_STATE = """
    SELECT a.status, a.started_by, v.value FROM vet_assessments a
    LEFT JOIN vet_answers v ON v.assessment_id = a.assessment_id AND v.item_id = ?
    WHERE a.assessment_id = ? AND a.chat_id = ?
"""

# Open a prompt in one statement; a prompt about an audit is saved only if that audit is in
# the same chat. The trigger `vet_one_open_prompt` closes the person's older prompts there.
SAVE_PROMPT = """
    INSERT INTO vet_prompts
        (chat_id, message_id, user_id, assessment_id, item_id, is_open, asked_at)
    SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7
    WHERE ?4 IS NULL
       OR EXISTS (SELECT 1 FROM vet_assessments WHERE assessment_id = ?4 AND chat_id = ?1)
    ON CONFLICT (chat_id, message_id) DO UPDATE
    SET user_id = excluded.user_id, assessment_id = excluded.assessment_id,
        item_id = excluded.item_id, is_open = excluded.is_open, asked_at = excluded.asked_at
"""

PROMPT = "SELECT chat_id, message_id, user_id, assessment_id, item_id, is_open FROM vet_prompts"


def summary(score: int | None, band: str | None, completion: int | None) -> AuditSummary | None:
    """The kept figures of an ended assessment, or None while there are none."""
    if score is None or band is None or completion is None:
        return None
    return AuditSummary(score=score, band=RiskBand(band), completion_percent=completion)


def past_result(row: Row) -> PastResult | None:
    """The `prev_*` columns of a row as an earlier finished result, or None."""
    kept = summary(row["prev_score"], row["prev_band"], row["prev_completion"])
    if row["prev_id"] is None or kept is None or row["prev_ended_at"] is None:
        return None
    return PastResult(row["prev_id"], when(row["prev_ended_at"]), kept)


def assessment(row: Row) -> AssessmentRecord:
    """A row of `ASSESSMENT` as a record."""
    answers: dict[str, str] = json.loads(row["answers"]) if row["answers"] else {}
    return AssessmentRecord(
        assessment_id=row["assessment_id"],
        chat_id=row["chat_id"],
        supplier_id=row["supplier_id"],
        supplier_name=row["supplier_name"],
        status=AuditStatus(row["status"]),
        started_by=Vetter(row["started_by"], row["started_by_name"]),
        started_at=when(row["started_at"]),
        ended_at=when(row["ended_at"]) if row["ended_at"] else None,
        summary=summary(row["score"], row["band"], row["completion_percent"]),
        answers=answers,
        previous=past_result(row),
        question_message_id=row["question_message_id"],
    )


def prompt(row: Row) -> Prompt:
    """A row of `vet_prompts` as a Prompt."""
    return Prompt(
        chat_id=row["chat_id"],
        message_id=row["message_id"],
        user_id=row["user_id"],
        assessment_id=row["assessment_id"],
        item_id=row["item_id"],
        is_open=bool(row["is_open"]),
    )
