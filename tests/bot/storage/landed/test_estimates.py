"""The SQLite estimate store: results kept per chat, names unique per chat, exact decimals."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from bot.storage.database import Database
from bot.storage.landed.estimates import KEEP_UNNAMED, PRUNE_EVERY, SqliteEstimateStore
from knowledge.landed.result import LineKind
from knowledge.landed.saved import EstimateFigures, EstimateInput, NameOutcome

AT = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
FIGURES = EstimateFigures(
    currency="EUR",
    quantity=Decimal(1000),
    total=Decimal("13938.000000000000000000000001"),
    total_with_tax=Decimal("16586.22"),
    by_kind=((LineKind.GOODS, Decimal("9200")), (LineKind.IMPORT_TAX, Decimal("2648.22"))),
    tax_name="VAT",
    incoterm="FOB",
    destination="DE",
    mode="sea",
)
INPUT = EstimateInput("1000 pcs @ 10 usd fob to DE sea", (("EUR", Decimal("0.92")),), FIGURES)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteEstimateStore]:
    """A store over a fresh temp-file database."""
    db = await Database.open(tmp_path / "estimates.sqlite3")
    try:
        yield SqliteEstimateStore(db)
    finally:
        await db.close()


async def test_a_result_comes_back_exactly(store: SqliteEstimateStore) -> None:
    """Line, rates and every figure round-trip without losing a digit."""
    estimate_id = await store.save_result(-100, 7, INPUT, AT)
    found = await store.get_estimate(-100, estimate_id)
    assert found is not None
    assert (found.line, found.fx, found.figures) == (INPUT.line, INPUT.fx, FIGURES)
    assert (found.name, found.created_by, found.created_at) == (None, 7, AT)


async def test_records_belong_to_their_chat(store: SqliteEstimateStore) -> None:
    """Another chat sees nothing of this chat's estimates, by id or by name."""
    estimate_id = await store.save_result(-100, 7, INPUT, AT)
    assert await store.name_estimate(-100, estimate_id, "Mugs", AT) is NameOutcome.SAVED
    assert await store.get_estimate(-200, estimate_id) is None
    assert await store.list_saved(-200) == []
    assert await store.name_estimate(-200, estimate_id, "Stolen", AT) is NameOutcome.NOT_FOUND
    assert not await store.ask_name(-200, estimate_id, 9, 55)


async def test_names_are_unique_per_chat_ignoring_case(store: SqliteEstimateStore) -> None:
    """A second estimate cannot take a name already used in the chat; other chats can."""
    first = await store.save_result(-100, 7, INPUT, AT)
    second = await store.save_result(-100, 7, INPUT, AT)
    elsewhere = await store.save_result(-200, 7, INPUT, AT)
    assert await store.name_estimate(-100, first, "Mugs FOB", AT) is NameOutcome.SAVED
    assert await store.name_estimate(-100, second, "mugs  fob", AT) is NameOutcome.TAKEN
    assert await store.name_estimate(-200, elsewhere, "Mugs FOB", AT) is NameOutcome.SAVED
    assert [r.name for r in await store.list_saved(-100)] == ["Mugs FOB"]


async def test_name_question_is_found_by_message_or_by_person(
    store: SqliteEstimateStore,
) -> None:
    """The pending name question is matched by its message, or the asker's latest one."""
    estimate_id = await store.save_result(-100, 7, INPUT, AT)
    assert await store.ask_name(-100, estimate_id, 9, 55)
    by_message = await store.find_naming(-100, 1, 55)
    by_person = await store.find_naming(-100, 9, None)
    assert by_message is not None
    assert by_person is not None
    assert (by_message.naming_user_id, by_message.naming_message_id) == (9, 55)
    assert await store.find_naming(-100, 1, None) is None
    await store.name_estimate(-100, estimate_id, "Mugs", AT)
    assert await store.find_naming(-100, 9, None) is None


async def test_saved_list_is_newest_first(store: SqliteEstimateStore) -> None:
    """The list shows the most recently saved estimate first."""
    for minutes, name in enumerate(("Old", "Middle", "New")):
        estimate_id = await store.save_result(-100, 7, INPUT, AT)
        await store.name_estimate(-100, estimate_id, name, AT + timedelta(minutes=minutes))
    assert [r.name for r in await store.list_saved(-100)] == ["New", "Middle", "Old"]


async def test_only_recent_unnamed_results_are_kept(store: SqliteEstimateStore) -> None:
    """Old unnamed results are dropped; named ones never are."""
    keeper = await store.save_result(-100, 7, INPUT, AT)
    await store.name_estimate(-100, keeper, "Keep", AT)
    first = await store.save_result(-100, 7, INPUT, AT)
    for _ in range(KEEP_UNNAMED + PRUNE_EVERY):
        last = await store.save_result(-100, 7, INPUT, AT)
    assert await store.get_estimate(-100, first) is None
    kept = await store._db.fetch_all("SELECT count(*) FROM landed_estimates WHERE name IS NULL")
    assert KEEP_UNNAMED <= kept[0][0] < KEEP_UNNAMED + PRUNE_EVERY
    assert await store.get_estimate(-100, last) is not None
    assert await store.get_estimate(-100, keeper) is not None
