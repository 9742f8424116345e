"""The SQLite database: connection, pragmas, migrations and transactions.

Owns the single aiosqlite connection (WAL, busy timeout, foreign keys) and the versioned
migrations in `bot/storage/migrations.py`. Feature stores (`bot/*_store.py`) build on `Database`
and implement the Protocols of each feature's `knowledge/<feature>/ports.py`. Only parameterised
SQL, anywhere.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping, Sequence
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.storage.migrations import MIGRATIONS

_LOGGER = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 5000
_T = TypeVar("_T")
DATABASE_KEY = "database"  # where the Application keeps its Database in bot_data
# Query parameters: positional (`?`) as a sequence, or named (`:name`) as a mapping.
Params = Iterable[Any] | Mapping[str, Any]


class Database:
    """One connection shared by every store; writes are serialised by an asyncio lock.

    The connection runs in autocommit mode; `transaction()` opens an explicit transaction and
    holds the lock, so concurrent handlers never interleave statements inside it.
    """

    def __init__(self, connection: aiosqlite.Connection, path: Path) -> None:
        self._conn = connection
        self.path = path
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path, migrations: Sequence[str] = MIGRATIONS) -> Database:
        """Open (creating if needed) and migrate the database at `path`."""
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = await aiosqlite.connect(path, isolation_level=None)
        # Every failure below must close the connection: aiosqlite's worker thread is not a
        # daemon, so a connection left open keeps the whole process from exiting.
        try:
            conn.row_factory = aiosqlite.Row
            await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            await _when_unlocked(lambda: conn.execute("PRAGMA journal_mode = WAL"))
            await conn.execute("PRAGMA synchronous = NORMAL")  # durable at every commit (WAL)
            await conn.execute("PRAGMA foreign_keys = ON")
            database = cls(conn, path)
            await database.migrate(migrations)
        except BaseException:
            await conn.close()
            raise
        return database

    async def close(self) -> None:
        """Wait for any write in flight, then close the connection."""
        async with self._lock:
            await self._conn.close()

    async def schema_version(self) -> int:
        row = await self.fetch_one("PRAGMA user_version")
        return int(row[0]) if row else 0

    async def migrate(self, migrations: Sequence[str]) -> None:
        """Apply every migration newer than the database, each atomically."""
        current = await _when_unlocked(self.schema_version)
        if current > len(migrations):
            raise RuntimeError(
                f"{self.path}: schema version {current} is newer than this bot "
                f"({len(migrations)}); upgrade the bot instead"
            )
        while current < len(migrations):
            version = current + 1
            _LOGGER.info("Migrating %s to schema version %d", self.path, version)
            await _when_unlocked(partial(self._migrate_step, version, migrations[version - 1]))
            current = await _when_unlocked(self.schema_version)

    async def _migrate_step(self, version: int, script: str) -> None:
        try:
            # executescript commits first; BEGIN..COMMIT inside makes the step atomic.
            await self._conn.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;"
            )
        except sqlite3.OperationalError:
            if self._conn.in_transaction:
                await self._conn.execute("ROLLBACK")
            # Another process opening the same new database (a second console) may have run
            # this step while we waited for the write lock: then go on from there.
            if await self.schema_version() < version:
                raise

    async def fetch_one(self, sql: str, params: Params = ()) -> aiosqlite.Row | None:
        """The first row of a query (callers keep it to one row: a key or LIMIT 1)."""
        rows = await self.fetch_all(sql, params)
        return rows[0] if rows else None

    async def fetch_all(self, sql: str, params: Params = ()) -> list[aiosqlite.Row]:
        # One trip to the database thread instead of three (execute, fetch, close): each trip
        # is a thread hand-off that costs more than the query itself.
        bound = params if isinstance(params, Mapping) else tuple(params)
        return list(await self._conn.execute_fetchall(sql, bound))

    async def write_returning(self, sql: str, params: Iterable[Any] = ()) -> list[aiosqlite.Row]:
        """Run ONE write statement as its own transaction and return its RETURNING rows.

        The statement is atomic on its own (autocommit), so the conditions in its WHERE
        clause hold for the rows it writes; one trip to the database thread, for hot paths.
        """
        async with self._lock:  # never inside another coroutine's open transaction
            return list(await self._conn.execute_fetchall(sql, tuple(params)))

    async def execute(self, sql: str, params: Iterable[Any] = ()) -> int:
        """Run one write in its own transaction; returns the number of rows changed."""
        async with self.transaction() as conn, conn.execute(sql, tuple(params)) as cursor:
            return cursor.rowcount

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """An IMMEDIATE transaction, committed on success and rolled back on error."""
        async with self._lock:
            await self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                await self._conn.execute("ROLLBACK")
                raise
            await self._conn.execute("COMMIT")


async def _when_unlocked(step: Callable[[], Awaitable[_T]]) -> _T:
    """Run `step`, retrying while another connection holds a lock SQLite will not wait for.

    SQLite answers some statements (switching a new file to WAL, reading the schema while
    another process converts it) with "database is locked" at once, without its busy
    handler: two consoles started together on one new database hit this. Bounded by the
    same busy timeout as every other wait.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.005
    while True:
        try:
            return await step()
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() + delay > deadline:
                raise
        await asyncio.sleep(delay)
        delay = min(delay * 2, 0.2)
