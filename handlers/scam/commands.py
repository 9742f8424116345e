"""The scam check's callbacks: check a message, explain /scam, show every finding.

Each check runs the scanner built at start-up with the names of the suppliers the chat vetted
(plain names from the vet store, asked only when the message names a payee or a company),
saves this scan (verdict, score, categories, time, fingerprint: never the text) in the
same trip that finds the chat's earlier scan of it, then replies to the checked message
itself. The "show all" button recomputes the full report from the message the report
replies to, as Telegram hands it back with the press: the bot never stored it. If Telegram
no longer has it (deleted, edited, too old), the presser is told to forward it again.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from telegram import (
    Chat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatType
from telegram.error import BadRequest

from handlers.scam import views
from handlers.scam.buttons import BUTTONS, Action
from handlers.scam.origin import checked_text, origin_note, scam_command
from handlers.shared import callbacks
from handlers.shared.services import Context, services
from knowledge.scam import RedFlags, ScanRecord, ScanResult

_LOGGER = logging.getLogger(__name__)
CHAT_WORDS = 3  # typed this short and flag-free, it is chat ("hi", "thanks"), not a message
_KEY = 16  # hex characters of the fingerprint a button carries (64 bits: no accidental match)


def _show_all_button(result: ScanResult) -> InlineKeyboardMarkup:
    data = BUTTONS.data(Action.ALL, result.fingerprint[:_KEY])
    label = f"Show all {len(result.findings)} findings"
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data)]])


async def vetted_names(context: Context, chat: Chat, text: str) -> tuple[str, ...]:
    """The names of the suppliers this chat vetted: the scan compares payees with them. A
    message that names no payee or company has nothing to compare: the store is not asked."""
    found = services(context)
    if not found.scam_scanner.names_anyone(text):
        return ()
    refs = await found.vet.list_supplier_refs(chat.id)
    return tuple(ref.name for ref in refs)


async def _check(
    context: Context,
    chat: Chat,
    target: Message,
    text: str,
    *,
    pasted: bool,
    result: ScanResult | None = None,
) -> None:
    """Scan `text`, remember the verdict (not the text), reply to `target` with the views."""
    found = services(context)
    result = result or found.scam_scanner.scan(text, await vetted_names(context, chat, text))
    record = ScanRecord(
        chat_id=chat.id,
        fingerprint=result.fingerprint,
        risk=result.risk,
        score=result.score,
        categories=result.categories,
        scanned_at=datetime.now(UTC),
    )
    # Saved before replying (the database is the truth); the same trip finds the earlier check.
    previous = await found.scans.record_scan(record)
    _LOGGER.info(
        "Scam check in chat %s: %s risk, %d findings", chat.id, result.risk, len(result.findings)
    )
    notes = views.Notes(
        origin=origin_note(target),
        checked_before=previous.scanned_at if previous else None,
        in_group=chat.type != ChatType.PRIVATE,
        pasted=pasted,
    )
    always_check = found.knowledge.get(RedFlags).always_check
    await context.bot.send_message(
        chat.id,
        views.summary(result, notes, always_check),
        reply_parameters=ReplyParameters(target.message_id, allow_sending_without_reply=True),
        reply_markup=_show_all_button(result) if views.has_more(result) else None,
    )


async def check_private_message(update: Update, context: Context) -> None:
    """A forwarded message, or text pasted in a private chat: check it.

    A few typed words with no red flag ("hi", "thanks", "fob") are chat, not a supplier's
    message: they get a pointer to what the bot does instead of a verdict on nothing.
    """
    message, chat = update.effective_message, update.effective_chat
    text = checked_text(message) if message else ""
    if message is None or chat is None or not text:
        return
    pasted = message.forward_origin is None
    result = services(context).scam_scanner.scan(text, await vetted_names(context, chat, text))
    if pasted and not result.findings and len(text.split()) <= CHAT_WORDS:
        rule = services(context).incoterms.resolve_rule(text)
        hint = views.small_talk(text) or views.too_short(None if rule is None else rule.code)
        await message.reply_html(hint, do_quote=False)
        return
    await _check(context, chat, message, text, pasted=pasted, result=result)


async def check_command(update: Update, context: Context) -> None:
    """`/scam TEXT` checks TEXT; `/scam` as a reply checks that message; alone, it explains."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    # From a /start button or deep link the message is not a /scam command: explain only.
    typed = update.callback_query is None and scam_command(message) is not None
    text = checked_text(message) if typed else ""
    replied = message.reply_to_message if typed else None
    author = replied.from_user if replied is not None else None
    mine = author is not None and author.id == context.bot.id
    if text:
        await _check(context, chat, message, text, pasted=False)
    elif mine:
        await message.reply_html(views.OWN_MESSAGE)  # its report quotes red flags: no verdict
    elif replied is not None and checked_text(replied):
        await _check(context, chat, replied, checked_text(replied), pasted=False)
    elif replied is not None:
        await context.bot.send_message(chat.id, views.NO_TEXT)
    else:
        group = chat.type != ChatType.PRIVATE
        await context.bot.send_message(chat.id, views.GROUP_USAGE if group else views.USAGE)


async def show_all_findings(update: Update, context: Context) -> None:
    """The "show all" button: the full views, recomputed from the message it replies to.

    Anyone in the chat may press it: a report belongs to the chat, like the message it checks.
    """
    query = update.callback_query
    if query is None:
        return
    payload = BUTTONS.read(query.data, Action.ALL)
    shown = query.message if isinstance(query.message, Message) else None
    if payload is None or len(payload.args) != 1 or shown is None:
        await callbacks.answer_expired(query)
        return
    original = shown.reply_to_message
    text = checked_text(original) if original is not None else ""
    found = services(context)
    chat = update.effective_chat
    vetted = await vetted_names(context, chat, text) if chat is not None else ()
    result = found.scam_scanner.scan(text, vetted) if text else None
    if result is None or result.fingerprint[:_KEY] != payload.args[0]:
        await query.answer(views.GONE, show_alert=True)
        return
    if await found.scans.find_scan(shown.chat_id, result.fingerprint) is None:
        await callbacks.answer_expired(query)  # never checked in this chat: a forged press
        return
    await query.answer()
    for part in views.full_report(result):
        await context.bot.send_message(
            shown.chat_id,
            part,
            reply_parameters=ReplyParameters(shown.message_id, allow_sending_without_reply=True),
        )
    try:
        await shown.edit_reply_markup(None)  # the full report is out: the button has done its job
    except BadRequest as error:  # e.g. too old to edit; the report was still sent
        _LOGGER.info("Could not remove the show-all button in chat %s: %s", shown.chat_id, error)
