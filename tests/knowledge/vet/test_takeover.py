"""The take-over rule: only the member asked, only while open and run by the vetter offered."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pytest

from knowledge.vet.records import AuditStatus, Vetter
from knowledge.vet.takeover import (
    Takeover,
    TakeoverCheck,
    check_takeover,
    names_in_order,
    vetters,
)

ALEX, BEA, CY = Vetter(1, "Alex"), Vetter(2, "Bea"), Vetter(3, "Cy")
AT = datetime(2025, 5, 3, tzinfo=UTC)
OPEN, DONE = AuditStatus.IN_PROGRESS, AuditStatus.FINISHED


@pytest.mark.parametrize(
    ("status", "current", "presser", "expected"),
    [
        (OPEN, 1, 2, TakeoverCheck.OK),
        (OPEN, 1, 3, TakeoverCheck.NOT_ASKER),  # Cy presses the offer made to Bea
        (DONE, 1, 3, TakeoverCheck.NOT_ASKER),  # a stranger learns nothing about the audit
        (DONE, 1, 2, TakeoverCheck.ENDED),
        (AuditStatus.CANCELLED, 1, 2, TakeoverCheck.ENDED),
        (OPEN, 2, 2, TakeoverCheck.ALREADY_YOURS),  # Bea's second press
        (OPEN, 3, 2, TakeoverCheck.MOVED),  # Cy took it over from Alex first
    ],
)
def test_a_press_is_checked_in_order(
    status: AuditStatus, current: int, presser: int, expected: TakeoverCheck
) -> None:
    """An offer to Bea to take Alex's audit: each state gets its own answer."""
    check = check_takeover(
        status=status, current_id=current, offered_from=1, presser_id=presser, asker_id=2
    )
    assert check is expected


def test_an_audit_that_never_moved_names_its_one_vetter() -> None:
    """No take-over: the report names whoever ran it."""
    assert names_in_order(vetters(ALEX, [])) == "Alex"


def test_every_hand_over_is_named_in_order() -> None:
    """Alex to Bea to Cy reads "Alex, then Bea, then Cy"."""
    handed = [Takeover(ALEX, BEA, AT, 4), Takeover(BEA, CY, AT, 9)]
    assert vetters(CY, handed) == (ALEX, BEA, CY)
    assert names_in_order(vetters(CY, handed)) == "Alex, then Bea, then Cy"


def test_an_audit_handed_back_and_forth_names_each_person_once() -> None:
    """Alex to Bea, back to Alex, to Bea again reads "Alex, then Bea"."""
    handed = [Takeover(ALEX, BEA, AT, 1), Takeover(BEA, ALEX, AT, 2), Takeover(ALEX, BEA, AT, 3)]
    assert vetters(BEA, handed) == (ALEX, BEA, ALEX, BEA)
    assert names_in_order(vetters(BEA, handed)) == "Alex, then Bea"


def test_past_four_people_the_rest_are_counted() -> None:
    """Six vetters: four names, then how many more, so the report's head stays short."""
    people = [Vetter(n, f"P{n}") for n in range(1, 7)]
    handed = [Takeover(a, b, AT, 0) for a, b in itertools.pairwise(people)]
    named = names_in_order(vetters(people[-1], handed))
    assert named == "P1, then P2, then P3, then P4 and 2 more"
