"""Benchmark: 100 people at once, each checking a supplier's message, estimating landed cost
and running a whole supplier audit, through the Application's update queue.

Run by hand: `python -m bench.load_bench [--users 100] [--group-size 5] [--think-ms 0]`.
The real Application (file-backed SQLite in a temporary folder, the in-process stand-in) is
started as polling starts it, and every update goes into `app.update_queue`, so the per-chat
ordered update processor dispatches it exactly as it does polled updates: chats in parallel,
each chat's updates in order. Half the people work in private chats, half in team groups of
GROUP_SIZE (their updates queue behind each other's). Each person waits for the bot to finish
an update before sending the next, as a person on a phone does; with --think-ms T they also
pause a random 0-2T ms first (T=0: everyone as fast as the bot answers, the bot saturated).
Latency per update: from the put on the queue until the update processor is done with it.
Afterwards every result is checked: each scam verdict high risk, each estimate 15,150.00,
each audit finished with exactly 33 answers in the database.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import tempfile
import time
from collections import defaultdict
from collections.abc import Awaitable
from contextlib import closing
from pathlib import Path
from typing import Any

from telegram import Update

from bench.harness import floor_figures, percentiles, report
from bench.vet_bench import next_answer
from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn, Event
from handlers.shared.services import App

LANDED = (
    "/landed 1000 pcs @ 10 usd fob freight 2000 ins 150 duty 15% broker 300 other 500 cont 700"
)
SCAM = (
    "Dear buyer, our bank account has changed, please pay to our new account today. "
    "You can also pay via Western Union or USDT. Contact me on WhatsApp +86 138 0013 8000."
)


class Finish:
    """Futures resolved when the update processor is done with an update.

    Wraps the processor's `do_process_update` on this one Application (a benchmark's hook):
    the end of that call is the end of the update, whatever its handlers did.
    """

    def __init__(self, app: App) -> None:
        self.waiting: dict[int, asyncio.Future[None]] = {}
        processor = app.update_processor
        self._inner = processor.do_process_update
        processor.do_process_update = self._timed  # type: ignore[method-assign]

    async def _timed(self, update: object, coroutine: Awaitable[Any]) -> None:
        try:
            await self._inner(update, coroutine)
        finally:
            if isinstance(update, Update) and update.update_id in self.waiting:
                self.waiting.pop(update.update_id).set_result(None)


class QueueUser(OfflineUser):
    """A person whose updates go on the Application's update queue, as polling puts them."""

    def __init__(
        self, app: App, standin: BotApiStandIn, finish: Finish, think_ms: float, **kwargs: Any
    ) -> None:
        super().__init__(app, standin, **kwargs)
        self.finish = finish
        self.think = random.Random(kwargs["user_id"]), think_ms / 1000
        self.last_message_id = 0
        self.timings: dict[str, list[float]] = defaultdict(list)
        self.kind = "other"

    async def _process(self, payload: dict[str, Any]) -> list[Event]:
        chance, think = self.think
        if think:
            await asyncio.sleep(chance.uniform(0, 2 * think))  # reading and typing, untimed
        start = len(self.standin.events)
        self.last_message_id = payload.get("message", {}).get("message_id", 0)
        self._remember(payload)
        payload["update_id"] = self.standin.next_update_id()
        done = asyncio.get_running_loop().create_future()
        self.finish.waiting[payload["update_id"]] = done
        began = time.perf_counter()
        await self.app.update_queue.put(Update.de_json(payload, self.app.bot))
        await asyncio.wait_for(done, 60)
        self.timings[self.kind].append((time.perf_counter() - began) * 1000)
        events = [e for e in self.standin.events[start:] if e.chat_id in (self.chat_id, None)]
        self._note_questions(events)
        return events


def chat_of(person: int, group_size: int) -> int | None:
    """Even people in their private chat (None), odd ones in groups of `group_size`."""
    return None if person % 2 == 0 else -(500 + person // (2 * group_size))


def answer_to(user: QueueUser, events: list[Event]) -> str:
    """The bot's answer to the user's last message; in a group, only a message quoting it
    (other members' updates are answered in the same chat meanwhile)."""
    return "\n".join(
        e.message.text
        for e in events
        if e.message is not None and e.kind == "sent"
        and (user.chat_id > 0 or e.message.reply_to == user.last_message_id)
    )  # fmt: skip


async def one_person(user: QueueUser, number: int) -> dict[str, bool]:
    """Scam check, one-line estimate, whole audit; whether each came out right."""
    user.kind = "scam check"
    if user.chat_id > 0:
        verdict = answer_to(user, await user.forward(SCAM))
    else:
        verdict = answer_to(user, await user.send(f"/scam {SCAM}"))
    user.kind = "landed line"
    estimate = answer_to(user, await user.send(LANDED))
    user.kind = "vet answer"
    await user.send(f"/vet Supplier {number}")
    while (found := await next_answer(user)) is not None:
        await found[1]()
    return {
        "scam": verdict.startswith("🔴 High risk"),
        "landed": "15,150.00" in estimate,
    }


def audits_in(path: Path) -> tuple[int, int, set[int]]:
    """Finished audits, answers, and the distinct answer counts per audit."""
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(
            "SELECT a.status, count(v.item_id) FROM vet_assessments a "
            "LEFT JOIN vet_answers v USING (assessment_id) GROUP BY a.assessment_id"
        ).fetchall()
    finished = sum(1 for status, _ in rows if status == "finished")
    return finished, sum(count for _, count in rows), {count for _, count in rows}


async def main(users: int, group_size: int, think_ms: float) -> None:
    floor = await floor_figures(2000)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "load.sqlite3"
        settings = Settings(_env_file=None, database_path=path)
        standin = BotApiStandIn()
        app = build_application(settings, request=standin)
        finish = Finish(app)
        async with running(app):
            await app.start()  # the update fetcher: queue -> per-chat ordered processor
            people = [
                QueueUser(
                    app,
                    standin,
                    finish,
                    think_ms,
                    user_id=20_000 + n,
                    chat_id=chat_of(n, group_size),
                )
                for n in range(users)
            ]
            began = time.perf_counter()
            outcomes = await asyncio.gather(*(one_person(p, n) for n, p in enumerate(people)))
            elapsed = time.perf_counter() - began
            await app.stop()
        finished, answers, per_audit = audits_in(path)
    timings: dict[str, list[float]] = defaultdict(list)
    for person in people:
        for kind, figures in person.timings.items():
            timings[kind].extend(figures)
    everything = [ms for figures in timings.values() for ms in figures]
    groups = len({p.chat_id for p in people if p.chat_id < 0})
    print(
        f"{users} people ({users - users // 2} in private chats, {users // 2} in {groups} groups)"
    )
    print(f"think time 0-{2 * think_ms:.0f} ms before each step")
    print(f"{len(everything)} updates in {elapsed:.1f} s ({len(everything) / elapsed:.0f}/s)")
    report("PTB floor, one user (/start)", floor)
    report("every update", everything)
    for kind in ("scam check", "landed line", "vet answer"):
        report(kind, timings[kind])
    scams = sum(o["scam"] for o in outcomes)
    estimates = sum(o["landed"] for o in outcomes)
    print(f"right: {scams}/{users} scam verdicts, {estimates}/{users} estimates,")
    print(f"       {finished}/{users} audits finished, {answers} answers, per audit {per_audit}")
    p50, p99 = percentiles(everything)
    ok = scams == estimates == finished == users and per_audit == {33}
    print(f"{'ALL CORRECT' if ok else 'WRONG RESULTS'}; p50 {p50:.2f} ms, p99 {p99:.2f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--group-size", type=int, default=5)
    parser.add_argument("--think-ms", type=float, default=0.0)
    args = parser.parse_args()
    asyncio.run(main(args.users, args.group_size, args.think_ms))
