"""/incoterm in a chat: the command, and the presses on its buttons.

The command reads the words after it (context.args only, so the /start button and the deep
link, which pass no words, open the list of all rules). A press shows the card it names by
editing the message it sits on, so a phone screen does not fill up with views. Buttons carry
only public knowledge, so anyone in a group may press them; their payload is still checked
against the knowledge base, and a stale or forged one gets the "expired" notice.
"""

from __future__ import annotations

from telegram import Message, Update

from handlers.incoterms import buttons, views
from handlers.incoterms.buttons import Reply
from handlers.shared import callbacks
from handlers.shared.services import Context, services
from knowledge.incoterms import IncotermsGuide, answer


async def look_up(update: Update, context: Context) -> None:
    """/incoterm [text]: a card, a comparison, an answer, suggestions, or all the rules."""
    message = update.effective_message
    if message is None:
        return
    guide = services(context).incoterms
    typed = " ".join(context.args or ())
    if typed.strip():
        reply = buttons.reply_for(guide, answer(guide, typed), typed)
    else:
        reply = buttons.all_rules(guide)
    await message.reply_html(reply.html, reply_markup=reply.keyboard)


def _reply_to_press(guide: IncotermsGuide, data: str | None) -> Reply | None:
    """What a button asks to show, or None when its payload names nothing we know."""
    payload = buttons.BUTTONS.read(data)
    if payload is None:
        return None
    if payload.action is buttons.Action.LIST and not payload.args:
        return buttons.all_rules(guide)
    if payload.action is buttons.Action.SHOW and len(payload.args) == 1:
        found = guide.entry(payload.args[0])
        return buttons.entry(guide, found) if found is not None else None
    return None


async def show_pressed(update: Update, context: Context) -> None:
    """A rule, another term or the list, pressed: show it in place of the message."""
    query = update.callback_query
    if query is None:
        return
    reply = _reply_to_press(services(context).incoterms, query.data)
    if reply is None or not isinstance(query.message, Message):
        await callbacks.answer_expired(query)
        return
    await query.answer()
    await _show_in_place(query.message, reply, context)


async def _show_in_place(message: Message, reply: Reply, context: Context) -> None:
    """Edit `message` into `reply`; skip it when nothing would change."""
    unchanged = message.text == views.shown_text(reply.html)
    if unchanged and message.reply_markup == reply.keyboard:
        return  # already on screen: Telegram would refuse the edit as "not modified"
    await callbacks.show_in_place(message, reply.html, reply.keyboard, context.bot)
