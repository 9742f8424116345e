"""/landed, /fx and /currency: landed-cost estimates typed on a phone (issue 6).

`register` wires the feature: the three commands and its buttons (`landed:` callback data);
the answers to its questions come through the text router (`take_answer`). The modules:
`commands` routes /landed, `lookups` answers a code alone with its duty card (`duty_views`
draws it), `results` computes and sends, `views` draws the breakdown,
`guided` runs the step-by-step version, `saved` keeps and compares estimates (`saved_views`
draws them), `answers` takes typed answers, `rates` owns /fx and /currency, `texts` holds the
wording.
"""

from __future__ import annotations

from telegram.ext import CallbackQueryHandler, CommandHandler

from handlers.landed import commands, rates
from handlers.landed.answers import take_answer
from handlers.landed.buttons import BUTTONS
from handlers.shared.services import App

__all__ = ["register", "take_answer"]


def register(app: App) -> None:
    """Add the commands and the buttons; answers come through the text router."""
    app.add_handler(CommandHandler("landed", commands.landed))
    app.add_handler(CommandHandler("fx", rates.set_fx))
    app.add_handler(CommandHandler("currency", rates.set_currency))
    app.add_handler(CallbackQueryHandler(commands.press, pattern=BUTTONS.pattern()))
