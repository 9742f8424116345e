"""/suppliers: the chat's suppliers with band, score, completion and when they were last vetted.

Reads the latest finished result of each supplier (an audit in progress does not hide the
last one) from the store; anyone in the chat may list them. The list is cut to the most
recent suppliers and split across messages when it would not fit one.
"""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import CommandHandler

from handlers.shared.message_size import paginate
from handlers.shared.services import App, Context, services
from handlers.vet.audit import checklist
from handlers.vet.report_views import BAND_MARK, LIMIT, day
from knowledge.vet import AuditStatus, Checklist, SupplierOverview, completion

MAX_LISTED = 30
NONE_YET = "No suppliers vetted here yet. Start with /vet and the supplier's name."
_NOW = {
    AuditStatus.IN_PROGRESS: "being vetted now",
    AuditStatus.CANCELLED: "last audit stopped",
}


def supplier_line(questions: Checklist, supplier: SupplierOverview) -> str:
    """One supplier: mark and name, then band, score, completion, date and current state."""
    result = supplier.last_result
    name = html.escape(supplier.name)
    state = _NOW.get(supplier.latest_status)
    if result is None:
        details = f"not vetted to the end yet · {state or 'no result'}"
        return f"⏳ <b>{name}</b>\n{details}"
    figures = result.summary
    band = questions.band(figures.band).title
    done = completion(questions, supplier.last_answers, finished=True)
    details = f"{band} · {figures.score}/100 · {done.text()} · vetted {day(result.finished_at)}"
    if state:
        details += f" · {state}"
    return f"{BAND_MARK[figures.band]} <b>{name}</b>\n{details}"


async def list_suppliers(update: Update, context: Context) -> None:
    """/suppliers: every supplier of this chat, most recently active first."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    suppliers = await services(context).vet.list_suppliers(chat.id)
    if not suppliers:
        await message.reply_html(NONE_YET)
        return
    questions = checklist(context)
    blocks = [f"<b>Suppliers</b> ({len(suppliers)})"]
    blocks += [supplier_line(questions, s) for s in suppliers[:MAX_LISTED]]
    if len(suppliers) > MAX_LISTED:
        more = len(suppliers) - MAX_LISTED
        blocks.append(f"…and {more} more. /report NAME finds any of them.")
    for page in paginate(blocks, LIMIT):
        await message.reply_html(page)


def register(app: App) -> None:
    """Add /suppliers."""
    app.add_handler(CommandHandler("suppliers", list_suppliers))
