"""A person in a chat, typing to the bot offline: builds real updates for the real Application.

Used by the console and by the handler tests. Each action builds a Telegram update (a command
with its `bot_command` entity, a reply, a forwarded message, a button press, an inline query),
hands it to `Application.process_update`, and returns what the bot showed in response. The
end-to-end tests (tests/e2e) send the very same updates over HTTP through `ChatUser`.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from telegram import Update

from bot.offline.standin import BotApiStandIn, BotMessage, Event, chat_json
from handlers.shared.services import App

_callback_ids = itertools.count(1)


@asynccontextmanager
async def running(app: App) -> AsyncIterator[App]:
    """Start `app` as run_polling would (initialize, post_init) without fetching updates."""
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    try:
        yield app
    finally:
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)


class ButtonNotFoundError(LookupError):
    """The user tried to press a button that is not there."""


class ChatUser:
    """One user in one chat (negative chat id = a group): builds the updates a person causes.

    Subclasses decide how an update reaches the bot (`_process`): straight into an
    Application here, or over HTTP through the end-to-end Bot API double in tests/e2e.
    """

    def __init__(
        self,
        standin: BotApiStandIn,
        *,
        user_id: int = 1001,
        chat_id: int | None = None,
        first_name: str = "Alex",
        username: str | None = None,
    ) -> None:
        self.standin = standin
        self.user_id = user_id
        self.chat_id = user_id if chat_id is None else chat_id
        self.user = {"id": user_id, "is_bot": False, "first_name": first_name}
        if username:
            self.user["username"] = username
        self.pending_question: BotMessage | None = None
        # Set for someone Telegram shows as a chat (an anonymous admin, a channel): its messages
        # carry `sender_chat`, and `user` is then Telegram's stand-in account for all of them.
        self.sender_chat: dict[str, Any] | None = None

    # --- what the user does ---
    async def send(self, text: str, *, reply_to: int | None = None) -> list[Event]:
        """Type a message (a `/command` gets its entity, as Telegram adds it)."""
        message = self._message(text)
        if text.startswith("/"):
            length = len(text.split(maxsplit=1)[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
            self.pending_question = None
        if reply_to is not None:
            replied = self.standin.replied_json(self.chat_id, reply_to)
            if replied is not None:
                message["reply_to_message"] = replied
        return await self._process({"message": message})

    async def answer(self, text: str) -> list[Event]:
        """Reply to the open forced-reply question if there is one, else just send."""
        question = self.pending_question
        return await self.send(text, reply_to=question.message_id if question else None)

    async def edit(self, message_id: int, text: str) -> list[Event]:
        """Edit a message this user sent earlier (Telegram delivers an `edited_message`)."""
        sent = self.standin.user_messages.get((self.chat_id, message_id))
        if sent is None:
            raise LookupError(f"no message {message_id} of this user to edit")
        message = {key: value for key, value in sent.items() if key != "entities"}
        message["text"] = text
        message["edit_date"] = int(time.time())
        if text.startswith("/"):
            length = len(text.split(maxsplit=1)[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return await self._process({"edited_message": message})

    async def forward(
        self,
        text: str,
        *,
        sender_name: str = "Supplier",
        origin: dict[str, Any] | None = None,
        caption: bool = False,
    ) -> list[Event]:
        """Forward a message written by someone else (who hides their account, unless `origin`
        gives another MessageOrigin); `caption=True` forwards a photo with `text` as caption."""
        message = self._message(text)
        message["forward_origin"] = origin or {
            "type": "hidden_user", "sender_user_name": sender_name, "date": int(time.time()),
        }  # fmt: skip
        if caption:
            del message["text"]
            message["caption"] = text
            message["photo"] = [
                {"file_id": "photo", "file_unique_id": "photo", "width": 640, "height": 480}
            ]
        return await self._process({"message": message})

    async def press(self, which: int | str, message: BotMessage | None = None) -> list[Event]:
        """Press button `which` (1-based number or exact label) of `message` or the latest one."""
        target = message or self.latest_with_buttons()
        buttons = target.flat_buttons() if target else []
        if isinstance(which, int):
            found = buttons[which - 1] if 0 < which <= len(buttons) else None
        else:
            found = next((b for b in buttons if b.text == which), None)
        if target is None or found is None or found.callback_data is None:
            raise ButtonNotFoundError(f"no button {which!r} to press")
        self.pending_question = None
        return await self.press_data(found.callback_data, target)

    async def press_data(self, data: str, message: BotMessage) -> list[Event]:
        """Send a button press with any callback data at all (tests forge payloads with it)."""
        query = {
            "id": str(next(_callback_ids)),
            "from": self.user,
            "chat_instance": str(message.chat_id),
            "message": self.standin.message_json(message),
            "data": data,
        }
        return await self._process({"callback_query": query})

    async def inline(self, query: str) -> list[Event]:
        """Type `@bot query` in any chat."""
        payload = {"id": str(next(_callback_ids)), "from": self.user, "query": query, "offset": ""}
        return await self._process({"inline_query": payload})

    # --- what the user sees ---
    def latest_with_buttons(self) -> BotMessage | None:
        """The newest message in this chat that still shows buttons."""
        in_chat = [m for (chat, _), m in self.standin.messages.items() if chat == self.chat_id]
        with_buttons = [m for m in in_chat if m.buttons]
        return max(with_buttons, key=lambda m: m.message_id) if with_buttons else None

    # --- plumbing ---
    def _message(self, text: str) -> dict[str, Any]:
        message = {
            "message_id": self.standin.next_message_id(self.chat_id),
            "date": int(time.time()),
            "chat": chat_json(self.chat_id),
            "from": self.user,
            "text": text,
        }
        if self.sender_chat is not None:
            message["sender_chat"] = self.sender_chat
        return message

    async def _process(self, payload: dict[str, Any]) -> list[Event]:
        """Deliver `payload` (an update without its id) and return what the bot showed."""
        raise NotImplementedError

    def _remember(self, payload: dict[str, Any]) -> None:
        """Let the stand-in know the user's message, so a reply to it can quote it."""
        for kind in ("message", "edited_message"):
            if kind in payload:
                self.standin.remember_user_message(payload[kind])

    def _note_questions(self, events: list[Event]) -> None:
        """Remember the newest forced-reply question sent to this chat."""
        for event in events:
            message = event.message
            mine = message is not None and message.chat_id == self.chat_id
            if event.kind == "sent" and mine and message and message.force_reply:
                self.pending_question = message


class OfflineUser(ChatUser):
    """A user whose updates go straight to `Application.process_update`."""

    def __init__(
        self,
        app: App,
        standin: BotApiStandIn,
        *,
        user_id: int = 1001,
        chat_id: int | None = None,
        first_name: str = "Alex",
        username: str | None = None,
    ) -> None:
        super().__init__(
            standin, user_id=user_id, chat_id=chat_id, first_name=first_name, username=username
        )
        self.app = app

    async def _process(self, payload: dict[str, Any]) -> list[Event]:
        start = len(self.standin.events)
        self._remember(payload)
        payload["update_id"] = self.standin.next_update_id()
        update = Update.de_json(payload, self.app.bot)
        await self.app.process_update(update)
        events = self.standin.events[start:]
        self._note_questions(events)
        return events
