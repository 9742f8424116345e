"""Deleting saved estimates in SQLite: only named ones, only in their chat; who saved is kept."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.storage.database import Database
from bot.storage.landed.estimates import SqliteEstimateStore
from knowledge.landed.deleting import DeleteRight, delete_right, saved_by
from tests.bot.storage.landed.test_estimates import AT, INPUT


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteEstimateStore]:
    """A store over a fresh temp-file database."""
    db = await Database.open(tmp_path / "estimates.sqlite3")
    try:
        yield SqliteEstimateStore(db)
    finally:
        await db.close()


async def test_a_saved_estimate_is_deleted_once_and_only_in_its_chat(
    store: SqliteEstimateStore,
) -> None:
    """Another chat's id deletes nothing; the second delete finds nothing."""
    estimate_id = await store.save_result(-100, 7, INPUT, AT)
    await store.name_estimate(-100, estimate_id, "Mugs", AT, saved_by=8)
    assert await store.delete_saved(-200, estimate_id) is False
    assert await store.delete_saved(-100, estimate_id) is True
    assert await store.delete_saved(-100, estimate_id) is False
    assert await store.get_estimate(-100, estimate_id) is None


async def test_an_unnamed_result_is_not_a_saved_estimate_to_delete(
    store: SqliteEstimateStore,
) -> None:
    """Only saved (named) estimates are deleted: a plain result stays for its Save button."""
    estimate_id = await store.save_result(-100, 7, INPUT, AT)
    assert await store.delete_saved(-100, estimate_id) is False
    assert await store.get_estimate(-100, estimate_id) is not None


async def test_the_saver_is_whoever_named_it(store: SqliteEstimateStore) -> None:
    """Given explicitly, else who was asked for the name, else who computed it."""
    first = await store.save_result(-100, 7, INPUT, AT)
    await store.name_estimate(-100, first, "Explicit", AT, saved_by=8)
    second = await store.save_result(-100, 7, INPUT, AT)
    await store.ask_name(-100, second, 9, 555)
    await store.name_estimate(-100, second, "Asked", AT)
    third = await store.save_result(-100, 7, INPUT, AT)
    await store.name_estimate(-100, third, "Creator", AT)
    found = {r.name: r for r in await store.list_saved(-100)}
    assert {name: saved_by(r) for name, r in found.items()} == {
        "Explicit": 8,
        "Asked": 9,
        "Creator": 7,
    }
    mugs = found["Explicit"]
    assert delete_right(mugs, 8, private=False) is DeleteRight.GRANTED
    assert delete_right(mugs, 7, private=False) is DeleteRight.ADMIN_ONLY  # computed, not saved
    assert delete_right(mugs, 7, private=True) is DeleteRight.GRANTED
