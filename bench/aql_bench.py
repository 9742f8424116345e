"""Benchmark: /aql plans and button presses through the full Application vs the bare PTB floor.

Run by hand: `python -m bench.aql_bench [ROUNDS]`. Prints p50/p99 per update in milliseconds
and the ratio to a floor measured in the same run: `/aql LOT` with rotating lot sizes and
options (a new plan message each time) against a bare PTB app that replies with a prepared
plan and a 12-button keyboard (itself compared to the harness floor); a level button press that
edits the plan in place (alternating between two levels, so every press really edits) against
a bare PTB app that edits a message into one of two prepared plans with a fixed 12-button
keyboard (PTB's own button (de)serialisation and the stand-in's HTML check dominate a
press); and the plan engine alone.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from bench.harness import floor_figures, report, time_actions
from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn
from handlers.sampling.views import plan_text
from handlers.shared.services import App
from knowledge.loader import load_knowledge
from knowledge.sampling.plan import plan
from knowledge.sampling.tables import InspectionLevel, SamplingTables

TYPED = (
    "/aql 5000",
    "/aql 50",
    "/aql 1,200 major 1.5 minor 4 level III",
    "/aql 20k level s-3",
    "/aql 100000 critical 0.065",
)


async def bot_figures(rounds: int, folder: Path) -> tuple[list[float], list[float]]:
    """Per-update latency of /aql and of a level button press through the full bot."""
    settings = Settings(_env_file=None, database_path=folder / "bench.sqlite3")  # type: ignore[call-arg]
    standin = BotApiStandIn()
    app = build_application(settings, request=standin)
    async with running(app):
        user = OfflineUser(app, standin, user_id=4242)
        typed = await time_actions(lambda i: user.send(TYPED[i % len(TYPED)]), rounds)
        await user.send("/aql 5000")
        shown = user.latest_with_buttons()
        assert shown is not None
        key = (shown.chat_id, shown.message_id)

        async def press(i: int) -> object:
            # Look the message up by key: scanning every message sent so far would be timed too.
            current = standin.messages[key]
            return await user.press("Level III" if i % 2 == 0 else "Level II", current)

        pressed = await time_actions(press, rounds)
        return typed, pressed


def _twelve_buttons(tag: str) -> InlineKeyboardMarkup:
    rows = [[f"{tag}{row}{col}" for col in range(4)] for row in range(3)]
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(t, callback_data=f"k:{t}:5000:II:0:2.5:4.0") for t in r]
            for r in rows
        ]
    )


async def keyboard_floor_figures(rounds: int) -> tuple[list[float], list[float]]:
    """A bare PTB Application that sends, then edits, prepared plans with 12-button keyboards.

    What any bot pays per press that shows a text and a keyboard as large as the plan's (the
    texts are two real plans, prepared in advance), before doing any work of its own.
    """
    keyboards = {"a": _twelve_buttons("a"), "b": _twelve_buttons("b")}
    tables = load_knowledge().get(SamplingTables)
    texts = {
        "a": plan_text(plan(tables, 5000, InspectionLevel.II)),
        "b": plan_text(plan(tables, 5000, InspectionLevel.III)),
    }

    async def send(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.effective_message:
            await update.effective_message.reply_html(texts["a"], reply_markup=keyboards["a"])

    async def edit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query and query.data:
            await query.answer()
            other = "b" if query.data.startswith("k:a") else "a"
            await query.edit_message_text(
                texts[other], parse_mode=ParseMode.HTML, reply_markup=keyboards[other]
            )

    standin = BotApiStandIn()
    app: App = Application.builder().token("123456:floor").request(standin).build()
    app.add_handler(CommandHandler("start", send))
    app.add_handler(CallbackQueryHandler(edit))
    async with app:
        user = OfflineUser(app, standin, user_id=4242)
        sent = await time_actions(lambda _: user.send("/start"), rounds)
        shown = user.latest_with_buttons()
        assert shown is not None
        key = (shown.chat_id, shown.message_id)
        edited = await time_actions(lambda _: user.press(1, standin.messages[key]), rounds)
        return sent, edited


def engine_figures(rounds: int) -> list[float]:
    """Milliseconds per `plan()` call alone, over lot sizes from 2 to 1,000,000."""
    tables = load_knowledge().get(SamplingTables)
    lots = [2, 50, 500, 5000, 50_000, 1_000_000]
    figures = []
    for i in range(rounds):
        started = time.perf_counter()
        plan(tables, lots[i % len(lots)], InspectionLevel.II)
        figures.append((time.perf_counter() - started) * 1000)
    return figures


async def main(rounds: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        floor = await floor_figures(rounds)
        send_floor, edit_floor = await keyboard_floor_figures(rounds)
        typed, pressed = await bot_figures(rounds, Path(folder))
    report("PTB floor (/start -> hello)", floor)
    report("PTB floor (plan, 12 buttons)", send_floor, floor)
    report("/aql LOT [options]", typed, send_floor)
    report("PTB floor (12-button edit)", edit_floor)
    report("/aql level button (edit)", pressed, edit_floor)
    report("plan() engine alone", engine_figures(rounds))


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000))
