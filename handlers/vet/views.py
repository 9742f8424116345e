"""How a /vet question looks on a phone: the question message, its typed-answer prompt, and
the paused, resumed and in-progress texts around it.

Pure rendering: HTML strings from records and checklist items, every interpolated text
escaped. It decides nothing about the audit's progress and sends nothing.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from handlers.vet.audit import mention
from knowledge.vet import (
    AnyItem,
    AssessmentRecord,
    AuditInProgress,
    Checklist,
    Completion,
    SupplierRef,
    Vetter,
    answer_form,
    is_typed,
)

INTRO = (
    "Answers are saved as you go. “Not sure” counts as unknown, never as a pass; "
    "⏸ Pause stops for now, /cancel ends the audit."
)
NAME_EXAMPLE = "Shenzhen Acme Electronics"
ASK_NAME = (
    "Which supplier do you want to vet? Reply with its name or its Alibaba store link, "
    f"e.g. <code>{NAME_EXAMPLE}</code>."
)


@dataclass(frozen=True, slots=True)
class Shown:
    """What the question message should say besides the question itself."""

    saved: str | None = None  # the answer just recorded, echoed back
    note: str | None = None  # a warning about that answer
    intro: bool = False  # first question of a new audit
    resumed: bool = False  # an audit picked up again


def question_html(
    checklist: Checklist,
    supplier: str,
    item: AnyItem,
    stored: str | None,
    shown: Shown,
) -> str:
    """The question message; `stored` is the answer of a revisited question, shown back."""
    number = checklist.index_of(item.id) + 1
    section = checklist.section_of(item.id).title
    lines: list[str] = []
    if shown.saved is not None:
        lines.append(f"✓ Saved: {html.escape(shown.saved)}")
    if shown.note:
        lines.append(f"⚠️ {html.escape(shown.note)}")
    if shown.resumed:
        lines.append("Welcome back: your answers so far are kept.")
    lines.append(f"<b>{html.escape(supplier)}</b> · {html.escape(section)}")
    lines.append(f"Question {number} of {len(checklist.items)}")
    lines.append("")
    lines.append(f"<b>{html.escape(item.question)}</b>")
    lines.append(f"<i>{html.escape(item.how_to_check)}</i>")
    if stored is not None:
        keep = "reply with a new one" if is_typed(item) else "tap a new one"
        lines.append(f"\nYour answer: <b>{html.escape(stored)}</b>. To change it, {keep}.")
    elif is_typed(item):
        lines.append("\n✍️ Type your answer as a reply to my next message.")
    if shown.intro:
        lines.append(f"\n{INTRO}")
    return "\n".join(lines)


def answered_html(checklist: Checklist, supplier: str, item: AnyItem, answer: str) -> str:
    """A question message once its typed answer is in: a line of the audit's log."""
    number = checklist.index_of(item.id) + 1
    return (
        f"<b>{html.escape(supplier)}</b> · question {number} of {len(checklist.items)}\n"
        f"{html.escape(item.question)}\n✓ <b>{html.escape(answer)}</b>"
    )


def prompt_html(item: AnyItem, person: Vetter, *, group: bool) -> str:
    """The forced-reply message of a typed question; in a group it names who should reply."""
    form = html.escape(answer_form(item) or "your answer")
    who = f"{mention(person)}, reply" if group else "Reply"
    return f"✍️ {who} with {form}."


def reask_html(problem: str, person: Vetter, *, group: bool) -> str:
    """Say what was wrong with a typed answer and ask again."""
    who = f"{mention(person)}: " if group else ""
    return f"{who}{html.escape(problem)}"


def paused_html(supplier: str, number: int, total: int) -> str:
    """A paused audit, with how to pick it up again."""
    return (
        f"⏸ <b>{html.escape(supplier)}</b>: paused at question {number} of {total}.\n"
        "Your answers are saved. Tap Continue, or send /vet later to pick it up."
    )


def moved_on_html(supplier: str) -> str:
    """An old question message whose audit continues in a newer message."""
    return f"<b>{html.escape(supplier)}</b>: continued below."


def ask_name_html(person: Vetter, *, group: bool, problem: str | None = None) -> str:
    """The forced-reply question for a supplier name, after the problem with the last one."""
    lead = f"{html.escape(problem)}\n" if problem else ""
    who = f"{mention(person)}: " if group else ""
    return f"{lead}{who}{ASK_NAME}"


def in_progress_html(audits: Sequence[tuple[AuditInProgress, Completion]]) -> str:
    """The audits a chat has in progress, for /vet alone."""
    lines = ["<b>Audits in progress</b> (tap one to continue):"]
    for audit, done in audits:
        lines.append(
            f"• {html.escape(audit.supplier_name)}: {done.text()}, "
            f"by {html.escape(audit.started_by.display_name)}"
        )
    return "\n".join(lines)


def someone_else_html(supplier: str, owner: Vetter, answered: int, total: int) -> str:
    """/vet NAME while another member is vetting that supplier."""
    return (
        f"{html.escape(owner.display_name)} is already vetting <b>{html.escape(supplier)}</b> "
        f"({answered} of {total} answered). Only they can answer its questions; "
        "/report shows where it stands."
    )


NEW_NAME = "New name: "  # the last line of "Did you mean": "No, a new supplier" reads it back


def did_you_mean_html(candidates: Sequence[SupplierRef], typed: str) -> str:
    """ "Did you mean Ningbo Bright Home Co?" for a name close to the chat's suppliers.

    The typed name ends the message, after `NEW_NAME`: "No, a new supplier" takes it from the
    message Telegram hands back with the press, so nothing waits in memory or the database.
    """
    if len(candidates) == 1:
        ask = f"Did you mean {html.escape(candidates[0].name)}?"
    else:
        ask = "Did you mean one of these suppliers?"
    return f"🔎 {ask}\n{NEW_NAME}{html.escape(typed)}"


def stopped_html(record: AssessmentRecord, done: Completion) -> str:
    """/vet NAME for a supplier whose latest audit was stopped: continue it, or start again."""
    ended = record.ended_at or record.started_at
    return (
        f"The audit of <b>{html.escape(record.supplier_name)}</b> was stopped on "
        f"{ended.day} {ended:%b %Y} by {html.escape(record.started_by.display_name)} "
        f"({done.text()}). Continue where you stopped, or start again?"
    )
