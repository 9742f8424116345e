"""The scam-check history: per chat, newest first, and never a word of the message."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.storage.database import Database
from bot.storage.migrations import MIGRATIONS
from bot.storage.scam import SqliteScanStore
from knowledge.scam.ports import ScanRecord
from knowledge.scam.scanner import Risk, message_fingerprint

WHEN = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
KEY = b"test scan key"


def record(chat_id: int, text: str, at: datetime = WHEN, risk: Risk = Risk.HIGH) -> ScanRecord:
    return ScanRecord(
        chat_id=chat_id,
        fingerprint=message_fingerprint(text),
        risk=risk,
        score=90 if risk is Risk.HIGH else 0,
        categories=("crypto", "pressure") if risk is Risk.HIGH else (),
        scanned_at=at,
    )


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "scans.sqlite3")
    try:
        yield database
    finally:
        await database.close()


async def test_saved_scan_comes_back_exactly(db: Database) -> None:
    """A scan is found again by chat and fingerprint with every field intact."""
    store = SqliteScanStore(db, KEY)
    saved = record(-100, "Pay in USDT today")
    await store.save_scan(saved)
    assert await store.find_scan(-100, saved.fingerprint) == saved


async def test_unknown_fingerprint_finds_nothing(db: Database) -> None:
    """A message never checked in the chat has no record."""
    store = SqliteScanStore(db, KEY)
    assert await store.find_scan(-100, message_fingerprint("never seen")) is None


async def test_other_chats_scans_stay_invisible(db: Database) -> None:
    """A team never learns what another chat checked."""
    store = SqliteScanStore(db, KEY)
    saved = record(-100, "Pay in USDT today")
    await store.save_scan(saved)
    assert await store.find_scan(-200, saved.fingerprint) is None
    assert await store.find_scan(100, saved.fingerprint) is None


async def test_latest_scan_answers_even_when_saved_out_of_order(db: Database) -> None:
    """Every scan is kept and the most recent one answers the look-up."""
    store = SqliteScanStore(db, KEY)
    later = record(-100, "Pay in USDT today", at=WHEN + timedelta(days=2))
    await store.save_scan(later)
    await store.save_scan(record(-100, "Pay in USDT today", at=WHEN))
    assert await store.find_scan(-100, later.fingerprint) == later
    rows = await db.fetch_all("SELECT id FROM scans")
    assert len(rows) == 2


async def test_times_in_other_zones_are_kept_as_the_same_instant(db: Database) -> None:
    """A timestamp given in UTC+8 comes back as the same moment."""
    store = SqliteScanStore(db, KEY)
    shanghai = WHEN.astimezone(timezone(timedelta(hours=8)))
    await store.save_scan(record(5, "hello", at=shanghai, risk=Risk.LOW))
    found = await store.find_scan(5, message_fingerprint("hello"))
    assert found is not None
    assert found.scanned_at == WHEN
    assert found.categories == ()


async def test_naive_time_is_refused(db: Database) -> None:
    """A timestamp without a zone would be ambiguous, so it is rejected."""
    store = SqliteScanStore(db, KEY)
    with pytest.raises(ValueError, match="timezone-aware"):
        await store.save_scan(record(5, "hello", at=datetime(2025, 1, 1)))


async def test_scans_table_has_no_room_for_message_text(db: Database) -> None:
    """The schema holds a verdict and a hash only: no column could carry the text."""
    columns = {row["name"] for row in await db.fetch_all("PRAGMA table_info(scans)")}
    assert columns == {
        "id", "chat_id", "fingerprint", "risk", "score", "categories", "scanned_at"
    }  # fmt: skip


async def test_database_file_holds_no_message_text(tmp_path: Path) -> None:
    """After saving, the database file's bytes contain the keyed hash, not the words, and not
    the plain hash either."""
    path = tmp_path / "bytes.sqlite3"
    database = await Database.open(path)
    text = "Kindly settle via Zanzibar-Quokka remittance"
    await SqliteScanStore(database, KEY).save_scan(record(-9, text))
    await database.close()  # checkpoints the WAL into the main file
    raw = path.read_bytes()
    keyed = hmac.new(KEY, message_fingerprint(text).encode(), hashlib.sha256).hexdigest()
    assert keyed.encode() in raw  # the check can see what was written
    assert message_fingerprint(text).encode() not in raw
    assert b"Zanzibar" not in raw
    assert b"Quokka" not in raw


async def test_scan_store_migration_upgrades_an_older_database(tmp_path: Path) -> None:
    """A database from before the scam check gains the scans table in place."""
    path = tmp_path / "old.sqlite3"
    scans_migration = next(i for i, m in enumerate(MIGRATIONS) if "CREATE TABLE scans" in m)
    old = await Database.open(path, migrations=MIGRATIONS[:scans_migration])
    await old.close()
    database = await Database.open(path)
    try:
        store = SqliteScanStore(database, KEY)
        await store.save_scan(record(1, "upgrade"))
        assert await store.find_scan(1, message_fingerprint("upgrade")) is not None
    finally:
        await database.close()


async def test_the_database_holds_only_a_keyed_fingerprint(db: Database) -> None:
    """A leaked file cannot be matched against plain SHA-256 guesses of short messages; another
    key finds nothing, the same key finds the earlier check."""
    await SqliteScanStore(db, KEY).save_scan(record(-9, "pay now"))
    [row] = await db.fetch_all("SELECT fingerprint FROM scans")
    assert row["fingerprint"] != message_fingerprint("pay now")
    assert len(row["fingerprint"]) == 64
    assert (
        await SqliteScanStore(db, b"another key").find_scan(-9, message_fingerprint("pay now"))
        is None
    )
    found = await SqliteScanStore(db, KEY).find_scan(-9, message_fingerprint("pay now"))
    assert found is not None
    assert found.fingerprint == message_fingerprint("pay now")


async def test_recording_a_scan_returns_the_chats_previous_one_in_one_statement(
    db: Database,
) -> None:
    """record_scan saves and answers what find_scan would have answered before the save:
    nothing the first time, then the newest earlier scan of this chat only."""
    store = SqliteScanStore(db, KEY)
    first = record(-100, "Pay in USDT today", at=WHEN)
    assert await store.record_scan(first) is None
    assert await store.record_scan(record(-200, "Pay in USDT today")) is None  # another chat
    second = record(-100, "Pay in USDT today", at=WHEN + timedelta(days=1), risk=Risk.LOW)
    assert await store.record_scan(second) == first
    third = record(-100, "Pay in USDT today", at=WHEN + timedelta(days=2))
    assert await store.record_scan(third) == second
    assert await store.find_scan(-100, first.fingerprint) == third
    assert len(await db.fetch_all("SELECT id FROM scans")) == 4
