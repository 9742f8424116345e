"""What a person sees of the bot, as plain data: messages, their buttons, and events.

Shared by the in-process stand-in, the offline console, the test users and the end-to-end
double: the bot's output reduced to what shows on a phone (text, buttons, forced replies,
notices), independent of how it travelled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Button:
    """An inline button as the user sees it."""

    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass(slots=True)
class BotMessage:
    """A message the bot sent (or its latest edit)."""

    chat_id: int
    message_id: int
    html: str
    text: str
    buttons: list[list[Button]] = field(default_factory=list)
    force_reply: bool = False
    reply_to: int | None = None
    document: bytes | None = None  # a sent file's content (sendDocument); `text` its caption
    file_name: str | None = None

    def flat_buttons(self) -> list[Button]:
        return [button for row in self.buttons for button in row]

    def markup_json(self) -> dict[str, Any] | None:
        """The inline keyboard as Telegram sends it inside a Message."""
        if not self.buttons:
            return None
        rows = [
            [
                {"text": b.text, "callback_data": b.callback_data}
                if b.callback_data is not None
                else {"text": b.text, "url": b.url}
                for b in row
            ]
            for row in self.buttons
        ]
        return {"inline_keyboard": rows}


@dataclass(frozen=True, slots=True)
class Event:
    """Something the user would see: `sent`, `edited`, `notice` (callback toast) or `inline`."""

    kind: str
    chat_id: int | None
    message: BotMessage | None = None
    text: str = ""
    payload: dict[str, Any] = field(default_factory=dict)


def chat_json(chat_id: int) -> dict[str, Any]:
    """A chat as Telegram describes it: positive ids are people, negative ids are groups."""
    if chat_id > 0:
        return {"id": chat_id, "type": "private", "first_name": f"User {chat_id}"}
    kind = "supergroup" if chat_id < -1_000_000_000_000 else "group"
    return {"id": chat_id, "type": kind, "title": "Sourcing team"}


def buttons_of(markup: object) -> list[list[Button]]:
    """The buttons of a reply_markup as Telegram receives it (none for other markups)."""
    if not isinstance(markup, dict):
        return []
    return [
        [Button(b["text"], b.get("callback_data"), b.get("url")) for b in row]
        for row in markup.get("inline_keyboard", [])
    ]
