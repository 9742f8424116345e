"""Changing one answer of a finished audit: the list to pick from, the checks, the new version.

Owns the rules of "✏️ Change an answer": only a finished audit changes this way (one in
progress uses ◀ Back; a stopped one is continued); any member of the chat may change it; each
change makes a new dated version of the report, numbered from 1 (the audit as finished), and
the old versions stay in the history. A change names its version so a stale button or a race
between two members changes nothing. Pure: the store applies the same version check inside
its write.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from knowledge.vet.answers import Accepted, read_answer
from knowledge.vet.checklist import Checklist
from knowledge.vet.items import AnyItem
from knowledge.vet.records import AuditStatus, AuditSummary, Vetter
from knowledge.vet.scoring import Verdict, judge, score_audit

UNKNOWN_GROUP = "Unknown answers"


class ChangeCheck(StrEnum):
    """Whether a change may be made, and if not, why (each gets its own short answer)."""

    OK = "ok"
    NOT_FINISHED = "not_finished"  # in progress (use Back) or stopped (continue it first)
    UNKNOWN_QUESTION = "unknown_question"  # no such question
    STALE = "stale"  # the report changed since the button was made
    UNCHANGED = "unchanged"  # the same answer again
    INVALID = "invalid"  # not an answer to this question; `problem` says what to send


@dataclass(frozen=True, slots=True)
class AnswerChange:
    """One change of a finished audit, as stored: it made report version `version`."""

    version: int  # 2 for the first change: version 1 is the audit as it was finished
    item_id: str
    old_value: str | None
    new_value: str
    changed_by: Vetter
    changed_at: datetime
    before: AuditSummary
    after: AuditSummary


@dataclass(frozen=True, slots=True)
class ChangePlan:
    """What a change would store, or why not."""

    check: ChangeCheck
    reading: Accepted | None = None
    summary: AuditSummary | None = None  # the audit's figures once the change is saved
    problem: str | None = None


def plan_change(
    checklist: Checklist,
    answers: Mapping[str, str],
    *,
    status: AuditStatus,
    version: int,
    expected_version: int,
    item_id: str,
    text: str,
) -> ChangePlan:
    """Decide a change of `item_id` to the tapped token or typed `text`, made on the report
    version `expected_version` of an audit now at `version`."""
    if status is not AuditStatus.FINISHED:
        return ChangePlan(ChangeCheck.NOT_FINISHED)
    item = checklist.item(item_id)
    if item is None:
        return ChangePlan(ChangeCheck.UNKNOWN_QUESTION)
    if version != expected_version:
        return ChangePlan(ChangeCheck.STALE)
    reading = read_answer(item, text)
    if not isinstance(reading, Accepted):
        return ChangePlan(ChangeCheck.INVALID, problem=reading.message)
    if answers.get(item_id) == reading.stored:
        return ChangePlan(ChangeCheck.UNCHANGED, reading=reading)
    after = score_audit(checklist, {**answers, item_id: reading.stored}).summary
    return ChangePlan(ChangeCheck.OK, reading=reading, summary=after)


@dataclass(frozen=True, slots=True)
class MenuGroup:
    """A heading of the change list and its questions, in asking order."""

    title: str
    items: tuple[AnyItem, ...]


def change_menu(checklist: Checklist, answers: Mapping[str, str]) -> tuple[MenuGroup, ...]:
    """Every question to pick from: the unknown ones first, then the rest by section."""
    unknown = tuple(
        item
        for item in checklist.items
        if judge(item, answers.get(item.id)).verdict is Verdict.UNKNOWN
    )
    groups = [MenuGroup(UNKNOWN_GROUP, unknown)] if unknown else []
    for section in checklist.sections:
        rest = tuple(item for item in section.items if item not in unknown)
        if rest:
            groups.append(MenuGroup(section.title, rest))
    return tuple(groups)


def read_question_number(checklist: Checklist, text: str) -> AnyItem | str:
    """The question a typed number names ("12", "#12", "q12"), or what to send instead."""
    total = len(checklist.items)
    raw = text.strip().lstrip("#qQ").strip().rstrip(".")
    expected = f"Send a question number from 1 to {total}, for example 12."
    if not raw.isdecimal() or len(raw) > 4:
        return f"That is not a question number. {expected}"
    number = int(raw)
    if not 1 <= number <= total:
        return f"There is no question {number}. {expected}"
    return checklist.items[number - 1]


def history_line(changes: Sequence[AnswerChange], checklist: Checklist) -> tuple[str, ...]:
    """ "v2 · 7 Dec: Bea changed Years in business" lines, oldest first (for reports)."""
    lines = []
    for change in changes:
        item = checklist.item(change.item_id)
        label = item.label if item is not None else change.item_id
        lines.append(f"v{change.version}: {change.changed_by.display_name} changed {label}")
    return tuple(lines)
