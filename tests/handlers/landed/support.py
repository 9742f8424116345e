"""Helpers for the /landed Application tests: what the bot sent, and its monospace block."""

from __future__ import annotations

import html
import re

from bot.offline.standin import BotMessage, Event

GUIDE = "1000 pcs @ 10 usd fob freight 2000 ins 150 duty 15% broker 300 other 500"
_PRE = re.compile(r"<pre>(.*?)</pre>", re.DOTALL)


def sent(events: list[Event]) -> list[BotMessage]:
    """The messages the bot sent (not edits or notices)."""
    return [e.message for e in events if e.kind == "sent" and e.message is not None]


def reply(events: list[Event]) -> BotMessage:
    """The one message the bot sent."""
    [message] = sent(events)
    return message


def pre_lines(message: BotMessage) -> list[str]:
    """The lines of every <pre> block, as the user sees them."""
    blocks = _PRE.findall(message.html)
    return [html.unescape(line) for block in blocks for line in block.split("\n")]


def amount(lines: list[str], label: str) -> str:
    """The amount on the first breakdown line starting with `label`."""
    return next(line for line in lines if line.startswith(label)).rsplit(" ", 1)[-1]


def assert_phone_sized(message: BotMessage) -> None:
    """Every line of the monospace block fits 32 characters."""
    lines = pre_lines(message)
    assert lines, "no <pre> block"
    too_wide = [line for line in lines if len(line) > 32]
    assert too_wide == [], too_wide
