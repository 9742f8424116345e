"""The answers to /vet's questions about which supplier a name means: "Yes, that one", "No, a
new supplier", and for a stopped audit "Continue where you stopped" or "Start again".

Only the member who typed the name may press (the offer names them in its payload); every id
is re-checked against this chat's suppliers and audits. Continuing a stopped audit makes the
presser its vetter (a hand-over is recorded when it was someone else's), every answer kept.
"""

from __future__ import annotations

import html

from telegram import CallbackQuery, Chat, Message, Update, User
from telegram.ext import CallbackQueryHandler

from handlers.shared import callbacks
from handlers.shared.services import App, Context, services
from handlers.vet import buttons
from handlers.vet.asking import show_question
from handlers.vet.audit import checklist, now, vetter
from handlers.vet.buttons import BUTTONS, Action
from handlers.vet.starting import open_audit
from handlers.vet.views import NEW_NAME, Shown
from knowledge.vet import where

NOT_REOPENED = (
    "That audit can't be continued now: it is no longer the latest, or another audit of this "
    "supplier is in progress. Send /vet with the name again."
)


async def _asker(
    update: Update, action: Action, count: int
) -> tuple[CallbackQuery, Message, Chat, User, tuple[int, ...]] | None:
    """The press, if it is well formed and made by the member the offer was made to."""
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    if query is None or chat is None or user is None:
        return None
    ids = buttons.read_ids(query.data, action, count)
    if ids is None or not isinstance(query.message, Message):
        await callbacks.answer_expired(query)
        return None
    if ids[-1] != user.id:
        await callbacks.answer_not_yours(query, callbacks.asker_name(query.message, ids[-1]))
        return None
    if not callbacks.is_on_message(query):
        await query.answer(callbacks.EXPIRED)
        return None
    await query.answer()
    return query, query.message, chat, user, ids


async def press_same(update: Update, context: Context) -> None:
    """ "Yes, that one": vet the existing supplier."""
    found = await _asker(update, Action.SAME, 2)
    if found is None:
        return
    _, message, chat, user, (supplier_id, _) = found
    refs = await services(context).vet.list_supplier_refs(chat.id)
    ref = next((r for r in refs if r.supplier_id == supplier_id), None)
    if ref is None:
        await message.edit_text(callbacks.EXPIRED)
        return
    await message.edit_text(f"🔎 Vetting <b>{html.escape(ref.name)}</b>.")
    await open_audit(context, chat, user, ref.name, reply_to=None, matched=True)


async def press_new(update: Update, context: Context) -> None:
    """ "No, a new supplier": vet the name as typed (read back from the question)."""
    found = await _asker(update, Action.NEW, 1)
    if found is None:
        return
    _, message, chat, user, _ = found
    text = message.text or ""
    typed = text.split(NEW_NAME, 1)[1] if NEW_NAME in text else ""
    if not typed.strip():
        await message.edit_text(callbacks.EXPIRED)
        return
    await message.edit_text(f"🔎 A new supplier: <b>{html.escape(typed)}</b>.")
    await open_audit(context, chat, user, typed, reply_to=None, matched=True)


async def press_reopen(update: Update, context: Context) -> None:
    """ "Continue where you stopped": the stopped audit runs again, for the presser."""
    found = await _asker(update, Action.REOPEN, 2)
    if found is None:
        return
    _, message, chat, user, (audit, _) = found
    record = await services(context).vet_history.reopen(chat.id, audit, vetter(user), now())
    if record is None:
        await message.edit_text(NOT_REOPENED)
        return
    await message.edit_reply_markup(None)
    current = where(checklist(context), record.answers).current
    if current is None:  # every question had an entry: the report follows at the end
        from handlers.vet.answering import finish

        await finish(context, record, None)
        return
    await show_question(
        context, record, current, person=vetter(user), chat_type=chat.type,
        shown=Shown(resumed=True),
    )  # fmt: skip


async def press_fresh(update: Update, context: Context) -> None:
    """ "Start again": a new dated audit of the stopped audit's supplier."""
    found = await _asker(update, Action.FRESH, 2)
    if found is None:
        return
    _, message, chat, user, (audit, _) = found
    record = await services(context).vet.get_assessment(chat.id, audit)
    if record is None:
        await message.edit_text(callbacks.EXPIRED)
        return
    await message.edit_reply_markup(None)
    # The stopped audit is not in progress, so this starts a new dated one.
    await open_audit(context, chat, user, record.supplier_name, reply_to=None, matched=True)


def register(app: App) -> None:
    """Add the supplier-identity and stopped-audit buttons."""
    for action, callback in (
        (Action.SAME, press_same),
        (Action.NEW, press_new),
        (Action.REOPEN, press_reopen),
        (Action.FRESH, press_fresh),
    ):
        app.add_handler(CallbackQueryHandler(callback, pattern=BUTTONS.pattern(action)))
