"""The in-process stand-in refuses what Telegram refuses, beyond the text and button rules."""

from __future__ import annotations

import json

from bot.offline.standin import BotApiStandIn
from bot.telegram.rules import QUERY_ALREADY_ANSWERED


async def test_a_button_press_is_answered_once() -> None:
    """Telegram takes one answerCallbackQuery per press; a second is a 400."""
    standin = BotApiStandIn()
    first = await standin.call("answerCallbackQuery", {"callback_query_id": "7", "text": "ok"})
    again = await standin.call("answerCallbackQuery", {"callback_query_id": "7"})
    other = await standin.call("answerCallbackQuery", {"callback_query_id": "8"})
    assert first[0] == 200
    assert other[0] == 200
    assert again[0] == 400
    assert json.loads(again[1])["description"] == QUERY_ALREADY_ANSWERED
    assert standin.refused == [("answerCallbackQuery", QUERY_ALREADY_ANSWERED)]
