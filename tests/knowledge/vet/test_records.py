"""The reference semantics of saving an answer, which every VetStore must follow."""

from __future__ import annotations

from knowledge.vet.records import SaveOutcome, merge_answer


def test_first_answer_is_recorded() -> None:
    """A question without an answer takes the new one."""
    assert merge_answer({}, "years", "5", replace=False) == (SaveOutcome.RECORDED, {"years": "5"})


def test_double_press_with_the_same_value_changes_nothing() -> None:
    """The same value again is UNCHANGED, with or without replace."""
    for replace in (False, True):
        outcome, after = merge_answer({"years": "5"}, "years", "5", replace=replace)
        assert (outcome, after) == (SaveOutcome.UNCHANGED, {"years": "5"})


def test_a_different_value_without_replace_keeps_the_first() -> None:
    """A stale button with another value cannot overwrite an answer."""
    outcome, after = merge_answer({"years": "5"}, "years", "1", replace=False)
    assert (outcome, after) == (SaveOutcome.ALREADY_ANSWERED, {"years": "5"})


def test_replace_overwrites_after_going_back() -> None:
    """Answering again after Back replaces the earlier answer and nothing else."""
    before = {"years": "5", "badge": "gold"}
    outcome, after = merge_answer(before, "years", "1", replace=True)
    assert (outcome, after) == (SaveOutcome.RECORDED, {"years": "1", "badge": "gold"})
    assert before == {"years": "5", "badge": "gold"}  # the input is not mutated
