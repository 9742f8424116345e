"""A person talking to the bot subprocess through the double: the e2e twin of `OfflineUser`.

The updates are built by `bot.offline.chat_user.ChatUser` exactly as in the in-process tests; here
they are queued at the double and fetched by the bot with getUpdates. Sending does not wait: a test
then asks for `replies(n)`, which waits (with a timeout) for the next `n` things this user sees and
returns them in the order the bot produced them, so a lost or doubled reply shows up as the wrong
reply at the next step.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from bot.offline.chat_user import ChatUser
from bot.offline.standin import Event
from tests.e2e.double import BotApiDouble

# Generous: the bot may be sitting out a fault's back-off. Never a fixed sleep, only a limit.
REPLY_TIMEOUT = float(os.environ.get("E2E_REPLY_TIMEOUT", "45"))


class HttpUser(ChatUser):
    """One user in one chat whose updates travel over HTTP."""

    def __init__(
        self,
        double: BotApiDouble,
        *,
        user_id: int = 1001,
        chat_id: int | None = None,
        first_name: str = "Alex",
    ) -> None:
        super().__init__(double, user_id=user_id, chat_id=chat_id, first_name=first_name)
        self.double = double
        self.seen = 0  # index into double.events: everything before it was already returned
        self._query_ids: set[str] = set()

    async def _process(self, payload: dict[str, Any]) -> list[Event]:
        query = payload.get("callback_query") or payload.get("inline_query")
        if query is not None:
            self._query_ids.add(str(query["id"]))
        self._remember(payload)
        self.double.push_update(payload)
        return []

    def _mine(self, event: Event) -> bool:
        if event.kind == "notice":
            return str(event.payload.get("callback_query_id")) in self._query_ids
        if event.kind == "inline":
            return str(event.payload.get("inline_query_id")) in self._query_ids
        return event.chat_id == self.chat_id

    def _visible(self) -> list[tuple[int, Event]]:
        events = self.double.events
        return [(i, e) for i, e in enumerate(events) if i >= self.seen and self._mine(e)]

    async def replies(self, count: int = 1, *, within: float = REPLY_TIMEOUT) -> list[Event]:
        """The next `count` events this user sees, waiting for them to arrive."""
        found = await self.double.wait_for(
            lambda: (visible := self._visible()) and len(visible) >= count and visible,
            f"{count} repl{'y' if count == 1 else 'ies'} in chat {self.chat_id}",
            within,
        )
        taken = found[:count]
        self.seen = taken[-1][0] + 1
        events = [event for _, event in taken]
        self._note_questions(events)
        return events

    async def until(
        self, done: Callable[[list[Event]], bool], what: str, *, within: float = REPLY_TIMEOUT
    ) -> list[Event]:
        """Every event for this user up to the moment `done(events)` holds; waits for it."""
        found = await self.double.wait_for(
            lambda: (visible := self._visible()) and done([e for _, e in visible]) and visible,
            what,
            within,
        )
        self.seen = found[-1][0] + 1
        events = [event for _, event in found]
        self._note_questions(events)
        return events

    async def reply_text(self, *, within: float = REPLY_TIMEOUT) -> str:
        """The text of the next message this user sees (sent or edited)."""
        [event] = await self.replies(1, within=within)
        return event.message.text if event.message else event.text

    def unread(self) -> list[Event]:
        """Events for this user that no `replies` call has returned yet."""
        return [event for _, event in self._visible()]
