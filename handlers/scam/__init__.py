"""The scam check's Telegram side: forward a supplier's message, get its red flags.

Where it answers: in a private chat, any forwarded message (text or caption) and any pasted
text no other feature claimed; `/scam TEXT` anywhere; in a group, `/scam` as a reply to a
message (privacy mode delivers commands and their replied message, nothing else); `/scam`
alone explains. Plain group chatter is never answered. Only the verdict and a fingerprint
of each message are stored (`knowledge.scam.ports.ScanStore`), never its text.
"""

from __future__ import annotations

from telegram import Message
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from handlers.scam.buttons import BUTTONS
from handlers.scam.commands import (
    check_command,
    check_private_message,
    show_all_findings,
)
from handlers.scam.origin import COMMAND
from handlers.shared.services import App


class _HasLetters(filters.MessageFilter):
    """Typed text with a letter in it. A bare "800" or "5,000" is someone's late answer to a
    question (a quantity, a price), never a supplier's message: it goes on to the fallback."""

    def filter(self, message: Message) -> bool:
        return any(char.isalpha() for char in message.text or message.caption or "")


# A forward is always checked; typed text when it is not a command and has words in it.
PRIVATE_MESSAGES = (
    filters.ChatType.PRIVATE
    & (filters.TEXT | filters.CAPTION)
    & (filters.FORWARDED | (~filters.COMMAND & _HasLetters()))
)


def register(app: App) -> None:
    """Add /scam, its button and the private catch-all; call it just before the fallbacks.

    The catch-all takes every private text, so it must come AFTER every other feature's
    handlers in the same group: their forced-reply answers (`filters.REPLY`) and their plain
    answers to a pending question in a private chat are theirs to handle first.
    """
    app.add_handler(CommandHandler(COMMAND, check_command))
    app.add_handler(CallbackQueryHandler(show_all_findings, pattern=BUTTONS.pattern()))
    app.add_handler(MessageHandler(PRIVATE_MESSAGES, check_private_message))
