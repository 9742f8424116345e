"""Benchmark: answering one /vet question through the full Application, and 200 buyers at once.

Run by hand: `python -m bench.vet_bench [ROUNDS] [USERS]`. Part one times one buyer answering
questions in a private chat on a file-backed database (each answer: checks, one committed
write, the next question shown), by kind: a tapped answer, a typed answer, and the last answer
(closing the audit and sending the report); p50/p99 and the ratio to the bare PTB floor and
to a "tap floor" (a bare Application editing a question-sized message on a press). Part
two runs USERS buyers mid-audit, half in their own chats and half in one shared group, every
update through the Application's per-chat ordered update processor, with one tap in ten
double-tapped; then it checks the database: every answer recorded exactly once.
"""

from __future__ import annotations

import asyncio
import sqlite3
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.ext import Application, CallbackQueryHandler, Defaults

from bench.harness import floor_figures, report, time_actions
from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn, Event
from handlers.shared.services import SERVICES_KEY, App, Services
from handlers.vet.buttons import question_keyboard
from knowledge.loader import load_knowledge
from knowledge.vet.checklist import Checklist
from knowledge.vet.items import CreditCodeItem, NumberItem
from knowledge.vet.progress import where
from tests.handlers.vet.support import passing_reply

GROUP = -100
Action = Callable[[], Awaitable[list[Event]]]


class QueuedUser(OfflineUser):
    """A user whose updates go through the Application's update processor, as polling does."""

    async def _process(self, payload: dict[str, Any]) -> list[Event]:
        payload["update_id"] = self.standin.next_update_id()
        update = Update.de_json(payload, self.app.bot)
        await self.app.update_processor.process_update(update, self.app.process_update(update))
        return []


def services_of(app: App) -> Services:
    found = app.bot_data[SERVICES_KEY]
    assert isinstance(found, Services)
    return found


async def next_answer(user: OfflineUser, *, double_tap: bool = False) -> tuple[str, Action] | None:
    """The kind and the action of the user's next answer, found from the database (untimed)."""
    store = services_of(user.app).vet
    record = await store.get_running_audit(user.chat_id, user.user_id)
    checklist = services_of(user.app).knowledge.get(Checklist)
    item = None if record is None else where(checklist, record.answers).current
    if record is None or item is None:
        return None
    reply = passing_reply(item)
    kind = "last" if len(record.answers) == len(checklist.items) - 1 else "tap"
    if isinstance(item, NumberItem | CreditCodeItem):
        prompt = await store.get_open_prompt(user.chat_id, user.user_id)
        assert prompt is not None
        return ("typed" if kind == "tap" else kind), lambda: user.send(
            reply, reply_to=prompt.message_id
        )
    assert record.question_message_id is not None
    message = user.standin.messages[(user.chat_id, record.question_message_id)]
    data = next(b.callback_data for b in message.flat_buttons() if b.text == reply)
    assert data is not None
    if double_tap:

        async def twice() -> list[Event]:
            first, second = await asyncio.gather(
                user.press_data(data, message), user.press_data(data, message)
            )
            return first + second

        return kind, twice
    return kind, lambda: user.press_data(data, message)


TAP_FLOOR_TEXT = (
    "✓ Saved: Yes\n<b>Shenzhen Acme Electronics</b> · Alibaba profile\nQuestion 5 of 33\n\n"
    "<b>Do the reviews look genuine, with no pattern of quality, delay or hidden-fee "
    "complaints?</b>\n<i>Read the lowest ratings first and look at the dates; many reviews "
    "within a few days are suspicious.</i>"
)


async def tap_floor_figures(rounds: int) -> list[float]:
    """A bare Application that answers a button by editing a question-sized message with the
    same keyboard: what any bot pays per tap here, before storage and rules."""
    standin = BotApiStandIn()
    app: App = (
        Application.builder()
        .token("123456:floor")
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .request(standin)
        .get_updates_request(standin)
        .build()
    )
    checklist = load_knowledge().get(Checklist)
    item = checklist.items[7]
    flip = [0]

    async def edit(update: Update, context: object) -> None:
        query = update.callback_query
        assert query is not None
        assert isinstance(query.message, Message)
        await query.answer()
        flip[0] += 1
        markup = question_keyboard(1, item, revisit=False, first=False)
        await query.message.edit_text(f"{TAP_FLOOR_TEXT} {flip[0] % 2}", reply_markup=markup)

    app.add_handler(CallbackQueryHandler(edit))
    async with app:
        user = OfflineUser(app, standin, user_id=4242)
        markup = question_keyboard(1, item, revisit=False, first=False)
        sent = await app.bot.send_message(user.chat_id, TAP_FLOOR_TEXT, reply_markup=markup)
        data = markup.inline_keyboard[0][0].callback_data
        assert isinstance(data, str)

        async def tap(_: int) -> object:
            message = standin.messages[(user.chat_id, sent.message_id)]
            return await user.press_data(data, message)

        return await time_actions(tap, rounds)


async def one_buyer(rounds: int, folder: Path) -> dict[str, list[float]]:
    """Milliseconds per answer by kind, one buyer, audits started one after another."""
    settings = Settings(_env_file=None, database_path=folder / "one.sqlite3")  # type: ignore[call-arg]
    standin = BotApiStandIn()
    figures: dict[str, list[float]] = {"tap": [], "typed": [], "last": []}
    async with running(build_application(settings, request=standin)) as app:
        user = OfflineUser(app, standin, user_id=4242)
        audits = 0
        answered = -50  # warm-up answers, not timed
        while answered < rounds:
            found = await next_answer(user)
            if found is None:
                audits += 1
                await user.send(f"/vet Supplier {audits}")
                continue
            kind, action = found
            started = time.perf_counter()
            await action()
            if answered >= 0:
                figures[kind].append((time.perf_counter() - started) * 1000)
            answered += 1
    return figures


async def buyer_audit(user: QueuedUser, number: int) -> int:
    """Answer the user's whole audit, double-tapping one tap in ten; returns the taps doubled."""
    doubled = 0
    step = 0
    while (found := await next_answer(user, double_tap=(number + step) % 10 == 0)) is not None:
        kind, action = found
        doubled += (number + step) % 10 == 0 and kind != "typed"
        await action()
        step += 1
    return doubled


async def many_buyers(users: int, folder: Path) -> None:
    """`users` buyers answer at once; then the database is checked answer by answer."""
    path = folder / "many.sqlite3"
    settings = Settings(_env_file=None, database_path=path)  # type: ignore[call-arg]
    standin = BotApiStandIn()
    async with running(build_application(settings, request=standin)) as app:
        buyers = [
            QueuedUser(app, standin, user_id=10_000 + n, chat_id=GROUP if n % 2 else 10_000 + n)
            for n in range(users)
        ]
        for n, buyer in enumerate(buyers):
            await buyer.send(f"/vet Supplier {n}")
        started = time.perf_counter()
        doubled = await asyncio.gather(*(buyer_audit(b, n) for n, b in enumerate(buyers)))
        elapsed = time.perf_counter() - started
        questions = len(services_of(app).knowledge.get(Checklist).items)
    with closing(sqlite3.connect(path)) as db:
        rows = db.execute("SELECT COUNT(*), COUNT(DISTINCT assessment_id) FROM vet_answers")
        answers, audits = rows.fetchone()
        finished = db.execute(
            "SELECT COUNT(*) FROM vet_assessments WHERE status = 'finished'"
        ).fetchone()[0]
        per_audit = {n for (n,) in db.execute(
            "SELECT COUNT(*) FROM vet_answers GROUP BY assessment_id"
        )}  # fmt: skip
    expected = users * questions
    print(
        f"{users} buyers ({users // 2} in one group), {expected} answers in {elapsed:.2f} s "
        f"({expected / elapsed:,.0f} answers/s), {sum(doubled)} double taps",
        flush=True,
    )
    ok = answers == expected and audits == finished == users and per_audit == {questions}
    print(
        f"database: {answers} answers in {audits} audits, {finished} finished, "
        f"answers per audit {sorted(per_audit)} -> {'exactly once: OK' if ok else 'MISMATCH'}",
        flush=True,
    )


async def main(rounds: int, users: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        floor = await floor_figures(rounds)
        tap_floor = await tap_floor_figures(rounds)
        figures = await one_buyer(rounds, Path(folder))
        report("PTB floor (/start -> hello)", floor)
        report("tap floor (press -> edit)", tap_floor, floor)
        every = [ms for kind in figures.values() for ms in kind]
        report("vet answer, any", every, floor)
        for kind, label in (("tap", "tapped"), ("typed", "typed"), ("last", "last + report")):
            if len(figures[kind]) >= 2:
                report(f"vet answer, {label}", figures[kind], floor)
        report("vet tap vs tap floor", figures["tap"], tap_floor)
        await many_buyers(users, Path(folder))


if __name__ == "__main__":
    arguments = [int(arg) for arg in sys.argv[1:3]]
    asyncio.run(main(*(arguments + [3000, 200][len(arguments) :])))
