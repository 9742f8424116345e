"""Taking over an audit in a group: who may press "Take over", and who vetted in the end.

Owns the rule for a take-over press (only the member who asked, only while the audit is open
and still run by the vetter the offer named) and the list of vetters a report names. A
take-over keeps every answer; it only changes who answers next. Pure: no storage, no
Telegram; the store applies the same conditions again inside its write, so a race between two
presses still ends with one take-over.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from knowledge.vet.records import AuditStatus, Vetter

MAX_NAMED = 4  # names up to 129 characters each: the report's head stays a few lines


class TakeoverCheck(StrEnum):
    """Whether a "Take over" press may act, and if not, why."""

    OK = "ok"
    NOT_ASKER = "not_asker"  # someone other than the member the offer was made to
    ENDED = "ended"  # the audit was finished or cancelled since the offer
    MOVED = "moved"  # someone else took it over since: the offer named another vetter
    ALREADY_YOURS = "already_yours"  # the presser runs it already (a double press)


@dataclass(frozen=True, slots=True)
class Takeover:
    """One hand-over of an audit, as recorded: from whom, to whom, when, answers kept."""

    from_vetter: Vetter
    to_vetter: Vetter
    taken_at: datetime  # timezone-aware, UTC
    answers_kept: int


def check_takeover(
    *, status: AuditStatus, current_id: int, offered_from: int, presser_id: int, asker_id: int
) -> TakeoverCheck:
    """Decide a press on an offer made to `asker_id` to take the audit from `offered_from`.

    The order matters: a stranger learns nothing about the audit, and the presser who already
    runs it hears that rather than "someone else runs it".
    """
    if presser_id != asker_id:
        return TakeoverCheck.NOT_ASKER
    if status is not AuditStatus.IN_PROGRESS:
        return TakeoverCheck.ENDED
    if current_id == presser_id:
        return TakeoverCheck.ALREADY_YOURS
    if current_id != offered_from:
        return TakeoverCheck.MOVED
    return TakeoverCheck.OK


def vetters(current: Vetter, takeovers: Sequence[Takeover]) -> tuple[Vetter, ...]:
    """Everyone who ran the audit, in order: the first vetter, then each who took over."""
    if not takeovers:
        return (current,)
    return (takeovers[0].from_vetter, *(t.to_vetter for t in takeovers))


def names_in_order(people: Sequence[Vetter]) -> str:
    """The names for a report: "Alex", or "Alex, then Bea" for an audit that changed hands.

    Each person is named once, where they first ran the audit: an audit handed back and
    forth reads "Alex, then Bea", not a name per hand-over (which also kept the report's
    head from growing with every hand-over). Past `MAX_NAMED` people, the rest are counted.
    """
    seen: dict[int, str] = {}
    for person in people:
        seen.setdefault(person.user_id, person.display_name)
    names = list(seen.values())
    if len(names) <= MAX_NAMED:
        return ", then ".join(names)
    rest = len(names) - MAX_NAMED
    return ", then ".join(names[:MAX_NAMED]) + f" and {rest} more"
