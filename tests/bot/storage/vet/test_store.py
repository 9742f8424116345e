"""The /vet store on a real SQLite file: chats kept apart, answers saved once, history kept."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.storage.database import Database
from bot.storage.vet.store import SqliteVetStore
from knowledge.vet.checklist import RiskBand
from knowledge.vet.names import SupplierName, read_supplier_name
from knowledge.vet.records import (
    AuditStatus,
    AuditSummary,
    Prompt,
    SaveOutcome,
    StartedAudit,
    Vetter,
)

TEAM, OTHER_TEAM = -100, -200
ALICE = Vetter(1001, "Alice")
BOB = Vetter(2002, "Bob")
T0 = datetime(2025, 5, 3, 9, 30, tzinfo=UTC)


def name(text: str) -> SupplierName:
    """A checked supplier name."""
    found = read_supplier_name(text)
    assert isinstance(found, SupplierName)
    return found


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    """A migrated database in a temporary file."""
    database = await Database.open(tmp_path / "vet.sqlite3")
    yield database
    await database.close()


@pytest.fixture
def store(db: Database) -> SqliteVetStore:
    """The /vet store over that database."""
    return SqliteVetStore(db)


async def start(
    store: SqliteVetStore, text: str = "Acme Ltd", chat: int = TEAM, who: Vetter = ALICE
) -> StartedAudit:
    """Start (or resume) an audit at T0."""
    return await store.start_assessment(chat, name(text), who, T0)


async def answer(
    store: SqliteVetStore,
    audit: int,
    item: str,
    value: str,
    *,
    chat: int = TEAM,
    user: int = ALICE.user_id,
    replace: bool = False,
    at: datetime = T0,
) -> SaveOutcome:
    """Save one answer."""
    return await store.save_answer(chat, audit, user, item, value, replace=replace, at=at)


async def test_start_creates_supplier_and_audit_keeping_the_name_exactly(
    store: SqliteVetStore,
) -> None:
    """A hostile name is stored and returned exactly as typed; the audit starts empty."""
    typed = '<b>Acme</b> & "Sons" 🏭 شركة\'; DROP TABLE vet_suppliers; --'
    started = await start(store, typed)
    record = started.assessment
    assert not started.resumed
    assert record.supplier_name == typed
    assert (record.status, record.started_by, record.started_at) == (
        AuditStatus.IN_PROGRESS,
        ALICE,
        T0,
    )
    assert record.answers == {}
    assert record.previous is None
    assert [ref.name for ref in await store.list_supplier_refs(TEAM)] == [typed]


async def test_another_spelling_resumes_the_same_audit(store: SqliteVetStore) -> None:
    """Case and spacing do not make a new supplier; the open audit is resumed, by anyone."""
    first = await start(store, "Acme Ltd")
    again = await start(store, "  ACME   ltd ", who=BOB)
    assert again.resumed
    assert again.assessment.assessment_id == first.assessment.assessment_id
    assert again.assessment.started_by == ALICE
    assert again.assessment.supplier_name == "Acme Ltd"


async def test_chats_never_see_each_other(store: SqliteVetStore) -> None:
    """The same name in two chats is two suppliers; ids from one chat find nothing in the other."""
    ours = (await start(store, "Acme Ltd")).assessment
    theirs = (await start(store, "Acme Ltd", chat=OTHER_TEAM)).assessment
    assert ours.supplier_id != theirs.supplier_id
    assert await store.get_assessment(OTHER_TEAM, ours.assessment_id) is None
    assert await store.get_latest_assessment(OTHER_TEAM, ours.supplier_id) is None
    assert [a.assessment_id for a in await store.list_audits_in_progress(TEAM)] == [
        ours.assessment_id
    ]
    assert len(await store.list_suppliers(OTHER_TEAM)) == 1


async def test_forged_ids_from_another_chat_change_nothing(store: SqliteVetStore) -> None:
    """Answering, closing or pointing a prompt at another chat's audit is refused."""
    ours = (await start(store)).assessment
    forged = await answer(store, ours.assessment_id, "years", "5", chat=OTHER_TEAM)
    assert forged is SaveOutcome.NOT_FOUND
    closed = await store.close_assessment(
        OTHER_TEAM, ours.assessment_id, AuditStatus.CANCELLED, None, T0
    )
    assert not closed
    assert not await store.save_question_message(OTHER_TEAM, ours.assessment_id, 5)
    prompt = Prompt(OTHER_TEAM, 7, ALICE.user_id, ours.assessment_id, "years", is_open=True)
    await store.save_prompt(prompt, T0)
    assert await store.get_prompt(OTHER_TEAM, 7) is None
    after = await store.get_assessment(TEAM, ours.assessment_id)
    assert after is not None
    assert (after.status, after.answers, after.question_message_id) == (
        AuditStatus.IN_PROGRESS,
        {},
        None,
    )


async def test_double_answers_are_recorded_once(store: SqliteVetStore) -> None:
    """The same answer twice is UNCHANGED; another value needs replace."""
    audit = (await start(store)).assessment.assessment_id
    assert await answer(store, audit, "years", "5") is SaveOutcome.RECORDED
    assert await answer(store, audit, "years", "5") is SaveOutcome.UNCHANGED
    assert await answer(store, audit, "years", "1") is SaveOutcome.ALREADY_ANSWERED
    record = await store.get_assessment(TEAM, audit)
    assert record is not None
    assert record.answers == {"years": "5"}


async def test_replace_overwrites_after_going_back(store: SqliteVetStore) -> None:
    """Answering again with replace keeps one row with the new value."""
    audit = (await start(store)).assessment.assessment_id
    await answer(store, audit, "years", "5")
    await answer(store, audit, "badge", "gold")
    assert await answer(store, audit, "years", "1", replace=True) is SaveOutcome.RECORDED
    record = await store.get_assessment(TEAM, audit)
    assert record is not None
    assert record.answers == {"years": "1", "badge": "gold"}


async def test_only_the_vetter_may_answer_and_only_while_open(store: SqliteVetStore) -> None:
    """Another member gets NOT_YOURS; a finished audit gets ENDED; nothing is written."""
    audit = (await start(store)).assessment.assessment_id
    assert await answer(store, audit, "years", "5", user=BOB.user_id) is SaveOutcome.NOT_YOURS
    assert await store.close_assessment(TEAM, audit, AuditStatus.FINISHED, None, T0)
    assert await answer(store, audit, "years", "5") is SaveOutcome.ENDED
    record = await store.get_assessment(TEAM, audit)
    assert record is not None
    assert record.answers == {}


async def test_cancel_keeps_answers_and_closes_once(store: SqliteVetStore) -> None:
    """A cancelled audit keeps its answers; a second close changes nothing."""
    audit = (await start(store)).assessment.assessment_id
    await answer(store, audit, "years", "5")
    await store.save_question_message(TEAM, audit, 42)
    later = T0 + timedelta(minutes=5)
    assert await store.close_assessment(TEAM, audit, AuditStatus.CANCELLED, None, later)
    assert not await store.close_assessment(
        TEAM, audit, AuditStatus.FINISHED, AuditSummary(90, RiskBand.LOW, 100), later
    )
    record = await store.get_assessment(TEAM, audit)
    assert record is not None
    assert (record.status, record.ended_at, record.summary) == (
        AuditStatus.CANCELLED,
        later,
        None,
    )
    assert record.answers == {"years": "5"}
    assert record.question_message_id is None
    assert await store.list_audits_in_progress(TEAM) == []


async def test_vetting_again_makes_a_new_dated_assessment_with_the_previous_result(
    store: SqliteVetStore,
) -> None:
    """After a finished audit, /vet starts a new one that knows the previous score and date."""
    first = (await start(store)).assessment.assessment_id
    finished_at = T0 + timedelta(hours=1)
    kept = AuditSummary(62, RiskBand.ELEVATED, 94)
    await store.close_assessment(TEAM, first, AuditStatus.FINISHED, kept, finished_at)
    later = T0 + timedelta(days=30)
    second = await store.start_assessment(TEAM, name("acme ltd"), BOB, later)
    assert not second.resumed
    record = second.assessment
    assert record.assessment_id != first
    assert (record.started_by, record.started_at) == (BOB, later)
    assert record.previous is not None
    assert (record.previous.assessment_id, record.previous.finished_at) == (first, finished_at)
    assert record.previous.summary == kept
    latest = await store.get_latest_assessment(TEAM, record.supplier_id)
    assert latest is not None
    assert latest.assessment_id == record.assessment_id


async def test_a_cancelled_audit_is_not_a_previous_result(store: SqliteVetStore) -> None:
    """Only finished audits count as history."""
    first = (await start(store)).assessment.assessment_id
    await store.close_assessment(TEAM, first, AuditStatus.CANCELLED, None, T0)
    assert (await start(store)).assessment.previous is None


async def test_audits_in_progress_are_listed_newest_first_with_counts(
    store: SqliteVetStore,
) -> None:
    """The /vet list shows each open audit, who runs it and how many answers it has."""
    acme = (await start(store, "Acme")).assessment.assessment_id
    bolt = (await start(store, "Bolt Co", who=BOB)).assessment.assessment_id
    done = (await start(store, "Done Inc")).assessment.assessment_id
    await store.close_assessment(TEAM, done, AuditStatus.FINISHED, None, T0)
    await answer(store, acme, "order_usd", "5000")
    await answer(store, acme, "years", "5")
    listed = await store.list_audits_in_progress(TEAM)
    assert [(a.assessment_id, a.supplier_name, a.started_by, len(a.answers)) for a in listed] == [
        (bolt, "Bolt Co", BOB, 0),
        (acme, "Acme", ALICE, 2),
    ]


async def test_suppliers_show_latest_state_and_latest_finished_result(
    store: SqliteVetStore,
) -> None:
    """/suppliers gets the last finished figures even while a new audit is in progress."""
    acme = (await start(store, "Acme")).assessment.assessment_id
    kept = AuditSummary(88, RiskBand.LOW, 100)
    await store.close_assessment(TEAM, acme, AuditStatus.FINISHED, kept, T0 + timedelta(hours=1))
    await store.start_assessment(TEAM, name("Acme"), ALICE, T0 + timedelta(days=2))
    await store.start_assessment(TEAM, name("Bolt"), BOB, T0 + timedelta(days=1))
    listed = await store.list_suppliers(TEAM)
    assert [s.name for s in listed] == ["Acme", "Bolt"]
    acme_line, bolt_line = listed
    assert acme_line.latest_status is AuditStatus.IN_PROGRESS
    assert acme_line.last_activity_at == T0 + timedelta(days=2)
    assert acme_line.last_result is not None
    assert acme_line.last_result.summary == kept
    assert bolt_line.last_result is None


async def test_running_audit_is_the_users_most_recently_active(store: SqliteVetStore) -> None:
    """/cancel stops the audit the user last worked on, never someone else's."""
    acme = (await start(store, "Acme")).assessment.assessment_id
    bolt = (await start(store, "Bolt")).assessment.assessment_id
    await start(store, "Crane", who=BOB)
    await answer(store, acme, "order_usd", "5000", at=T0 + timedelta(minutes=3))
    running = await store.get_running_audit(TEAM, ALICE.user_id)
    assert running is not None
    assert running.assessment_id == acme
    await store.start_assessment(TEAM, name("Bolt"), ALICE, T0 + timedelta(minutes=9))
    running = await store.get_running_audit(TEAM, ALICE.user_id)
    assert running is not None
    assert running.assessment_id == bolt
    assert await store.get_running_audit(OTHER_TEAM, ALICE.user_id) is None


async def test_one_open_prompt_per_person_and_chat(store: SqliteVetStore) -> None:
    """A new prompt closes the person's older ones; closed prompts are still found by id."""
    audit = (await start(store)).assessment.assessment_id
    await store.save_prompt(Prompt(TEAM, 10, ALICE.user_id, None, None, is_open=True), T0)
    await store.save_prompt(Prompt(TEAM, 11, BOB.user_id, None, None, is_open=True), T0)
    question = Prompt(TEAM, 12, ALICE.user_id, audit, "years", is_open=True)
    await store.save_prompt(question, T0)
    assert await store.get_open_prompt(TEAM, ALICE.user_id) == question
    old = await store.get_prompt(TEAM, 10)
    assert old is not None
    assert not old.is_open
    assert await store.close_prompts(TEAM, ALICE.user_id) == 1
    assert await store.get_open_prompt(TEAM, ALICE.user_id) is None
    bobs = await store.get_open_prompt(TEAM, BOB.user_id)
    assert bobs is not None
    assert bobs.message_id == 11
    assert await store.get_open_prompt(OTHER_TEAM, BOB.user_id) is None


async def test_answering_a_question_closes_its_prompt(store: SqliteVetStore) -> None:
    """The prompt of a typed question closes once that question has an answer, not before."""
    audit = (await start(store)).assessment.assessment_id
    await store.save_prompt(Prompt(TEAM, 40, ALICE.user_id, audit, "years", is_open=True), T0)
    await answer(store, audit, "order_usd", "5000")
    assert await store.get_open_prompt(TEAM, ALICE.user_id) is not None
    await answer(store, audit, "years", "5")
    assert await store.get_open_prompt(TEAM, ALICE.user_id) is None
    await store.save_prompt(Prompt(TEAM, 41, ALICE.user_id, audit, "years", is_open=True), T0)
    await answer(store, audit, "years", "2", replace=True)
    assert await store.get_open_prompt(TEAM, ALICE.user_id) is None


async def test_closing_an_audit_closes_its_prompts(store: SqliteVetStore) -> None:
    """A finished or cancelled audit takes no more typed answers."""
    audit = (await start(store)).assessment.assessment_id
    await store.save_prompt(Prompt(TEAM, 20, ALICE.user_id, audit, "years", is_open=True), T0)
    await store.close_assessment(TEAM, audit, AuditStatus.CANCELLED, None, T0)
    assert await store.get_open_prompt(TEAM, ALICE.user_id) is None


async def test_concurrent_starts_end_in_one_audit(store: SqliteVetStore) -> None:
    """Two members starting the same supplier at once share one audit in progress."""
    results = await asyncio.gather(*(start(store, "Acme", who=w) for w in (ALICE, BOB) * 5))
    assert len({r.assessment.assessment_id for r in results}) == 1
    assert sum(not r.resumed for r in results) == 1


async def test_concurrent_identical_presses_record_once(store: SqliteVetStore) -> None:
    """Fifty copies of one press end with one RECORDED and one row."""
    audit = (await start(store)).assessment.assessment_id
    outcomes = await asyncio.gather(*(answer(store, audit, "years", "5") for _ in range(50)))
    assert outcomes.count(SaveOutcome.RECORDED) == 1
    assert outcomes.count(SaveOutcome.UNCHANGED) == 49


async def test_everything_survives_reopening_the_file(tmp_path: Path) -> None:
    """A restart (a new connection to the same file) finds audits, answers and prompts."""
    path = tmp_path / "restart.sqlite3"
    first = await Database.open(path)
    store = SqliteVetStore(first)
    audit = (await start(store)).assessment.assessment_id
    await answer(store, audit, "years", "5")
    await store.save_prompt(Prompt(TEAM, 30, ALICE.user_id, audit, "resp_rate", True), T0)
    await first.close()
    second = await Database.open(path)
    try:
        again = SqliteVetStore(second)
        record = await again.get_assessment(TEAM, audit)
        assert record is not None
        assert record.answers == {"years": "5"}
        prompt = await again.get_open_prompt(TEAM, ALICE.user_id)
        assert prompt is not None
        assert prompt.item_id == "resp_rate"
    finally:
        await second.close()


async def test_naive_times_are_refused(store: SqliteVetStore) -> None:
    """A time without a zone would sort wrongly among the stored UTC times."""
    with pytest.raises(ValueError, match="timezone-aware"):
        await store.start_assessment(TEAM, name("Acme"), ALICE, datetime(2025, 5, 3))
