"""What the domain needs remembered, as Protocols; `bot/storage.py` implements them.

Only shapes live here: no SQL, no aiosqlite. Each feature adds the Protocol it needs; handlers
depend on these, never on the database.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol


class ChatStore(Protocol):
    """Per-chat preferences: the display currency and exchange rates typed with /fx."""

    async def get_currency(self, chat_id: int) -> str:
        """The chat's display currency (ISO 4217), USD when never set."""
        ...

    async def save_currency(self, chat_id: int, currency: str) -> None:
        """Remember the chat's display currency."""
        ...

    async def save_fx_rate(self, chat_id: int, currency: str, per_usd: Decimal) -> None:
        """Remember that 1 USD = `per_usd` units of `currency` in this chat."""
        ...

    async def list_fx_rates(self, chat_id: int) -> dict[str, Decimal]:
        """Every rate the chat has typed, as units of the currency per 1 USD."""
        ...
