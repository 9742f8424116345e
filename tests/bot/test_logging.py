"""The bot token never appears in any log line, at any level, tracebacks included."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from telegram import Update
from telegram.ext import CommandHandler

from bot.app import build_application
from bot.config import Settings
from bot.logs import REDACTED, setup_logging
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn
from handlers.shared.services import Context

FAKE_TOKEN = "987654321:AAFakeTokenThatMustNeverBeLogged_xyz"


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """All logging at DEBUG into a buffer, restored afterwards."""
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    stream = io.StringIO()
    setup_logging("DEBUG", [FAKE_TOKEN], stream=stream)
    yield stream
    root.handlers[:] = saved[0]
    root.setLevel(saved[1])


async def test_token_is_never_logged(captured: io.StringIO, tmp_path: Path) -> None:
    """A full start, a few updates and a crash with the token in its message leave no trace."""
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, telegram_bot_token=FAKE_TOKEN, database_path=tmp_path / "log.sqlite3"
    )
    standin = BotApiStandIn()
    app = build_application(settings, request=standin)

    async def leak(update: Update, context: Context) -> None:
        raise RuntimeError(f"request to https://api.telegram.org/bot{FAKE_TOKEN}/getMe failed")

    app.add_handler(CommandHandler("leak", leak), group=-1)
    async with running(app):
        user = OfflineUser(app, standin)
        await user.send("/start")
        await user.send("/leak")
        logging.getLogger("telegram.test").debug("token in args: %s", FAKE_TOKEN)
    logs = captured.getvalue()
    assert "Error while handling update" in logs  # the crash was logged, with its traceback
    assert "RuntimeError" in logs
    assert REDACTED in logs
    assert FAKE_TOKEN not in logs
    assert FAKE_TOKEN.split(":")[1] not in logs


def test_http_client_info_lines_are_silenced(captured: io.StringIO) -> None:
    """httpx logs full URLs at INFO, so it is held at WARNING."""
    assert logging.getLogger("httpx").getEffectiveLevel() == logging.WARNING
    assert logging.getLogger("httpcore").getEffectiveLevel() == logging.WARNING
