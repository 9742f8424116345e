"""The audit as a pure state machine: next question, back, skip, revise, finish, refusals."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.vet.answers import Gap
from knowledge.vet.checklist import Checklist
from knowledge.vet.progress import (
    Move,
    PressCheck,
    Step,
    check_control,
    is_finished,
    moves_on,
    next_question,
    plan_press,
    question_before,
    typed_move,
    where,
)
from knowledge.vet.records import AuditStatus, SaveOutcome, merge_answer

from .conftest import passing_answer

OWNER = 1001


def press(
    checklist: Checklist,
    answers: dict[str, str],
    item_id: str,
    move: Move,
    text: str = "",
    **kw: Any,
) -> Step:
    """Plan a press by the audit's owner on an audit in progress, unless told otherwise."""
    options: dict[str, Any] = {
        "status": AuditStatus.IN_PROGRESS,
        "owner_id": OWNER,
        "user_id": OWNER,
    }
    options.update(kw)
    return plan_press(checklist, answers, item_id=item_id, move=move, text=text, **options)


def apply(answers: dict[str, str], item_id: str, step: Step) -> dict[str, str]:
    """Save a planned step the way a store would."""
    if step.record is None:
        return answers
    _, after = merge_answer(answers, item_id, step.record.stored, replace=step.replace)
    return after


def first_ids(checklist: Checklist, count: int) -> list[str]:
    """The ids of the first questions in asking order."""
    return [item.id for item in checklist.items[:count]]


def answered_up_to(checklist: Checklist, count: int) -> dict[str, str]:
    """Passing answers for the first `count` questions."""
    return {item.id: passing_answer(item) for item in checklist.items[:count]}


def test_a_new_audit_starts_at_the_first_question(checklist: Checklist) -> None:
    """With no answers the order value is asked first, question 1 of all."""
    position = where(checklist, {})
    assert position.current is checklist.items[0]
    assert (position.number, position.total, position.answered) == (1, len(checklist.items), 0)
    assert not position.finished


def test_answering_records_and_moves_to_the_next_question(checklist: Checklist) -> None:
    """A valid answer to the current question is recorded and the next one is shown."""
    first, second = first_ids(checklist, 2)
    step = press(checklist, {}, first, Move.ANSWER, "12,000")
    assert step.check is PressCheck.OK
    assert step.record is not None
    assert step.record.stored == "12000"
    assert not step.replace
    assert step.show is not None
    assert step.show.id == second
    assert step.shown_answer is None


def test_a_double_press_records_once(checklist: Checklist) -> None:
    """The second press on an answered question is refused: already answered."""
    first = first_ids(checklist, 1)[0]
    answers = apply({}, first, press(checklist, {}, first, Move.ANSWER, "5000"))
    again = press(checklist, answers, first, Move.ANSWER, "5000")
    assert again.check is PressCheck.ALREADY_ANSWERED
    assert again.record is None


def test_bad_typed_number_is_invalid_with_the_reason(checklist: Checklist) -> None:
    """An unreadable number records nothing and carries the message to re-ask with."""
    step = press(checklist, {}, "order_usd", Move.ANSWER, "lots")
    assert step.check is PressCheck.INVALID
    assert step.record is None
    assert step.problem is not None
    assert "amount in US dollars" in step.problem


def test_back_shows_the_previous_question_with_its_answer(checklist: Checklist) -> None:
    """Back from the current question shows the one before, answer and all; nothing changes."""
    answers = answered_up_to(checklist, 3)
    current = checklist.items[3].id
    step = press(checklist, answers, current, Move.BACK)
    assert step.check is PressCheck.OK
    assert step.record is None
    assert step.show is checklist.items[2]
    assert step.shown_answer == answers[checklist.items[2].id]


def test_back_from_the_first_question_says_so(checklist: Checklist) -> None:
    """There is nothing before question 1."""
    assert press(checklist, {}, checklist.items[0].id, Move.BACK).check is PressCheck.AT_START
    assert question_before(checklist, checklist.items[0].id) is None


def test_revising_after_back_replaces_and_steps_forward_one(checklist: Checklist) -> None:
    """Answering a revisited question replaces it and shows the following (answered) one."""
    answers = answered_up_to(checklist, 4)
    years = checklist.items[1]
    step = press(checklist, answers, years.id, Move.REVISE, "1")
    assert step.check is PressCheck.OK
    assert step.replace
    assert step.show is checklist.items[2]
    assert step.shown_answer == answers[checklist.items[2].id]
    after = apply(answers, years.id, step)
    assert after[years.id] == "1"
    assert len(after) == 4


def test_revising_the_last_answered_question_returns_to_the_open_one(checklist: Checklist) -> None:
    """Revising the question right before the current one leads back to the current one."""
    answers = answered_up_to(checklist, 4)
    step = press(checklist, answers, checklist.items[3].id, Move.REVISE, "no")
    assert step.show is checklist.items[4]
    assert step.shown_answer is None


def test_skip_records_a_gap_and_moves_on(checklist: Checklist) -> None:
    """Skipping the current question stores "skipped" (a gap) and shows the next."""
    answers = answered_up_to(checklist, 2)
    step = press(checklist, answers, checklist.items[2].id, Move.SKIP)
    assert step.record is not None
    assert step.record.stored == Gap.SKIPPED
    assert step.show is checklist.items[3]


def test_skip_on_a_revisited_question_keeps_its_answer(checklist: Checklist) -> None:
    """Skip after Back means "keep it": nothing is recorded and the next question shows."""
    answers = answered_up_to(checklist, 4)
    step = press(checklist, answers, checklist.items[1].id, Move.SKIP)
    assert step.check is PressCheck.OK
    assert step.record is None
    assert step.show is checklist.items[2]


def test_answering_the_last_question_finishes(checklist: Checklist) -> None:
    """The last answer leaves nothing to show; the audit is finished."""
    answers = answered_up_to(checklist, len(checklist.items) - 1)
    last = checklist.items[-1]
    step = press(checklist, answers, last.id, Move.ANSWER, passing_answer(last))
    assert step.check is PressCheck.OK
    assert step.show is None
    after = apply(answers, last.id, step)
    assert is_finished(checklist, after)
    assert where(checklist, after).finished
    assert where(checklist, after).number == len(after)


@pytest.mark.parametrize(
    ("kw", "check"),
    [
        ({"status": AuditStatus.FINISHED}, PressCheck.ENDED),
        ({"status": AuditStatus.CANCELLED}, PressCheck.ENDED),
        ({"user_id": 2002}, PressCheck.NOT_YOURS),
    ],
)
def test_presses_on_ended_or_other_peoples_audits_change_nothing(
    checklist: Checklist, kw: dict[str, Any], check: PressCheck
) -> None:
    """An ended audit or another member's press is refused before anything else."""
    step = press(checklist, {}, checklist.items[0].id, Move.ANSWER, "5000", **kw)
    assert step == Step(check)


def test_forged_question_ids_are_refused(checklist: Checklist) -> None:
    """Unknown ids and questions not reached yet cannot be answered."""
    assert press(checklist, {}, "no_such_q", Move.ANSWER, "yes").check is (
        PressCheck.UNKNOWN_QUESTION
    )
    later = checklist.items[5].id
    for move in Move:
        assert press(checklist, {}, later, move, "yes").check is PressCheck.NOT_CURRENT


def test_position_is_rebuilt_from_answers_alone(checklist: Checklist) -> None:
    """A whole audit driven by planned steps can resume anywhere from the stored answers."""
    answers: dict[str, str] = {}
    shown = next_question(checklist, answers)
    while shown is not None:
        resumed = where(checklist, answers)  # what a restarted bot would compute
        assert resumed.current is shown
        step = press(checklist, answers, shown.id, Move.ANSWER, passing_answer(shown))
        answers = apply(answers, shown.id, step)
        shown = step.show
    assert len(answers) == len(checklist.items)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=40), st.sampled_from(list(Move))),
        max_size=80,
    )
)
def test_random_presses_never_skip_ahead_or_lose_answers(
    checklist: Checklist, presses: list[tuple[int, Move]]
) -> None:
    """Whatever is pressed, answers only exist up to the current question and never vanish."""
    answers: dict[str, str] = {}
    for index, move in presses:
        item = checklist.items[index % len(checklist.items)]
        step = press(checklist, answers, item.id, move, passing_answer(item))
        before = set(answers)
        answers = apply(answers, item.id, step)
        assert before <= set(answers)
        current = next_question(checklist, answers)
        limit = len(checklist.items) if current is None else checklist.index_of(current.id)
        assert all(checklist.index_of(item_id) < limit for item_id in answers)


@pytest.mark.parametrize(
    ("status", "user", "check"),
    [
        (AuditStatus.IN_PROGRESS, OWNER, PressCheck.OK),
        (AuditStatus.IN_PROGRESS, 2002, PressCheck.NOT_YOURS),
        (AuditStatus.FINISHED, OWNER, PressCheck.ENDED),
        (AuditStatus.CANCELLED, 2002, PressCheck.ENDED),
    ],
)
def test_only_the_owner_pauses_or_continues_an_open_audit(
    status: AuditStatus, user: int, check: PressCheck
) -> None:
    """Pause and Continue follow the same owner and status rules as answers."""
    assert check_control(status=status, owner_id=OWNER, user_id=user) is check


def test_a_typed_reply_answers_or_revises(checklist: Checklist) -> None:
    """A reply to an unanswered question answers it; to a revisited one, replaces it."""
    answers = answered_up_to(checklist, 2)
    assert typed_move(answers, checklist.items[2].id) is Move.ANSWER
    assert typed_move(answers, checklist.items[1].id) is Move.REVISE


def test_an_unchanged_revision_moves_on_but_a_double_press_does_not(checklist: Checklist) -> None:
    """Re-entering a revisited answer acts like Keep; a fresh answer repeated is a double press."""
    answers = answered_up_to(checklist, 3)
    revise = press(checklist, answers, checklist.items[1].id, Move.REVISE, answers["years"])
    assert moves_on(revise, SaveOutcome.UNCHANGED)
    assert moves_on(revise, SaveOutcome.RECORDED)
    fresh = press(checklist, answers, checklist.items[3].id, Move.ANSWER, "yes")
    assert not moves_on(fresh, SaveOutcome.UNCHANGED)
    assert not moves_on(fresh, SaveOutcome.ALREADY_ANSWERED)
    assert not moves_on(fresh, SaveOutcome.NOT_YOURS)
