"""The one error handler: log the failure with its traceback, tell the user something kind.

Expected failures (bad input, nothing found) are ordinary replies in each feature; this only
sees the unexpected (and, with no update, PTB's failed polls: one warning line each, since
PTB retries them itself). When ADMIN_CHAT_ID is set, the operator gets a one-line notice (the
error's type and the update id, never the user's message).
"""

from __future__ import annotations

import html
import logging

from telegram import Update
from telegram.error import Conflict, Forbidden, TelegramError

from handlers.shared.services import Context, services

_LOGGER = logging.getLogger(__name__)
SORRY = (
    "Sorry, something went wrong on my side. Please try again in a moment; "
    "what you entered before this is kept."
)


def note_polling_trouble(error: TelegramError) -> None:
    """A failed getUpdates (PTB reports it here with no update) is retried with back-off.

    An outage must not read as a string of failed updates, nor alert the admin every poll.
    """
    if isinstance(error, Conflict):
        _LOGGER.error("Another copy of the bot is polling with this token: %s", error)
    else:
        _LOGGER.warning("Polling Telegram failed (%s); retrying with back-off", error)


async def report_error(update: object, context: Context) -> None:
    """Log, apologise to the user, notify the admin chat."""
    error = context.error
    if update is None and isinstance(error, TelegramError):
        note_polling_trouble(error)
        return
    update_id = update.update_id if isinstance(update, Update) else None
    _LOGGER.error("Error while handling update %s", update_id, exc_info=error)
    if isinstance(update, Update):
        try:
            if update.callback_query:
                await update.callback_query.answer(SORRY, show_alert=True)
            elif update.effective_message and update.effective_chat:
                await update.effective_message.reply_text(SORRY)
        except Forbidden:
            _LOGGER.info("User blocked the bot; no apology sent for update %s", update_id)
        except TelegramError:
            _LOGGER.warning("Could not apologise for update %s", update_id, exc_info=True)
    admin = services(context).admin_chat_id if context.application.bot_data else None
    if admin is not None:
        kind = html.escape(type(error).__name__) if error else "Unknown"
        try:
            await context.bot.send_message(
                admin, f"⚠️ Error <code>{kind}</code> on update {update_id}; see the logs."
            )
        except TelegramError:
            _LOGGER.warning("Could not notify the admin chat", exc_info=True)
