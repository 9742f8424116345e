"""The error handler: failed updates get an apology; failed polls only a warning line."""

from __future__ import annotations

import logging

import pytest
from telegram import Update
from telegram.error import Conflict, NetworkError

from bot.offline.standin import BotApiStandIn
from handlers.shared.errors import report_error
from handlers.shared.services import App, Context


async def test_failed_poll_is_one_warning_and_no_message(
    app: App, standin: BotApiStandIn, caplog: pytest.LogCaptureFixture
) -> None:
    """PTB reports a failed getUpdates with no update: no apology, no admin alert, no traceback."""
    context = Context.from_error(None, NetworkError("Bad Gateway"), app)
    with caplog.at_level(logging.WARNING, logger="handlers.shared.errors"):
        await report_error(None, context)
    [record] = caplog.records
    assert record.levelno == logging.WARNING
    assert "Bad Gateway" in record.getMessage()
    assert record.exc_info is None
    assert standin.events == []


async def test_second_copy_polling_is_an_error_line(
    app: App, caplog: pytest.LogCaptureFixture
) -> None:
    """409 Conflict means another copy of the bot polls with the same token: said plainly."""
    context = Context.from_error(None, Conflict("terminated by other getUpdates"), app)
    with caplog.at_level(logging.WARNING, logger="handlers.shared.errors"):
        await report_error(None, context)
    [record] = caplog.records
    assert record.levelno == logging.ERROR
    assert "Another copy" in record.getMessage()


async def test_failed_update_gets_an_apology(app: App, standin: BotApiStandIn) -> None:
    """An unexpected failure while handling a message is answered kindly in that chat."""
    chat = {"id": 1001, "type": "private", "first_name": "Alice"}
    sender = {"id": 1001, "is_bot": False, "first_name": "Alice"}
    message = {"message_id": 50, "date": 0, "text": "hi", "from": sender, "chat": chat}
    update = Update.de_json({"update_id": 99, "message": message}, app.bot)
    await report_error(update, Context.from_error(update, RuntimeError("boom"), app))
    [event] = standin.events
    assert event.message is not None
    assert event.message.chat_id == 1001
    assert "something went wrong" in event.message.text
