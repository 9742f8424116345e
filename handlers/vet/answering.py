"""Answering the audit: button presses (answer, revise, skip, back), typed replies, finishing.

Each press is checked against the database (the audit in this chat, its state, who runs it)
by `knowledge.vet.progress.plan_press`; the answer is committed through the store before the
next question or the report is shown. Refusals are short notices that change nothing. The
common tap (the first answer of the question asked now) is tried first as one guarded write
that returns the audit; whatever that write refuses goes through the full check.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Mapping

from telegram import CallbackQuery, Chat, Message, Update, User
from telegram.ext import CallbackQueryHandler

from handlers.shared import callbacks
from handlers.shared.router import is_plain_private, looks_pasted
from handlers.shared.services import App, Context, services
from handlers.vet import buttons
from handlers.vet.asking import ask_typed, show_question
from handlers.vet.audit import USED, checklist, notice, now, refusal, retire_message, vetter
from handlers.vet.buttons import BUTTONS, MOVES
from handlers.vet.codes import after_credit_code
from handlers.vet.reports import send_report
from handlers.vet.views import Shown, answered_html, reask_html
from knowledge.vet import (
    Accepted,
    AssessmentRecord,
    AuditStatus,
    Move,
    PressCheck,
    Prompt,
    Step,
    Vetter,
    asked_before,
    is_typed,
    moves_on,
    plan_press,
    reading_of,
    score_audit,
    typed_move,
)

# Moves whose press, on the question being asked now, writes its first entry: the common tap.
_FIRST_ENTRY = (Move.ANSWER, Move.SKIP)
DONE = "✅ <b>{name}</b>: all {total} questions answered. The report follows."


async def finish(
    context: Context,
    record: AssessmentRecord,
    edit: Message | None,
    retired: str | None = None,
) -> None:
    """Close a fully answered audit with its summary, then send the report.

    The question message becomes a closing line (`edit`), or reads `retired` when the last
    answer was typed under a newer message.
    """
    questions = checklist(context)
    summary = score_audit(questions, record.answers).summary
    store = services(context).vet
    if not await store.close_assessment(
        record.chat_id, record.assessment_id, AuditStatus.FINISHED, summary, now()
    ):
        return  # closed meanwhile: the report was already sent
    if edit is not None:
        total = len(questions.items)
        await edit.edit_text(DONE.format(name=html.escape(record.supplier_name), total=total))
    elif record.question_message_id is not None:
        await retire_message(context, record.chat_id, record.question_message_id, retired)
    closed = await store.get_assessment(record.chat_id, record.assessment_id)
    await send_report(context, closed or record)


def _after(record: AssessmentRecord, item_id: str, step: Step) -> Mapping[str, str]:
    """The answers once `step` is saved (what the database now holds)."""
    if step.record is None:
        return record.answers
    return {**record.answers, item_id: step.record.stored}


async def _advance(
    context: Context,
    record: AssessmentRecord,
    step: Step,
    *,
    item_id: str,
    person: Vetter,
    chat: Chat,
    edit: Message | None,
) -> None:
    """Show what follows a saved step: the next question, or the report when none is left."""
    answers = _after(record, item_id, step)
    moved = dataclasses.replace(record, answers=answers)
    questions = checklist(context)
    pressed = questions.item(item_id)
    retired = None
    if edit is None and pressed is not None and step.record is not None:
        retired = answered_html(questions, record.supplier_name, pressed, step.record.shown)
    if step.show is None:
        await finish(context, moved, edit, retired)
        return
    saved = step.record
    shown = Shown(saved=saved.shown if saved else None, note=saved.note if saved else None)
    await show_question(
        context,
        moved,
        step.show,
        person=person,
        chat_type=chat.type,
        edit=edit,
        shown=shown,
        # An answer closes its prompt in the database; Back and Keep write nothing.
        had_prompt=pressed is not None and is_typed(pressed) and step.record is None,
        retired=retired,
    )


async def _first_entry(
    context: Context, query: CallbackQuery, press: buttons.MovePress, chat: Chat, user: User
) -> bool:
    """The common tap in one trip to the database: answer or skip the question asked now.

    The store writes only where `plan_press` would record a first entry (its guards restate
    those rules), and returns the audit as written, so no read comes first. False when
    nothing was written: the press then gets the full check, which finds why.
    """
    questions = checklist(context)
    item = questions.item(press.item_id)
    if press.move not in _FIRST_ENTRY or item is None or not buttons.is_on_message(query):
        return False
    reading = reading_of(item, press.move, press.token)
    if not isinstance(reading, Accepted) or not isinstance(query.message, Message):
        return False
    record = await services(context).vet.answer_current(
        chat.id, press.assessment_id, user.id, item.id, reading.stored,
        asked_before=asked_before(questions, item.id), at=now(),
    )  # fmt: skip
    if record is None:
        return False
    before = dataclasses.replace(
        record, answers={key: value for key, value in record.answers.items() if key != item.id}
    )
    step = plan_press(
        questions, before.answers, status=record.status, owner_id=record.started_by.user_id,
        user_id=user.id, item_id=item.id, move=press.move, text=press.token,
    )  # fmt: skip
    if step.check is not PressCheck.OK or step.record != reading:
        # The store's guards restate plan_press's rules for this case: they disagree.
        raise RuntimeError(f"/vet: first entry of {item.id} written but planned {step.check}")
    await query.answer()
    await _advance(
        context, before, step, item_id=item.id, person=vetter(user), chat=chat,
        edit=query.message,
    )  # fmt: skip
    return True


async def press_move(update: Update, context: Context) -> None:
    """Answer, revise, skip or back on a question's button."""
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    if query is None or chat is None or user is None:
        return
    press = buttons.read_move(query.data)
    if press is not None and await _first_entry(context, query, press, chat, user):
        return
    store = services(context).vet
    record = None if press is None else await store.get_assessment(chat.id, press.assessment_id)
    if press is None or record is None or not isinstance(query.message, Message):
        await callbacks.answer_expired(query)
        return
    step = plan_press(
        checklist(context),
        record.answers,
        status=record.status,
        owner_id=record.started_by.user_id,
        user_id=user.id,
        item_id=press.item_id,
        move=press.move,
        text=press.token,
    )
    if step.check is not PressCheck.OK:
        await notice(query, refusal(step.check, record.started_by))
        return
    if not buttons.is_on_message(query):
        await notice(query, USED)
        return
    if step.record is not None:
        outcome = await store.save_answer(
            chat.id, record.assessment_id, user.id, press.item_id, step.record.stored,
            replace=step.replace, at=now(),
        )  # fmt: skip
        if not moves_on(step, outcome):
            await notice(query, refusal(outcome, record.started_by))
            return
    await query.answer()
    await _advance(
        context, record, step, item_id=press.item_id, person=vetter(user), chat=chat,
        edit=query.message,
    )  # fmt: skip


async def take_typed_answer(
    update: Update, context: Context, prompt: Prompt, record: AssessmentRecord
) -> bool:
    """A reply to an open typed question: record it, or say what was wrong and ask again.

    False (nothing done) for a long paste typed without replying, which is no answer.
    """
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None or prompt.item_id is None:
        return False
    step = plan_press(
        checklist(context),
        record.answers,
        status=record.status,
        owner_id=record.started_by.user_id,
        user_id=user.id,
        item_id=prompt.item_id,
        move=typed_move(record.answers, prompt.item_id),
        text=message.text or "",
    )
    person = vetter(user)
    item = checklist(context).item(prompt.item_id)
    if step.check is PressCheck.INVALID and item is not None:
        if is_plain_private(message) and looks_pasted(message.text or ""):
            return False
        text = reask_html(step.problem or "", person, group=chat.type != Chat.PRIVATE)
        await ask_typed(
            context, record, item, person=person, chat_type=chat.type, text=text, reply_to=message
        )
        return True
    if step.check is not PressCheck.OK or step.record is None:
        await message.reply_html(refusal(step.check, record.started_by))
        return True
    outcome = await services(context).vet.save_answer(
        chat.id, record.assessment_id, user.id, prompt.item_id, step.record.stored,
        replace=step.replace, at=now(),
    )  # fmt: skip
    if not moves_on(step, outcome):
        await message.reply_html(refusal(outcome, record.started_by))
        return True
    await after_credit_code(context, record, prompt.item_id, step.record.stored)
    await _advance(
        context, record, step, item_id=prompt.item_id, person=person, chat=chat, edit=None
    )
    return True


def register(app: App) -> None:
    """Add the question buttons."""
    app.add_handler(CallbackQueryHandler(press_move, pattern=BUTTONS.pattern(*MOVES)))
