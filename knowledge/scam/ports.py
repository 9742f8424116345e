"""What the scam check needs remembered, as Protocols; `bot/storage/scam.py` implements them.

Only shapes live here: no SQL, no aiosqlite, and never a message's text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from knowledge.scam.scanner import Risk


@dataclass(frozen=True, slots=True)
class ScanRecord:
    """What is kept of one scam check: never the message text, only its fingerprint."""

    chat_id: int
    fingerprint: str  # ScanResult.fingerprint: SHA-256 hex of the normalised text
    risk: Risk
    score: int
    categories: tuple[str, ...]  # red-flag category ids, strongest first
    scanned_at: datetime  # timezone-aware, UTC


class ScanStore(Protocol):
    """Scam-check history per chat, so a team hears "already checked on DATE"."""

    async def save_scan(self, record: ScanRecord) -> None:
        """Remember one scan (the store keeps every scan; the latest answers look-ups)."""
        ...

    async def find_scan(self, chat_id: int, fingerprint: str) -> ScanRecord | None:
        """The most recent scan of this fingerprint in this chat, or None."""
        ...

    async def record_scan(self, record: ScanRecord) -> ScanRecord | None:
        """Remember one scan and return the chat's previous scan of the same fingerprint, or
        None (one trip to the database: what a forwarded message needs after its scan)."""
        ...
