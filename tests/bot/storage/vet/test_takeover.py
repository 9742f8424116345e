"""The take-over store on a real SQLite file: one hand-over wins, answers stay, prompts close."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.storage.database import Database
from bot.storage.vet.store import SqliteVetStore
from bot.storage.vet.takeover import SqliteVetTakeoverStore
from knowledge.vet.names import SupplierName, read_supplier_name
from knowledge.vet.records import AssessmentRecord, AuditStatus, Prompt, Vetter

TEAM, OTHER_TEAM = -100, -200
ALEX, BEA, CY = Vetter(1001, "Alex"), Vetter(2002, "Bea"), Vetter(3003, "Cy")
T0 = datetime(2025, 5, 3, 9, 30, tzinfo=UTC)


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    """A migrated database in a temporary file."""
    database = await Database.open(tmp_path / "vet.sqlite3")
    yield database
    await database.close()


async def alex_audit(vet: SqliteVetStore) -> AssessmentRecord:
    """Alex's audit of Acme with one answer and his forced reply open on the next question."""
    found = read_supplier_name("Acme")
    assert isinstance(found, SupplierName)
    record = (await vet.start_assessment(TEAM, found, ALEX, T0)).assessment
    aid = record.assessment_id
    await vet.save_answer(TEAM, aid, ALEX.user_id, "order_usd", "5000", replace=False, at=T0)
    await vet.save_prompt(Prompt(TEAM, 50, ALEX.user_id, aid, "years", is_open=True), T0)
    return record


async def test_a_take_over_keeps_the_answers_and_closes_the_old_vetters_prompt(
    db: Database,
) -> None:
    """Bea takes Alex's audit: her answers go in, his are refused, his open prompt is closed."""
    vet, takeovers = SqliteVetStore(db), SqliteVetTakeoverStore(db)
    record = await alex_audit(vet)
    aid = record.assessment_id
    taken = await takeovers.take_over(TEAM, aid, ALEX.user_id, BEA, T0 + timedelta(hours=1))
    assert taken is not None
    assert (taken.from_vetter, taken.to_vetter, taken.answers_kept) == (ALEX, BEA, 1)
    moved = await vet.get_assessment(TEAM, aid)
    assert moved is not None
    assert (moved.started_by, dict(moved.answers)) == (BEA, {"order_usd": "5000"})
    prompt = await vet.get_prompt(TEAM, 50)
    assert prompt is not None
    assert not prompt.is_open
    assert await vet.get_running_audit(TEAM, ALEX.user_id) is None
    running = await vet.get_running_audit(TEAM, BEA.user_id)
    assert running is not None
    assert running.assessment_id == aid
    assert [t.to_vetter for t in await takeovers.list_takeovers(TEAM, aid)] == [BEA]


async def test_only_the_first_of_two_offers_from_the_same_vetter_wins(db: Database) -> None:
    """Bea and Cy both hold an offer naming Alex: after Bea's, Cy's changes nothing."""
    vet, takeovers = SqliteVetStore(db), SqliteVetTakeoverStore(db)
    aid = (await alex_audit(vet)).assessment_id
    assert await takeovers.take_over(TEAM, aid, ALEX.user_id, BEA, T0) is not None
    assert await takeovers.take_over(TEAM, aid, ALEX.user_id, CY, T0) is None
    assert await takeovers.take_over(TEAM, aid, BEA.user_id, BEA, T0) is None  # already hers
    moved = await vet.get_assessment(TEAM, aid)
    assert moved is not None
    assert moved.started_by == BEA
    assert len(await takeovers.list_takeovers(TEAM, aid)) == 1


async def test_another_chat_or_an_ended_audit_is_never_taken(db: Database) -> None:
    """A forged id from another chat, or a finished audit, finds nothing and changes nothing."""
    vet, takeovers = SqliteVetStore(db), SqliteVetTakeoverStore(db)
    aid = (await alex_audit(vet)).assessment_id
    assert await takeovers.take_over(OTHER_TEAM, aid, ALEX.user_id, BEA, T0) is None
    assert await takeovers.list_takeovers(OTHER_TEAM, aid) == []
    await vet.close_assessment(TEAM, aid, AuditStatus.CANCELLED, None, T0)
    assert await takeovers.take_over(TEAM, aid, ALEX.user_id, BEA, T0) is None
    ended = await vet.get_assessment(TEAM, aid)
    assert ended is not None
    assert ended.started_by == ALEX
    assert await takeovers.list_takeovers(TEAM, aid) == []


async def test_the_history_lists_every_hand_over_oldest_first(db: Database) -> None:
    """Alex to Bea to Cy, with when and how many answers each kept."""
    vet, takeovers = SqliteVetStore(db), SqliteVetTakeoverStore(db)
    aid = (await alex_audit(vet)).assessment_id
    later = T0 + timedelta(days=2)
    await takeovers.take_over(TEAM, aid, ALEX.user_id, BEA, T0)
    await vet.save_answer(TEAM, aid, BEA.user_id, "years", "5", replace=False, at=T0)
    await takeovers.take_over(TEAM, aid, BEA.user_id, CY, later)
    history = await takeovers.list_takeovers(TEAM, aid)
    assert [(t.from_vetter, t.to_vetter, t.answers_kept) for t in history] == [
        (ALEX, BEA, 1),
        (BEA, CY, 2),
    ]
    assert history[1].taken_at == later
