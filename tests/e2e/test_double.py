"""The Bot API double itself, spoken to over HTTP: it refuses what Telegram refuses, long-polls
with Telegram's offset rules, and serves the faults it is told to."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from tests.e2e.double import TOKEN, BotApiDouble
from tests.e2e.faults import FaultKind


@pytest.fixture
async def client(double: BotApiDouble) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client pointed at the double with the right token."""
    async with httpx.AsyncClient(base_url=f"{double.base_url}{TOKEN}/", timeout=10) as http:
        yield http


async def call(http: httpx.AsyncClient, method: str, **params: Any) -> httpx.Response:
    """A call encoded as PTB encodes it: strings raw, everything else as JSON."""
    form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
    return await http.post(method, data=form)


def description(response: httpx.Response) -> str:
    return str(response.json()["description"])


async def test_wrong_token_is_unauthorized(double: BotApiDouble) -> None:
    """A token the double does not know gets Telegram's 401."""
    async with httpx.AsyncClient() as http:
        response = await http.post(f"{double.base_url}999:wrong/getMe")
    assert response.status_code == 401


async def test_html_telegram_cannot_parse_is_refused(
    double: BotApiDouble, client: httpx.AsyncClient
) -> None:
    """Unknown tags and bare '<' or '&' give 400 "can't parse entities"."""
    for text in ("<foo>x</foo>", "1 < 2", "R&D", "<b>open"):
        response = await call(client, "sendMessage", chat_id=5, text=text, parse_mode="HTML")
        assert response.status_code == 400
        assert "can't parse entities" in description(response)
    double.refused.clear()  # refused on purpose


async def test_text_length_and_button_data_limits(
    double: BotApiDouble, client: httpx.AsyncClient
) -> None:
    """4,096 characters pass and 4,097 do not; button data over 64 bytes is refused."""
    assert (await call(client, "sendMessage", chat_id=5, text="x" * 4096)).status_code == 200
    too_long = await call(client, "sendMessage", chat_id=5, text="x" * 4097)
    assert description(too_long) == "Bad Request: message is too long"
    empty = await call(client, "sendMessage", chat_id=5, text=" ")
    assert empty.status_code == 400
    markup = {"inline_keyboard": [[{"text": "go", "callback_data": "v" * 65}]]}
    buttons = await call(client, "sendMessage", chat_id=5, text="hi", reply_markup=markup)
    assert description(buttons) == "Bad Request: BUTTON_DATA_INVALID"
    double.refused.clear()


async def test_edits_of_missing_or_unchanged_messages_are_refused(
    double: BotApiDouble, client: httpx.AsyncClient
) -> None:
    """An edit of an unknown message, or one that changes nothing, gets Telegram's 400s."""
    sent = await call(client, "sendMessage", chat_id=5, text="hello")
    message_id = sent.json()["result"]["message_id"]
    missing = await call(client, "editMessageText", chat_id=5, message_id=999, text="x")
    assert description(missing) == "Bad Request: message to edit not found"
    same = await call(client, "editMessageText", chat_id=5, message_id=message_id, text="hello")
    assert description(same).startswith("Bad Request: message is not modified")
    changed = await call(client, "editMessageText", chat_id=5, message_id=message_id, text="hi")
    assert changed.status_code == 200
    double.refused.clear()


async def test_updates_stay_until_a_later_offset_confirms_them(
    double: BotApiDouble, client: httpx.AsyncClient
) -> None:
    """getUpdates hands out the same updates again until an offset past them arrives."""
    first = double.push_update({"message": {"text": "a"}})
    double.push_update({"message": {"text": "b"}})
    ids = [u["update_id"] for u in (await call(client, "getUpdates")).json()["result"]]
    assert ids == [first, first + 1]
    again = (await call(client, "getUpdates", offset=first)).json()["result"]
    assert [u["update_id"] for u in again] == ids
    rest = (await call(client, "getUpdates", offset=first + 1, limit=5)).json()["result"]
    assert [u["update_id"] for u in rest] == [first + 1]
    empty = (await call(client, "getUpdates", offset=first + 2, timeout=0)).json()["result"]
    assert empty == []


async def test_long_poll_returns_as_soon_as_an_update_arrives(
    double: BotApiDouble, client: httpx.AsyncClient
) -> None:
    """A waiting getUpdates answers when a user sends something, long before its timeout."""
    poll = asyncio.create_task(call(client, "getUpdates", timeout=30))
    await double.wait_for(lambda: double.polls, "the poll to arrive", 10)
    pushed = double.push_update({"message": {"text": "hi"}})
    response = await asyncio.wait_for(poll, 10)
    assert [u["update_id"] for u in response.json()["result"]] == [pushed]


async def test_faults_are_served_as_telegram_serves_them(
    double: BotApiDouble, client: httpx.AsyncClient
) -> None:
    """429 carries retry_after, 502 is an HTML page, a drop closes the connection unanswered."""
    double.faults.add("getMe", FaultKind.FLOOD, retry_after=7)
    double.faults.add("getMe", FaultKind.BAD_GATEWAY)
    double.faults.add("getMe", FaultKind.DROP)
    flood = await call(client, "getMe")
    assert flood.status_code == 429
    assert flood.json()["parameters"] == {"retry_after": 7}
    gateway = await call(client, "getMe")
    assert gateway.status_code == 502
    assert gateway.headers["content-type"].startswith("text/html")
    with pytest.raises(httpx.TransportError):
        await call(client, "getMe")
    assert (await call(client, "getMe")).json()["result"]["is_bot"] is True
    assert double.faults.count("getMe") == 3
