"""Answers to the feature's questions: the guided flow's forced replies and estimate names.

Runs in its own handler group ahead of the fallbacks. A reply is matched to the question it
answers through the database (the question's message id), never from memory; in a private
chat a plain message answers this person's latest open question, if no other feature asked
something since (`handlers.open_questions`). A choice may be typed instead of tapped. When the
message was for us, handling stops there; otherwise (chatter while buttons wait, a long paste
that is no answer) it goes on to other features, the scam check and the fallbacks.
"""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop

from handlers.landed import guided, saved, texts
from handlers.open_questions import Asker, answers
from handlers.services import Context, services
from knowledge.landed import GuidedDraft, SavedEstimate

# Own handler group (after the allowlist at -100): see the module docstring.
GROUP = -6


Pending = GuidedDraft | SavedEstimate


async def _pending(
    context: Context, chat_id: int, user_id: int, question: int | None
) -> Pending | None:
    """The open question a message answers: the one it replies to, else (in a private chat,
    `question` None) this person's latest open question."""
    drafts, estimates = services(context).landed_drafts, services(context).estimates
    if question is not None:
        found = await drafts.find_draft(chat_id, question)
        return found or await estimates.find_naming(chat_id, user_id, question)
    draft = await drafts.get_draft(chat_id, user_id)
    naming = await estimates.find_naming(chat_id, user_id, None)
    if draft is None or naming is None:
        return draft or naming
    return naming if (naming.naming_message_id or 0) > (draft.message_id or 0) else draft


async def route(update: Update, context: Context) -> None:
    """Hand a message to the guided flow or to the name question it answers, if any."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None or message.text is None:
        return
    replied = message.reply_to_message
    question = None
    if replied is not None and replied.from_user is not None:
        question = replied.message_id if replied.from_user.id == context.bot.id else None
    private = chat.type == ChatType.PRIVATE
    if question is None and not private:
        return  # group chatter, or a reply to someone else
    pending = await _pending(context, chat.id, user.id, question)
    if pending is None and private and question is not None:
        # A reply to an older message of ours still answers the open question.
        pending = await _pending(context, chat.id, user.id, None)
    if pending is None or not await answers(context, message, Asker.LANDED):
        return
    if isinstance(pending, SavedEstimate):
        if pending.naming_user_id == user.id:
            await saved.record_name(message, context, pending)
        else:
            await message.reply_html(texts.NOT_YOUR_NAME_QUESTION)
    elif pending.user_id == user.id:
        if not await guided.record_answer(message, context, pending):
            return  # not an answer: chatter while buttons wait, or a pasted message
    else:
        owner = texts.esc(pending.owner_name)
        await message.reply_html(texts.NOT_YOUR_QUESTION.format(owner=owner))
    raise ApplicationHandlerStop
