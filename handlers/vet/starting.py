"""/vet: start or resume the audit of a supplier, by name, by reply, or from the list of audits
in progress.

`/vet NAME` (a name or an Alibaba store link) opens the audit and shows the question the
stored answers lead to; `/vet` alone lists the chat's audits in progress and asks for a name
with a forced reply. A supplier being vetted by another member is offered for take-over
(in a group; see `handlers.vet.takeover`), never taken silently.
"""

from __future__ import annotations

from telegram import Chat, ForceReply, InlineKeyboardMarkup, Message, Update, User
from telegram.ext import CommandHandler

from handlers.shared.senders import refused_hidden_sender
from handlers.shared.services import App, Context, services
from handlers.vet import buttons, takeover, views
from handlers.vet.answering import finish
from handlers.vet.asking import in_group, show_question
from handlers.vet.audit import checklist, now, vetter
from handlers.vet.reports import command_text
from handlers.vet.views import NAME_EXAMPLE, Shown
from knowledge.vet import (
    MAX_NAME_CHARS,
    AuditStatus,
    CloseCompanies,
    NameProblem,
    Prompt,
    SameCompany,
    SupplierName,
    completion,
    match_company,
    read_supplier_name,
    where,
)
from knowledge.vet.names import supplier_key

MAX_LISTED = 10
Markup = InlineKeyboardMarkup | None


def name_problem(problem: NameProblem, raw: str) -> str:
    """Why a typed supplier name cannot be used, and what to send instead."""
    if problem is NameProblem.TOO_LONG:
        return (
            f"That name has {len(raw.strip())} characters; I keep at most {MAX_NAME_CHARS}. "
            "Send a shorter name, such as the store name on Alibaba."
        )
    return "I need the supplier's name."


async def ask_for_name(
    context: Context, chat: Chat, user: User, *, reply_to: Message | None, problem: str | None
) -> None:
    """Ask for a supplier name with a forced reply, and remember the question as open."""
    person = vetter(user)
    text = views.ask_name_html(person, group=in_group(chat.type), problem=problem)
    markup = ForceReply(selective=True, input_field_placeholder=NAME_EXAMPLE)
    if (
        reply_to is not None
        and reply_to.from_user is not None
        and reply_to.from_user.id == user.id
    ):
        sent = await reply_to.reply_html(text, reply_markup=markup)
    else:
        sent = await context.bot.send_message(chat.id, text, reply_markup=markup)
    prompt = Prompt(chat.id, sent.message_id, user.id, None, None, is_open=True)
    await services(context).vet.save_prompt(prompt, now())


async def _reply(
    context: Context, chat: Chat, reply_to: Message | None, text: str, markup: Markup
) -> None:
    if reply_to is not None:
        await reply_to.reply_html(text, reply_markup=markup)
    else:
        await context.bot.send_message(chat.id, text, reply_markup=markup)


async def _which_supplier(
    context: Context, chat: Chat, user: User, name: SupplierName, reply_to: Message | None
) -> SupplierName | None:
    """The supplier a new name means: the same company as it is, or None when the chat must
    first answer "Did you mean ...?" (or continue a stopped audit)."""
    store = services(context).vet
    match = match_company(name.text, await store.list_supplier_refs(chat.id))
    if isinstance(match, CloseCompanies):
        text = views.did_you_mean_html(match.candidates, name.text)
        await _reply(
            context, chat, reply_to, text, buttons.same_keyboard(match.candidates, user.id)
        )
        return None
    if not isinstance(match, SameCompany):
        return name
    latest = await store.get_latest_assessment(chat.id, match.supplier.supplier_id)
    if latest is not None and latest.status is AuditStatus.CANCELLED and latest.answers:
        done = completion(checklist(context), latest.answers, finished=False)
        text = views.stopped_html(latest, done)
        await _reply(
            context, chat, reply_to, text, buttons.stopped_keyboard(latest.assessment_id, user.id)
        )
        return None
    return SupplierName(match.supplier.name, supplier_key(match.supplier.name))


async def open_audit(
    context: Context,
    chat: Chat,
    user: User,
    raw: str,
    *,
    reply_to: Message | None,
    matched: bool = False,
) -> None:
    """Start or resume the audit of the supplier named `raw` and show its current question.

    Unless `matched` (the chat already said which supplier it means), a name close to one of
    the chat's suppliers is asked about first, and a stopped audit is offered to continue.
    """
    name = read_supplier_name(raw)
    if isinstance(name, NameProblem):
        problem = name_problem(name, raw)
        await ask_for_name(context, chat, user, reply_to=reply_to, problem=problem)
        return
    if not matched:
        found = await _which_supplier(context, chat, user, name, reply_to)
        if found is None:
            return
        name = found
    store = services(context).vet
    started = await store.start_assessment(chat.id, name, vetter(user), now())
    record = started.assessment
    questions = checklist(context)
    position = where(questions, record.answers)
    if record.started_by.user_id != user.id:
        await takeover.offer(context, chat, user, record, position, reply_to)
        return
    await store.close_prompts(chat.id, user.id)  # the name question, or another audit's
    if position.current is None:  # every answer was in before a crash: finish now
        await finish(context, record, None)
        return
    shown = Shown(intro=not record.answers, resumed=started.resumed and bool(record.answers))
    await show_question(
        context, record, position.current, person=vetter(user), chat_type=chat.type, shown=shown
    )


async def offer_audits(context: Context, chat: Chat, user: User, reply_to: Message | None) -> None:
    """/vet alone: the audits in progress to continue, then the question for a new name."""
    audits = await services(context).vet.list_audits_in_progress(chat.id)
    if audits:
        questions = checklist(context)
        shown = [
            (audit, completion(questions, audit.answers, finished=False))
            for audit in audits[:MAX_LISTED]
        ]
        await context.bot.send_message(
            chat.id, views.in_progress_html(shown), reply_markup=buttons.resume_keyboard(shown)
        )
    await ask_for_name(context, chat, user, reply_to=reply_to, problem=None)


async def vet_command(update: Update, context: Context) -> None:
    """/vet NAME starts or resumes that audit; /vet alone offers audits and asks for a name."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if chat is None or user is None or await refused_hidden_sender(message, "an audit"):
        return
    raw = command_text(update.message) if context.args else ""
    if raw.strip():
        await open_audit(context, chat, user, raw, reply_to=message)
    else:
        await offer_audits(context, chat, user, message)


def register(app: App) -> None:
    """Add /vet."""
    app.add_handler(CommandHandler("vet", vet_command))
