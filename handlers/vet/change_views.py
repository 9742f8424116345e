"""How "✏️ Change an answer" looks: the list of questions to pick from, the question being
changed, and the line the chat reads once an answer changed.

Pure rendering from `knowledge.vet.changes`; every interpolated text is escaped. The list is
grouped (unknown answers first, then by section), one short line per question with its
number and its answer now, so it fits one message.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from handlers.vet.audit import mention
from knowledge.vet import (
    AnswerChange,
    AnyItem,
    Checklist,
    MenuGroup,
    Vetter,
    answer_form,
    is_typed,
    show_answer,
)

ANSWER_CHARS = 24


def _short(text: str | None) -> str:
    shown = text or "not answered"
    return shown if len(shown) <= ANSWER_CHARS else shown[: ANSWER_CHARS - 1] + "…"


def menu_html(
    checklist: Checklist,
    supplier: str,
    answers: Mapping[str, str],
    groups: tuple[MenuGroup, ...],
    version: int,
) -> str:
    """Every question with its number and answer now, unknown ones first."""
    lines = [
        f"✏️ <b>Change an answer: {html.escape(supplier)}</b> (report version {version})",
        "Tap a question below, or reply to this message with its number.",
    ]
    for group in groups:
        lines += ["", f"<b>{html.escape(group.title)}</b>"]
        for item in group.items:
            number = checklist.index_of(item.id) + 1
            now = _short(show_answer(item, answers.get(item.id)))
            lines.append(f"{number}. {html.escape(item.label)}: {html.escape(now)}")
    return "\n".join(lines)


def question_html(
    checklist: Checklist, supplier: str, item: AnyItem, stored: str | None, person: Vetter
) -> str:
    """The question being changed, its answer now and how to answer it."""
    number = checklist.index_of(item.id) + 1
    now = show_answer(item, stored) or "not answered"
    lines = [
        f"✏️ <b>{html.escape(supplier)}</b> · question {number} of {len(checklist.items)}",
        f"<b>{html.escape(item.question)}</b>",
        f"<i>{html.escape(item.how_to_check)}</i>",
        f"Answer now: <b>{html.escape(now)}</b>",
    ]
    if is_typed(item):
        form = html.escape(answer_form(item) or "the new answer")
        lines.append(f"{mention(person)}, reply to my next message with {form}.")
    else:
        lines.append("Tap the new answer.")
    return "\n".join(lines)


def changed_html(checklist: Checklist, supplier: str, change: AnswerChange) -> str:
    """The line the chat reads: who changed what, from what to what, and the new version."""
    item = checklist.item(change.item_id)
    label = item.label if item is not None else change.item_id
    old = show_answer(item, change.old_value) if item is not None else change.old_value
    new = show_answer(item, change.new_value) if item is not None else change.new_value
    was, now = change.before, change.after
    return (
        f"✏️ {html.escape(change.changed_by.display_name)} changed "
        f"“{html.escape(label)}” of <b>{html.escape(supplier)}</b>: "
        f"{html.escape(old or 'not answered')} → {html.escape(new or '')}. "
        f"Report version {change.version}: score {was.score} → {now.score}/100."
    )
