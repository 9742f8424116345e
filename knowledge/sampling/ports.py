"""What /aql needs remembered, as Protocols; `bot/storage/sampling.py` implements them.

Only shapes live here: no SQL, no aiosqlite.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class QuantityPrompt:
    """A forced-reply question asking one person how many units an order holds (for /aql)."""

    chat_id: int
    message_id: int  # the bot's question message
    user_id: int  # who was asked; only their reply is taken
    is_open: bool


class QuantityPromptStore(Protocol):
    """Open "how many units?" questions, so a reply is matched from the database, not memory."""

    async def save_quantity_prompt(self, prompt: QuantityPrompt, at: datetime) -> None:
        """Remember a question just asked; closes the person's other open ones in this chat."""
        ...

    async def get_quantity_prompt(self, chat_id: int, message_id: int) -> QuantityPrompt | None:
        """The question the bot sent as `message_id` in this chat, open or closed, or None."""
        ...

    async def get_open_quantity_prompt(self, chat_id: int, user_id: int) -> QuantityPrompt | None:
        """The person's open question in this chat, or None."""
        ...

    async def close_quantity_prompt(self, chat_id: int, message_id: int) -> bool:
        """Close one question; True only for the call that found it open (one answer wins)."""
        ...
