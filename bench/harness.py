"""Shared benchmark harness: time updates through an Application, and the PTB floor.

The floor is a bare python-telegram-bot Application over the same in-process stand-in whose
only handler replies with a fixed text: what any bot pays per update before doing real work.
Feature benchmarks report their p50/p99 and the ratio to this floor, measured in the same run.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import BotApiStandIn
from handlers.shared.services import App


async def _reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message:
        await update.effective_message.reply_text("hello")


def floor_application(standin: BotApiStandIn) -> App:
    """A bare Application whose one handler answers /start with a fixed text."""
    app: App = (
        Application.builder()
        .token("123456:floor")
        .request(standin)
        .get_updates_request(standin)
        .build()
    )
    app.add_handler(CommandHandler("start", _reply))
    return app


async def time_actions(
    action: Callable[[int], Awaitable[object]], rounds: int, warmup: int = 50
) -> list[float]:
    """Milliseconds per call of `action(i)`, after `warmup` untimed calls."""
    for i in range(warmup):
        await action(i)
    figures = []
    for i in range(rounds):
        started = time.perf_counter()
        await action(warmup + i)
        figures.append((time.perf_counter() - started) * 1000)
    return figures


def percentiles(figures: list[float]) -> tuple[float, float]:
    """p50 and p99 of a list of timings."""
    cuts = statistics.quantiles(figures, n=100)
    return cuts[49], cuts[98]


def report(name: str, figures: list[float], floor: list[float] | None = None) -> None:
    """Print p50/p99 in milliseconds, and the ratio to the floor when given."""
    p50, p99 = percentiles(figures)
    line = f"{name:28} p50 {p50:7.3f} ms   p99 {p99:7.3f} ms   ({len(figures)} updates)"
    if floor:
        f50, f99 = percentiles(floor)
        line += f"   ×floor p50 {p50 / f50:4.2f}  p99 {p99 / f99:4.2f}"
    print(line, flush=True)


async def floor_figures(rounds: int) -> list[float]:
    """Per-update latency of the bare PTB floor answering /start."""
    standin = BotApiStandIn()
    app = floor_application(standin)
    async with app:
        user = OfflineUser(app, standin, user_id=4242)
        return await time_actions(lambda _: user.send("/start"), rounds)
