"""Stopping and picking up an audit: the Pause and Continue buttons, and /cancel.

Pause keeps the audit in progress and leaves a Continue button; /cancel ends the person's
current audit for good. Neither deletes an answer. Only the person running an audit may
pause, continue or cancel it; everyone else gets a short notice, except that Continue on
another member's audit in a group gets the take-over offer (`handlers.vet.takeover`).
"""

from __future__ import annotations

import html

from telegram import Message, Update
from telegram.ext import CallbackQueryHandler

from handlers.shared import callbacks
from handlers.shared.services import App, Context, services
from handlers.vet import buttons, takeover, views
from handlers.vet.answering import finish
from handlers.vet.asking import edit_or_send, in_group, show_question
from handlers.vet.audit import USED, checklist, notice, now, refusal, retire_message, vetter
from handlers.vet.buttons import BUTTONS, Action
from handlers.vet.views import Shown
from knowledge.vet import AssessmentRecord, AuditStatus, PressCheck, check_control, where

NOTHING_TO_CANCEL = "Nothing to cancel: you have no audit in progress here."
NAME_QUESTION_CANCELLED = "OK, no new audit. Send /vet when you are ready."


async def _checked(update: Update, context: Context, action: Action) -> AssessmentRecord | None:
    """The audit a Pause or Continue press names, if the presser may act on it now."""
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    if query is None or chat is None or user is None:
        return None
    audit = buttons.read_target(query.data, action)
    record = None if audit is None else await services(context).vet.get_assessment(chat.id, audit)
    if record is None or not isinstance(query.message, Message):
        await callbacks.answer_expired(query)
        return None
    check = check_control(
        status=record.status, owner_id=record.started_by.user_id, user_id=user.id
    )
    if check is PressCheck.NOT_YOURS and action is Action.RESUME and in_group(chat.type):
        await takeover.offer_on_press(context, query, chat, user, record)
        return None
    if check is not PressCheck.OK:
        await notice(query, refusal(check, record.started_by))
        return None
    if not buttons.is_on_message(query):
        await notice(query, USED)
        return None
    await query.answer()
    return record


async def press_pause(update: Update, context: Context) -> None:
    """Pause: the question message becomes a note with a Continue button."""
    record = await _checked(update, context, Action.PAUSE)
    query, user = update.callback_query, update.effective_user
    if record is None or query is None or user is None or not isinstance(query.message, Message):
        return
    position = where(checklist(context), record.answers)
    text = views.paused_html(record.supplier_name, position.number, position.total)
    await services(context).vet.close_prompts(record.chat_id, user.id)
    await edit_or_send(
        context, record, text, buttons.paused_keyboard(record.assessment_id), query.message
    )


async def press_continue(update: Update, context: Context) -> None:
    """Continue (after Pause, or from the /vet list): show the current question again."""
    record = await _checked(update, context, Action.RESUME)
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    if record is None or query is None or chat is None or user is None:
        return
    message = query.message if isinstance(query.message, Message) else None
    # Pressed on the question message itself (a paused one): continue in place.
    edit = message if message and message.message_id == record.question_message_id else None
    current = where(checklist(context), record.answers).current
    if current is None:
        await finish(context, record, edit)
        return
    shown = Shown(resumed=bool(record.answers), intro=not record.answers)
    await show_question(
        context, record, current, person=vetter(user), chat_type=chat.type, edit=edit,
        shown=shown, had_prompt=True,
    )  # fmt: skip


async def cancel_command(update: Update, context: Context) -> None:
    """/cancel: end the person's current audit here, keeping every answer."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None:
        return
    store = services(context).vet
    record = await store.get_running_audit(chat.id, user.id)
    if record is None:
        had_question = await store.close_prompts(chat.id, user.id)
        await message.reply_html(NAME_QUESTION_CANCELLED if had_question else NOTHING_TO_CANCEL)
        return
    position = where(checklist(context), record.answers)
    await store.close_assessment(chat.id, record.assessment_id, AuditStatus.CANCELLED, None, now())
    await store.close_prompts(chat.id, user.id)
    if record.question_message_id is not None:
        await retire_message(context, chat.id, record.question_message_id)
    await message.reply_html(
        f"Stopped the audit of <b>{html.escape(record.supplier_name)}</b> at question "
        f"{position.number} of {position.total}. {_kept(len(record.answers))} "
        "/vet with the name continues it or starts again."
    )


def _kept(count: int) -> str:
    if count == 0:
        return "Nothing had been answered yet."
    if count == 1:
        return "The one answer given is kept; /report shows it."
    return f"The {count} answers given are kept; /report shows them."


def register(app: App) -> None:
    """Add Pause and Continue (/cancel is wired by `handlers.shared.cancel`, which calls ours)."""
    app.add_handler(CallbackQueryHandler(press_pause, pattern=BUTTONS.pattern(Action.PAUSE)))
    app.add_handler(CallbackQueryHandler(press_continue, pattern=BUTTONS.pattern(Action.RESUME)))
