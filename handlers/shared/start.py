"""/start and /help: what the bot does, and the way into each feature.

/start shows a button per feature from the command menu; a button press or a deep link
(`t.me/<bot>?start=vet`) opens the feature exactly as if its command had been sent alone.
/help lists the menu with an example per command.
"""

from __future__ import annotations

import html
import logging
from enum import StrEnum
from functools import cache

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.ext import CallbackQueryHandler, CommandHandler

from handlers.shared import callbacks
from handlers.shared.menu import MENU, find
from handlers.shared.services import App, Context

_LOGGER = logging.getLogger(__name__)


class Action(StrEnum):
    """The /start buttons (stable values: old messages keep their buttons)."""

    OPEN = "open"  # open a feature (arg: its command)


BUTTONS = callbacks.Buttons("start", Action)

INTRO = (
    "<b>Sourcing assistant</b>\n"
    "I help buyers and sourcing teams buy safely from Alibaba and similar marketplaces."
)
TIPS = (
    "Forward me a supplier's message in a private chat to check it.\n"
    "In a group, reply to my questions so I can see your answer. To carry on a teammate's "
    "audit, send /vet with its name (or /vet and tap it), then tap Take over."
)


@cache  # the menu is fixed at import time, so the keyboard and texts are built once
def feature_keyboard() -> InlineKeyboardMarkup | None:
    rows = [
        [
            InlineKeyboardButton(
                entry.start_button, callback_data=BUTTONS.data(Action.OPEN, entry.command)
            )
        ]
        for entry in MENU
        if entry.start_button
    ]
    return InlineKeyboardMarkup(rows) if rows else None


@cache
def _help_text() -> str:
    lines = ["<b>Commands</b>"]
    section = None
    for entry in MENU:
        if entry.section != section:
            section = entry.section
            lines += ["", f"<b>{html.escape(section)}</b>"]
        lines.append(f"/{entry.command}: {html.escape(entry.description)}")
        if entry.usage != f"/{entry.command}":
            lines.append(f"   e.g. <code>{html.escape(entry.usage)}</code>")
    lines += ["", TIPS]
    return "\n".join(lines)


async def _open_feature(command: str, update: Update, context: Context) -> bool:
    """Run a feature's command callback as if the command had been sent with no arguments."""
    for group in context.application.handlers.values():
        for handler in group:
            if isinstance(handler, CommandHandler) and command in handler.commands:
                context.args = []
                await handler.callback(update, context)
                return True
    return False


async def show_start(update: Update, context: Context) -> None:
    """Greet the user, or open the feature a deep-link payload names."""
    message = update.effective_message
    if message is None:
        return
    payload = context.args[0].lower() if context.args else ""
    entry = find(payload)
    if entry and entry.start_button and await _open_feature(entry.command, update, context):
        return
    private = message.chat.type == ChatType.PRIVATE
    await message.reply_html(start_text(private=private), reply_markup=feature_keyboard())


# In a group the bot does not read forwards on their own (the team's chat stays private):
# the check there is a reply with /scam.
_CHECK_HOW = {
    True: "Forward me a supplier's message to check it.",
    False: "To check a supplier's message here, reply to it with /scam.",
}


@cache
def start_text(*, private: bool = True) -> str:
    summary = "\n".join(
        f"• /{entry.command}: {html.escape(entry.description)}"
        for entry in MENU
        if entry.start_button
    )
    text = INTRO + ("\n\n" + summary if summary else "")
    return f"{text}\n\n{_CHECK_HOW[private]} /help has examples."


async def show_help(update: Update, context: Context) -> None:
    """List every command with an example."""
    if update.effective_message:
        await update.effective_message.reply_html(_help_text())


async def open_from_button(update: Update, context: Context) -> None:
    """A /start button: open the feature it names."""
    query = update.callback_query
    if query is None:
        return
    payload = BUTTONS.read(query.data, Action.OPEN)
    entry = find(payload.args[0]) if payload and payload.args else None
    if entry is None or not entry.start_button:
        await callbacks.answer_expired(query)
        return
    await query.answer()
    if not await _open_feature(entry.command, update, context):
        _LOGGER.warning("Start button for /%s has no command handler", entry.command)


def register(app: App) -> None:
    """Add /start, /help and the start buttons."""
    app.add_handler(CommandHandler("start", show_start))
    app.add_handler(CommandHandler("help", show_help))
    app.add_handler(CallbackQueryHandler(open_from_button, pattern=BUTTONS.pattern()))
