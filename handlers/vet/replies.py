"""Replies to the bot's /vet questions: a supplier name or a typed answer, matched through the
database, never memory.

Runs in its own handler group ahead of the features: a message that replies to one of our
stored prompts (or, in a private chat, text while the person's newest open question is ours,
see `handlers.open_questions`) is taken and processing stops there. Anything else is left
alone, so other features' questions, the scam check and the fallbacks still get their
messages: a long paste that is no answer, or text while buttons wait that names none of them.
"""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import ApplicationHandlerStop, MessageHandler, filters

from handlers.open_questions import (
    Asker,
    answers,
    is_plain_private,
    looks_pasted,
    question_answered,
)
from handlers.services import App, Context, services
from handlers.vet.answering import take_typed_answer
from handlers.vet.audit import ENDED, checklist, not_yours
from handlers.vet.starting import open_audit
from knowledge.vet import (
    Accepted,
    AuditStatus,
    NameProblem,
    Prompt,
    is_typed,
    read_answer,
    read_supplier_name,
    where,
)

GROUP = -10  # after the allowlist (-100), before every feature (0)
STALE_QUESTION = "That question was already answered. Use ◀ Back on the audit to change it."
STALE_NAME = "I already have a name for that one. Send /vet to start another audit."
SOMEONE_ELSE = "I asked someone else for that. Send /vet to start your own audit."
TAP_BUTTON = "👆 Tap “{answer}” on the question above: questions with buttons take taps."


async def _find_prompt(update: Update, context: Context) -> Prompt | None:
    store = services(context).vet
    return await question_answered(
        update, context, by_message=store.get_prompt, open_for=store.get_open_prompt
    )


async def _answer_name(update: Update, context: Context, prompt: Prompt) -> bool:
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None:
        return False
    text = message.text or ""
    pasted = is_plain_private(message) and looks_pasted(text)
    if pasted and isinstance(read_supplier_name(text), NameProblem):
        return False  # a pasted message, too long for a name: for the scam check
    if user.id != prompt.user_id:
        await message.reply_html(SOMEONE_ELSE)
    elif not prompt.is_open:
        await message.reply_html(STALE_NAME)
    else:
        await open_audit(context, chat, user, text, reply_to=message)
    return True


async def _answer_question(update: Update, context: Context, prompt: Prompt) -> bool:
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None or prompt.assessment_id is None:
        return False
    record = await services(context).vet.get_assessment(chat.id, prompt.assessment_id)
    if record is None or record.status is not AuditStatus.IN_PROGRESS:
        await message.reply_html(ENDED)
    elif user.id != record.started_by.user_id:
        await message.reply_html(not_yours(record.started_by))
    elif not prompt.is_open and prompt.item_id in record.answers:
        await message.reply_html(STALE_QUESTION)
    else:
        # A closed prompt whose question is still unanswered was left for another audit:
        # the reply names its question, so it counts (the checklist refuses a skipped-ahead one).
        return await take_typed_answer(update, context, prompt, record)
    return True


async def _point_at_buttons(update: Update, context: Context) -> bool:
    """Private text that answers the audit's button question: say which button to tap.

    Typed text is not taken as the answer: after ◀ Back the message may show an earlier
    question than the stored answers lead to, and only the button knows which one it is.
    """
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None or not is_plain_private(message):
        return False
    text = message.text or ""
    if looks_pasted(text):
        return False
    record = await services(context).vet.get_running_audit(chat.id, user.id)
    if record is None or record.question_message_id is None:
        return False
    item = where(checklist(context), record.answers).current
    if item is None or is_typed(item) or not await answers(context, message, Asker.VET):
        return False
    reading = read_answer(item, text)
    if not isinstance(reading, Accepted):
        return False
    await message.reply_html(TAP_BUTTON.format(answer=html.escape(reading.shown)))
    return True


async def take_reply(update: Update, context: Context) -> None:
    """Route a reply to the /vet question it answers; leave other messages to others."""
    prompt = await _find_prompt(update, context)
    message = update.effective_message
    if message is None:
        return
    if prompt is None:
        taken = await _point_at_buttons(update, context)
    elif not await answers(context, message, Asker.VET):
        taken = False  # another feature asked this person something since
    elif prompt.assessment_id is None:
        taken = await _answer_name(update, context, prompt)
    else:
        taken = await _answer_question(update, context, prompt)
    if taken:
        raise ApplicationHandlerStop


def register(app: App) -> None:
    """Listen for replies (and private text) ahead of the features."""
    text = filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND & ~filters.FORWARDED
    app.add_handler(MessageHandler(text, take_reply), group=GROUP)
