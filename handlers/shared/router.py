"""The one text router: a typed message goes to the feature whose question it answers.

Several features ask a person something and wait (`knowledge.questions`). A typed,
non-command message is routed here, once, ahead of the features: a reply to one of our
questions goes to the feature that asked it (answered or not: a late reply is told so); in a
private chat, any other text goes to the feature whose open question to this person is the
NEWEST, so "1000" typed for the estimate in front of them is never saved into an older audit.
The store is asked once (`QuestionStore`), then the feature reads its own question and says
whether the text was its answer. When nothing is open, or the feature declines (a long
pasted message is no answer), the update goes on to the default group: the scam check in a
private chat, the fallbacks elsewhere. Group chatter that replies to nothing is left alone.
This module knows no feature: `handlers/__init__.py` hands it each feature's answerer.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping

from telegram import Message, Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop, MessageHandler, filters

from handlers.shared.groups import Group
from handlers.shared.services import App, Context, services
from knowledge.questions import Asker, OpenQuestion

# A typed answer is short (a number, a code, a name). Longer text that a question's feature
# cannot read as its answer is a pasted message, not a wrong answer: the scam check gets it.
PASTE_CHARS = 40

# A feature's answerer: True when the message was for it (answered, refused or re-asked).
Answerer = Callable[[Update, Context, OpenQuestion], Awaitable[bool]]


def is_plain_private(message: Message) -> bool:
    """True for a message in a private chat that replies to nothing."""
    return message.chat.type == ChatType.PRIVATE and message.reply_to_message is None


def looks_pasted(text: str) -> bool:
    """True for text too long, or spread over too many lines, to be a typed answer."""
    return len(text.strip()) > PASTE_CHARS or "\n" in text.strip()


async def question_of(update: Update, context: Context) -> OpenQuestion | None:
    """The question a message answers, in one read of the store (two for a private reply to
    one of our messages that asked nothing: it still answers the open question)."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None:
        return None
    store = services(context).questions
    replied = message.reply_to_message
    private = chat.type == ChatType.PRIVATE
    if replied is not None and replied.from_user is not None:
        if replied.from_user.id == context.bot.id:
            found = await store.find_question(chat.id, replied.message_id)
            if found is not None or not private:
                return found
        elif not private:
            return None  # a reply to another member: not for the bot
    elif not private:
        return None  # group chatter
    return await store.get_open_question(chat.id, user.id)


async def newest_asker(context: Context, chat_id: int, user_id: int) -> Asker | None:
    """The feature whose open question to this person is the newest, or None."""
    found = await services(context).questions.get_open_question(chat_id, user_id)
    return found.asker if found else None


class TextRouter:
    """Hands a typed message to the feature whose question it answers."""

    def __init__(self, answerers: Mapping[Asker, Answerer]) -> None:
        missing = set(Asker) - set(answerers)
        if missing:
            raise ValueError(f"no answerer for {sorted(missing)}")
        self._answerers = dict(answerers)

    async def route(self, update: Update, context: Context) -> None:
        """Route the message; stop the update when its feature took it."""
        question = await question_of(update, context)
        if question is not None and await self._answerers[question.asker](
            update, context, question
        ):
            raise ApplicationHandlerStop


def register(app: App, answerers: Mapping[Asker, Answerer]) -> None:
    """Route typed, non-command, non-forwarded messages ahead of the features."""
    typed = filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND & ~filters.FORWARDED
    app.add_handler(MessageHandler(typed, TextRouter(answerers).route), group=Group.QUESTIONS)
