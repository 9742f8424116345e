"""Redelivered updates: an update id is handled once, even across restarts of the bot."""

from __future__ import annotations

from pathlib import Path

from bot.storage.database import Database
from bot.telegram.redelivery import KEEP_IDS, PRUNE_EVERY, mark_handled


async def test_an_update_id_is_new_once(tmp_path: Path) -> None:
    """The first mark says new, any later one says already handled."""
    db = await Database.open(tmp_path / "bot.sqlite3")
    try:
        assert await mark_handled(db, 41)
        assert not await mark_handled(db, 41)
        assert await mark_handled(db, 42)
    finally:
        await db.close()


async def test_handled_ids_survive_a_restart(tmp_path: Path) -> None:
    """A bot started again on the same file still knows what it handled."""
    path = tmp_path / "bot.sqlite3"
    db = await Database.open(path)
    await mark_handled(db, 7)
    await db.close()
    db = await Database.open(path)
    try:
        assert not await mark_handled(db, 7)
    finally:
        await db.close()


async def test_old_ids_are_pruned(tmp_path: Path) -> None:
    """Ids far older than the newest are forgotten, so the table stays small."""
    db = await Database.open(tmp_path / "bot.sqlite3")
    try:
        await mark_handled(db, 5)
        newest = KEEP_IDS + 10 * PRUNE_EVERY
        await mark_handled(db, newest)
        rows = await db.fetch_all("SELECT update_id FROM handled_updates ORDER BY update_id")
        assert [row[0] for row in rows] == [newest]
    finally:
        await db.close()
