"""The chat allowlist and the error handler, through the real Application."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from telegram import Update
from telegram.ext import CommandHandler

from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn
from handlers.shared.access import REFUSAL
from handlers.shared.errors import SORRY
from handlers.shared.services import App, Context


@pytest.fixture
async def private_app(tmp_path: Path, standin: BotApiStandIn) -> AsyncIterator[App]:
    """A bot that only serves chat 1001 and group -42, with an admin chat for error notices."""
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        database_path=tmp_path / "bot.sqlite3",
        allowed_chat_ids="1001, -42",
        admin_chat_id=1001,
    )
    application = build_application(settings, request=standin)
    async with running(application):
        yield application


async def test_allowed_chat_is_served(private_app: App, standin: BotApiStandIn) -> None:
    """A listed chat gets the normal answer."""
    user = OfflineUser(private_app, standin, user_id=1001)
    [event] = await user.send("/help")
    assert event.message is not None
    assert "Commands" in event.message.text


async def test_unlisted_chat_is_refused_and_nothing_stored(
    private_app: App, standin: BotApiStandIn
) -> None:
    """Another chat gets one polite refusal, for messages and button presses alike."""
    stranger = OfflineUser(private_app, standin, user_id=3003)
    [event] = await stranger.send("/start")
    assert event.message is not None
    assert event.message.text == REFUSAL
    [notice] = await stranger.press_data("start:open:vet", event.message)
    assert notice.text == REFUSAL
    db = private_app.bot_data["database"]
    assert await db.fetch_all("SELECT * FROM chats") == []


async def test_crash_in_a_handler_gets_a_kind_reply_and_admin_notice(
    private_app: App, standin: BotApiStandIn
) -> None:
    """An unexpected exception is logged, the user is told kindly and the admin is notified."""

    async def explode(update: Update, context: Context) -> None:
        raise RuntimeError("boom <b>")

    private_app.add_handler(CommandHandler("explode", explode), group=-1)
    user = OfflineUser(private_app, standin, user_id=1001)
    events = await user.send("/explode")
    shown = [e.message.text for e in events if e.message is not None]
    assert SORRY in shown
    assert any("RuntimeError" in text for text in shown)
    assert all("boom" not in text for text in shown)
