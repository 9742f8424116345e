"""Where an audit stands and what a button press does, from the stored answers alone.

Owns the audit's progression as a pure state machine over the answers mapping (question id to
stored answer): the next unanswered question, going back, skipping, answering again, and when
the audit is finished. A handler rebuilds a user's position from the database with it after a
restart. It decides; it never stores (the caller saves `Step.record` through the VetStore).

    ask q1 -answer/skip-> ask q2 -> ... -> ask qN -answer/skip-> finished
      ^                    |
      +------- back -------+   (back shows an answered question; answering it again
                                replaces the answer and steps forward one question)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from knowledge.vet.answers import SKIPPED_SHOWN, Accepted, Gap, Rejected, read_answer
from knowledge.vet.checklist import Checklist
from knowledge.vet.items import AnyItem
from knowledge.vet.records import AuditStatus, SaveOutcome, merge_answer


class Move(StrEnum):
    """What a user asks for; stable values, they may travel in callback data."""

    ANSWER = "answer"  # answer the question being asked
    REVISE = "revise"  # answer again a question reached with Back
    SKIP = "skip"  # leave this question unknown (on a revisited one: keep it, go on)
    BACK = "back"  # show the question before this one


class PressCheck(StrEnum):
    """Whether a press may act, and if not, why (each gets its own short notice)."""

    OK = "ok"
    ENDED = "ended"  # the assessment is finished or cancelled
    NOT_YOURS = "not_yours"  # someone else runs this audit
    UNKNOWN_QUESTION = "unknown_question"  # no such question (stale after a data change)
    ALREADY_ANSWERED = "already_answered"  # a double press or an old message
    NOT_CURRENT = "not_current"  # a question not reached yet (forged or stale)
    AT_START = "at_start"  # back from the first question
    INVALID = "invalid"  # not an answer to this question; `problem` says what to send


@dataclass(frozen=True, slots=True)
class Position:
    """The question being asked now, or None when every question has an entry."""

    current: AnyItem | None
    number: int  # 1-based place of `current` in the asking order; total when finished
    total: int
    answered: int  # questions with an entry, gaps included

    @property
    def finished(self) -> bool:
        """True when every question has an answer or a gap."""
        return self.current is None


@dataclass(frozen=True, slots=True)
class Step:
    """The outcome of a press: what to save (if anything) and which question to show next."""

    check: PressCheck
    record: Accepted | None = None  # save `record.stored` for `item_id` before replying
    replace: bool = False  # the save may overwrite an existing answer
    show: AnyItem | None = None  # with check OK: the next question; None means finished
    shown_answer: str | None = None  # the stored answer of `show`, when it is revisited
    problem: str | None = None  # with INVALID: the message that says what to send


def skip_reading() -> Accepted:
    """The stored form of a skipped question: a gap, never a pass."""
    return Accepted(stored=Gap.SKIPPED, shown=SKIPPED_SHOWN)


def reading_of(item: AnyItem, move: Move, text: str) -> Accepted | Rejected:
    """What an answer or skip of `item` would store (`text`: the button token or typed reply)."""
    return skip_reading() if move is Move.SKIP else read_answer(item, text)


def asked_before(checklist: Checklist, item_id: str) -> tuple[str, ...]:
    """The ids of the questions asked before this one: all have an entry when it is current."""
    return tuple(item.id for item in checklist.items[: checklist.index_of(item_id)])


def next_question(checklist: Checklist, answers: Mapping[str, str]) -> AnyItem | None:
    """The first question in asking order without an entry, or None when all have one."""
    return next((item for item in checklist.items if item.id not in answers), None)


def is_finished(checklist: Checklist, answers: Mapping[str, str]) -> bool:
    """True when every question has an answer or a gap."""
    return next_question(checklist, answers) is None


def where(checklist: Checklist, answers: Mapping[str, str]) -> Position:
    """The position of an audit rebuilt from its answers."""
    current = next_question(checklist, answers)
    total = len(checklist.items)
    answered = sum(1 for item in checklist.items if item.id in answers)
    number = total if current is None else checklist.index_of(current.id) + 1
    return Position(current=current, number=number, total=total, answered=answered)


def question_before(checklist: Checklist, item_id: str) -> AnyItem | None:
    """The question asked before this one, or None for the first (or an unknown id)."""
    if checklist.item(item_id) is None:
        return None
    index = checklist.index_of(item_id)
    return checklist.items[index - 1] if index > 0 else None


def _reached(checklist: Checklist, answers: Mapping[str, str], index: int) -> bool:
    """True when the question at `index` is answered or is the one being asked."""
    current = next_question(checklist, answers)
    return current is None or index <= checklist.index_of(current.id)


def _forward(checklist: Checklist, answers: Mapping[str, str], index: int) -> Step:
    """Step to the question after `index` (revisit it if answered), or to the next open one."""
    items = checklist.items
    following = items[index + 1] if index + 1 < len(items) else None
    show = following if following is not None and following.id in answers else None
    show = show or next_question(checklist, answers)
    return Step(PressCheck.OK, show=show, shown_answer=answers.get(show.id) if show else None)


def _refusal(
    checklist: Checklist,
    answers: Mapping[str, str],
    *,
    status: AuditStatus,
    owner_id: int,
    user_id: int,
    item_id: str,
) -> PressCheck | None:
    """Why a press may not act at all, or None when it may."""
    if status is not AuditStatus.IN_PROGRESS:
        return PressCheck.ENDED
    if user_id != owner_id:
        return PressCheck.NOT_YOURS
    if checklist.item(item_id) is None:
        return PressCheck.UNKNOWN_QUESTION
    if not _reached(checklist, answers, checklist.index_of(item_id)):
        return PressCheck.NOT_CURRENT
    return None


def check_control(*, status: AuditStatus, owner_id: int, user_id: int) -> PressCheck:
    """Whether `user_id` may pause or continue an audit: only its owner, only while open."""
    if status is not AuditStatus.IN_PROGRESS:
        return PressCheck.ENDED
    return PressCheck.NOT_YOURS if user_id != owner_id else PressCheck.OK


def moves_on(step: Step, outcome: SaveOutcome) -> bool:
    """Whether the audit moves on once the store has handled `step`'s save.

    A new answer moves on; so does answering a revisited question with the answer it already
    had (like Keep). The same answer again on the current question is a double press.
    """
    return outcome is SaveOutcome.RECORDED or (step.replace and outcome is SaveOutcome.UNCHANGED)


def typed_move(answers: Mapping[str, str], item_id: str) -> Move:
    """A typed reply to a question answers it, or answers it again when it was revisited."""
    return Move.REVISE if item_id in answers else Move.ANSWER


def _back(checklist: Checklist, answers: Mapping[str, str], item_id: str) -> Step:
    before = question_before(checklist, item_id)
    if before is None:
        return Step(PressCheck.AT_START)
    return Step(PressCheck.OK, show=before, shown_answer=answers.get(before.id))


def _record(
    checklist: Checklist, answers: Mapping[str, str], item: AnyItem, move: Move, text: str
) -> Step:
    reading = reading_of(item, move, text)
    if not isinstance(reading, Accepted):
        return Step(PressCheck.INVALID, problem=reading.message)
    replace = move is Move.REVISE
    _, after = merge_answer(answers, item.id, reading.stored, replace=replace)
    step = _forward(checklist, after, checklist.index_of(item.id))
    return Step(
        PressCheck.OK,
        record=reading,
        replace=replace,
        show=step.show,
        shown_answer=step.shown_answer,
    )


def plan_press(
    checklist: Checklist,
    answers: Mapping[str, str],
    *,
    status: AuditStatus,
    owner_id: int,
    user_id: int,
    item_id: str,
    move: Move,
    text: str = "",
) -> Step:
    """Decide what a press (or a typed reply) on question `item_id` does.

    `text` is the button token or the typed answer for ANSWER and REVISE. The result says
    what to save and which question to show once saved; nothing is written here.
    """
    refusal = _refusal(
        checklist, answers, status=status, owner_id=owner_id, user_id=user_id, item_id=item_id
    )
    if refusal is not None:
        return Step(refusal)
    item = checklist.item(item_id)
    assert item is not None  # noqa: S101 - _refusal rejected unknown ids
    answered = item_id in answers
    if move is Move.BACK:
        return _back(checklist, answers, item_id)
    if move is Move.SKIP and answered:
        return _forward(checklist, answers, checklist.index_of(item_id))  # keep it, go on
    if move is Move.ANSWER and answered:
        return Step(PressCheck.ALREADY_ANSWERED)
    return _record(checklist, answers, item, move, text)
