"""Saved estimates: the Save button and its name question, /landed list, show and compare.

Owns the Telegram side of keeping estimates: the Save button asks for a name with a forced
reply (in a group, the question belongs to whoever pressed), the answer is stored, and the
chat's saved estimates are listed, shown again (recomputed from the stored line, currency
and rates) and compared. Records belong to the chat: every look-up takes the chat's id.
"""

from __future__ import annotations

from telegram import CallbackQuery, ForceReply, Message, Update

from handlers.landed import texts
from handlers.landed.results import compute, now, replying
from handlers.landed.saved_views import comparison, saved_list
from handlers.landed.views import render_estimate
from handlers.shared import callbacks
from handlers.shared.services import Context, services
from knowledge.landed import (
    CompareError,
    EstimateNameError,
    NameOutcome,
    SavedEstimate,
    clean_name,
    compare,
    find_saved,
    split_pair,
)


async def ask_for_name(
    context: Context, chat_id: int, estimate_id: int, user_id: int, who: str, intro: str = ""
) -> None:
    """Send the forced-reply name question and remember it on the estimate."""
    mention = f'<a href="tg://user?id={user_id}">{texts.esc(who)}</a>, ' if chat_id < 0 else ""
    text = (intro + "\n" if intro else "") + mention + texts.ASK_NAME
    sent = await context.bot.send_message(chat_id, text, reply_markup=ForceReply(selective=True))
    await services(context).estimates.ask_name(chat_id, estimate_id, user_id, sent.message_id)


async def press_save(query: CallbackQuery, context: Context, arg: str) -> None:
    """The Save button under a result: ask whoever pressed it for a name."""
    message = query.message
    if not isinstance(message, Message) or not arg.isdigit():
        await callbacks.answer_expired(query)
        return
    record = await services(context).estimates.get_estimate(message.chat.id, int(arg))
    if record is None:
        await callbacks.answer_expired(query)
        return
    if record.name is not None:
        await query.answer(texts.ALREADY_SAVED.format(name=record.name)[:200])
        return
    await query.answer()
    user = query.from_user
    await ask_for_name(context, message.chat.id, record.id, user.id, user.first_name)


async def record_name(message: Message, context: Context, record: SavedEstimate) -> None:
    """The answer to the name question: save, or say why not and ask again."""
    chat_id = message.chat.id
    user = message.from_user
    if user is None:
        return
    try:
        name = clean_name(message.text or "")
    except EstimateNameError as error:
        intro = f"⚠️ {texts.esc(error.message)}"
        await ask_for_name(context, chat_id, record.id, user.id, user.first_name, intro)
        return
    outcome = await services(context).estimates.name_estimate(
        chat_id, record.id, name, now(), saved_by=user.id
    )
    if outcome is NameOutcome.TAKEN:
        intro = texts.NAME_TAKEN.format(name=texts.esc(name))
        await ask_for_name(context, chat_id, record.id, user.id, user.first_name, intro)
    elif outcome is NameOutcome.NOT_FOUND:
        await message.reply_html(callbacks.EXPIRED)
    else:
        await message.reply_html(texts.SAVED.format(name=texts.esc(name)))


async def show_list(update: Update, context: Context) -> None:
    """`/landed list`: the chat's saved estimates."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    records = await services(context).estimates.list_saved(chat.id)
    currencies = services(context).landed.rules.currencies
    await message.reply_html(saved_list(records, currencies) if records else texts.NO_SAVED)


async def show_one(update: Update, context: Context, typed: str) -> None:
    """`/landed show NAME`: a saved estimate, recomputed from its line, currency and rates."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    if not typed:
        await message.reply_html(texts.SHOW_USAGE)
        return
    found = services(context)
    records = await found.estimates.list_saved(chat.id)
    record = find_saved(typed, records)
    if record is None or record.name is None:
        await message.reply_html(texts.NOT_FOUND.format(name=texts.esc(typed[:40])))
        return
    figures = record.figures
    origin = (await found.chats.get_landed_chat(chat.id)).origin
    outcome = compute(
        found, record.line, record.fx_per_usd, figures.currency, then="", origin=origin
    )
    if outcome.estimate is None:
        await message.reply_html(outcome.error or texts.SYNTAX_HELP)
        return
    extra = [f"Saved as “{texts.esc(record.name)}”: <code>/landed {texts.esc(record.line)}</code>"]
    if outcome.estimate.total != figures.total:
        total = found.landed.rules.currencies.show(figures.total, figures.currency)
        extra.append(texts.CHANGED_SINCE.format(total=total, currency=figures.currency))
    currencies = found.landed.rules.currencies
    await message.reply_html(
        render_estimate(currencies, outcome.estimate, extra),
        reply_parameters=replying(message.message_id),
    )


async def show_comparison(update: Update, context: Context, typed: str) -> None:
    """`/landed compare A vs B`: two saved estimates side by side, per unit."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    found = services(context)
    records = await found.estimates.list_saved(chat.id)
    pair = split_pair(typed, [r.name or "" for r in records]) if typed else None
    if pair is None:
        await message.reply_html(texts.COMPARE_USAGE if records else texts.NO_SAVED)
        return
    a = next(r for r in records if r.name == pair[0])
    b = next(r for r in records if r.name == pair[1])
    try:
        result = compare(a, b)
    except CompareError as error:
        await message.reply_html(f"⚠️ {texts.esc(error.message)}")
        return
    await message.reply_html(comparison(a, b, result, found.landed.rules.currencies))
