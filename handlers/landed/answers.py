"""Answers to the feature's questions: the guided flow's forced replies and estimate names.

The text router (`handlers.shared.router`) hands over a reply to one of these questions or, in
a private chat, text while the person's newest open question is ours. A reply is matched to
the question it answers through the database (the question's message id), never from memory.
A choice may be typed instead of tapped. Anything that is no answer (chatter while buttons
wait, a long paste) is declined, so the scam check and the fallbacks still get it.
"""

from __future__ import annotations

from telegram import Update

from handlers.landed import guided, saved, texts
from handlers.shared.services import Context, services
from knowledge.landed import GuidedDraft, SavedEstimate
from knowledge.questions import OpenQuestion

Pending = GuidedDraft | SavedEstimate


async def _pending(context: Context, chat_id: int, user_id: int, question: int) -> Pending | None:
    """The guided step or the name question the bot asked with message `question`."""
    drafts, estimates = services(context).landed_drafts, services(context).estimates
    found = await drafts.find_draft(chat_id, question)
    return found or await estimates.find_naming(chat_id, user_id, question)


async def take_answer(update: Update, context: Context, question: OpenQuestion) -> bool:
    """Hand a message to the guided flow or to the name question it answers; False leaves it
    to the others."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None or message.text is None:
        return False
    pending = await _pending(context, chat.id, user.id, question.message_id)
    if pending is None:
        return False
    if isinstance(pending, SavedEstimate):
        if pending.naming_user_id == user.id:
            await saved.record_name(message, context, pending)
        else:
            await message.reply_html(texts.NOT_YOUR_NAME_QUESTION)
    elif pending.user_id == user.id:
        return await guided.record_answer(message, context, pending)
    else:
        owner = texts.esc(pending.owner_name)
        await message.reply_html(texts.NOT_YOUR_QUESTION.format(owner=owner))
    return True
