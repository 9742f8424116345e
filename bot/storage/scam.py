"""Scam-check history in SQLite: what was concluded about a message, never the message.

Implements `knowledge.scam.ports.ScanStore` over the `scans` table. A row holds the chat, the
fingerprint, the risk, the score, the category ids and the time; there is deliberately no
column that could hold the text or an excerpt of it. Every query takes the chat id, so a team
sees only its own checks.

The engine's fingerprint is a plain SHA-256 of the normalised text, so a short message ("pay
now") could be recovered from a leaked database by hashing guesses. The store therefore keeps
an HMAC of it under a key that lives outside the database (derived from the bot token in
`bot/app.py`): the same message still finds its earlier check, a stolen file alone does not.
"""

from __future__ import annotations

import hashlib
import hmac
import json

import aiosqlite

from bot.storage import times
from bot.storage.database import Database
from knowledge.scam import Risk, ScanRecord


def _record(row: aiosqlite.Row, fingerprint: str) -> ScanRecord:
    return ScanRecord(
        chat_id=int(row["chat_id"]),
        fingerprint=fingerprint,  # the caller's: the row holds only its keyed form
        risk=Risk(row["risk"]),
        score=int(row["score"]),
        categories=tuple(str(item) for item in json.loads(row["categories"])),
        scanned_at=times.read(row["scanned_at"]),
    )


class SqliteScanStore:
    """Every scan a chat ran, newest answering look-ups."""

    def __init__(self, db: Database, key: bytes) -> None:
        self._db = db
        self._key = key

    def _keyed(self, fingerprint: str) -> str:
        return hmac.new(self._key, fingerprint.encode("ascii"), hashlib.sha256).hexdigest()

    async def save_scan(self, record: ScanRecord) -> None:
        await self._db.execute(
            "INSERT INTO scans (chat_id, fingerprint, risk, score, categories, scanned_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            self._values(record),
        )

    async def record_scan(self, record: ScanRecord) -> ScanRecord | None:
        # One statement, one trip: the insert returns the chat's previous row of the same
        # fingerprint (the new row excluded by its id), as find_scan would have found it. The
        # subquery names the parameters, not the new row's columns: so SQLite searches the
        # index on both chat and fingerprint, already in scan order (no sorting).
        rows = await self._db.write_returning(
            "INSERT INTO scans (chat_id, fingerprint, risk, score, categories, scanned_at)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING (SELECT json_array(p.chat_id, p.risk,"
            " p.score, p.categories, p.scanned_at) FROM scans p WHERE p.chat_id = ?1 AND"
            " p.fingerprint = ?2 AND p.id <> scans.id ORDER BY p.scanned_at DESC, p.id DESC"
            " LIMIT 1) AS previous",
            self._values(record),
        )
        previous = rows[0]["previous"] if rows else None
        if previous is None:
            return None
        chat_id, risk, score, categories, scanned_at = json.loads(previous)
        return ScanRecord(
            chat_id=int(chat_id),
            fingerprint=record.fingerprint,
            risk=Risk(risk),
            score=int(score),
            categories=tuple(str(item) for item in json.loads(categories)),
            scanned_at=times.read(scanned_at),
        )

    def _values(self, record: ScanRecord) -> tuple[object, ...]:
        return (
            record.chat_id,
            self._keyed(record.fingerprint),
            record.risk.value,
            record.score,
            json.dumps(list(record.categories)),
            times.stored(record.scanned_at),
        )

    async def find_scan(self, chat_id: int, fingerprint: str) -> ScanRecord | None:
        row = await self._db.fetch_one(
            "SELECT chat_id, fingerprint, risk, score, categories, scanned_at FROM scans"
            " WHERE chat_id = ? AND fingerprint = ? ORDER BY scanned_at DESC, id DESC LIMIT 1",
            (chat_id, self._keyed(fingerprint)),
        )
        return _record(row, fingerprint) if row else None
