"""Answers to /landed's questions before an estimate, and `/landed origin CN`.

A press on an origin button remembers the country for the chat and estimates the line the
question carries; a press on a tariff line puts its code in place of what followed `hs` and
estimates again (or shows the code's duty card, when the line only named a code). Anyone in
the chat may answer (the estimate and the origin are the chat's). The line is read back from
the question itself, so a restart loses nothing.
"""

from __future__ import annotations

import re

from telegram import CallbackQuery, Message, Update

from handlers.landed import texts
from handlers.landed.buttons import Action
from handlers.landed.lookups import answer_line
from handlers.landed.questions import asked_line
from handlers.shared import callbacks
from handlers.shared.services import Context, services
from knowledge.landed import LandedInputError, LandedParser, dotted_code, normalise

_HS = re.compile(r"\b(?:hs|hts|htsus|hscode)\b(?:\s*code)?\s*[:#]?\s*", re.IGNORECASE)
_CODE = re.compile(r"^[0-9]{4,10}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


async def press(
    query: CallbackQuery, context: Context, action: Action, args: tuple[str, ...]
) -> None:
    """An origin or a tariff line picked: estimate the question's line with it."""
    message = query.message
    line = asked_line(message.text) if isinstance(message, Message) else None
    if not isinstance(message, Message) or line is None or len(args) != 1:
        await callbacks.answer_expired(query)
        return
    chat_id, user = message.chat.id, query.from_user
    if action is Action.ORIGIN:
        if args[0] == "other":
            await query.answer(texts.OTHER_ORIGIN, show_alert=True)
            return
        if not _COUNTRY.match(args[0]):
            await callbacks.answer_expired(query)
            return
        await services(context).chats.save_origin(chat_id, args[0])
        chosen = texts.ORIGIN_SAVED.format(code=args[0])
    else:
        picked = with_code(services(context).landed.parser, line, args[0])
        if not _CODE.match(args[0]) or picked is None:
            await callbacks.answer_expired(query)
            return
        line, chosen = picked, texts.HS_PICKED.format(code=texts.esc(dotted_code(args[0])))
    await query.answer()
    await query.edit_message_text(f"{chosen}\n<code>/landed {texts.esc(line)}</code>")
    await answer_line(context, chat_id, user.id, line)


def with_code(parser: LandedParser, line: str, digits: str) -> str | None:
    """`line` with what followed `hs` replaced by the code picked; None if it has no `hs`."""
    try:
        typed = parser.fields(line).hs
    except LandedInputError:
        return None
    text = normalise(line)
    keyword = _HS.search(text)
    if typed is None or keyword is None:
        return None
    at = text.find(typed.text, keyword.start())
    if at < 0:
        return None
    return f"{text[:at]}{dotted_code(digits)}{text[at + len(typed.text) :]}"


async def set_origin(update: Update, context: Context, typed: str) -> None:
    """`/landed origin CN`: where the chat's goods are made, for US duties."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    found = services(context)
    if not typed:
        current = await found.chats.get_origin(chat.id)
        await message.reply_html(texts.origin_now(current))
        return
    try:
        code = found.landed.parser.country(typed)
    except LandedInputError as error:
        await message.reply_html(f"⚠️ {texts.esc(error.message)}")
        return
    await found.chats.save_origin(chat.id, code)
    await message.reply_html(texts.ORIGIN_SAVED.format(code=code))
