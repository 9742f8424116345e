"""/guide: the sourcing guide as short, sourced answer cards, asked in your own words.

Wires the feature: the command, its buttons (`guide:` payloads) and the private-chat answer
to a typed question. The cards, the search and the question-or-supplier-message rule live in
`knowledge.guide`; `views` writes the HTML, `buttons` the buttons, `commands` and `answers`
talk to Telegram. `register` must run BEFORE the scam check's catch-all (same group).
"""

from __future__ import annotations

from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler

from handlers.guide import answers, buttons, commands
from handlers.shared.services import App


def register(app: App) -> None:
    """Add /guide, its buttons and the private typed-question answer."""
    app.add_handler(CommandHandler("guide", commands.ask))
    app.add_handler(CallbackQueryHandler(commands.show_pressed, pattern=buttons.BUTTONS.pattern()))
    app.add_handler(MessageHandler(answers.PRIVATE_QUESTIONS, answers.answer_typed_question))
