"""A question typed as plain text in a private chat, answered by the guide.

The rule that tells a buyer's question from a pasted supplier message lives in
`knowledge.guide.route_private_text`; this module only applies it as a PTB filter. Answers
to the bot's open questions never arrive here (the text router takes them first), and
forwards never do: forwarded and pasted supplier messages stay with the scam check, whose
catch-all comes after this handler in the default group.
"""

from __future__ import annotations

from telegram import Message, Update
from telegram.ext import filters

from handlers.guide.commands import answer_question
from handlers.shared.services import Context, services
from knowledge.guide import PrivateText, route_private_text


class _TypedQuestion(filters.MessageFilter):
    """Typed text that the guide's rule calls a buyer's question."""

    def filter(self, message: Message) -> bool:
        return route_private_text(message.text or "") is PrivateText.GUIDE


PRIVATE_QUESTIONS = (
    filters.ChatType.PRIVATE
    & filters.TEXT
    & ~filters.COMMAND
    & ~filters.FORWARDED
    & _TypedQuestion()
)


async def answer_typed_question(update: Update, context: Context) -> None:
    """Answer the question as `/guide QUESTION` would."""
    message = update.effective_message
    if message is None or not message.text:
        return
    reply = answer_question(services(context).guide, message.text)
    await message.reply_html(reply.html, reply_markup=reply.keyboard, do_quote=False)
