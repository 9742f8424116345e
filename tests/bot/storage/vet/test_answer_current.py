"""The one-statement tap of /vet on a real SQLite file: it writes only where the full check
would, and returns the audit exactly as a fresh read sees it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.storage.database import Database
from bot.storage.vet.store import SqliteVetStore
from knowledge.vet.checklist import RiskBand
from knowledge.vet.records import AssessmentRecord, AuditStatus, AuditSummary, Prompt
from tests.bot.storage.vet.test_store import ALICE, BOB, OTHER_TEAM, T0, TEAM, answer, start

FIRST, SECOND, THIRD = "order_usd", "years", "badge"


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteVetStore]:
    """The /vet store over a migrated database in a temporary file."""
    database = await Database.open(tmp_path / "vet.sqlite3")
    yield SqliteVetStore(database)
    await database.close()


async def tap(
    store: SqliteVetStore,
    audit: int,
    item: str,
    value: str,
    before: tuple[str, ...],
    *,
    chat: int = TEAM,
    user: int = ALICE.user_id,
) -> AssessmentRecord | None:
    """Answer `item`, asked after `before`, in one statement."""
    return await store.answer_current(
        chat, audit, user, item, value, asked_before=before, at=T0 + timedelta(minutes=1)
    )


async def test_the_returned_audit_is_what_a_fresh_read_sees(store: SqliteVetStore) -> None:
    """Supplier, owner, answers, question message and the previous result all come back."""
    first = (await start(store)).assessment.assessment_id
    kept = AuditSummary(71, RiskBand.MODERATE, 97)
    await store.close_assessment(TEAM, first, AuditStatus.FINISHED, kept, T0)
    audit = (await start(store)).assessment.assessment_id
    await store.save_question_message(TEAM, audit, 77)
    await answer(store, audit, FIRST, "5000")
    returned = await tap(store, audit, SECOND, "5", (FIRST,))
    assert returned is not None
    assert returned == await store.get_assessment(TEAM, audit)
    assert returned.answers == {FIRST: "5000", SECOND: "5"}
    assert returned.previous is not None
    assert (returned.previous.assessment_id, returned.previous.summary) == (first, kept)
    assert (returned.question_message_id, returned.started_by) == (77, ALICE)


async def test_only_the_question_asked_now_is_written(store: SqliteVetStore) -> None:
    """A question not reached yet, or one already answered, gets nothing written."""
    audit = (await start(store)).assessment.assessment_id
    assert await tap(store, audit, SECOND, "5", (FIRST,)) is None  # FIRST is still open
    assert await tap(store, audit, FIRST, "5000", ()) is not None
    assert await tap(store, audit, FIRST, "9000", ()) is None  # a second, different press
    assert await tap(store, audit, FIRST, "5000", ()) is None  # a double press
    record = await store.get_assessment(TEAM, audit)
    assert record is not None
    assert record.answers == {FIRST: "5000"}


async def test_other_chats_other_members_and_ended_audits_change_nothing(
    store: SqliteVetStore,
) -> None:
    """The chat, the owner and the status guard the write, as for a full save."""
    audit = (await start(store)).assessment.assessment_id
    assert await tap(store, audit, FIRST, "5000", (), chat=OTHER_TEAM) is None
    assert await tap(store, audit, FIRST, "5000", (), user=BOB.user_id) is None
    await store.close_assessment(TEAM, audit, AuditStatus.CANCELLED, None, T0)
    assert await tap(store, audit, FIRST, "5000", ()) is None
    record = await store.get_assessment(TEAM, audit)
    assert record is not None
    assert record.answers == {}


async def test_a_tapped_answer_closes_the_questions_prompt(store: SqliteVetStore) -> None:
    """A tapped "Not sure" on a typed question closes its forced reply, as a typed answer does."""
    audit = (await start(store)).assessment.assessment_id
    await store.save_prompt(Prompt(TEAM, 40, ALICE.user_id, audit, FIRST, is_open=True), T0)
    assert await tap(store, audit, FIRST, "unsure", ()) is not None
    assert await store.get_open_prompt(TEAM, ALICE.user_id) is None


async def test_concurrent_taps_record_once(store: SqliteVetStore) -> None:
    """Fifty copies of one tap at once: one returns the audit, one row is kept."""
    audit = (await start(store)).assessment.assessment_id
    await answer(store, audit, FIRST, "5000")
    results = await asyncio.gather(
        *(tap(store, audit, SECOND, "5", (FIRST,)) for _ in range(50)),
        *(tap(store, audit, THIRD, "gold", (FIRST, SECOND)) for _ in range(50)),
    )
    written = [r for r in results if r is not None]
    assert 1 <= len(written) <= 2
    record = await store.get_assessment(TEAM, audit)
    assert record is not None
    assert record.answers[SECOND] == "5"
    assert len(written) == len(record.answers) - 1
