"""/cancel: stop whatever the bot is waiting for from this person, the newest question first.

A person may have several questions open at once (an audit, a guided /landed, an /aql
quantity). /cancel ends the flow of the question asked last (`handlers.shared.router`), so
it never ends an audit someone forgot about when they meant the estimate in front of them.
Each feature keeps its own way of stopping; this module only picks which one runs.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from handlers.landed import guided
from handlers.shared.router import newest_asker
from handlers.shared.services import App, Context, services
from handlers.vet.pausing import cancel_command as cancel_audit
from knowledge.questions import Asker

NO_PLAN = "OK, no inspection plan for now. Send /aql with a quantity any time, e.g. /aql 5000."


async def cancel(update: Update, context: Context) -> None:
    """Stop the flow of this person's newest open question (an audit by default)."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None:
        return
    asker = await newest_asker(context, chat.id, user.id)
    found = services(context)
    if asker is Asker.LANDED and await found.landed_drafts.get_draft(chat.id, user.id):
        await guided.cancel(update, context)
        return
    quantity = await found.quantity_prompts.get_open_quantity_prompt(chat.id, user.id)
    if asker is Asker.AQL and quantity is not None:
        await found.quantity_prompts.close_quantity_prompt(chat.id, quantity.message_id)
        await message.reply_html(NO_PLAN)
        return
    await cancel_audit(update, context)


def register(app: App) -> None:
    """Add /cancel."""
    app.add_handler(CommandHandler("cancel", cancel))
