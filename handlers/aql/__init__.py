"""/aql: ISO 2859-1 inspection sampling plans, and the inspections a buyer can book.

`/aql 5000 major 1.5 level III` answers with the sample to check and the defects that reject
the lot, with buttons to switch the level or the AQLs; `/aql` alone explains the command and
the four inspection types; a /vet report can offer the plan for its order's quantity. The
plan itself comes from `knowledge.sampling.plan`; this package only reads the update, renders
and edits. Modules: `flow` (callbacks), `quantity` (the question after a /vet report),
`payload` (button data), `keyboards`, `plan_text` and `guide_text` (words).
"""

from __future__ import annotations

from telegram.ext import CallbackQueryHandler, CommandHandler

from handlers.aql import quantity
from handlers.aql.flow import show_guide, show_inspection, show_plan, switch_plan
from handlers.aql.keyboards import SHOW_GUIDE, SHOW_INSPECTION
from handlers.aql.payload import FEATURE, SHOW_PLAN, SHOW_SPECIAL_LEVELS
from handlers.services import App


def register(app: App) -> None:
    """Add /aql and its buttons; a payload that matches none of them falls to the fallback."""
    app.add_handler(CommandHandler(FEATURE, show_plan))
    plan_actions = f"({SHOW_PLAN}|{SHOW_SPECIAL_LEVELS})"
    app.add_handler(CallbackQueryHandler(switch_plan, pattern=rf"^{FEATURE}:{plan_actions}:"))
    app.add_handler(CallbackQueryHandler(show_guide, pattern=rf"^{FEATURE}:{SHOW_GUIDE}$"))
    app.add_handler(
        CallbackQueryHandler(show_inspection, pattern=rf"^{FEATURE}:{SHOW_INSPECTION}:")
    )
    quantity.register(app)
