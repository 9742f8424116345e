"""Which feature a plain message in a private chat answers: the one that asked last.

Several features ask a person a question and wait: /vet (a supplier name, a typed answer, or
a question with buttons), the guided /landed (a step, or an estimate's name) and the /aql
quantity after a report. A reply to one of our messages names its question; a plain message
does not. It goes to the question asked LAST (message ids grow within a chat), never to
whichever feature's handler happens to run first, so "1000" typed for the newest question
is not saved into an older audit. Each feature asks `asked_last` before taking a plain
message. This module only reads the stores; what an answer means stays with each feature.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from enum import StrEnum
from typing import TypeVar

from telegram import Message, Update
from telegram.constants import ChatType

from handlers.services import Context, services

# A typed answer is short (a number, a code, a name). Longer text that a question's feature
# cannot read as its answer is a pasted message, not a wrong answer: the scam check gets it.
PASTE_CHARS = 40
_Question = TypeVar("_Question")


class Asker(StrEnum):
    """The features that wait for a typed answer in a private chat."""

    VET = "vet"
    LANDED = "landed"
    AQL = "aql"


def is_plain_private(message: Message) -> bool:
    """True for a message in a private chat that replies to nothing."""
    return message.chat.type == ChatType.PRIVATE and message.reply_to_message is None


def looks_pasted(text: str) -> bool:
    """True for text too long, or spread over too many lines, to be a typed answer."""
    return len(text.strip()) > PASTE_CHARS or "\n" in text.strip()


async def question_answered(
    update: Update,
    context: Context,
    *,
    by_message: Callable[[int, int], Awaitable[_Question | None]],
    open_for: Callable[[int, int], Awaitable[_Question | None]],
) -> _Question | None:
    """The question a message answers, from a feature's store.

    A reply names its question: one of ours, looked up by `by_message(chat_id, message_id)`
    (a reply to someone else's message answers nothing). A plain message in a private chat
    answers the person's open question, `open_for(chat_id, user_id)`; in a group, nothing.
    """
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None:
        return None
    replied = message.reply_to_message
    if replied is not None:
        if replied.from_user is None or replied.from_user.id != context.bot.id:
            return None
        return await by_message(chat.id, replied.message_id)
    if chat.type == ChatType.PRIVATE:
        return await open_for(chat.id, user.id)
    return None


async def _waiting(context: Context, chat_id: int, user_id: int) -> dict[Asker, int]:
    """The message id of each feature's newest open question to this person."""
    found = services(context)
    asked: dict[Asker, int] = {}
    prompt = await found.vet.get_open_prompt(chat_id, user_id)
    audit = await found.vet.get_running_audit(chat_id, user_id)
    vet = [prompt.message_id if prompt else 0, (audit.question_message_id or 0) if audit else 0]
    draft = await found.landed_drafts.get_draft(chat_id, user_id)
    naming = await found.estimates.find_naming(chat_id, user_id, None)
    landed = [
        (draft.message_id or 0) if draft else 0,
        (naming.naming_message_id or 0) if naming else 0,
    ]
    quantity = await found.quantity_prompts.get_open_quantity_prompt(chat_id, user_id)
    for asker, ids in ((Asker.VET, vet), (Asker.LANDED, landed)):
        if max(ids):
            asked[asker] = max(ids)
    if quantity is not None:
        asked[Asker.AQL] = quantity.message_id
    return asked


async def asked_last(context: Context, chat_id: int, user_id: int) -> Asker | None:
    """The feature whose open question to this person is the newest, or None."""
    asked = await _waiting(context, chat_id, user_id)
    return max(asked, key=asked.__getitem__) if asked else None


async def answers(context: Context, message: Message, asker: Asker) -> bool:
    """Whether `asker` may take `message` as an answer: always for a reply or in a group
    (the reply names its question), and in a private chat only if it asked last."""
    user = message.from_user
    if not is_plain_private(message) or user is None:
        return True
    return await asked_last(context, message.chat.id, user.id) is asker
