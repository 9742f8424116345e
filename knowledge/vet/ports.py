"""What /vet needs remembered, as Protocols; `bot/storage/vet.py` implements them.

Only shapes live here: no SQL, no aiosqlite. Handlers depend on these, never on the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from knowledge.vet.changes import AnswerChange
from knowledge.vet.names import SupplierName
from knowledge.vet.records import (
    AssessmentRecord,
    AuditInProgress,
    AuditStatus,
    AuditSummary,
    PastAudit,
    Prompt,
    SaveOutcome,
    StartedAudit,
    SupplierOverview,
    SupplierRef,
    Vetter,
)
from knowledge.vet.takeover import Takeover


class VetStore(Protocol):
    """Suppliers, their dated assessments and every answer, per chat (issue 3, /vet).

    Every method takes `chat_id` and only ever sees that chat's rows, so a forged callback
    naming another chat's assessment finds nothing and changes nothing. Writes are committed
    before the method returns: a handler may send the next question as soon as it gets the
    result. Timestamps are timezone-aware UTC, given by the caller.
    """

    async def start_assessment(
        self, chat_id: int, supplier: SupplierName, vetter: Vetter, at: datetime
    ) -> StartedAudit:
        """Open an assessment of the supplier whose `supplier.key` matches in this chat.

        Creates the supplier on first sight (keeping `supplier.text` exactly as typed). If an
        assessment of it is in progress, returns that one with `resumed=True` (whoever started
        it); otherwise starts a new dated one by `vetter`. Atomic: two concurrent calls for
        the same supplier end with one assessment in progress.
        """
        ...

    async def get_assessment(self, chat_id: int, assessment_id: int) -> AssessmentRecord | None:
        """The assessment with its answers and previous result, or None if not in this chat."""
        ...

    async def get_latest_assessment(
        self, chat_id: int, supplier_id: int
    ) -> AssessmentRecord | None:
        """The most recently started assessment of a supplier of this chat, or None."""
        ...

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
        """Record one answer, idempotently, in one transaction.

        Checks, in this order and under the same transaction as the write: the assessment
        exists in this chat (NOT_FOUND), is in progress (ENDED), was started by `user_id`
        (NOT_YOURS). Then, as `knowledge.vet.records.merge_answer` specifies: the same value
        already stored is UNCHANGED (a double press records once); another value is kept
        unless `replace` (ALREADY_ANSWERED), else overwritten (RECORDED). One row per
        (assessment, question): e.g. INSERT ... ON CONFLICT DO UPDATE ... WHERE replace.
        """
        ...

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
        """Record the first entry of the question being asked now; return the audit after it.

        The fast path of a tap: one atomic step that writes only when the assessment is in
        this chat, in progress and started by `user_id`, every id of `asked_before` (the
        questions asked before `item_id`, from `knowledge.vet.progress.asked_before`) has an
        entry and `item_id` has none. Then it returns the assessment as it is after the
        write, `item_id: value` included; otherwise it writes nothing and returns None, and
        the caller finds out why with `get_assessment` and `save_answer`.
        """
        ...

    async def close_assessment(
        self,
        chat_id: int,
        assessment_id: int,
        status: AuditStatus,
        summary: AuditSummary | None,
        at: datetime,
    ) -> bool:
        """Mark an in-progress assessment FINISHED or CANCELLED and keep its summary.

        Answers are never deleted. Its open prompts are closed and its question message is
        forgotten. Returns False (and changes nothing) when the assessment is not in this
        chat or has already ended, so a repeated /cancel or a second "finish" is harmless.
        """
        ...

    async def save_question_message(
        self, chat_id: int, assessment_id: int, message_id: int | None
    ) -> bool:
        """Remember which bot message shows the audit's buttons now; False if not in chat."""
        ...

    async def get_running_audit(self, chat_id: int, user_id: int) -> AssessmentRecord | None:
        """The user's in-progress assessment in this chat with the latest activity, or None."""
        ...

    async def save_prompt(self, prompt: Prompt, at: datetime) -> None:
        """Remember an open forced-reply question; closes the person's other open prompts here.

        `prompt.assessment_id`, when given, must belong to `prompt.chat_id` (else nothing is
        saved). Saving the same message twice keeps one row.
        """
        ...

    async def get_prompt(self, chat_id: int, message_id: int) -> Prompt | None:
        """The prompt the bot sent as `message_id` in this chat, open or closed, or None."""
        ...

    async def get_prompt_and_audit(
        self, chat_id: int, message_id: int
    ) -> tuple[Prompt, AssessmentRecord | None] | None:
        """`get_prompt` and the audit it asks for (None for a name prompt, or when the audit
        is gone), in one read."""
        ...

    async def get_open_prompt(self, chat_id: int, user_id: int) -> Prompt | None:
        """The person's open prompt in this chat, or None."""
        ...

    async def close_prompts(self, chat_id: int, user_id: int) -> int:
        """Close the person's open prompts in this chat; returns how many were open."""
        ...

    async def list_audits_in_progress(self, chat_id: int) -> list[AuditInProgress]:
        """The chat's assessments in progress, most recently started first."""
        ...

    async def list_suppliers(self, chat_id: int) -> list[SupplierOverview]:
        """The chat's suppliers with their latest state and result, most recent first."""
        ...

    async def list_supplier_refs(self, chat_id: int) -> list[SupplierRef]:
        """The chat's listed suppliers (id and name, oldest first) for the name lookups, then
        each name merged into one of them, as that supplier (issue 12)."""
        ...


class VetTakeoverStore(Protocol):
    """Hand-overs of audits in a group chat, and their history (see `knowledge.vet.takeover`)."""

    async def take_over(
        self, chat_id: int, assessment_id: int, from_user: int, to: Vetter, at: datetime
    ) -> Takeover | None:
        """Hand the audit from `from_user` to `to`, keeping every answer, in one transaction.

        Only if the audit is in this chat, in progress and still run by `from_user` (and not
        by `to` already); otherwise None and nothing changes. Closes the audit's open forced
        replies, so an answer typed for the old vetter's question is no longer taken.
        """
        ...

    async def list_takeovers(self, chat_id: int, assessment_id: int) -> list[Takeover]:
        """The audit's hand-overs in this chat, oldest first (empty when it never moved)."""
        ...


class VetHistoryStore(Protocol):
    """What happens to an audit after its end (issue 12): changed answers, each a new report
    version, a stopped audit continued, and a supplier's audits for the report's history."""

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
        """Change one answer of a FINISHED audit of this chat, in one transaction.

        Only when the audit's report is still at `expected_version` (1 + its changes) and the
        value differs; then the answer is replaced, the audit's figures become `summary`, and
        the change (with the figures before) is recorded as version `expected_version + 1`.
        Otherwise None and nothing changes (a stale button, a race, a forged id).
        """
        ...

    async def list_changes(
        self, chat_id: int, assessment_id: int, *, latest_only: bool = False
    ) -> list[AnswerChange]:
        """The audit's changes after its end, oldest first (only the newest, for a card)."""
        ...

    async def list_audits_of(self, chat_id: int, supplier_id: int) -> list[PastAudit]:
        """Every audit of a supplier of this chat, oldest first."""
        ...

    async def reopen(
        self, chat_id: int, assessment_id: int, by: Vetter, at: datetime
    ) -> AssessmentRecord | None:
        """Continue a CANCELLED audit: in progress again, run by `by` (a hand-over is recorded
        when that is someone else). None when it is not this chat's, not cancelled, not the
        supplier's latest audit, or another audit of the supplier is in progress."""
        ...


class VetIdentityStore(Protocol):
    """Suppliers as companies (issue 12): the unified social credit code each one gave, and
    merging two suppliers of a chat that turn out to be one company."""

    async def save_credit_code(
        self, chat_id: int, supplier_id: int, code: str
    ) -> list[SupplierRef]:
        """Keep the supplier's code; return the chat's other suppliers with the same code."""
        ...

    async def merge_suppliers(self, chat_id: int, keep_id: int, merge_id: int) -> bool:
        """File every audit of `merge_id` under `keep_id`; its name then finds `keep_id`.

        False (nothing changes) when either is not this chat's, they are the same, one is
        merged already, or both have an audit in progress (one audit in progress each).
        """
        ...
