"""The guided /landed: one question at a time, buttons for choices, forced replies for numbers.

Owns the Telegram side of the flow drawn in `knowledge/landed/guided.py`:

    /landed ─▶ quantity ─▶ price ─▶ [Incoterm] ─▶ [destination] ─(Other)─▶ country
                                                      │                      │
                                                      ▼                      ▼
                         hs (US only) ◀── freight ◀──────────────────── [mode]
                          │ code  │ skip
                          ▼       └──────────────────▶ duty ─┐
       [origin] ─(Other)─▶ origin country                    ▼
          │   (skipped when the chat knows it) ──▶ extras ─▶ estimate

A short code or words at the hs step get the tariff lines they fit as buttons. Every answer
is written to the draft row before the next question is sent; the question's message id is
stored so a reply (or a button) is matched from the database, never from memory. In a group
the flow belongs to whoever started it.
"""

from __future__ import annotations

import html
import logging

from telegram import (
    CallbackQuery,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)
from telegram.error import BadRequest

from handlers.landed import texts
from handlers.landed.buttons import BUTTONS, Action
from handlers.landed.questions import MAX_CHOICES, lines_keyboard
from handlers.landed.results import replying, send_estimate
from handlers.shared import callbacks
from handlers.shared.router import is_plain_private, looks_pasted
from handlers.shared.senders import refused_hidden_sender
from handlers.shared.services import Context, services
from knowledge.landed import (
    CHOICE_STEPS,
    CHOICES,
    CodeChoice,
    GuidedDraft,
    HsChoiceError,
    LandedInputError,
    Progress,
    Step,
)

_LOGGER = logging.getLogger(__name__)
_ROW_SIZE = 4


def _keyboard(step: Step) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(c.label, callback_data=BUTTONS.data(Action.PICK, step, c.value))
        for c in CHOICES[step]
    ]
    return InlineKeyboardMarkup(
        [buttons[i : i + _ROW_SIZE] for i in range(0, len(buttons), _ROW_SIZE)]
    )


def _question(context: Context, draft: GuidedDraft) -> str:
    text = texts.QUESTIONS[draft.step]
    if draft.step is Step.FREIGHT and services(context).landed.guide.freight_in_price(
        draft.answers
    ):
        text = texts.FREIGHT_IN_PRICE
    return text


def _line_data(choice: CodeChoice) -> str:
    return BUTTONS.data(Action.PICK, Step.HS, choice.code)


async def ask(
    context: Context,
    draft: GuidedDraft,
    *,
    intro: str | None = None,
    reply_to: int | None = None,
    lines_for: HsChoiceError | None = None,
) -> None:
    """Send the question of the draft's step (or, `lines_for` a short code or words, the tariff
    lines they fit) and remember which message waits for the answer."""
    lines = [intro] if intro else []
    if draft.chat_id < 0:  # a group: say whose question it is (selective replies target them)
        lines.append(f'<a href="tg://user?id={draft.user_id}">{texts.esc(draft.owner_name)}</a>,')
    if lines_for is not None:
        lines.append(texts.hs_choice(lines_for, MAX_CHOICES) + "\n" + texts.OR_TYPE_A_CODE)
        markup: InlineKeyboardMarkup | ForceReply = lines_keyboard(lines_for.choices, _line_data)
    elif draft.step in CHOICE_STEPS:
        lines.append(_question(context, draft))
        markup = _keyboard(draft.step)
    else:
        lines.append(_question(context, draft))
        markup = ForceReply(selective=True)
    sent = await context.bot.send_message(
        draft.chat_id, "\n".join(lines), reply_markup=markup, reply_parameters=replying(reply_to)
    )
    await services(context).landed_drafts.set_question(
        draft.chat_id, draft.user_id, sent.message_id
    )


async def start(update: Update, context: Context) -> None:
    """`/landed` alone (or its /start button): begin a guided estimate, or carry on with one."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return
    if await refused_hidden_sender(update.message, "a step-by-step estimate"):
        return
    drafts = services(context).landed_drafts
    draft = await drafts.get_draft(chat.id, user.id)
    intro = texts.RESUMED
    if draft is None:
        first = services(context).landed.guide.first()
        draft = GuidedDraft(chat.id, user.id, user.first_name, first, {})
        await drafts.start_draft(draft)
        intro = texts.STARTED
    message = update.message
    if draft.step is Step.READY:
        await finish(context, draft, reply_to=message.message_id if message else None)
        return
    await ask(context, draft, intro=intro, reply_to=message.message_id if message else None)


async def cancel(update: Update, context: Context) -> None:
    """`/landed cancel`: drop this person's guided estimate."""
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    if chat is None or user is None or message is None:
        return
    dropped = await services(context).landed_drafts.delete_draft(chat.id, user.id)
    await message.reply_html(texts.CANCELLED if dropped else texts.NOTHING_TO_CANCEL)


async def finish(context: Context, draft: GuidedDraft, *, reply_to: int | None = None) -> None:
    """Every answer is in: show the estimate and drop the draft (kept if a rate is missing)."""
    line = services(context).landed.guide.line(draft.answers)
    shown = await send_estimate(
        context,
        draft.chat_id,
        draft.user_id,
        line,
        extra=[texts.AS_ONE_LINE.format(line=texts.esc(line))],
        then="Then send /landed to see the estimate.",
        reply_to=reply_to,
    )
    if shown:
        await services(context).landed_drafts.delete_draft(draft.chat_id, draft.user_id)


async def _store(context: Context, draft: GuidedDraft, progress: Progress) -> GuidedDraft | None:
    """Write the answer and the next step; None when an older copy of the step was answered.

    Where the goods are made is asked once per chat, as the one-liner does: a chat that said
    goes past the question with its answer, and a new answer is remembered for the chat.
    """
    found = services(context)
    if progress.step is Step.ORIGIN:
        known = await found.chats.get_origin(draft.chat_id)
        progress = found.landed.guide.known_origin(progress, known)
    moved = await found.landed_drafts.advance_draft(
        draft.chat_id, draft.user_id, draft.step, progress.step, progress.answers
    )
    if not moved:
        return None
    if progress.origin is not None:
        await found.chats.save_origin(draft.chat_id, progress.origin)
    return GuidedDraft(
        draft.chat_id, draft.user_id, draft.owner_name, progress.step, progress.answers
    )


async def _go_on(context: Context, draft: GuidedDraft, reply_to: int | None) -> None:
    """Ask the next question, or show the estimate when every answer is in."""
    if draft.step is Step.READY:
        await finish(context, draft, reply_to=reply_to)
    else:
        await ask(context, draft, reply_to=reply_to)


async def _record_typed_choice(message: Message, context: Context, draft: GuidedDraft) -> bool:
    """A choice typed instead of tapped ("fob", "Japan"); False when it names none.

    A plain message that names none is left to other features (it may be a pasted message);
    a reply to the buttons gets a pointer to them.
    """
    guide = services(context).landed.guide
    try:
        progress = guide.typed_choice(draft.step, message.text or "", draft.answers)
    except LandedInputError as error:
        await ask(context, draft, intro=f"⚠️ {texts.esc(error.message)}", reply_to=message.id)
        return True
    if progress is None:
        if is_plain_private(message):
            return False
        await message.reply_html(texts.USE_BUTTONS)
        return True
    after = await _store(context, draft, progress)
    if after is not None and draft.message_id is not None:
        await _retire_choice(context, draft, progress)
        await _go_on(context, after, message.message_id)
    return True


async def _retire_choice(context: Context, draft: GuidedDraft, progress: Progress) -> None:
    """The buttons of a choice answered by typing: show what was taken, drop the buttons."""
    label = services(context).landed.guide.chosen_label(draft.step, progress.answers)
    text = texts.CHOSEN.format(question=texts.QUESTIONS[draft.step], choice=html.escape(label))
    assert draft.message_id is not None  # noqa: S101 - checked by the caller
    try:
        await context.bot.edit_message_text(text, draft.chat_id, draft.message_id)
    except BadRequest as error:  # deleted meanwhile: nothing depends on it
        _LOGGER.info("Guided question %s kept its buttons: %s", draft.message_id, error)


async def record_answer(message: Message, context: Context, draft: GuidedDraft) -> bool:
    """A typed answer to the draft's question: next question, or the problem and the question.

    False (nothing done) when the text is no answer and should go on to other features.
    """
    if draft.step in CHOICE_STEPS:
        return await _record_typed_choice(message, context, draft)
    if draft.step is Step.READY:
        await finish(context, draft, reply_to=message.message_id)
        return True
    guide = services(context).landed.guide
    try:
        progress = guide.answer(draft.step, message.text or "", draft.answers)
    except HsChoiceError as choice:
        await ask(context, draft, reply_to=message.message_id, lines_for=choice)
        return True
    except LandedInputError as error:
        if is_plain_private(message) and looks_pasted(message.text or ""):
            return False  # a pasted message, not a wrong answer: for the scam check
        problem = f"⚠️ {texts.esc(error.message)}"
        await ask(context, draft, intro=problem, reply_to=message.message_id)
        return True
    after = await _store(context, draft, progress)
    if after is not None:
        await _go_on(context, after, message.message_id)
    return True


async def record_choice(query: CallbackQuery, context: Context, step: str, value: str) -> None:
    """A button of the guided flow: only its owner, only on the question now waiting."""
    message = query.message
    if not isinstance(message, Message):
        await callbacks.answer_expired(query)
        return
    draft = await services(context).landed_drafts.find_draft(message.chat.id, message.message_id)
    if draft is None or draft.step.value != step:
        await callbacks.answer_expired(query)
        return
    if draft.user_id != query.from_user.id:
        await callbacks.answer_not_yours(query, draft.owner_name)
        return
    guide = services(context).landed.guide
    try:
        progress = guide.pick(draft.step, value, draft.answers)
    except HsChoiceError as choice:  # a line that is itself a heading: its lines, again
        await query.answer()
        await ask(context, draft, lines_for=choice)
        return
    except LandedInputError as error:
        await query.answer(error.message[:200], show_alert=True)
        return
    after = await _store(context, draft, progress)
    if after is None:
        await callbacks.answer_expired(query)
        return
    await query.answer()
    offered = (c.label for c in CHOICES.get(draft.step, ()) if c.value == value)
    label = next(offered, None) or guide.chosen_label(draft.step, progress.answers)
    question = texts.QUESTIONS[draft.step]
    await query.edit_message_text(
        texts.CHOSEN.format(question=question, choice=html.escape(label))
    )
    await _go_on(context, after, None)
