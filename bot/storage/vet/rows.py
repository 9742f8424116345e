"""The SQL of the /vet store and the mapping of its rows to the domain's records.

Owns the query text shared by `bot/storage/vet/store.py` and the conversion of rows (ISO time
strings, JSON answer maps) into `knowledge.vet.records` values. Every query here filters by chat: a
row of another chat is never read. No writes happen here and nothing else may build SQL.
"""

from __future__ import annotations

import json
from typing import Any

from bot.storage import times
from knowledge.vet import (
    AssessmentRecord,
    AuditStatus,
    AuditSummary,
    PastResult,
    Prompt,
    RiskBand,
    Vetter,
)

Row = Any  # aiosqlite.Row: indexable by column name


# One assessment with its supplier, its answers (as a JSON object) and its previous result:
# the latest finished assessment of the same supplier that started before it. The columns are
# listed once, as (name, expression): ASSESSMENT selects them, ANSWER_CURRENT returns them as
# one JSON object, so both read into the same record.
_COLUMNS = (
    ("assessment_id", "a.assessment_id"),
    ("chat_id", "a.chat_id"),
    ("supplier_id", "a.supplier_id"),
    ("supplier_name", "s.name"),
    ("status", "a.status"),
    ("started_by", "a.started_by"),
    ("started_by_name", "a.started_by_name"),
    ("started_at", "a.started_at"),
    ("ended_at", "a.ended_at"),
    ("score", "a.score"),
    ("band", "a.band"),
    ("completion_percent", "a.completion_percent"),
    ("question_message_id", "a.question_message_id"),
    (
        "answers",
        "(SELECT json_group_object(v.item_id, v.value) FROM vet_answers v"
        " WHERE v.assessment_id = a.assessment_id)",
    ),
    (
        "changes",
        "(SELECT COUNT(*) FROM vet_changes c WHERE c.assessment_id = a.assessment_id)",
    ),
    ("prev_id", "p.assessment_id"),
    ("prev_ended_at", "p.ended_at"),
    ("prev_score", "p.score"),
    ("prev_band", "p.band"),
    ("prev_completion", "p.completion_percent"),
)
_ASSESSMENT_FROM = """
    FROM vet_assessments a
    JOIN vet_suppliers s ON s.supplier_id = a.supplier_id
    LEFT JOIN vet_assessments p ON p.assessment_id = (
        SELECT q.assessment_id FROM vet_assessments q
        WHERE q.supplier_id = a.supplier_id AND q.status = 'finished'
          AND q.assessment_id < a.assessment_id
        ORDER BY q.assessment_id DESC LIMIT 1)
"""
ASSESSMENT = (
    "SELECT "
    + ", ".join(f"{expression} AS {column}" for column, expression in _COLUMNS)
    + _ASSESSMENT_FROM
    + " WHERE a.chat_id = ?"
)

# A prompt and the audit it asks for (none for a supplier-name prompt) in one read: a typed
# answer then costs no more reads than before the text router spent one finding its question.
_PROMPT_COLUMNS = (
    ("prompt_chat", "pr.chat_id"),
    ("prompt_message", "pr.message_id"),
    ("prompt_user", "pr.user_id"),
    ("prompt_audit", "pr.assessment_id"),
    ("prompt_item", "pr.item_id"),
    ("prompt_open", "pr.is_open"),
)
PROMPT_AND_AUDIT = (
    "SELECT "  # noqa: S608 - constant column names joined; parameters stay `?` placeholders
    + ", ".join(f"{expression} AS {column}" for column, expression in _PROMPT_COLUMNS + _COLUMNS)
    + """
    FROM vet_prompts pr
    LEFT JOIN vet_assessments a ON a.assessment_id = pr.assessment_id AND a.chat_id = pr.chat_id
    LEFT JOIN vet_suppliers s ON s.supplier_id = a.supplier_id
    LEFT JOIN vet_assessments p ON p.assessment_id = (
        SELECT q.assessment_id FROM vet_assessments q
        WHERE q.supplier_id = a.supplier_id AND q.status = 'finished'
          AND q.assessment_id < a.assessment_id
        ORDER BY q.assessment_id DESC LIMIT 1)
    WHERE pr.chat_id = ? AND pr.message_id = ?
"""
)

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
           (SELECT json_group_object(v.item_id, v.value) FROM vet_answers v
            WHERE v.assessment_id = a.assessment_id) AS answers
    FROM vet_assessments a JOIN vet_suppliers s ON s.supplier_id = a.supplier_id
    WHERE a.chat_id = ? AND a.status = 'in_progress'
    ORDER BY a.assessment_id DESC
"""

# A supplier the chat sees (issue 12): not merged into another, and with an answer in some
# audit or an audit in progress; an audit stopped before any answer made no supplier.
LISTED = """
    s.merged_into IS NULL AND (
        EXISTS (SELECT 1 FROM vet_assessments x JOIN vet_answers v
                ON v.assessment_id = x.assessment_id WHERE x.supplier_id = s.supplier_id)
        OR EXISTS (SELECT 1 FROM vet_assessments y
                   WHERE y.supplier_id = s.supplier_id AND y.status = 'in_progress'))
"""
# The listed suppliers, then the names merged into one of them (as that supplier), so a
# merged name still finds the supplier it was filed under.
SUPPLIER_REFS = (
    "SELECT supplier_id, name FROM (SELECT s.supplier_id, s.name, 0 AS alias, s.supplier_id"  # noqa: S608
    " AS rowkey FROM vet_suppliers s WHERE s.chat_id = :chat AND"
    + LISTED
    + """ UNION ALL SELECT m.merged_into, m.name, 1, m.supplier_id FROM vet_suppliers m
       WHERE m.chat_id = :chat AND m.merged_into IS NOT NULL)
    ORDER BY alias, rowkey"""
)

# Each supplier with its latest assessment's state and activity, and its latest finished
# result, the most recently active first.
SUPPLIERS = (
    """
    SELECT s.supplier_id, s.name, a.status AS latest_status,
           MAX(a.active_at, COALESCE(a.ended_at, ''),
               COALESCE((SELECT MAX(v.answered_at) FROM vet_answers v
                         WHERE v.assessment_id = a.assessment_id), '')) AS last_activity,
           f.assessment_id AS prev_id, f.ended_at AS prev_ended_at, f.score AS prev_score,
           f.band AS prev_band, f.completion_percent AS prev_completion,
           (SELECT json_group_object(v.item_id, v.value) FROM vet_answers v
            WHERE v.assessment_id = f.assessment_id) AS prev_answers
    FROM vet_suppliers s
    JOIN vet_assessments a ON a.assessment_id = (
        SELECT MAX(l.assessment_id) FROM vet_assessments l WHERE l.supplier_id = s.supplier_id)
    LEFT JOIN vet_assessments f ON f.assessment_id = (
        SELECT MAX(d.assessment_id) FROM vet_assessments d
        WHERE d.supplier_id = s.supplier_id AND d.status = 'finished')
    WHERE s.chat_id = ? AND"""  # noqa: S608 - constant strings joined, as ASSESSMENT
    + LISTED
    + " ORDER BY last_activity DESC, s.supplier_id DESC"
)

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

# Record the first answer (or skip) of the question being asked now, and return the audit as
# it is after the write, in ONE statement (one trip to the database thread on the tap path).
# Written only when the audit is this chat's (?6), in progress and run by this user (?3), every
# question asked before this one (the JSON array ?7, from `knowledge.vet.progress`) has an
# entry (a primary-key probe per id: a join of the two lists cost five times as much), and
# this one has none. Anything else writes nothing and returns no row; the caller
# then works out why with the full check, as for `SAVE_ANSWER`.
ANSWER_CURRENT = (
    """
    INSERT INTO vet_answers (assessment_id, item_id, value, answered_by, answered_at)
    SELECT a.assessment_id, ?1, ?2, ?3, ?4 FROM vet_assessments a
    WHERE a.assessment_id = ?5 AND a.chat_id = ?6 AND a.status = 'in_progress'
      AND a.started_by = ?3
      AND NOT EXISTS (SELECT 1 FROM json_each(?7) j WHERE NOT EXISTS (
          SELECT 1 FROM vet_answers v
          WHERE v.assessment_id = a.assessment_id AND v.item_id = j.value))
    ON CONFLICT (assessment_id, item_id) DO NOTHING
    RETURNING (SELECT json_object("""  # noqa: S608 - constant strings joined, as ASSESSMENT
    + ", ".join(f"'{column}', {expression}" for column, expression in _COLUMNS)
    + ")"
    + _ASSESSMENT_FROM
    + " WHERE a.assessment_id = vet_answers.assessment_id) AS assessment"
)

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
    return PastResult(row["prev_id"], times.read(row["prev_ended_at"]), kept)


def answers_of(value: object) -> dict[str, str]:
    """The answers column: JSON text in a row, already an object inside `ANSWER_CURRENT`'s JSON
    (SQLite nests the result of a JSON function as JSON), or nothing yet."""
    if isinstance(value, dict):
        return {str(item): str(answer) for item, answer in value.items()}
    return dict(json.loads(value)) if isinstance(value, str) and value else {}


def assessment(row: Row) -> AssessmentRecord:
    """A row of `ASSESSMENT` (or the object `ANSWER_CURRENT` returns) as a record."""
    answers = answers_of(row["answers"])
    return AssessmentRecord(
        assessment_id=row["assessment_id"],
        chat_id=row["chat_id"],
        supplier_id=row["supplier_id"],
        supplier_name=row["supplier_name"],
        status=AuditStatus(row["status"]),
        started_by=Vetter(row["started_by"], row["started_by_name"]),
        started_at=times.read(row["started_at"]),
        ended_at=times.read(row["ended_at"]) if row["ended_at"] else None,
        summary=summary(row["score"], row["band"], row["completion_percent"]),
        answers=answers,
        previous=past_result(row),
        question_message_id=row["question_message_id"],
        changes=row["changes"],
    )


def prompt_and_audit(row: Row) -> tuple[Prompt, AssessmentRecord | None]:
    """A row of `PROMPT_AND_AUDIT`: the prompt, and its audit when it names one that exists."""
    asked = Prompt(
        chat_id=row["prompt_chat"],
        message_id=row["prompt_message"],
        user_id=row["prompt_user"],
        assessment_id=row["prompt_audit"],
        item_id=row["prompt_item"],
        is_open=bool(row["prompt_open"]),
    )
    return asked, assessment(row) if row["assessment_id"] is not None else None


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
