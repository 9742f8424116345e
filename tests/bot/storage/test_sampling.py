"""The /aql quantity-question store on a real SQLite file: chats apart, one open per person."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.storage.database import Database
from bot.storage.sampling import SqliteQuantityPromptStore
from knowledge.sampling.ports import QuantityPrompt

TEAM, OTHER_TEAM = -100, -200
ALICE, BOB = 1001, 2002
T0 = datetime(2025, 5, 3, 9, 30, tzinfo=UTC)


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    """A migrated database in a temporary file."""
    database = await Database.open(tmp_path / "aql.sqlite3")
    yield database
    await database.close()


@pytest.fixture
def store(db: Database) -> SqliteQuantityPromptStore:
    """The quantity-question store over that database."""
    return SqliteQuantityPromptStore(db)


def asked(message_id: int, user_id: int = ALICE, chat_id: int = TEAM) -> QuantityPrompt:
    return QuantityPrompt(chat_id=chat_id, message_id=message_id, user_id=user_id, is_open=True)


async def test_saved_question_is_found_by_message_and_by_person(
    store: SqliteQuantityPromptStore,
) -> None:
    """A question is found by its message id and as the person's open question."""
    await store.save_quantity_prompt(asked(7), T0)
    assert await store.get_quantity_prompt(TEAM, 7) == asked(7)
    assert await store.get_open_quantity_prompt(TEAM, ALICE) == asked(7)
    assert await store.get_open_quantity_prompt(TEAM, BOB) is None


async def test_another_chat_sees_nothing(store: SqliteQuantityPromptStore) -> None:
    """The same message id in another chat is another question, and a close there does nothing."""
    await store.save_quantity_prompt(asked(7), T0)
    assert await store.get_quantity_prompt(OTHER_TEAM, 7) is None
    assert await store.get_open_quantity_prompt(OTHER_TEAM, ALICE) is None
    assert not await store.close_quantity_prompt(OTHER_TEAM, 7)
    assert (await store.get_quantity_prompt(TEAM, 7)) == asked(7)


async def test_new_question_closes_the_persons_older_one(store: SqliteQuantityPromptStore) -> None:
    """One open question per person and chat; other people's questions stay open."""
    await store.save_quantity_prompt(asked(7), T0)
    await store.save_quantity_prompt(asked(8, BOB), T0)
    await store.save_quantity_prompt(asked(9), T0 + timedelta(minutes=1))
    older = await store.get_quantity_prompt(TEAM, 7)
    assert older is not None
    assert not older.is_open
    assert await store.get_open_quantity_prompt(TEAM, ALICE) == asked(9)
    assert await store.get_open_quantity_prompt(TEAM, BOB) == asked(8, BOB)


async def test_closing_succeeds_once(store: SqliteQuantityPromptStore) -> None:
    """Of two replies racing for one question, exactly one closes it."""
    await store.save_quantity_prompt(asked(7), T0)
    results = await asyncio.gather(*(store.close_quantity_prompt(TEAM, 7) for _ in range(5)))
    assert sorted(results) == [False, False, False, False, True]
    closed = await store.get_quantity_prompt(TEAM, 7)
    assert closed is not None
    assert not closed.is_open
    assert await store.get_open_quantity_prompt(TEAM, ALICE) is None


async def test_naive_time_is_refused(store: SqliteQuantityPromptStore) -> None:
    """Times must carry a zone, so stored times always sort as UTC."""
    with pytest.raises(ValueError, match="timezone-aware"):
        await store.save_quantity_prompt(asked(7), datetime(2025, 5, 3, 9, 30))
