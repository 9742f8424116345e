"""Putting a question in front of the vetter: edit the question message or send a new one,
ask typed answers with a forced reply, and remember both in the database.

The question shown is whatever the caller derived from stored answers; this module only
shows it and records which message carries the audit's buttons and which prompt waits for a
reply. It is called after every answer has been committed.
"""

from __future__ import annotations

import logging

from telegram import ForceReply, InlineKeyboardMarkup, Message
from telegram.constants import ChatType
from telegram.error import BadRequest

from handlers.shared.services import Context, services
from handlers.vet import buttons, views
from handlers.vet.audit import checklist, now, retire_message
from handlers.vet.views import Shown
from knowledge.vet import (
    AnyItem,
    AssessmentRecord,
    Prompt,
    Vetter,
    answer_example,
    is_typed,
    show_answer,
)

_LOGGER = logging.getLogger(__name__)


def in_group(chat_type: str) -> bool:
    """True for groups and supergroups, where forced replies must name the person."""
    return chat_type in (ChatType.GROUP, ChatType.SUPERGROUP)


async def edit_or_send(
    context: Context,
    record: AssessmentRecord,
    text: str,
    markup: InlineKeyboardMarkup,
    edit: Message | None,
    retired: str | None = None,
) -> int:
    """Show `text` in `edit` (or a new message) and make it the audit's only live buttons.

    The message that showed the buttons before loses them (and reads `retired` if given).
    """
    chat_id = record.chat_id
    message_id = edit.message_id if edit is not None else None
    if edit is not None:
        try:
            await edit.edit_text(text, reply_markup=markup)
        except BadRequest as exc:  # a double tap raced the first edit: the text is there
            if "not modified" not in str(exc).lower():
                raise
    else:
        message_id = (await context.bot.send_message(chat_id, text, reply_markup=markup)).id
    assert message_id is not None  # noqa: S101 - set on both paths above
    old = record.question_message_id
    if old != message_id:
        if old is not None:
            await retire_message(context, chat_id, old, retired)
        await services(context).vet.save_question_message(
            chat_id, record.assessment_id, message_id
        )
    return message_id


async def show_question(
    context: Context,
    record: AssessmentRecord,
    item: AnyItem,
    *,
    person: Vetter,
    chat_type: str,
    edit: Message | None = None,
    shown: Shown | None = None,
    had_prompt: bool = False,
    retired: str | None = None,
) -> None:
    """Show `item` of the audit; typed questions also get a forced-reply prompt.

    `had_prompt` says a typed question was open before, so its prompt must be closed when
    the new question is tapped rather than typed. `retired` is what the previous question
    message should read once it loses its buttons.
    """
    stored = record.answers.get(item.id)
    questions = checklist(context)
    text = views.question_html(
        questions, record.supplier_name, item, show_answer(item, stored), shown or Shown()
    )
    markup = buttons.question_keyboard(
        record.assessment_id,
        item,
        revisit=stored is not None,
        first=questions.index_of(item.id) == 0,
    )
    await edit_or_send(context, record, text, markup, edit, retired)
    store = services(context).vet
    if is_typed(item):
        await ask_typed(context, record, item, person=person, chat_type=chat_type)
    elif had_prompt:
        await store.close_prompts(record.chat_id, person.user_id)


async def ask_typed(
    context: Context,
    record: AssessmentRecord,
    item: AnyItem,
    *,
    person: Vetter,
    chat_type: str,
    text: str | None = None,
    reply_to: Message | None = None,
) -> None:
    """Send the forced reply for a typed question (or a re-ask) and remember it as open."""
    group = in_group(chat_type)
    body = text or views.prompt_html(item, person, group=group)
    markup = ForceReply(selective=True, input_field_placeholder=answer_example(item))
    if reply_to is not None:
        sent = await reply_to.reply_html(body, reply_markup=markup, do_quote=True)
    else:
        sent = await context.bot.send_message(record.chat_id, body, reply_markup=markup)
    prompt = Prompt(
        record.chat_id, sent.message_id, person.user_id, record.assessment_id, item.id, True
    )
    await services(context).vet.save_prompt(prompt, now())
