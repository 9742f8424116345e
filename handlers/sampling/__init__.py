"""/aql: ISO 2859-1 inspection sampling plans, and the inspections a buyer can book.

`/aql 5000 major 1.5 level III` answers with the sample to check and the defects that reject
the lot, with buttons to switch the level or the AQLs; `/aql` alone explains the command and
the four inspection types; a /vet report can offer the plan for its order's answers. The
plan itself comes from `knowledge.sampling.plan`; this package only reads the update, renders
and edits. Modules: `commands` (the command and its buttons), `answers` (the quantity question
after a /vet report), `buttons` (button data and keyboards), `views` and `texts` (words).
"""

from __future__ import annotations

from telegram.ext import CallbackQueryHandler, CommandHandler

from handlers.sampling import answers
from handlers.sampling.answers import take_answer
from handlers.sampling.buttons import BUTTONS, Action
from handlers.sampling.commands import show_guide, show_inspection, show_plan, switch_plan
from handlers.shared.services import App

__all__ = ["register", "take_answer"]


def register(app: App) -> None:
    """Add /aql and its buttons; a payload that matches none of them falls to the fallback."""
    app.add_handler(CommandHandler("aql", show_plan))
    plans = BUTTONS.pattern(Action.PLAN, Action.MORE)
    app.add_handler(CallbackQueryHandler(switch_plan, pattern=plans))
    app.add_handler(CallbackQueryHandler(show_guide, pattern=BUTTONS.pattern(Action.GUIDE)))
    app.add_handler(
        CallbackQueryHandler(show_inspection, pattern=BUTTONS.pattern(Action.INSPECTION))
    )
    answers.register(app)
