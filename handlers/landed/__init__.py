"""/landed, /fx and /currency: landed-cost estimates typed on a phone (issue 6).

`register` wires the feature: the three commands, its buttons (`landed:` callback data) and
the answers to its questions (its own handler group, ahead of the fallbacks). The modules:
`command` routes /landed, `results` computes and sends, `render` draws the breakdown,
`guided` runs the step-by-step version, `saved` keeps and compares estimates, `replies`
matches answers to questions, `rates` owns /fx and /currency, `texts` holds the wording.
"""

from __future__ import annotations

from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from handlers import callbacks
from handlers.landed import command, rates, replies
from handlers.landed.results import FEATURE
from handlers.services import App


def register(app: App) -> None:
    """Add the commands, the buttons and the answer router."""
    app.add_handler(CommandHandler("landed", command.landed))
    app.add_handler(CommandHandler("fx", rates.set_fx))
    app.add_handler(CommandHandler("currency", rates.set_currency))
    app.add_handler(CallbackQueryHandler(command.press, pattern=callbacks.pattern(FEATURE)))
    answers = (
        filters.UpdateType.MESSAGE
        & filters.TEXT
        & ~filters.COMMAND
        & ~filters.FORWARDED
        & (filters.REPLY | filters.ChatType.PRIVATE)
    )
    app.add_handler(MessageHandler(answers, replies.route), group=replies.GROUP)
