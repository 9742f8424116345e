"""Webhook mode end to end: the bot registers its webhook, serves Telegram's calls that carry
the secret token, and refuses calls without it."""

from __future__ import annotations

import asyncio
import socket
import sys
from pathlib import Path
from typing import Any

import aiohttp

from tests.e2e.botprocess import START_TIMEOUT, STOP_TIMEOUT, bot_env
from tests.e2e.double import BotApiDouble
from tests.e2e.users import HttpUser

SECRET = "webhook_Secret-42"
PUBLIC_URL = "https://bot.example.com/telegram"


def free_port() -> int:
    """A port nobody listens on right now (the OS picks it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class WebhookUser(HttpUser):
    """A user whose updates Telegram delivers by calling the bot's webhook."""

    def __init__(self, double: BotApiDouble, url: str, secret: str, **kwargs: Any) -> None:
        super().__init__(double, **kwargs)
        self.url = url
        self.secret = secret
        self.statuses: list[int] = []

    async def _process(self, payload: dict[str, Any]) -> list[Any]:
        self._remember(payload)
        payload["update_id"] = self.double.next_update_id()
        headers = {"X-Telegram-Bot-Api-Secret-Token": self.secret}
        async with (
            aiohttp.ClientSession() as session,
            session.post(self.url, json=payload, headers=headers) as response,
        ):
            self.statuses.append(response.status)
        return []


async def wait_for_server(port: int, within: float) -> None:
    """Wait until the bot's webhook server accepts connections."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError("the webhook server never listened") from None
            await asyncio.sleep(0.1)  # polling a socket: no event to wait on
            continue
        writer.close()
        await writer.wait_closed()
        return


async def test_webhook_mode_serves_calls_with_the_secret_and_refuses_others(
    double: BotApiDouble, tmp_path: Path
) -> None:
    """`sourcing-bot webhook` sets its webhook with the secret, answers a /start delivered
    with it, refuses one without it, and stops cleanly on SIGTERM."""
    port = free_port()
    env = bot_env(
        double,
        tmp_path / "bot.sqlite3",
        WEBHOOK_URL=PUBLIC_URL,
        WEBHOOK_SECRET=SECRET,
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
    )
    log = (tmp_path / "bot.log").open("wb")
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "webhook",
        cwd=tmp_path, env=env, stdin=asyncio.subprocess.DEVNULL, stdout=log, stderr=log,
    )  # fmt: skip
    try:
        await double.wait_for(lambda: double.webhook, "the bot to set its webhook", START_TIMEOUT)
        assert double.webhook["url"] == PUBLIC_URL
        assert double.webhook["secret_token"] == SECRET
        await wait_for_server(port, START_TIMEOUT)
        url = f"http://127.0.0.1:{port}/telegram"

        intruder = WebhookUser(double, url, "not-the-secret", user_id=666)
        await intruder.send("/start")
        assert intruder.statuses == [403]

        alice = WebhookUser(double, url, SECRET, user_id=1001, first_name="Alice")
        await alice.send("/start")
        assert alice.statuses == [200]
        assert "Sourcing assistant" in await alice.reply_text()
        assert intruder.unread() == []
    finally:
        proc.terminate()
        code = await asyncio.wait_for(proc.wait(), STOP_TIMEOUT)
        log.close()
        print((tmp_path / "bot.log").read_text(errors="replace"))
    assert code == 0
