"""/landed: a one-line estimate, the guided version, and the saved-estimate sub-commands.

`/landed <line>` estimates the line (or, naming only a tariff code, shows its US duty:
`lookups`); `/landed` alone starts (or resumes) the guided version;
`/landed list | show NAME | compare A vs B | delete NAME | cancel` work on saved estimates
and the guided draft; `/landed origin CN` sets where the chat's goods are made. Button
presses of the feature arrive here too and go to their owner module.
"""

from __future__ import annotations

from telegram import Update

from handlers.landed import deleting, guided, picks, saved
from handlers.landed.buttons import BUTTONS, Action
from handlers.landed.lookups import answer_line
from handlers.landed.rates import argument
from handlers.shared import callbacks
from handlers.shared.services import Context


async def landed(update: Update, context: Context) -> None:
    """Route /landed by its first word; anything else is a one-line estimate."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None:
        return
    typed = argument(update) if context.args else ""
    first, _, rest = typed.partition(" ")
    match first.casefold():
        case "":
            await guided.start(update, context)
        case "list":
            await saved.show_list(update, context)
        case "show":
            await saved.show_one(update, context, rest.strip())
        case "compare":
            await saved.show_comparison(update, context, rest.strip())
        case "delete":
            await deleting.ask_to_delete(update, context, rest.strip())
        case "cancel":
            await guided.cancel(update, context)
        case "origin":
            await picks.set_origin(update, context, rest.strip())
        case _:
            await answer_line(context, chat.id, user.id, typed, reply_to=message.message_id)


async def press(update: Update, context: Context) -> None:
    """A button of the feature: a guided choice or Save; anything else has expired."""
    query = update.callback_query
    if query is None:
        return
    payload = BUTTONS.read(query.data)
    if payload is not None and payload.action is Action.PICK and len(payload.args) == 2:
        await guided.record_choice(query, context, *payload.args)
    elif payload is not None and payload.action is Action.SAVE and len(payload.args) == 1:
        await saved.press_save(query, context, payload.args[0])
    elif payload is not None and payload.action in (Action.DELETE, Action.KEEP):
        await deleting.press(query, context, payload.action, payload.args)
    elif payload is not None and payload.action in (Action.ORIGIN, Action.HS):
        await picks.press(query, context, payload.action, payload.args)
    else:
        await callbacks.answer_expired(query)
