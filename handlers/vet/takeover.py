"""Taking over an audit in a group: the "Take over" offer and what pressing it does.

When a member asks for an audit another member runs in this group (`/vet NAME`, or Continue
on it in the `/vet` list), the reply explains who is vetting and, in a group, offers a
"Take over" button to that member alone. A press is checked
against the database (the audit in this chat, still open, still run by the vetter the offer
named) by `knowledge.vet.takeover.check_takeover` and the store; on success the offer becomes
one line for the chat and the current question is asked of the new vetter, every answer kept.
Private chats have one member, so no offer is made there. Kept out of the answer path.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from telegram import (
    CallbackQuery,
    Chat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
    User,
)
from telegram.ext import CallbackQueryHandler

from handlers.shared import callbacks
from handlers.shared.services import App, Context, services
from handlers.vet import views
from handlers.vet.answering import finish
from handlers.vet.asking import in_group, show_question
from handlers.vet.audit import (
    ENDED,
    NAME_CHARS_IN_NOTICE,
    USED,
    checklist,
    mention,
    not_yours,
    notice,
    now,
    vetter,
)
from handlers.vet.buttons import BUTTONS, Action
from knowledge.vet import (
    AssessmentRecord,
    Position,
    Takeover,
    TakeoverCheck,
    check_takeover,
    where,
)

BUTTON = "🔁 Take over"
OFFER = "If they can't carry on, tap Take over: {kept} and you go on from question {number}."
MOVED = "{name} runs this audit now; nothing changed. Send /vet with its name to ask again."
ALREADY_YOURS = "You run this audit already: its question is in the chat."


@dataclass(frozen=True, slots=True)
class Offer:
    """A "Take over" press as parsed (unchecked): the audit, its vetter then, who was asked."""

    assessment_id: int
    from_user: int
    asker: int


def read_offer(data: str | None) -> Offer | None:
    """A `vet:take:<audit>:<vetter>:<asker>` payload, or None when malformed."""
    payload = BUTTONS.read(data, Action.TAKE)
    if payload is None:
        return None
    ids = callbacks.numbers(payload.args, 3)
    return None if ids is None else Offer(*ids)


def offer_keyboard(record: AssessmentRecord, asker: User) -> InlineKeyboardMarkup:
    """The one button of an offer, naming the audit, its vetter now and who may press."""
    data = BUTTONS.data(Action.TAKE, record.assessment_id, record.started_by.user_id, asker.id)
    return InlineKeyboardMarkup([[InlineKeyboardButton(BUTTON, callback_data=data)]])


async def offer(
    context: Context,
    chat: Chat,
    user: User,
    record: AssessmentRecord,
    position: Position,
    reply_to: Message | None,
) -> None:
    """/vet NAME for an audit someone else runs: who runs it, and in a group the offer.

    Without a message of theirs to reply to (a button press), a group reads whose offer it is
    from a mention of the member asked.
    """
    text = views.someone_else_html(
        record.supplier_name, record.started_by, position.answered, position.total
    )
    markup = None
    if in_group(chat.type):  # a private chat has one member: nobody to take over from
        text += "\n" + OFFER.format(kept=_kept(position.answered), number=position.number)
        markup = offer_keyboard(record, user)
        if reply_to is None:
            text = f"{mention(vetter(user))}: {text}"
    if reply_to is not None:
        await reply_to.reply_html(text, reply_markup=markup)  # in a busy group: whose /vet
    else:
        await context.bot.send_message(chat.id, text, reply_markup=markup)


async def offer_on_press(
    context: Context, query: CallbackQuery, chat: Chat, user: User, record: AssessmentRecord
) -> None:
    """Continue pressed on an audit another member runs in a group: the /vet NAME offer.

    The press must be a button of its message (a forged id gets nothing); Telegram's shared
    accounts (anonymous admins, channels) are no one person, so they get no offer.
    """
    if not callbacks.is_on_message(query):
        await notice(query, USED)
        return
    if user.is_bot:
        await notice(query, not_yours(record.started_by))
        return
    await query.answer()
    await offer(context, chat, user, record, where(checklist(context), record.answers), None)


def _kept(count: int) -> str:
    if count == 0:
        return "nothing was answered yet"
    return "the one answer so far is kept" if count == 1 else f"the {count} answers are kept"


def taken_html(taken: Takeover, supplier: str, total: int) -> str:
    """The one line the chat reads after a take-over."""
    return (
        f"🔁 {html.escape(taken.to_vetter.display_name)} took over the audit of "
        f"<b>{html.escape(supplier)}</b> from {html.escape(taken.from_vetter.display_name)}; "
        f"{taken.answers_kept} of {total} answers kept."
    )


def _refusal(check: TakeoverCheck, record: AssessmentRecord) -> str:
    if check is TakeoverCheck.ENDED:
        return ENDED
    if check is TakeoverCheck.ALREADY_YOURS:
        return ALREADY_YOURS
    return MOVED.format(name=record.started_by.display_name[:NAME_CHARS_IN_NOTICE])


async def _hand_over(
    context: Context, message: Message, record: AssessmentRecord, taken: Takeover, chat: Chat
) -> None:
    """After the take-over is stored: the offer becomes the line, the new vetter gets asked."""
    moved = await services(context).vet.get_assessment(chat.id, record.assessment_id)
    if moved is None:  # pragma: no cover - written in this chat a moment ago
        return
    questions = checklist(context)
    await message.edit_text(taken_html(taken, moved.supplier_name, len(questions.items)))
    current = where(questions, moved.answers).current
    if current is None:  # every answer was in before a crash: finish for the new vetter
        await finish(context, moved, None)
        return
    await show_question(
        context, moved, current, person=taken.to_vetter, chat_type=chat.type,
        retired=views.moved_on_html(moved.supplier_name),
    )  # fmt: skip


async def press_take_over(update: Update, context: Context) -> None:
    """Take over: re-check the offer against the database, hand the audit over, ask on."""
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    if query is None or chat is None or user is None:
        return
    found = read_offer(query.data)
    store = services(context).vet
    record = None if found is None else await store.get_assessment(chat.id, found.assessment_id)
    if found is None or record is None or not isinstance(query.message, Message):
        await callbacks.answer_expired(query)
        return
    check = check_takeover(
        status=record.status, current_id=record.started_by.user_id,
        offered_from=found.from_user, presser_id=user.id, asker_id=found.asker,
    )  # fmt: skip
    if check is TakeoverCheck.NOT_ASKER:
        await callbacks.answer_not_yours(query, callbacks.asker_name(query.message, found.asker))
        return
    if check is not TakeoverCheck.OK:
        await notice(query, _refusal(check, record))
        return
    if not callbacks.is_on_message(query):
        await notice(query, USED)
        return
    takeovers = services(context).vet_takeovers
    taken = await takeovers.take_over(
        chat.id, record.assessment_id, found.from_user, vetter(user), now()
    )
    if taken is None:  # another press won meanwhile: explain from the audit as it is now
        fresh = await store.get_assessment(chat.id, record.assessment_id) or record
        again = check_takeover(
            status=fresh.status, current_id=fresh.started_by.user_id,
            offered_from=found.from_user, presser_id=user.id, asker_id=found.asker,
        )  # fmt: skip
        await notice(query, _refusal(again, fresh))
        return
    await query.answer()
    await _hand_over(context, query.message, record, taken, chat)


def register(app: App) -> None:
    """Add the Take over button."""
    app.add_handler(CallbackQueryHandler(press_take_over, pattern=BUTTONS.pattern(Action.TAKE)))
