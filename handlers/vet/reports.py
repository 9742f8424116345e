"""/report NAME [pdf] and the report buttons: find a supplier by a fuzzy name, show its verdict
card, the full report on request.

Anyone in the chat may read the chat's reports. "Did you mean" offers buttons; every button
is re-checked against this chat's suppliers. The report is scored afresh from the stored
answers; the card is laid out by `card_views`, the full report by `report_views`, the PDF by
`handlers.vet.pdf_report`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from telegram import Message, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from handlers.shared import callbacks
from handlers.shared.services import App, Context, services
from handlers.vet import buttons, card_views, report_views
from handlers.vet.audit import checklist
from handlers.vet.buttons import BUTTONS, Action
from knowledge.vet import (
    AnswerChange,
    AssessmentRecord,
    AuditReport,
    AuditStatus,
    DidYouMean,
    Found,
    Standing,
    SupplierIndex,
    Vetter,
    inspection_due,
    score_audit,
    standing_of,
    vetters,
)

RECENT_IN_PICKER = 8
ECHO_CHARS = 100
PDF_WORD = "pdf"
NO_SUPPLIERS = "No suppliers here yet. Start with /vet and the supplier's name."


@dataclass(frozen=True, slots=True)
class Judged:
    """An audit scored afresh, with everyone who ran it and its latest change after the end."""

    record: AssessmentRecord
    report: AuditReport
    standing: Standing
    people: tuple[Vetter, ...]
    changes: tuple[AnswerChange, ...]


async def judge(
    context: Context, record: AssessmentRecord, *, every_change: bool = False
) -> Judged:
    """Score an audit from its stored answers and read who ran and changed it (the latest
    change only, unless `every_change`: the PDF's history lists them all)."""
    questions = checklist(context)
    report = score_audit(questions, record.answers)
    found = services(context)
    handed = await found.vet_takeovers.list_takeovers(record.chat_id, record.assessment_id)
    changes = (
        await found.vet_history.list_changes(
            record.chat_id, record.assessment_id, latest_only=not every_change
        )
        if record.changes
        else []
    )
    finished = record.status is AuditStatus.FINISHED
    standing = standing_of(questions, record.answers, report, finished=finished)
    people = vetters(record.started_by, handed)
    return Judged(record, report, standing, people, tuple(changes))


async def send_report(context: Context, record: AssessmentRecord) -> None:
    """Send the audit's verdict card, with its buttons, to its chat."""
    judged = await judge(context, record)
    questions = checklist(context)
    last = judged.changes[-1] if judged.changes else None
    text = card_views.card_html(
        questions, record, judged.report, judged.standing, judged.people, last
    )
    finished = record.status is AuditStatus.FINISHED
    markup = buttons.card_keyboard(
        record.assessment_id,
        record.version,
        finished=finished,
        # The plan is offered once the audit is finished (its order value is final then).
        inspection_plan=finished and inspection_due(questions, judged.report),
    )
    await context.bot.send_message(record.chat_id, text, reply_markup=markup)


def command_text(message: Message | None) -> str:
    """What follows the command, exactly as typed (inner spacing kept)."""
    text = message.text if message is not None and message.text else ""
    parts = text.split(maxsplit=1)
    return parts[1] if len(parts) > 1 and parts[0].startswith("/") else ""


def split_pdf(query: str) -> tuple[str, bool]:
    """ "acme pdf" -> ("acme", True): a trailing "pdf" asks for the PDF document."""
    words = query.rsplit(maxsplit=1)
    if len(words) == 2 and words[1].casefold() == PDF_WORD:
        return words[0].strip(), True
    return query, False


async def show_report(update: Update, context: Context) -> None:
    """/report NAME [pdf]: the latest card (or PDF), "did you mean" buttons, or what to do."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    store = services(context).vet
    suppliers = await store.list_supplier_refs(chat.id)
    query, as_pdf = split_pdf(command_text(message).strip() if context.args else "")
    if not suppliers:
        await message.reply_html(NO_SUPPLIERS)
        return
    if not query:
        named = {s.supplier_id: s for s in reversed(suppliers)}  # merged names are no row
        recent = [s for s in reversed(suppliers) if named[s.supplier_id] is s][:RECENT_IN_PICKER]
        picker = buttons.suppliers_keyboard(recent)
        await message.reply_html("Which supplier's report?", reply_markup=picker)
        return
    match = SupplierIndex(suppliers).match(query)
    if isinstance(match, Found):
        record = await store.get_latest_assessment(chat.id, match.supplier.supplier_id)
        if record is not None:
            if as_pdf:
                from handlers.vet.pdf_report import send_pdf  # it builds on this module

                await send_pdf(context, record)
            else:
                await send_report(context, record)
            return
    shown = html.escape(query[:ECHO_CHARS])
    if isinstance(match, DidYouMean):
        picker = buttons.suppliers_keyboard(match.candidates)
        await message.reply_html(
            f"No supplier called “{shown}”. Did you mean:", reply_markup=picker
        )
        return
    await message.reply_html(
        f"No supplier like “{shown}” here. /suppliers lists them; /vet {shown} starts an audit."
    )


async def press_report(update: Update, context: Context) -> None:
    """A supplier button: its latest report, if the supplier belongs to this chat."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or chat is None:
        return
    supplier_id = buttons.read_target(query.data, Action.REPORT)
    store = services(context).vet
    record = (
        None if supplier_id is None else await store.get_latest_assessment(chat.id, supplier_id)
    )
    if record is None:
        await callbacks.answer_expired(query)
        return
    await query.answer()
    await send_report(context, record)


async def pressed_audit(
    update: Update, context: Context, action: Action, notice: str | None = None
) -> AssessmentRecord | None:
    """The audit of this chat a Full report or PDF button names (answered with `notice`), or
    None after saying the button has expired."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or chat is None:
        return None
    audit = buttons.read_target(query.data, action)
    record = None if audit is None else await services(context).vet.get_assessment(chat.id, audit)
    if record is None:
        await callbacks.answer_expired(query)
        return None
    await query.answer(notice)
    return record


async def press_full_report(update: Update, context: Context) -> None:
    """ "Full report": the whole report of an assessment of this chat, on as many messages as
    needed."""
    record = await pressed_audit(update, context, Action.FULL)
    if record is None:
        return
    judged = await judge(context, record)
    pages = report_views.render_full(
        checklist(context), record, judged.report, judged.standing, judged.people
    )
    for page in pages:
        await context.bot.send_message(record.chat_id, page)


def register(app: App) -> None:
    """Add /report and its buttons."""
    app.add_handler(CommandHandler("report", show_report))
    app.add_handler(CallbackQueryHandler(press_report, pattern=BUTTONS.pattern(Action.REPORT)))
    app.add_handler(CallbackQueryHandler(press_full_report, pattern=BUTTONS.pattern(Action.FULL)))
