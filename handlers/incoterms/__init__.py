"""/incoterm: the 11 Incoterms 2020 rules as phone-sized cards, in chats and inline.

Wires the feature: the command, its buttons (`incoterm:` payloads) and inline mode. The
lookups and facts live in `knowledge.incoterms`; `views` writes the HTML, `buttons` adds the
buttons, `commands` and `inline` talk to Telegram.
"""

from __future__ import annotations

from telegram.ext import CallbackQueryHandler, CommandHandler, InlineQueryHandler

from handlers.incoterms import buttons, commands, inline
from handlers.shared.services import App


def register(app: App) -> None:
    """Add /incoterm, its buttons and the inline answers."""
    app.add_handler(CommandHandler("incoterm", commands.look_up))
    app.add_handler(CallbackQueryHandler(commands.show_pressed, pattern=buttons.BUTTONS.pattern()))
    app.add_handler(InlineQueryHandler(inline.offer_cards))
