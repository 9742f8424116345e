"""The plan for an order's quantity: a button asks how many units, the reply gets the plan.

Offered under a /vet report whose order calls for an inspection (`ask_button`). The press asks
the presser with a forced reply and stores the question (`QuantityPromptStore`); a reply is
matched to it through the database, never memory, so a restart between the question and the
answer loses nothing. The text router (`handlers.shared.router`) hands over a reply to one of
these questions or, in a private chat, text while this is the person's newest open question;
anything that is no answer, such as a long paste that is no quantity, is declined.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

from telegram import Chat, ForceReply, InlineKeyboardButton, Message, Update, User
from telegram.constants import ChatType
from telegram.ext import CallbackQueryHandler

from handlers.sampling.buttons import BUTTONS, Action, PlanSettings, plan_keyboard
from handlers.sampling.views import plan_text
from handlers.shared import callbacks
from handlers.shared.router import is_plain_private, looks_pasted
from handlers.shared.services import App, Context, services
from knowledge.questions import OpenQuestion
from knowledge.sampling import (
    AqlInputError,
    QuantityPrompt,
    SamplingTables,
    parse_aql_request,
    plan,
)

BUTTON_LABEL = "🔍 Inspection plan"
QUESTION = (
    "<b>Inspection plan for this order</b>\n"
    "{who} many units will the supplier ship? Reply with the number, e.g. 5000; "
    "options may follow, e.g. <code>5000 major 1.5 level III</code>."
)
SOMEONE_ELSE = "I asked someone else for that. Send /aql with your quantity for a plan."
ANSWERED = "That question was already answered. Send /aql with a quantity for another plan."


def ask_button() -> InlineKeyboardButton:
    """The button a /vet report shows when its order calls for an inspection."""
    return InlineKeyboardButton(BUTTON_LABEL, callback_data=BUTTONS.data(Action.ASK))


def _mention(user: User) -> str:
    # A mention makes a selective forced reply open for that person only, in a group.
    return f'<a href="tg://user?id={user.id}">{html.escape(user.first_name)}</a>'


async def _ask(context: Context, chat: Chat, user: User, problem: str = "") -> None:
    group = chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)
    who = f"{_mention(user)}, how" if group else "How"
    text = (f"{html.escape(problem)}\n\n" if problem else "") + QUESTION.format(who=who)
    markup = ForceReply(selective=True, input_field_placeholder="e.g. 5000")
    sent = await context.bot.send_message(chat.id, text, reply_markup=markup)
    question = QuantityPrompt(chat.id, sent.message_id, user.id, is_open=True)
    await services(context).quantity_prompts.save_quantity_prompt(question, datetime.now(UTC))


async def ask_quantity(update: Update, context: Context) -> None:
    """The report's "Inspection plan" button: ask the presser how many units the order holds."""
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    if query is None or chat is None or user is None:
        return
    payload = BUTTONS.read(query.data, Action.ASK)
    if payload is None or payload.args:
        await callbacks.answer_expired(query)
        return
    await query.answer()
    await _ask(context, chat, user)


async def _show_plan(context: Context, message: Message, question: QuantityPrompt) -> bool:
    """The plan, or the question again; False for a long paste typed without replying."""
    tables = services(context).knowledge.get(SamplingTables)
    request = parse_aql_request(message.text or "", tables)
    chat, user = message.chat, message.from_user
    if isinstance(request, AqlInputError):
        if is_plain_private(message) and looks_pasted(message.text or ""):
            return False  # a pasted message, not a wrong quantity: for the scam check
        if user is not None:
            await _ask(context, chat, user, request.problem)  # the new question replaces this one
        return True
    if not await services(context).quantity_prompts.close_quantity_prompt(
        chat.id, question.message_id
    ):
        await message.reply_html(ANSWERED)  # a second reply raced this one and won
        return True
    shown = plan(tables, request.lot_size, request.level, request.aql_by_class)
    await message.reply_html(
        plan_text(shown, request.read_note), reply_markup=plan_keyboard(PlanSettings.of(shown))
    )
    return True


async def take_answer(update: Update, context: Context, question: OpenQuestion) -> bool:
    """A message for one of our quantity questions: the plan, or the question asked again;
    False leaves it to the others."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None:
        return False
    asked = await services(context).quantity_prompts.get_quantity_prompt(
        chat.id, question.message_id
    )
    if asked is None:
        return False
    if user.id != asked.user_id:
        await message.reply_html(SOMEONE_ELSE)
    elif not asked.is_open:
        await message.reply_html(ANSWERED)
    else:
        return await _show_plan(context, message, asked)
    return True


def register(app: App) -> None:
    """The report button; its answers come through the text router (`take_answer`)."""
    app.add_handler(CallbackQueryHandler(ask_quantity, pattern=BUTTONS.pattern(Action.ASK)))
