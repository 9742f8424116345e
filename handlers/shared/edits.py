"""Edited messages and channel posts: the bot reads each message once, when it is sent.

Telegram delivers an edit as a new update. Left to the features, an edited command would run
again (a second audit, a rate set twice) and an edited answer would reach a question that has
moved on. So every edit stops here, ahead of the features, and when it was addressed to the
bot (a private chat, one of our commands, a reply to one of our messages) the person is told
once that edits change nothing. Edited chatter in a group gets no answer. Channel posts stop
here too: the bot serves people in chats, and a channel has no one to answer. This module
must not interpret the edited text.
"""

from __future__ import annotations

from telegram import Message, Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop, MessageHandler, filters

from handlers.shared.groups import Group
from handlers.shared.menu import find
from handlers.shared.services import App, Context

NOT_READ = (
    "✏️ I read each message once, when it is sent, so this edit changes nothing. Send the "
    "corrected text as a new message (an audit answer already saved changes with ◀ Back)."
)


def _for_us(message: Message, context: Context) -> bool:
    """True when the edited message was addressed to the bot, not to the group."""
    if message.chat.type == ChatType.PRIVATE:
        return True
    replied = message.reply_to_message
    if replied is not None and replied.from_user and replied.from_user.id == context.bot.id:
        return True
    words = (message.text or "").split(maxsplit=1)
    if not words or not words[0].startswith("/"):
        return False
    command, _, addressee = words[0][1:].partition("@")
    ours = (context.bot.username or "").lower()
    return addressee.lower() == ours if addressee else find(command.lower()) is not None


async def note_edit(update: Update, context: Context) -> None:
    """Stop an edit (or a channel post); say once that edits are not read, if it was for us."""
    message = update.edited_message
    if message is not None and _for_us(message, context):
        await message.reply_html(NOT_READ)
    raise ApplicationHandlerStop


def register(app: App) -> None:
    """Stop edits and channel posts ahead of every feature."""
    stopped = filters.UpdateType.EDITED | filters.UpdateType.CHANNEL_POSTS
    app.add_handler(MessageHandler(stopped, note_edit), group=Group.EDITS)
