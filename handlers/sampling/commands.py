"""The /aql callbacks: answer the command, redraw a plan from a button, browse the inspections.

A plan is a pure function of the lot size and the settings the button carries, so nothing is
stored and anyone in the chat may switch the view (it shows what anyone could ask with /aql).
Buttons edit their message in place; when the press would change nothing (the same keyboard
is already shown, hence the same plan), the press is only answered, so Telegram never sees an
edit that modifies nothing.
"""

from __future__ import annotations

import html
import logging

from telegram import CallbackQuery, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from handlers.sampling.buttons import (
    BUTTONS,
    SHOW_SPECIAL_LEVELS,
    Action,
    PlanSettings,
    guide_keyboard,
    inspection_keyboard,
    plan_keyboard,
    read_plan_payload,
    special_levels_keyboard,
)
from handlers.sampling.texts import inspection_text, intro_text
from handlers.sampling.views import plan_text
from handlers.shared import callbacks
from handlers.shared.services import Context, services
from knowledge.sampling import (
    AqlInputError,
    InspectionGuide,
    InspectionStage,
    SamplingTables,
    parse_aql_request,
    plan,
)

_LOGGER = logging.getLogger(__name__)
_STAGES = {stage.value: stage for stage in InspectionStage}
HELP_HINT = "Send /aql alone for help and examples."


def settings_text(tables: SamplingTables, settings: PlanSettings) -> str:
    """The plan text for `settings` (already checked against the tables)."""
    return plan_text(plan(tables, settings.lot_size, settings.level, dict(settings.aql_by_class)))


async def show_plan(update: Update, context: Context) -> None:
    """/aql LOT [options]: the plan; /aql alone: how to use it and the inspection types."""
    message = update.effective_message
    if message is None:
        return
    knowledge = services(context).knowledge
    tables = knowledge.get(SamplingTables)
    typed = " ".join(context.args or ())
    if not typed:
        guide = knowledge.get(InspectionGuide)
        await message.reply_html(intro_text(tables, guide), reply_markup=guide_keyboard(guide))
        return
    request = parse_aql_request(typed, tables)
    if isinstance(request, AqlInputError):
        await message.reply_html(f"{html.escape(request.message)}\n{HELP_HINT}")
        return
    shown = plan(tables, request.lot_size, request.level, request.aql_by_class)
    settings = PlanSettings.of(shown)
    await message.reply_html(
        plan_text(shown, request.read_note), reply_markup=plan_keyboard(settings)
    )


async def edit_in_place(query: CallbackQuery, text: str, markup: InlineKeyboardMarkup) -> None:
    """Show `text` and `markup` in the pressed message, unless it already shows them."""
    current = query.message
    # Deleted, or too old for Telegram to send back (it arrives with date 0).
    if not isinstance(current, Message) or not current.is_accessible:
        await callbacks.answer_expired(query)
        return
    await query.answer()
    if current.reply_markup == markup:
        return
    try:
        await query.edit_message_text(text, reply_markup=markup)
    except BadRequest as error:
        # Two quick presses of one button: the first edit already showed this.
        if "not modified" not in error.message:
            raise
        _LOGGER.info("Message %s already showed the pressed view", current.message_id)


async def switch_plan(update: Update, context: Context) -> None:
    """A level or AQL button, or the way in and out of the special levels."""
    query = update.callback_query
    if query is None:
        return
    tables = services(context).knowledge.get(SamplingTables)
    read = read_plan_payload(query.data, tables)
    if read is None:
        await callbacks.answer_expired(query)
        return
    action, settings = read
    markup = (
        special_levels_keyboard(settings)
        if action == SHOW_SPECIAL_LEVELS
        else plan_keyboard(settings)
    )
    await edit_in_place(query, settings_text(tables, settings), markup)


async def show_guide(update: Update, context: Context) -> None:
    """Back from an inspection type to the /aql overview."""
    query = update.callback_query
    if query is None:
        return
    payload = BUTTONS.read(query.data, Action.GUIDE)
    if payload is None or payload.args:
        await callbacks.answer_expired(query)
        return
    knowledge = services(context).knowledge
    guide = knowledge.get(InspectionGuide)
    text = intro_text(knowledge.get(SamplingTables), guide)
    await edit_in_place(query, text, guide_keyboard(guide))


async def show_inspection(update: Update, context: Context) -> None:
    """One inspection type's details, with buttons for the others."""
    query = update.callback_query
    if query is None:
        return
    payload = BUTTONS.read(query.data, Action.INSPECTION)
    stage = _STAGES.get(payload.args[0]) if payload and len(payload.args) == 1 else None
    if stage is None:
        await callbacks.answer_expired(query)
        return
    guide = services(context).knowledge.get(InspectionGuide)
    await edit_in_place(
        query, inspection_text(guide.get(stage)), inspection_keyboard(guide, stage)
    )
