"""The SQLite store of guided /landed drafts: one per chat and person, steps only move on."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.storage.database import Database
from bot.storage.landed.drafts import SqliteLandedDraftStore
from knowledge.landed.steps import GuidedDraft, Step


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteLandedDraftStore]:
    """A store over a fresh temp-file database."""
    db = await Database.open(tmp_path / "drafts.sqlite3")
    try:
        yield SqliteLandedDraftStore(db)
    finally:
        await db.close()


async def test_draft_round_trips_with_answers_and_question(
    store: SqliteLandedDraftStore,
) -> None:
    """What is stored comes back, found by person or by the question waiting."""
    draft = GuidedDraft(-5, 7, "Alice <b>", Step.PRICE, {"quantity": "qty 1000"}, 41)
    await store.start_draft(draft)
    assert await store.get_draft(-5, 7) == draft
    assert await store.find_draft(-5, 41) == draft
    assert await store.find_draft(-6, 41) is None


async def test_one_draft_per_person_and_chat(store: SqliteLandedDraftStore) -> None:
    """Two people in one group each have their own; starting again replaces one's own."""
    await store.start_draft(GuidedDraft(-5, 7, "Alice", Step.DUTY, {"quantity": "qty 5"}))
    await store.start_draft(GuidedDraft(-5, 8, "Bob", Step.QUANTITY, {}))
    await store.start_draft(GuidedDraft(-5, 7, "Alice", Step.QUANTITY, {}))
    alice, bob = await store.get_draft(-5, 7), await store.get_draft(-5, 8)
    assert alice is not None
    assert bob is not None
    assert (alice.step, alice.answers, bob.owner_name) == (Step.QUANTITY, {}, "Bob")


async def test_advance_only_from_the_step_it_was_read_at(store: SqliteLandedDraftStore) -> None:
    """A second answer to the same step (a double press) changes nothing."""
    await store.start_draft(GuidedDraft(-5, 7, "Alice", Step.QUANTITY, {}, 10))
    answers = {"quantity": "qty 1000"}
    assert await store.advance_draft(-5, 7, Step.QUANTITY, Step.PRICE, answers)
    assert not await store.advance_draft(-5, 7, Step.QUANTITY, Step.PRICE, {"quantity": "x"})
    moved = await store.get_draft(-5, 7)
    assert moved is not None
    assert (moved.step, moved.answers, moved.message_id) == (Step.PRICE, answers, None)
    await store.set_question(-5, 7, 12)
    assert await store.find_draft(-5, 12) is not None


async def test_delete_says_whether_there_was_a_draft(store: SqliteLandedDraftStore) -> None:
    """Deleting twice is harmless."""
    await store.start_draft(GuidedDraft(-5, 7, "Alice", Step.QUANTITY, {}))
    assert await store.delete_draft(-5, 7)
    assert not await store.delete_draft(-5, 7)
    assert await store.get_draft(-5, 7) is None
