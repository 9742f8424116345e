"""Unified social credit codes tie suppliers together: when an answer gives a code another
supplier of the chat already has, the chat is offered to file both as one company.

The code is kept with the supplier as soon as it is answered (during an audit or as a changed
answer). The offer is made to the chat (records belong to it): any member may merge or keep
them apart; the store re-checks both suppliers (this chat, not merged, at most one audit in
progress) inside the write.
"""

from __future__ import annotations

import html

from telegram import CallbackQuery, Message, Update
from telegram.ext import CallbackQueryHandler

from handlers.shared import callbacks
from handlers.shared.services import App, Context, services
from handlers.vet import buttons
from handlers.vet.audit import checklist
from handlers.vet.buttons import BUTTONS, Action
from knowledge.vet import AssessmentRecord, CreditCodeItem, Verdict, judge

OFFER = (
    "🔗 <b>{name}</b> has the same unified social credit code ({code}) as <b>{other}</b>: "
    "one code is one company. File them as one supplier?"
)
MERGED = "🔗 Filed as one supplier: the audits of <b>{merged}</b> are now under <b>{kept}</b>."
APART = "Kept apart: <b>{kept}</b> and the other supplier stay separate."
NOT_MERGED = (
    "Not merged: both may have an audit in progress (finish or /cancel one first), or one "
    "was merged already."
)


async def after_credit_code(
    context: Context, record: AssessmentRecord, item_id: str, stored: str
) -> None:
    """Keep a credit code just answered; offer a merge when another supplier has it."""
    item = checklist(context).item(item_id)
    if not isinstance(item, CreditCodeItem):
        return
    if judge(item, stored).verdict is Verdict.UNKNOWN:  # "not sure", skipped
        return
    found = services(context).vet_identity
    others = await found.save_credit_code(record.chat_id, record.supplier_id, stored)
    if not others:
        return
    other = others[0]
    text = OFFER.format(
        name=html.escape(record.supplier_name), code=html.escape(stored),
        other=html.escape(other.name),
    )  # fmt: skip
    await context.bot.send_message(
        record.chat_id, text, reply_markup=buttons.merge_keyboard(other, record.supplier_id)
    )


async def _names(context: Context, chat_id: int, *ids: int) -> list[str]:
    refs = {
        ref.supplier_id: ref.name
        for ref in await services(context).vet.list_supplier_refs(chat_id)
    }
    return [html.escape(refs.get(supplier_id, "the other supplier")) for supplier_id in ids]


async def _offer(
    update: Update, action: Action
) -> tuple[CallbackQuery, Message, int, tuple[int, ...]] | None:
    """A Merge or Keep apart press: its message, chat and the two supplier ids, if well formed."""
    query, chat = update.callback_query, update.effective_chat
    ids = buttons.read_ids(query.data if query else None, action, 2)
    if query is None or chat is None or ids is None or not isinstance(query.message, Message):
        if query is not None:
            await callbacks.answer_expired(query)
        return None
    return query, query.message, chat.id, ids


async def press_merge(update: Update, context: Context) -> None:
    """Merge: file the second supplier's audits under the first."""
    found = await _offer(update, Action.MERGE)
    if found is None:
        return
    query, message, chat_id, ids = found
    kept, merged = await _names(context, chat_id, *ids)
    if not await services(context).vet_identity.merge_suppliers(chat_id, ids[0], ids[1]):
        await query.answer(NOT_MERGED)
        return
    await query.answer()
    await message.edit_text(MERGED.format(merged=merged, kept=kept))


async def press_apart(update: Update, context: Context) -> None:
    """Keep apart: the offer becomes a note; nothing is stored."""
    found = await _offer(update, Action.APART)
    if found is None:
        return
    query, message, chat_id, ids = found
    [kept] = await _names(context, chat_id, ids[0])
    await query.answer()
    await message.edit_text(APART.format(kept=kept))


def register(app: App) -> None:
    """Add Merge and Keep apart."""
    app.add_handler(CallbackQueryHandler(press_merge, pattern=BUTTONS.pattern(Action.MERGE)))
    app.add_handler(CallbackQueryHandler(press_apart, pattern=BUTTONS.pattern(Action.APART)))
