"""✏️ Change an answer of a finished audit: pick a question (a button or its number), give the
new answer (a tap, or a typed reply), and the report becomes a new dated version.

Any member of the chat may change a finished audit; the chat reads who changed what, and the
new verdict card follows. Each press names the report version it was made on, so a stale
button (the report changed since) or two members racing change it once; the rules are
`knowledge.vet.changes`, the write `knowledge.vet.ports.VetHistoryStore.change_answer`.
"""

from __future__ import annotations

import html

from telegram import Chat, ForceReply, Message, Update, User
from telegram.ext import CallbackQueryHandler

from handlers.shared import callbacks
from handlers.shared.router import is_plain_private
from handlers.shared.services import App, Context, services
from handlers.vet import buttons, change_views
from handlers.vet.audit import checklist, now, retire_message, vetter
from handlers.vet.buttons import BUTTONS, Action
from handlers.vet.codes import after_credit_code
from handlers.vet.reports import send_report
from knowledge.vet import (
    AnyItem,
    AssessmentRecord,
    AuditStatus,
    ChangeCheck,
    Prompt,
    answer_example,
    change_menu,
    is_typed,
    plan_change,
    read_question_number,
)

PICK_PROMPT = "#"  # the item id of a prompt that asks which question to change
MAX_PICK_BUTTONS = 8
NOT_FINISHED = (
    "Only a finished audit changes this way: while it runs, use ◀ Back; a stopped one, "
    "/vet with its name continues it."
)
STALE = "This report has changed since (now version {version}). Here is the current list."
STALE_SHORT = "This report has changed since; use the newest ✏️ Change an answer."
UNCHANGED = "That is already its answer: nothing changed."


async def show_menu(context: Context, record: AssessmentRecord, user: User) -> None:
    """The questions to pick from, with buttons for the unknown ones; a reply picks by number."""
    questions = checklist(context)
    groups = change_menu(questions, record.answers)
    text = change_views.menu_html(
        questions, record.supplier_name, record.answers, groups, record.version
    )
    unknown = groups[0].items if groups and groups[0].title.startswith("Unknown") else ()
    offered = [(questions.index_of(i.id) + 1, i) for i in unknown[:MAX_PICK_BUTTONS]]
    markup = buttons.pick_keyboard(record.assessment_id, record.version, offered)
    sent = await context.bot.send_message(record.chat_id, text, reply_markup=markup)
    prompt = Prompt(
        record.chat_id, sent.message_id, user.id, record.assessment_id, PICK_PROMPT, True
    )
    await services(context).vet.save_prompt(prompt, now())


async def _finished(
    update: Update, context: Context, audit: int | None
) -> tuple[AssessmentRecord, Chat, User] | None:
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    if query is None or chat is None or user is None:
        return None
    record = None if audit is None else await services(context).vet.get_assessment(chat.id, audit)
    if record is None:
        await callbacks.answer_expired(query)
        return None
    if record.status is not AuditStatus.FINISHED:
        await query.answer(NOT_FINISHED[:200])
        return None
    return record, chat, user


async def press_change(update: Update, context: Context) -> None:
    """✏️ Change an answer on a card: the list of questions (a stale card says so first)."""
    query = update.callback_query
    ids = buttons.read_ids(query.data if query else None, Action.CHANGE, 2)
    found = await _finished(update, context, ids[0] if ids else None)
    if found is None or query is None or ids is None:
        return
    record, _, user = found
    await query.answer(STALE.format(version=record.version) if ids[1] != record.version else None)
    await show_menu(context, record, user)


async def ask_change(
    context: Context, record: AssessmentRecord, item: AnyItem, user: User, chat: Chat
) -> None:
    """Show one question to change: answer buttons, and a forced reply for typed answers."""
    questions = checklist(context)
    person = vetter(user)
    text = change_views.question_html(
        questions, record.supplier_name, item, record.answers.get(item.id), person
    )
    markup = buttons.set_keyboard(record.assessment_id, record.version, item)
    await context.bot.send_message(chat.id, text, reply_markup=markup)
    if is_typed(item):
        form = ForceReply(selective=True, input_field_placeholder=answer_example(item))
        sent = await context.bot.send_message(
            chat.id, f"✍️ {html.escape(item.label)}: the new answer?", reply_markup=form
        )
        prompt = Prompt(chat.id, sent.message_id, user.id, record.assessment_id, item.id, True)
        await services(context).vet.save_prompt(prompt, now())


async def press_pick(update: Update, context: Context) -> None:
    """A question button of the change list: show that question to change."""
    query = update.callback_query
    press = buttons.read_change(query.data if query else None, Action.PICK)
    found = await _finished(update, context, press.assessment_id if press else None)
    if found is None or query is None or press is None:
        return
    record, chat, user = found
    item = checklist(context).item(press.item_id)
    if item is None or press.version != record.version:
        await query.answer(STALE_SHORT if item is not None else callbacks.EXPIRED)
        return
    await query.answer()
    await services(context).vet.close_prompts(chat.id, user.id)  # the list's reply prompt
    await ask_change(context, record, item, user, chat)


async def record_change(
    context: Context, record: AssessmentRecord, item_id: str, text: str, version: int, user: User
) -> str | None:
    """Check and save a change; None when saved (the chat is told), else what to tell."""
    questions = checklist(context)
    plan = plan_change(
        questions, record.answers, status=record.status, version=record.version,
        expected_version=version, item_id=item_id, text=text,
    )  # fmt: skip
    if plan.check is ChangeCheck.NOT_FINISHED:
        return NOT_FINISHED
    if plan.check is ChangeCheck.STALE:
        return STALE_SHORT
    if plan.check is ChangeCheck.UNCHANGED:
        return UNCHANGED
    if plan.check is not ChangeCheck.OK or plan.reading is None or plan.summary is None:
        return plan.problem or callbacks.EXPIRED
    found = services(context)
    change = await found.vet_history.change_answer(
        record.chat_id, record.assessment_id, item_id, plan.reading.stored, by=vetter(user),
        expected_version=version, summary=plan.summary, at=now(),
    )  # fmt: skip
    if change is None:  # someone else's change won the race
        return STALE_SHORT
    await context.bot.send_message(
        record.chat_id, change_views.changed_html(questions, record.supplier_name, change)
    )
    await after_credit_code(context, record, item_id, plan.reading.stored)
    fresh = await found.vet.get_assessment(record.chat_id, record.assessment_id)
    await send_report(context, fresh or record)
    return None


async def press_set(update: Update, context: Context) -> None:
    """A new answer tapped for a question being changed."""
    query = update.callback_query
    press = buttons.read_change(query.data if query else None, Action.SET)
    found = await _finished(update, context, press.assessment_id if press else None)
    if found is None or query is None or press is None:
        return
    record, _, user = found
    problem = await record_change(context, record, press.item_id, press.token, press.version, user)
    if problem is not None:
        await query.answer(problem[:200])
        return
    await query.answer()
    if isinstance(query.message, Message) and query.message.reply_markup is not None:
        # The old question loses its buttons (it may have lost them to a double tap already).
        await retire_message(context, record.chat_id, query.message.message_id)


async def take_typed_change(
    update: Update, context: Context, prompt: Prompt, record: AssessmentRecord
) -> bool:
    """A reply to the change list (a question number) or to a typed question being changed.

    False (nothing done) for private text typed without replying that is no question number:
    it is not meant for the list, so the scam check and the fallbacks still get it.
    """
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None or prompt.item_id is None:
        return False
    text = message.text or ""
    if prompt.item_id == PICK_PROMPT:
        picked = read_question_number(checklist(context), text)
        if isinstance(picked, str):
            if is_plain_private(message):
                return False
            await message.reply_html(html.escape(picked))
            return True
        await services(context).vet.close_prompts(chat.id, user.id)
        await ask_change(context, record, picked, user, chat)
        return True
    problem = await record_change(context, record, prompt.item_id, text, record.version, user)
    if problem is not None:
        await message.reply_html(html.escape(problem))
    return True


def register(app: App) -> None:
    """Add the change buttons."""
    for action, callback in (
        (Action.CHANGE, press_change),
        (Action.PICK, press_pick),
        (Action.SET, press_set),
    ):
        app.add_handler(CallbackQueryHandler(callback, pattern=BUTTONS.pattern(action)))
