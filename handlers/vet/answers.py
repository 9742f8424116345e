"""Answers to the bot's /vet questions: a supplier name or a typed answer, matched through the
database, never memory.

The text router (`handlers.shared.router`) hands over a message that replies to one of our
stored prompts or, in a private chat, text while the person's newest open question is ours.
Anything that is not an answer is declined, so the scam check and the fallbacks still get it:
a long paste that is no answer, or text while buttons wait that names none of them.
"""

from __future__ import annotations

import html

from telegram import Update

from handlers.shared.router import is_plain_private, looks_pasted
from handlers.shared.services import Context, services
from handlers.vet.answering import take_typed_answer
from handlers.vet.audit import ENDED, checklist, not_yours
from handlers.vet.changing import PICK_PROMPT, take_typed_change
from handlers.vet.starting import open_audit
from knowledge.questions import OpenQuestion
from knowledge.vet import (
    Accepted,
    AssessmentRecord,
    AuditStatus,
    NameProblem,
    Prompt,
    is_typed,
    read_answer,
    read_supplier_name,
    where,
)

STALE_QUESTION = "That question was already answered. Use ◀ Back on the audit to change it."
STALE_NAME = "I already have a name for that one. Send /vet to start another audit."
SOMEONE_ELSE = "I asked someone else for that. Send /vet to start your own audit."
SOMEONE_ELSE_CHANGE = "I asked someone else for that. Tap ✏️ Change an answer to make your own."
TAP_BUTTON = "👆 Tap “{answer}” on the question above: questions with buttons take taps."


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


async def _answer_question(
    update: Update, context: Context, prompt: Prompt, record: AssessmentRecord | None
) -> bool:
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None or prompt.assessment_id is None:
        return False
    listed = prompt.item_id == PICK_PROMPT  # a reply to the change list: any member, any time
    if record is not None and record.status is AuditStatus.FINISHED and (listed or prompt.is_open):
        if not listed and user.id != prompt.user_id:
            await message.reply_html(SOMEONE_ELSE_CHANGE)
        else:  # a question number for "Change an answer", or a changed typed answer
            return await take_typed_change(update, context, prompt, record)
    elif record is None or record.status is not AuditStatus.IN_PROGRESS:
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
    if item is None or is_typed(item):
        return False
    reading = read_answer(item, text)
    if not isinstance(reading, Accepted):
        return False
    await message.reply_html(TAP_BUTTON.format(answer=html.escape(reading.shown)))
    return True


async def take_answer(update: Update, context: Context, question: OpenQuestion) -> bool:
    """Take a message that answers a /vet question; False leaves it to the others."""
    chat = update.effective_chat
    if chat is None:
        return False
    found = await services(context).vet.get_prompt_and_audit(chat.id, question.message_id)
    if found is None:
        return await _point_at_buttons(update, context)  # the audit's button question
    prompt, record = found
    if prompt.assessment_id is None:
        return await _answer_name(update, context, prompt)
    return await _answer_question(update, context, prompt, record)
