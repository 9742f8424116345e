"""`/landed delete NAME`: delete a saved estimate of this chat, after a confirm button.

Finds the estimate by name (close spellings work, as for show), checks who may delete it
(`knowledge.landed.deleting`: the member who saved it, or a group admin, which only Telegram
can tell), and asks to confirm with 🗑 Delete / Keep it buttons that only the member who asked
may press. A press is checked again against the database and the presser's rights, so a
stale or forged press deletes nothing; the row is deleted before the reply says so.
"""

from __future__ import annotations

import logging

from telegram import (
    CallbackQuery,
    Chat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError

from handlers.landed import texts
from handlers.landed.buttons import BUTTONS, Action
from handlers.landed.saved_views import summary
from handlers.shared import callbacks
from handlers.shared.senders import refused_hidden_sender
from handlers.shared.services import Context, services
from knowledge.landed import DeleteRight, SavedEstimate, delete_right, find_saved

_LOGGER = logging.getLogger(__name__)
ADMINS = (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)
USED = "That button was already used."


async def _is_admin(context: Context, chat_id: int, user_id: int) -> bool:
    """Whether Telegram says the member is an admin of the chat (no answer counts as no)."""
    try:
        member = await context.bot.get_chat_member(chat_id, user_id)
    except TelegramError as exc:  # the bot may lack the right to look: refuse, never guess
        _LOGGER.info("Admin check in chat %s failed: %s", chat_id, exc)
        return False
    return member.status in ADMINS


async def _may_delete(context: Context, chat: Chat, user_id: int, record: SavedEstimate) -> bool:
    right = delete_right(record, user_id, private=chat.type == ChatType.PRIVATE)
    return right is DeleteRight.GRANTED or await _is_admin(context, chat.id, user_id)


def _keyboard(record: SavedEstimate, asker: int) -> InlineKeyboardMarkup:
    def button(label: str, action: Action) -> InlineKeyboardButton:
        return InlineKeyboardButton(label, callback_data=BUTTONS.data(action, record.id, asker))

    return InlineKeyboardMarkup(
        [[button(texts.DELETE_BUTTON, Action.DELETE), button(texts.KEEP_BUTTON, Action.KEEP)]]
    )


async def ask_to_delete(update: Update, context: Context, typed: str) -> None:
    """`/landed delete NAME`: find the estimate, check the asker's right, ask to confirm."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None:
        return
    if await refused_hidden_sender(message, "the Delete button"):
        return
    if not typed:
        await message.reply_html(texts.DELETE_USAGE)
        return
    found = services(context)
    records = await found.estimates.list_saved(chat.id)
    record = find_saved(typed, records)
    if record is None or record.name is None:
        shown = texts.NOT_FOUND.format(name=texts.esc(typed[:40]))
        await message.reply_html(shown if records else texts.NO_SAVED)
        return
    if not await _may_delete(context, chat, user.id, record):
        await message.reply_html(texts.NOT_YOURS_TO_DELETE.format(name=texts.esc(record.name)))
        return
    line = summary(record, found.landed.rules.currencies)
    await message.reply_html(
        texts.DELETE_CONFIRM.format(summary=line), reply_markup=_keyboard(record, user.id)
    )


async def _checked(
    query: CallbackQuery, context: Context, args: tuple[str, ...]
) -> tuple[Message, SavedEstimate] | None:
    """The message and the estimate a press names, once the presser may act on them."""
    message, ids = query.message, callbacks.numbers(args, 2)
    if not isinstance(message, Message) or ids is None:
        await callbacks.answer_expired(query)
        return None
    estimate_id, asker = ids
    if query.from_user.id != asker:
        await callbacks.answer_not_yours(query, callbacks.asker_name(message, asker))
        return None
    if not callbacks.is_on_message(query):
        await query.answer(USED)
        return None
    record = await services(context).estimates.get_estimate(message.chat.id, estimate_id)
    if record is None or record.name is None:
        await query.answer(texts.ALREADY_GONE)
        return None
    return message, record


async def press(
    query: CallbackQuery, context: Context, action: Action, args: tuple[str, ...]
) -> None:
    """🗑 Delete or Keep it: re-check everything, then delete (or not) and say so in place."""
    checked = await _checked(query, context, args)
    if checked is None:
        return
    message, record = checked
    name = texts.esc(record.name)
    if action is Action.KEEP:
        await query.answer()
        await message.edit_text(texts.KEPT.format(name=name))
        return
    chat, who = message.chat, query.from_user.id
    if not await _may_delete(context, chat, who, record):  # rights may have changed since
        await query.answer(texts.NOT_YOURS_TOAST.format(name=record.name)[:200])
    elif not await services(context).estimates.delete_saved(chat.id, record.id):
        await query.answer(texts.ALREADY_GONE)
    else:
        await query.answer()
        await message.edit_text(texts.DELETED.format(name=name))
