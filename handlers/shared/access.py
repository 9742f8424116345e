"""The chat allowlist: when ALLOWED_CHAT_IDS is set, other chats get a polite refusal.

Runs before every feature (`Group.ACCESS`) and stops processing, so nothing of a refused
chat is stored or answered beyond the refusal itself.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop, TypeHandler

from handlers.shared.groups import Group
from handlers.shared.services import App, Context, services

_LOGGER = logging.getLogger(__name__)
REFUSAL = (
    "Sorry, this bot is private to the team that runs it. "
    "Ask them for access, or run your own copy."
)


async def refuse_unlisted_chats(update: Update, context: Context) -> None:
    """Let allowed chats through; answer everyone else once and stop."""
    allowed = services(context).allowed_chat_ids
    chat = update.effective_chat
    if not allowed or (chat is not None and chat.id in allowed):
        return
    _LOGGER.info("Refused update %s from chat %s", update.update_id, chat.id if chat else None)
    if update.callback_query:
        await update.callback_query.answer(REFUSAL, show_alert=True)
    elif update.inline_query:
        await update.inline_query.answer([], cache_time=0, is_personal=True)
    elif update.message and chat is not None:
        await update.message.reply_text(REFUSAL)
    raise ApplicationHandlerStop


def register(app: App) -> None:
    """Install the allowlist ahead of every feature."""
    app.add_handler(TypeHandler(Update, refuse_unlisted_chats), group=Group.ACCESS)
