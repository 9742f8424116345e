"""Benchmark: /start through the full Application vs the bare PTB floor, same stand-in.

Run by hand: `python -m bench.start_bench [ROUNDS]`. Prints p50/p99 per update in
milliseconds and the ratio to the floor (target: /start within 2x the floor). The full
Application runs with its real SQLite database in a temporary folder. A second floor sends
the very same greeting and keyboard from a bare Application, so the ratio to it shows what the
bot itself adds beyond what python-telegram-bot pays for a larger message with buttons.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from bench.harness import floor_figures, report, time_actions
from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn
from handlers.shared.services import App
from handlers.shared.start import feature_keyboard, start_text


async def _greet(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message:
        await update.effective_message.reply_html(start_text(), reply_markup=feature_keyboard())


async def same_work_figures(rounds: int) -> list[float]:
    """A bare Application sending /start's own text and keyboard."""
    standin = BotApiStandIn()
    app: App = (
        Application.builder()
        .token("123456:floor")
        .request(standin)
        .get_updates_request(standin)
        .build()
    )
    app.add_handler(CommandHandler("start", _greet))
    async with app:
        user = OfflineUser(app, standin, user_id=4242)
        return await time_actions(lambda _: user.send("/start"), rounds)


async def start_figures(rounds: int, folder: Path) -> list[float]:
    """Per-update latency of /start through the full bot."""
    settings = Settings(_env_file=None, database_path=folder / "bench.sqlite3")  # type: ignore[call-arg]
    standin = BotApiStandIn()
    app = build_application(settings, request=standin)
    async with running(app):
        user = OfflineUser(app, standin, user_id=4242)
        return await time_actions(lambda _: user.send("/start"), rounds)


async def main(rounds: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        floor = await floor_figures(rounds)
        same = await same_work_figures(rounds)
        full = await start_figures(rounds, Path(folder))
    report("PTB floor (/start -> hello)", floor)
    report("floor: same greeting+buttons", same, floor)
    report("sourcing-bot /start", full, floor)
    report("  ... vs same-work floor", full, same)


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000))
