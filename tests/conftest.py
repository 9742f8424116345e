"""Shared fixtures: settings -> stand-in -> running Application -> offline users.

Every Application test also checks, at teardown, that Telegram would have accepted everything
the bot sent and that no update ended in the error handler.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn
from handlers.shared.services import App, Context

_E2E = Path(__file__).parent / "e2e"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the slow tiers: every end-to-end test (by folder) and the hostile-input ones (by
    their own marker) are `slow`, so `-m "not slow"` runs the fast tiers alone."""
    for item in items:
        if item.path.is_relative_to(_E2E):
            item.add_marker(pytest.mark.e2e)
        if item.get_closest_marker("e2e") or item.get_closest_marker("hostile"):
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings for an offline bot with its own database; a developer's .env never leaks in."""
    return Settings(_env_file=None, database_path=tmp_path / "bot.sqlite3")  # type: ignore[call-arg]


@pytest.fixture
def standin() -> BotApiStandIn:
    """The in-process Bot API stand-in."""
    return BotApiStandIn()


@pytest.fixture
def errors() -> list[BaseException]:
    """Errors that reached the error handler during a test."""
    return []


@pytest.fixture
async def app(
    settings: Settings, standin: BotApiStandIn, errors: list[BaseException]
) -> AsyncIterator[App]:
    """The real Application over the stand-in, started and stopped like run_polling does."""
    application = build_application(settings, request=standin)

    async def remember(update: object, context: Context) -> None:
        if context.error is not None:
            errors.append(context.error)

    application.add_error_handler(remember)
    async with running(application):
        yield application
    assert standin.refused == [], f"Telegram would have refused: {standin.refused}"
    assert errors == [], f"updates failed: {errors!r}"


@pytest.fixture
def alice(app: App, standin: BotApiStandIn) -> OfflineUser:
    """A buyer in her private chat with the bot."""
    return OfflineUser(app, standin, user_id=1001, first_name="Alice")


def pytest_unconfigure(config: pytest.Config) -> None:
    """Fail loudly, instead of hanging CI, when a test leaves a non-daemon thread running.

    An aiosqlite connection that is never closed keeps its worker thread (not a daemon)
    alive, and the interpreter then waits for it forever after the last test. Runs after
    the summary is printed, so the failures that caused the leak are still shown.
    """
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _leftover_threads():
        time.sleep(0.05)
    leftover = _leftover_threads()
    if leftover:
        names = ", ".join(sorted(thread.name for thread in leftover))
        sys.stderr.write(f"\nTests left non-daemon threads running: {names}\n")
        sys.stderr.flush()
        # The interpreter would wait for these threads forever at exit: end now, failing.
        os._exit(1)


def _leftover_threads() -> list[threading.Thread]:
    return [
        thread
        for thread in threading.enumerate()
        if thread is not threading.main_thread() and thread.is_alive() and not thread.daemon
    ]
