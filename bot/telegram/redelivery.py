"""Redelivered updates: each update Telegram sends is handled at most once, across restarts.

Telegram forgets an update only when the next getUpdates confirms it. A bot killed after
handling an update but before that confirmation gets the same update again when it restarts;
handling it twice would record an answer twice or answer the next question with it. Every
update id is written to the database before any handler sees the update, and an id already
there stops the update. Only updates from Telegram have ids worth remembering, so
`bot/app.py` installs this for the real Bot API, not for the offline stand-in.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop, TypeHandler

from bot.storage import times
from bot.storage.database import DATABASE_KEY, Database
from handlers.shared.groups import Group
from handlers.shared.services import App, Context

_LOGGER = logging.getLogger(__name__)
KEEP_IDS = 100_000  # far more than can arrive while one copy of the bot is down
PRUNE_EVERY = 1_000


async def mark_handled(db: Database, update_id: int) -> bool:
    """Record `update_id`; False when it was recorded before (a redelivery)."""
    added = await db.execute(
        "INSERT INTO handled_updates (update_id, handled_at) VALUES (?, ?)"
        " ON CONFLICT (update_id) DO NOTHING",
        (update_id, times.now()),
    )
    if added and update_id % PRUNE_EVERY == 0:
        await db.execute(
            "DELETE FROM handled_updates WHERE update_id < ?", (update_id - KEEP_IDS,)
        )
    return added > 0


async def skip_redelivered(update: Update, context: Context) -> None:
    """Let a new update through; stop one that was handled before the bot restarted."""
    db = context.application.bot_data[DATABASE_KEY]
    if not isinstance(db, Database):  # pragma: no cover - a wiring error, not user input
        raise TypeError("bot_data['database'] is not a Database")
    if not await mark_handled(db, update.update_id):
        _LOGGER.info("Update %s was handled before a restart; skipped", update.update_id)
        raise ApplicationHandlerStop


def register(app: App) -> None:
    """Install the check ahead of every other handler."""
    app.add_handler(TypeHandler(Update, skip_redelivered), group=Group.REDELIVERY)
