"""Benchmark: /start through the full Application vs the bare PTB floor, same stand-in.

Run by hand: `python -m bench.start_bench [ROUNDS]`. Prints p50/p99 per update in
milliseconds and the ratio to the floor (target: /start within 2x the floor). The full
Application runs with its real SQLite database in a temporary folder.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from bench.harness import floor_figures, report, time_actions
from bot.app import build_application
from bot.config import Settings
from bot.offline import OfflineUser, running
from bot.standin import BotApiStandIn


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
        full = await start_figures(rounds, Path(folder))
    report("PTB floor (/start -> hello)", floor)
    report("sourcing-bot /start", full, floor)


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000))
