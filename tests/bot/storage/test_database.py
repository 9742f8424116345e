"""The SQLite store: pragmas, migrations (fresh and in place), transactions, chat settings."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest

from bot.storage.chats import SqliteChatStore
from bot.storage.database import Database
from bot.storage.migrations import MIGRATIONS


async def test_fresh_database_is_fully_migrated(tmp_path: Path) -> None:
    """A new file gets every migration, WAL journaling and foreign keys."""
    db = await Database.open(tmp_path / "new.sqlite3")
    try:
        assert await db.schema_version() == len(MIGRATIONS)
        journal = await db.fetch_one("PRAGMA journal_mode")
        assert journal is not None
        assert journal[0] == "wal"
        keys = await db.fetch_one("PRAGMA foreign_keys")
        assert keys is not None
        assert keys[0] == 1
    finally:
        await db.close()


async def test_old_database_upgrades_in_place_keeping_its_data(tmp_path: Path) -> None:
    """A database left at schema 1 by an older bot is upgraded and keeps every row."""
    path = tmp_path / "old.sqlite3"
    old = await Database.open(path, migrations=MIGRATIONS[:1])
    await old.execute("INSERT INTO chats (chat_id, currency) VALUES (?, ?)", (-42, "EUR"))
    assert await old.schema_version() == 1
    await old.close()

    db = await Database.open(path)
    try:
        assert await db.schema_version() == len(MIGRATIONS)
        store = SqliteChatStore(db)
        assert await store.get_currency(-42) == "EUR"
        await store.save_fx_rate(-42, "CNY", Decimal("7.12"))
        assert await store.list_fx_rates(-42) == {"CNY": Decimal("7.12")}
    finally:
        await db.close()


async def test_database_newer_than_the_bot_is_refused(tmp_path: Path) -> None:
    """Running an old bot on a newer database stops instead of corrupting it."""
    path = tmp_path / "future.sqlite3"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(RuntimeError, match="newer than this bot"):
        await Database.open(path)


async def test_failed_migration_leaves_the_database_untouched(tmp_path: Path) -> None:
    """A migration that fails halfway is rolled back, version included."""
    path = tmp_path / "broken.sqlite3"
    broken = (*MIGRATIONS, "CREATE TABLE half (x INTEGER); INSERT INTO nowhere VALUES (1);")
    with pytest.raises(sqlite3.OperationalError):
        await Database.open(path, migrations=broken)
    db = await Database.open(path)
    try:
        assert await db.schema_version() == len(MIGRATIONS)
        assert await db.fetch_all("SELECT name FROM sqlite_master WHERE name = 'half'") == []
    finally:
        await db.close()


async def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    """Nothing of a failed transaction is kept."""
    db = await Database.open(tmp_path / "tx.sqlite3")
    try:

        async def insert_then_fail() -> None:
            async with db.transaction() as conn:
                await conn.execute("INSERT INTO chats (chat_id) VALUES (?)", (1,))
                raise ValueError("stop")

        with pytest.raises(ValueError, match="stop"):
            await insert_then_fail()
        assert await db.fetch_all("SELECT * FROM chats") == []
    finally:
        await db.close()


async def test_chat_settings_round_trip_with_decimals(tmp_path: Path) -> None:
    """Currency defaults to USD; rates come back as the exact Decimal typed."""
    db = await Database.open(tmp_path / "chat.sqlite3")
    try:
        store = SqliteChatStore(db)
        assert await store.get_currency(7) == "USD"
        await store.save_currency(7, "EUR")
        await store.save_fx_rate(7, "CNY", Decimal("7.1234"))
        await store.save_fx_rate(7, "CNY", Decimal("7.20"))
        assert await store.get_currency(7) == "EUR"
        assert await store.list_fx_rates(7) == {"CNY": Decimal("7.20")}
        assert await store.list_fx_rates(8) == {}
    finally:
        await db.close()


async def test_write_returning_commits_one_statement_and_returns_its_rows(
    tmp_path: Path,
) -> None:
    """A single write with RETURNING is atomic on its own and hands back what it wrote."""
    db = await Database.open(tmp_path / "returning.sqlite3")
    try:
        rows = await db.write_returning(
            "INSERT INTO chats (chat_id, currency) VALUES (?, ?) RETURNING chat_id", (-7, "EUR")
        )
        assert [tuple(row) for row in rows] == [(-7,)]
        with pytest.raises(sqlite3.IntegrityError):
            await db.write_returning(
                "INSERT INTO chats (chat_id, currency) VALUES (?, ?), (?, ?)",
                (-8, "EUR", -9, "TOO LONG"),
            )
        kept = await db.fetch_all("SELECT chat_id FROM chats ORDER BY chat_id")
        assert [row[0] for row in kept] == [-7]  # the failed statement left nothing behind
        assert await db.fetch_one("SELECT chat_id FROM chats WHERE chat_id = 0") is None
    finally:
        await db.close()


async def test_two_processes_opening_a_new_database_at_once_both_start(tmp_path: Path) -> None:
    """Two bots (or two consoles) creating one database together: each migration runs once."""
    path = tmp_path / "together.sqlite3"
    results = await asyncio.gather(
        *(Database.open(path) for _ in range(4)), return_exceptions=True
    )
    opened = [db for db in results if isinstance(db, Database)]
    for db in opened:
        await db.close()
    assert [r for r in results if not isinstance(r, Database)] == []
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


async def test_a_file_that_is_not_a_database_is_refused_and_its_connection_closed(
    tmp_path: Path,
) -> None:
    """A failed open must not leave aiosqlite's (non-daemon) thread behind: it blocks exit."""
    path = tmp_path / "notes.txt"
    path.write_bytes(b"this is not an SQLite database, just text " * 100)
    before = {thread.ident for thread in threading.enumerate()}
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        await Database.open(path)
    await asyncio.sleep(0.05)  # the worker thread ends just after close() returns
    assert [t.name for t in threading.enumerate() if t.ident not in before] == []
