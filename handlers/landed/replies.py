"""Answers to the feature's questions: the guided flow's forced replies and estimate names.

Runs in its own handler group ahead of the fallbacks. A reply is matched to the question it
answers through the database (the question's message id), never from memory; in a private
chat a plain message answers this person's latest open question. When the message was for
us, handling stops there; otherwise it goes on to other features and the fallbacks.
"""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop

from handlers.landed import guided, saved, texts
from handlers.services import Context, services

# Own handler group (after the allowlist at -100): see the module docstring.
GROUP = -6


async def route(update: Update, context: Context) -> None:
    """Hand a reply to the guided flow or to the name question it answers, if any."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None or message.text is None:
        return
    replied = message.reply_to_message
    to_bot = replied is not None and replied.from_user is not None
    question = (
        replied.message_id
        if replied is not None
        and to_bot
        and (replied.from_user is not None and replied.from_user.id == context.bot.id)
        else None
    )
    if question is None and chat.type != ChatType.PRIVATE:
        return
    found = services(context)
    if question is not None:
        draft = await found.landed_drafts.find_draft(chat.id, question)
    else:
        draft = await found.landed_drafts.get_draft(chat.id, user.id)
    naming = await found.estimates.find_naming(chat.id, user.id, question)
    if naming is not None and (
        draft is None or (naming.naming_message_id or 0) > (draft.message_id or 0)
    ):
        if naming.naming_user_id != user.id:
            await message.reply_html(texts.NOT_YOUR_QUESTION.format(owner="someone else"))
        else:
            await saved.record_name(message, context, naming)
        raise ApplicationHandlerStop
    if draft is None:
        return
    if draft.user_id != user.id:
        await message.reply_html(texts.NOT_YOUR_QUESTION.format(owner=texts.esc(draft.owner_name)))
    else:
        await guided.record_answer(message, context, draft)
    raise ApplicationHandlerStop
