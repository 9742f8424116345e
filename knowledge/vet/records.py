"""What the audit store keeps and hands back: statuses, summaries and assessment records.

Owns the value types of `knowledge.vet.ports.VetStore` so the domain, the handlers and the SQLite
layer share one vocabulary. Plain frozen dataclasses, no behaviour beyond a few helpers; it
must not know SQL or Telegram.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from knowledge.vet.checklist import RiskBand


class AuditStatus(StrEnum):
    """Where an assessment stands; stored, keep the values stable."""

    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    CANCELLED = "cancelled"


class SaveOutcome(StrEnum):
    """What `VetStore.save_answer` did, decided inside one transaction."""

    RECORDED = "recorded"  # a new answer, or a replaced one when replacing was asked
    UNCHANGED = "unchanged"  # the same value was already stored: nothing written
    ALREADY_ANSWERED = "already_answered"  # a value exists and replacing was not asked
    NOT_FOUND = "not_found"  # no such assessment in this chat (stale or forged)
    NOT_YOURS = "not_yours"  # someone else started this assessment
    ENDED = "ended"  # the assessment is finished or cancelled


@dataclass(frozen=True, slots=True)
class Vetter:
    """The Telegram user who started an assessment, with the name shown in reports."""

    user_id: int
    display_name: str


@dataclass(frozen=True, slots=True)
class AuditSummary:
    """The figures remembered when an assessment ends: enough for /suppliers and history."""

    score: int
    band: RiskBand
    completion_percent: int


@dataclass(frozen=True, slots=True)
class PastResult:
    """An earlier finished assessment of the same supplier, for "previously: 62 on ..."."""

    assessment_id: int
    finished_at: datetime
    summary: AuditSummary


@dataclass(frozen=True, slots=True)
class AssessmentRecord:
    """One dated assessment of a supplier in a chat, with every answer given so far.

    `answers` maps question id to stored answer (see `knowledge.vet.answers`); `previous` is
    the latest finished assessment of the same supplier that started before this one.
    """

    assessment_id: int
    chat_id: int
    supplier_id: int
    supplier_name: str
    status: AuditStatus
    started_by: Vetter
    started_at: datetime
    ended_at: datetime | None
    summary: AuditSummary | None
    answers: Mapping[str, str]
    previous: PastResult | None
    # The bot message that shows this audit's buttons now (None when none does): a resumed
    # audit moves its question to a new message and takes the buttons off the old one.
    question_message_id: int | None = None
    changes: int = 0  # answers changed after the end: the report is version changes + 1

    @property
    def version(self) -> int:
        """The report's version: 1 as finished, one more for each answer changed since."""
        return self.changes + 1


@dataclass(frozen=True, slots=True)
class StartedAudit:
    """The result of /vet NAME: the open assessment, and whether it already existed."""

    assessment: AssessmentRecord
    resumed: bool


@dataclass(frozen=True, slots=True)
class AuditInProgress:
    """A line of the "audits in progress" list shown by /vet without a name."""

    assessment_id: int
    supplier_name: str
    started_by: Vetter
    started_at: datetime
    answers: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Prompt:
    """A forced-reply question the bot asked one person: a supplier name or a typed answer.

    Replies are matched to prompts through the database, never memory: a reply to an open
    prompt is an answer, a reply to a closed one is stale. A person has at most one open
    prompt per chat; asking a new one closes the others.
    """

    chat_id: int
    message_id: int
    user_id: int
    assessment_id: int | None  # None: the prompt asks which supplier to vet
    item_id: str | None  # the question being answered; None for a supplier name
    is_open: bool


@dataclass(frozen=True, slots=True)
class SupplierRef:
    """A supplier of a chat, as the name matcher sees it."""

    supplier_id: int
    name: str


@dataclass(frozen=True, slots=True)
class SupplierOverview:
    """A line of /suppliers: the latest assessment's state and the latest finished result."""

    supplier_id: int
    name: str
    latest_status: AuditStatus
    last_activity_at: datetime
    last_result: PastResult | None
    last_answers: Mapping[str, str]  # the answers behind `last_result` (for the counts)


@dataclass(frozen=True, slots=True)
class PastAudit:
    """One audit of a supplier, for the history of a report: who, when, and its result."""

    assessment_id: int
    status: AuditStatus
    vetted_by: Vetter  # whoever ran it last
    started_at: datetime
    ended_at: datetime | None
    summary: AuditSummary | None  # the figures of its latest version, once finished
    changes: int  # answers changed after the end (its report is version changes + 1)


def merge_answer(
    answers: Mapping[str, str], item_id: str, value: str, *, replace: bool
) -> tuple[SaveOutcome, dict[str, str]]:
    """The reference semantics of saving one answer, which every store must match.

    A double press (same question, no replace) records once; going back and answering again
    (replace) overwrites; writing the value already there changes nothing.
    """
    current = answers.get(item_id)
    if current == value:
        return SaveOutcome.UNCHANGED, dict(answers)
    if current is not None and not replace:
        return SaveOutcome.ALREADY_ANSWERED, dict(answers)
    return SaveOutcome.RECORDED, {**answers, item_id: value}
