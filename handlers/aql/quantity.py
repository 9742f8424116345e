"""The plan for an order's quantity: a button asks how many units, the reply gets the plan.

Offered under a /vet report whose order calls for an inspection (`ask_button`). The press asks
the presser with a forced reply and stores the question (`QuantityPromptStore`); a reply is
matched to it through the database, never memory, so a restart between the question and the
answer loses nothing. Replies are taken in a handler group ahead of the features, and only
when they answer one of these questions (in a private chat, plain text only while this is the
person's newest open question, see `handlers.open_questions`); anything else, including a
long paste that is no quantity, is left for the others.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

from telegram import Chat, ForceReply, InlineKeyboardButton, Message, Update, User
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop, CallbackQueryHandler, MessageHandler, filters

from handlers import callbacks
from handlers.aql.keyboards import plan_keyboard
from handlers.aql.payload import FEATURE, PlanSettings
from handlers.aql.plan_text import plan_text
from handlers.open_questions import (
    Asker,
    answers,
    is_plain_private,
    looks_pasted,
    question_answered,
)
from handlers.services import App, Context, services
from knowledge.sampling import (
    AqlInputError,
    QuantityPrompt,
    SamplingTables,
    parse_aql_request,
    plan,
)

GROUP = -9  # after the allowlist (-100) and the /vet replies (-10), before every feature (0)
ASK = "ask"
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
    return InlineKeyboardButton(BUTTON_LABEL, callback_data=callbacks.build(FEATURE, ASK))


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
    payload = callbacks.parse(query.data, FEATURE)
    if payload is None or payload.args:
        await callbacks.answer_expired(query)
        return
    await query.answer()
    await _ask(context, chat, user)


async def _find_question(update: Update, context: Context) -> QuantityPrompt | None:
    store = services(context).quantity_prompts
    return await question_answered(
        update,
        context,
        by_message=store.get_quantity_prompt,
        open_for=store.get_open_quantity_prompt,
    )


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
    await message.reply_html(plan_text(shown), reply_markup=plan_keyboard(PlanSettings.of(shown)))
    return True


async def take_quantity(update: Update, context: Context) -> None:
    """A reply to one of our quantity questions: the plan, or the question asked again."""
    question = await _find_question(update, context)
    message, user = update.effective_message, update.effective_user
    if question is None or message is None or user is None:
        return
    if not await answers(context, message, Asker.AQL):
        return  # another feature asked this person something since
    if user.id != question.user_id:
        await message.reply_html(SOMEONE_ELSE)
    elif not question.is_open:
        await message.reply_html(ANSWERED)
    elif not await _show_plan(context, message, question):
        return
    raise ApplicationHandlerStop


def register(app: App) -> None:
    """The report button, and the listener for replies ahead of the features."""
    app.add_handler(CallbackQueryHandler(ask_quantity, pattern=rf"^{FEATURE}:{ASK}(:|$)"))
    text = filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND & ~filters.FORWARDED
    app.add_handler(MessageHandler(text, take_quantity), group=GROUP)
