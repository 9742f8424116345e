"""/report NAME and the report buttons: find a supplier by a fuzzy name, show its latest report.

Anyone in the chat may read the chat's reports. "Did you mean" offers buttons; every button
is re-checked against this chat's suppliers. The report is scored afresh from the stored
answers and laid out by `report_views`.
"""

from __future__ import annotations

import html

from telegram import Message, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from handlers.shared import callbacks
from handlers.shared.services import App, Context, services
from handlers.vet import buttons, report_views
from handlers.vet.audit import checklist
from handlers.vet.buttons import BUTTONS, Action
from knowledge.vet import (
    AssessmentRecord,
    AuditStatus,
    DidYouMean,
    Found,
    SupplierIndex,
    inspection_due,
    score_audit,
    vetters,
)

RECENT_IN_PICKER = 8
ECHO_CHARS = 100
NO_SUPPLIERS = "No suppliers here yet. Start with /vet and the supplier's name."


async def send_report(context: Context, record: AssessmentRecord) -> None:
    """Score the assessment from its answers and send the report to its chat."""
    questions = checklist(context)
    report = score_audit(questions, record.answers)
    found = services(context)
    handed = await found.vet_takeovers.list_takeovers(record.chat_id, record.assessment_id)
    people = vetters(record.started_by, handed)
    rendered = report_views.render_report(questions, record, report, people)
    # The plan is offered once the audit is finished: while it runs, the audit's question must
    # stay the newest message with buttons (the console's `#N` and people expect that).
    finished = record.status is AuditStatus.FINISHED
    markup = buttons.report_keyboard(
        record.assessment_id,
        full_report=bool(rendered.omitted),
        inspection_plan=finished and inspection_due(questions, report),
    )
    await context.bot.send_message(record.chat_id, rendered.text, reply_markup=markup)


def command_text(message: Message | None) -> str:
    """What follows the command, exactly as typed (inner spacing kept)."""
    text = message.text if message is not None and message.text else ""
    parts = text.split(maxsplit=1)
    return parts[1] if len(parts) > 1 and parts[0].startswith("/") else ""


async def show_report(update: Update, context: Context) -> None:
    """/report NAME: the latest report, "did you mean" buttons, or what to do instead."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    store = services(context).vet
    suppliers = await store.list_supplier_refs(chat.id)
    query = command_text(message).strip() if context.args else ""
    if not suppliers:
        await message.reply_html(NO_SUPPLIERS)
        return
    if not query:
        recent = list(reversed(suppliers))[:RECENT_IN_PICKER]
        picker = buttons.suppliers_keyboard(recent)
        await message.reply_html("Which supplier's report?", reply_markup=picker)
        return
    match = SupplierIndex(suppliers).match(query)
    if isinstance(match, Found):
        record = await store.get_latest_assessment(chat.id, match.supplier.supplier_id)
        if record is not None:
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


async def press_full_report(update: Update, context: Context) -> None:
    """ "Full report": every item of an assessment of this chat, on as many messages as needed."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or chat is None:
        return
    audit = buttons.read_target(query.data, Action.FULL)
    record = None if audit is None else await services(context).vet.get_assessment(chat.id, audit)
    if record is None:
        await callbacks.answer_expired(query)
        return
    await query.answer()
    questions = checklist(context)
    for page in report_views.render_full(
        questions, record, score_audit(questions, record.answers)
    ):
        await context.bot.send_message(chat.id, page)


def register(app: App) -> None:
    """Add /report and its buttons."""
    app.add_handler(CommandHandler("report", show_report))
    app.add_handler(CallbackQueryHandler(press_report, pattern=BUTTONS.pattern(Action.REPORT)))
    app.add_handler(CallbackQueryHandler(press_full_report, pattern=BUTTONS.pattern(Action.FULL)))
