"""What the domain needs remembered, as Protocols; `bot/storage.py` implements them.

Only shapes live here: no SQL, no aiosqlite. Each feature adds the Protocol it needs; handlers
depend on these, never on the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Protocol

from knowledge.landed_saved import EstimateInput, NameOutcome, SavedEstimate
from knowledge.landed_steps import GuidedDraft, Step
from knowledge.scam import Risk
from knowledge.vet.names import SupplierName
from knowledge.vet.records import (
    AssessmentRecord,
    AuditInProgress,
    AuditStatus,
    AuditSummary,
    Prompt,
    SaveOutcome,
    StartedAudit,
    SupplierOverview,
    SupplierRef,
    Vetter,
)
from knowledge.vet.takeover import Takeover


class ChatStore(Protocol):
    """Per-chat preferences: the display currency and exchange rates typed with /fx."""

    async def get_currency(self, chat_id: int) -> str:
        """The chat's display currency (ISO 4217), USD when never set."""
        ...

    async def save_currency(self, chat_id: int, currency: str) -> None:
        """Remember the chat's display currency."""
        ...

    async def save_fx_rate(self, chat_id: int, currency: str, per_usd: Decimal) -> None:
        """Remember that 1 USD = `per_usd` units of `currency` in this chat."""
        ...

    async def list_fx_rates(self, chat_id: int) -> dict[str, Decimal]:
        """Every rate the chat has typed, as units of the currency per 1 USD."""
        ...


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
        """Every supplier of the chat (id and name), for the fuzzy /report lookup."""
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


@dataclass(frozen=True, slots=True)
class ScanRecord:
    """What is kept of one scam check: never the message text, only its fingerprint."""

    chat_id: int
    fingerprint: str  # ScanResult.fingerprint: SHA-256 hex of the normalised text
    risk: Risk
    score: int
    categories: tuple[str, ...]  # red-flag category ids, strongest first
    scanned_at: datetime  # timezone-aware, UTC


class ScanStore(Protocol):
    """Scam-check history per chat, so a team hears "already checked on DATE"."""

    async def save_scan(self, record: ScanRecord) -> None:
        """Remember one scan (the store keeps every scan; the latest answers look-ups)."""
        ...

    async def find_scan(self, chat_id: int, fingerprint: str) -> ScanRecord | None:
        """The most recent scan of this fingerprint in this chat, or None."""
        ...


class EstimateStore(Protocol):
    """Landed-cost estimates per chat (issue 6, /landed): every result, and the named ones.

    Each computed estimate is kept (without a name) so that its Save button can name it later;
    the store keeps only the most recent unnamed ones. Every method takes `chat_id` and sees
    only that chat's rows. Timestamps are timezone-aware UTC, given by the caller.
    """

    async def save_result(
        self, chat_id: int, user_id: int, estimate: EstimateInput, at: datetime
    ) -> int:
        """Keep a computed estimate (unnamed) and return its id."""
        ...

    async def get_estimate(self, chat_id: int, estimate_id: int) -> SavedEstimate | None:
        """The estimate with this id in this chat, named or not, or None."""
        ...

    async def ask_name(
        self, chat_id: int, estimate_id: int, user_id: int, message_id: int
    ) -> bool:
        """Record that `user_id` was asked (in message `message_id`) to name this estimate.

        False when the estimate is not in this chat.
        """
        ...

    async def find_naming(
        self, chat_id: int, user_id: int, message_id: int | None
    ) -> SavedEstimate | None:
        """The estimate whose name question is `message_id` (any asker), or with None the
        latest one `user_id` was asked to name and has not named yet."""
        ...

    async def name_estimate(
        self, chat_id: int, estimate_id: int, name: str, at: datetime, saved_by: int | None = None
    ) -> NameOutcome:
        """Give the estimate its name (unique per chat, case and spacing ignored).

        TAKEN leaves everything as it was; naming an already named estimate renames it.
        `saved_by` is who named it (default: who was asked to, else who computed it).
        """
        ...

    async def delete_saved(self, chat_id: int, estimate_id: int) -> bool:
        """Delete a named estimate of this chat for good; False when there is none (any more)."""
        ...

    async def list_saved(self, chat_id: int) -> list[SavedEstimate]:
        """The chat's named estimates, most recently saved first."""
        ...


class LandedDraftStore(Protocol):
    """Guided /landed estimates in progress: one per chat and person (issue 6).

    A restart loses nothing: the step, every answer and the question waiting are rows.
    """

    async def get_draft(self, chat_id: int, user_id: int) -> GuidedDraft | None:
        """This person's guided estimate in this chat, or None."""
        ...

    async def find_draft(self, chat_id: int, message_id: int) -> GuidedDraft | None:
        """The guided estimate (anyone's) whose waiting question is `message_id`, or None."""
        ...

    async def start_draft(self, draft: GuidedDraft) -> None:
        """Begin (or begin again) this person's guided estimate, replacing any other."""
        ...

    async def advance_draft(
        self, chat_id: int, user_id: int, from_step: Step, to_step: Step, answers: dict[str, str]
    ) -> bool:
        """Store the answers and the next step, only if the draft still stands at `from_step`.

        False (and nothing changed) when it has moved on or gone: a double press counts once.
        The waiting question is cleared until `set_question` names the next one.
        """
        ...

    async def set_question(self, chat_id: int, user_id: int, message_id: int) -> None:
        """Remember which message now waits for this person's answer."""
        ...

    async def delete_draft(self, chat_id: int, user_id: int) -> bool:
        """Drop the guided estimate; False when there was none."""
        ...


@dataclass(frozen=True, slots=True)
class QuantityPrompt:
    """A forced-reply question asking one person how many units an order holds (for /aql)."""

    chat_id: int
    message_id: int  # the bot's question message
    user_id: int  # who was asked; only their reply is taken
    is_open: bool


class QuantityPromptStore(Protocol):
    """Open "how many units?" questions, so a reply is matched from the database, not memory."""

    async def save_quantity_prompt(self, prompt: QuantityPrompt, at: datetime) -> None:
        """Remember a question just asked; closes the person's other open ones in this chat."""
        ...

    async def get_quantity_prompt(self, chat_id: int, message_id: int) -> QuantityPrompt | None:
        """The question the bot sent as `message_id` in this chat, open or closed, or None."""
        ...

    async def get_open_quantity_prompt(self, chat_id: int, user_id: int) -> QuantityPrompt | None:
        """The person's open question in this chat, or None."""
        ...

    async def close_quantity_prompt(self, chat_id: int, message_id: int) -> bool:
        """Close one question; True only for the call that found it open (one answer wins)."""
        ...
