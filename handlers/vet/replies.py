"""Replies to the bot's /vet questions: a supplier name or a typed answer, matched through the
database, never memory.

Runs in its own handler group ahead of the features: a message that replies to one of our
stored prompts (or, in a private chat, any text while the person has a prompt open) is taken
and processing stops there. Anything else is left alone, so other features' questions and the
fallbacks still get their messages.
"""

from __future__ import annotations

from telegram import Chat, Update
from telegram.ext import ApplicationHandlerStop, MessageHandler, filters

from handlers.services import App, Context, services
from handlers.vet.answering import take_typed_answer
from handlers.vet.audit import ENDED, not_yours
from handlers.vet.starting import open_audit
from knowledge.vet.records import AuditStatus, Prompt

GROUP = -10  # after the allowlist (-100), before every feature (0)
STALE_QUESTION = "That question was already answered. Use ◀ Back on the audit to change it."
STALE_NAME = "I already have a name for that one. Send /vet to start another audit."
SOMEONE_ELSE = "I asked someone else for that. Send /vet to start your own audit."


async def _find_prompt(update: Update, context: Context) -> Prompt | None:
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None:
        return None
    store = services(context).vet
    replied = message.reply_to_message
    if replied is not None:
        if replied.from_user is None or replied.from_user.id != context.bot.id:
            return None
        return await store.get_prompt(chat.id, replied.message_id)
    if chat.type == Chat.PRIVATE:
        return await store.get_open_prompt(chat.id, user.id)
    return None


async def _answer_name(update: Update, context: Context, prompt: Prompt) -> None:
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None:
        return
    if user.id != prompt.user_id:
        await message.reply_html(SOMEONE_ELSE)
    elif not prompt.is_open:
        await message.reply_html(STALE_NAME)
    else:
        await open_audit(context, chat, user, message.text or "", reply_to=message)


async def _answer_question(update: Update, context: Context, prompt: Prompt) -> None:
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None or prompt.assessment_id is None:
        return
    record = await services(context).vet.get_assessment(chat.id, prompt.assessment_id)
    if record is None or record.status is not AuditStatus.IN_PROGRESS:
        await message.reply_html(ENDED)
    elif user.id != record.started_by.user_id:
        await message.reply_html(not_yours(record.started_by))
    elif not prompt.is_open:
        await message.reply_html(STALE_QUESTION)
    else:
        await take_typed_answer(update, context, prompt, record)


async def take_reply(update: Update, context: Context) -> None:
    """Route a reply to the /vet question it answers; leave other messages to others."""
    prompt = await _find_prompt(update, context)
    if prompt is None:
        return
    if prompt.assessment_id is None:
        await _answer_name(update, context, prompt)
    else:
        await _answer_question(update, context, prompt)
    raise ApplicationHandlerStop


def register(app: App) -> None:
    """Listen for replies (and private text) ahead of the features."""
    text = filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND & ~filters.FORWARDED
    app.add_handler(MessageHandler(text, take_reply), group=GROUP)
