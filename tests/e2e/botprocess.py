"""The bot as a real subprocess: `python -m bot polling` against the double, own database.

Each `BotProcess` is one run of the bot with a fake token, the double's base URL, a short
long-polling timeout and a database file in the test's folder (so a restart reuses it). Its
log goes to a file the fixtures print when a test fails. Readiness and exit are awaited as
conditions with time limits, never as fixed sleeps.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from pathlib import Path

from tests.e2e.double import BotApiDouble

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 60.0
POLL_TIMEOUT = 1  # seconds a long poll waits for updates (POLL_TIMEOUT)
BOT_TIMEOUT = 2  # seconds the bot waits for any Bot API call (TELEGRAM_TIMEOUT)
STOP_TIMEOUT = 30.0
HANDLER_FAILED = "Error while handling update"  # the bot's error handler logs this
_OURS = (
    "TELEGRAM_", "WEBHOOK_", "DATABASE_", "ALLOWED_", "ADMIN_", "LOG_", "POLL_",
    "LIVE_EXCHANGE_", "EXCHANGE_RATES_", "ESTIMATE_DATE",
)  # fmt: skip


def bot_env(double: BotApiDouble, database: Path, **extra: str) -> dict[str, str]:
    """The environment of the bot subprocess: nothing of the developer's settings leaks in."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(_OURS)}
    env.update(
        PYTHONPATH=str(ROOT),
        PYTHONUNBUFFERED="1",
        TELEGRAM_BOT_TOKEN=double.token,
        TELEGRAM_BASE_URL=double.base_url,
        DATABASE_PATH=str(database),
        POLL_TIMEOUT=str(POLL_TIMEOUT),
        TELEGRAM_TIMEOUT=str(BOT_TIMEOUT),
        LOG_LEVEL="INFO",
        LIVE_EXCHANGE_RATES="false",  # no test reaches the internet
    )
    env.update(extra)
    return env


class BotProcess:
    """One run of the bot; `start`, then `terminate` (SIGTERM) or `kill` (SIGKILL)."""

    def __init__(self, double: BotApiDouble, folder: Path, **env: str) -> None:
        self.double = double
        self.folder = folder
        self.database = folder / "bot.sqlite3"
        self.log_path = folder / "bot.log"
        self.env = env
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> BotProcess:
        """Start the bot and wait until it long-polls the double."""
        polls_before = len(self.double.polls)
        with self.log_path.open("ab") as log:
            log.write(f"--- start {time.strftime('%H:%M:%S')} ---\n".encode())
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "polling",
                cwd=self.folder,
                env=bot_env(self.double, self.database, **self.env),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=log,
                stderr=log,
            )  # fmt: skip
        await self.double.wait_for(
            lambda: self._check_alive() and len(self.double.polls) > polls_before,
            "the bot to start polling",
            START_TIMEOUT,
        )
        return self

    def _check_alive(self) -> bool:
        if self.proc is not None and self.proc.returncode is not None:
            raise AssertionError(f"the bot exited with {self.proc.returncode}:\n{self.log()}")
        return True

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.returncode is None

    async def terminate(self, within: float = STOP_TIMEOUT) -> int:
        """SIGTERM, as a service manager stops the bot; returns the exit status."""
        return await self._signal(signal.SIGTERM, within)

    async def kill(self) -> int:
        """SIGKILL: the process dies on the spot, mid-whatever."""
        return await self._signal(signal.SIGKILL, STOP_TIMEOUT)

    async def _signal(self, sig: signal.Signals, within: float) -> int:
        if self.proc is None:
            raise RuntimeError("the bot was never started")
        if self.proc.returncode is None:
            self.proc.send_signal(sig)
        try:
            return await asyncio.wait_for(self.proc.wait(), within)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()
            raise AssertionError(f"the bot ignored {sig.name} for {within:.0f}s") from None

    def log(self) -> str:
        """Everything the bot logged so far (all runs in this folder)."""
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


def assert_no_handler_errors(bot: BotProcess) -> None:
    """No update (and no polling trouble) ended in the bot's error handler."""
    assert HANDLER_FAILED not in bot.log(), "something reached the bot's error handler"
