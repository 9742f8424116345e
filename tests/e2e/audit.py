"""Driving a whole `/vet` audit over HTTP, as a buyer on a phone would.

The question to answer is read from the bot's database (a second connection to the file the
bot subprocess writes), the answer is a tap or a typed reply, and each step waits until the
answer is stored and the bot shows the next question, so a test can stop the bot at any point
and know exactly which answers it had.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from bot.offline.standin import Event
from bot.storage.database import Database
from bot.storage.vet.store import SqliteVetStore
from knowledge.loader import packaged_knowledge
from knowledge.vet.checklist import Checklist
from knowledge.vet.items import AnyItem, CreditCodeItem, NumberItem
from knowledge.vet.progress import Position, where
from tests.e2e.users import HttpUser
from tests.handlers.vet.support import passing_reply

CHECKLIST = packaged_knowledge().get(Checklist)


def typed(item: AnyItem) -> bool:
    """Questions answered by a typed reply rather than a button."""
    return isinstance(item, NumberItem | CreditCodeItem)


def shows(events: list[Event], text: str) -> bool:
    return any(e.message is not None and text in e.message.text for e in events)


def asks(position: Position, events: list[Event]) -> bool:
    """The events show the question at `position` (and its reply prompt, when it is typed)."""
    label = f"Question {position.number} of {position.total}"
    for index, event in enumerate(events):
        if event.message is not None and label in event.message.text:
            current = position.current
            if current is None or not typed(current):
                return True
            return any(e.message is not None and e.message.force_reply for e in events[index:])
    return False


class AuditDriver:
    """One user's audit in one chat, read from the bot's database file."""

    def __init__(self, user: HttpUser, store: SqliteVetStore) -> None:
        self.user = user
        self.store = store
        self.assessment_id: int | None = None

    async def answers(self) -> dict[str, str]:
        """The audit's stored answers."""
        assert self.assessment_id is not None, "start the audit first"
        record = await self.store.get_assessment(self.user.chat_id, self.assessment_id)
        assert record is not None
        return dict(record.answers)

    async def position(self) -> Position:
        return where(CHECKLIST, await self.answers())

    async def start(self, name: str) -> list[Event]:
        """Send /vet NAME and wait for the first question."""
        await self.user.send(f"/vet {name}")
        self.assessment_id = await self.user.double.wait_until(
            self._running_id, "the audit to start", 30
        )
        first = await self.position()
        return await self.user.until(lambda events: asks(first, events), "the first question")

    async def _running_id(self) -> int | None:
        record = await self.store.get_running_audit(self.user.chat_id, self.user.user_id)
        return record.assessment_id if record else None

    async def send_answer(self) -> tuple[AnyItem, str]:
        """Tap or type a passing answer to the question on screen; does not wait."""
        item = (await self.position()).current
        assert item is not None, "no question to answer"
        reply = passing_reply(item)
        if typed(item):
            await self.user.answer(reply)
        else:
            await self.user.press(reply)
        return item, reply

    async def stored(self, item: AnyItem) -> dict[str, str]:
        """Wait until the answer to `item` is in the database."""
        return await self.user.double.wait_until(
            lambda: self._with(item.id), f"the answer to {item.id} to be stored", 30
        )

    async def _with(self, item_id: str) -> dict[str, str] | None:
        answers = await self.answers()
        return answers if item_id in answers else None

    async def shown_next(self, answers: dict[str, str]) -> list[Event]:
        """Wait until the question after `answers` (or the report) is on screen."""
        following = where(CHECKLIST, answers)
        if following.finished:
            return await self.user.until(lambda e: shows(e, "Supplier audit:"), "the report")
        return await self.user.until(lambda e: asks(following, e), f"question {following.number}")

    async def answer(self) -> list[Event]:
        """Answer the current question and wait for the next one (or the report) to show.

        Each answer is confirmed ("✓ Saved") exactly once; a doubled reply shows up here or
        in the next step's events.
        """
        item, _ = await self.send_answer()
        answers = await self.stored(item)
        events = await self.shown_next(answers)
        confirmations = [e for e in events if e.message and e.message.text.startswith("✓ Saved")]
        expected = 0 if where(CHECKLIST, answers).finished else 1
        assert expected <= len(confirmations) <= 1, confirmations
        return events

    async def finish(self) -> list[Event]:
        """Answer every remaining question; the events of the last step (the report)."""
        events: list[Event] = []
        while not (await self.position()).finished:
            events = await self.answer()
        return events


@asynccontextmanager
async def vet_store(database: Path) -> AsyncIterator[SqliteVetStore]:
    """The vet store over a second connection to the bot's database file."""
    db = await Database.open(database)
    try:
        yield SqliteVetStore(db)
    finally:
        await db.close()
