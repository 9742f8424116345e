"""Benchmark: /incoterm updates through the full Application vs the bare PTB floor.

Run by hand: `python -m bench.incoterm_bench [ROUNDS]`. Times, per update, a card by code, a
typo'd name with a place, a comparison, a button press that edits the message (alternating
list and card, so every edit changes something) and an inline query, each through the real
Application over the in-process stand-in with its SQLite database in a temporary folder, and
prints p50/p99 in milliseconds with the ratio to the floor measured in the same run.

A second floor, a bare Application that answers /start with the FOB card's own HTML, shows
what any bot pays to send a card that long over the stand-in (which parses the HTML as
Telegram would): the difference to the full /incoterm FOB update is the bot's own work.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler, ContextTypes

from bench.harness import floor_figures, report, time_actions
from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn
from handlers.incoterms import views
from handlers.shared.services import App
from knowledge.incoterms.models import Incoterms
from knowledge.loader import load_knowledge

Action = Callable[[OfflineUser, BotApiStandIn], Callable[[int], Awaitable[object]]]


def _send(text: str) -> Action:
    return lambda user, _: lambda _i: user.send(text)


def _inline(text: str) -> Action:
    return lambda user, _: lambda _i: user.inline(text)


def _press_back_and_forth(
    user: OfflineUser, standin: BotApiStandIn
) -> Callable[[int], Awaitable[object]]:
    """Press FOB on the list, then "All rules" on the card, and so on: each press edits."""

    key: tuple[int, int] | None = None

    async def press(i: int) -> object:
        nonlocal key
        if key is None:
            [event] = await user.send("/incoterm")
            assert event.message is not None
            key = (event.message.chat_id, event.message.message_id)
        message = standin.messages[key]  # its latest edit, without scanning every chat
        data = "incoterm:show:FOB" if message.text.startswith("Incoterms") else "incoterm:list"
        return await user.press_data(data, message)

    return press


CASES: tuple[tuple[str, Action], ...] = (
    ("/incoterm FOB (card)", _send("/incoterm FOB")),
    ("/incoterm free on bord ningbo", _send("/incoterm free on bord ningbo")),
    ("/incoterm fob vs cif", _send("/incoterm fob vs cif")),
    ("button press (edit)", _press_back_and_forth),
    ("inline @bot fob", _inline("fob")),
)


async def card_floor_figures(
    rounds: int, html: str, keyboard: InlineKeyboardMarkup | None = None
) -> list[float]:
    """A bare PTB Application replying to /start with `html` (and `keyboard`): the floor for
    a card."""

    async def reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.effective_message:
            await update.effective_message.reply_text(
                html, parse_mode=ParseMode.HTML, reply_markup=keyboard
            )

    standin = BotApiStandIn()
    app: App = Application.builder().token("123456:floor").request(standin).build()
    app.add_handler(CommandHandler("start", reply))
    async with app:
        user = OfflineUser(app, standin, user_id=4343)
        return await time_actions(lambda _: user.send("/start"), rounds)


async def feature_figures(
    rounds: int,
    folder: Path,
    cases: tuple[tuple[str, Action], ...] = CASES,
    first_user: int = 5000,
) -> dict[str, list[float]]:
    """Per-update latency of each case through the full bot, one Application for all."""
    settings = Settings(_env_file=None, database_path=folder / "bench.sqlite3")  # type: ignore[call-arg]
    standin = BotApiStandIn()
    app = build_application(settings, request=standin)
    figures: dict[str, list[float]] = {}
    async with running(app):
        for number, (name, action) in enumerate(cases):
            user = OfflineUser(app, standin, user_id=first_user + number)
            figures[name] = await time_actions(action(user, standin), rounds)
            standin.events.clear()  # keep memory flat between cases
    return figures


async def main(rounds: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        floor = await floor_figures(rounds)
        book = load_knowledge().get(Incoterms)
        card_floor = await card_floor_figures(rounds, views.rule_card(book, book.rule("FOB")))
        figures = await feature_figures(rounds, Path(folder))
    report("PTB floor (/start -> hello)", floor)
    report("PTB floor, FOB card's HTML", card_floor, floor)
    for name, found in figures.items():
        report(name, found, floor)


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000))
