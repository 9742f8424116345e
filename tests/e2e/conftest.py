"""Fixtures of the end-to-end tier: the Bot API double, the bot subprocess, users.

At teardown every test also checks that Telegram would have accepted everything the bot sent
and that no update reached the bot's error handler (its log line says so), as the in-process
`app` fixture does; the bot's log is printed, so a failing test shows it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.botprocess import BotProcess, assert_no_handler_errors
from tests.e2e.double import BotApiDouble
from tests.e2e.users import HttpUser


def refusals(double: BotApiDouble) -> list[tuple[str, str]]:
    """What the double refused, leaving out 409s sent to a dead bot's abandoned long poll."""
    return [(method, why) for method, why in double.refused if method != "getUpdates"]


@pytest.fixture
async def double() -> AsyncIterator[BotApiDouble]:
    """The Bot API double, listening on a free port of 127.0.0.1."""
    api = BotApiDouble()
    await api.start()
    try:
        yield api
    finally:
        await api.close()
    assert refusals(api) == [], f"Telegram would have refused: {refusals(api)}"


@pytest.fixture
async def bot(
    double: BotApiDouble, tmp_path: Path, request: pytest.FixtureRequest
) -> AsyncIterator[BotProcess]:
    """The bot running as a subprocess against the double; stopped with SIGTERM at the end."""
    process = BotProcess(double, tmp_path)
    try:
        await process.start()
        yield process
    finally:
        if process.running:
            await process.terminate()
        print(process.log())  # pytest shows it only when the test failed
    if request.node.get_closest_marker("xfail") is None:  # an xfail test checks it itself
        assert_no_handler_errors(process)


@pytest.fixture
def alice(double: BotApiDouble, bot: BotProcess) -> HttpUser:
    """A buyer in her private chat with the bot."""
    return HttpUser(double, user_id=1001, first_name="Alice")
