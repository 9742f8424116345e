"""Answers for what no feature claimed: unknown commands, stray text, stale buttons.

Registered last, so every feature gets its chance first. In groups, plain chatter between
members is left alone: the bot only answers what is addressed to it.
"""

from __future__ import annotations

import html

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from handlers.shared import callbacks
from handlers.shared.services import App, Context
from knowledge.sampling import lot_size_alone


async def answer_unknown_command(update: Update, context: Context) -> None:
    """Name the command we do not know and point at /help.

    In a group, a command may belong to another bot: answer only `/cmd@<our name>`, and leave
    `/cmd` and `/cmd@other_bot` to whoever they are for.
    """
    message = update.effective_message
    if message is None or not message.text:
        return
    command, _, addressee = message.text.split()[0].partition("@")
    ours = bool(addressee) and addressee.lower() == (context.bot.username or "").lower()
    if message.chat.type != ChatType.PRIVATE and not ours:
        return
    command = command[:40]
    await message.reply_html(
        f"I don't know <code>{html.escape(command)}</code>. Send /help to see what I can do."
    )


async def answer_stray_text(update: Update, context: Context) -> None:
    """In a private chat, say what kinds of message the bot understands.

    A number alone is most likely a quantity: show the two commands that take one.
    """
    message = update.effective_message
    if message is None:
        return
    size = lot_size_alone(message.text or "")
    if size is not None:
        number = str(size)
        await message.reply_html(
            "A number on its own: is it a quantity? Send\n"
            f"<code>/aql {number}</code> for an inspection plan of that lot, or\n"
            f"<code>/landed {number} pcs @ PRICE</code> for the landed cost per unit.\n"
            "Anything else: /help."
        )
        return
    await message.reply_html("I didn't understand that. Send /help to see what I can do.")


async def answer_stray_reply(update: Update, context: Context) -> None:
    """In a group, a reply to one of our messages that no open question was waiting for."""
    message = update.effective_message
    replied = message.reply_to_message if message else None
    if message is None or replied is None or replied.from_user is None:
        return
    if replied.from_user.id == context.bot.id:
        await message.reply_html(
            "I wasn't waiting for an answer there. Send /help to see what I can do."
        )


async def expire_unclaimed_button(update: Update, context: Context) -> None:
    """A button no feature recognises (old, malformed or forged)."""
    if update.callback_query:
        await callbacks.answer_expired(update.callback_query)


def register(app: App) -> None:
    """Install the fallbacks after every feature."""
    app.add_handler(MessageHandler(filters.COMMAND, answer_unknown_command))
    private = filters.ChatType.PRIVATE & ~filters.StatusUpdate.ALL
    app.add_handler(MessageHandler(private, answer_stray_text))
    app.add_handler(MessageHandler(filters.ChatType.GROUPS & filters.REPLY, answer_stray_reply))
    app.add_handler(CallbackQueryHandler(expire_unclaimed_button))
