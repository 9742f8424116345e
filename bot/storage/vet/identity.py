"""Suppliers as companies in SQLite: the unified social credit code each one gave, and merging
two suppliers of a chat that are one company.

Implements `knowledge.vet.ports.VetIdentityStore` over `vet_suppliers` (`credit_code`,
`merged_into`) and `vet_assessments`. A merge files every audit of one supplier under the
other and leaves the merged row pointing at the kept one, so its name still finds it; nothing
answered is deleted. Every statement names the chat.
"""

from __future__ import annotations

from bot.storage.database import Database
from knowledge.vet import SupplierRef

_SAME_CODE = """
    SELECT supplier_id, name FROM vet_suppliers
    WHERE chat_id = ? AND credit_code = ? AND supplier_id <> ? AND merged_into IS NULL
    ORDER BY supplier_id
"""
# Both suppliers of this chat, neither merged, and at most one audit in progress between them.
_MERGEABLE = """
    SELECT COUNT(*) = 2,
           (SELECT COUNT(*) FROM vet_assessments a
            WHERE a.supplier_id IN (?1, ?2) AND a.status = 'in_progress') <= 1
    FROM vet_suppliers WHERE supplier_id IN (?1, ?2) AND chat_id = ?3 AND merged_into IS NULL
"""


class SqliteVetIdentityStore:
    """Credit codes and merges of `vet_suppliers`."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def save_credit_code(
        self, chat_id: int, supplier_id: int, code: str
    ) -> list[SupplierRef]:
        await self._db.execute(
            "UPDATE vet_suppliers SET credit_code = ? WHERE supplier_id = ? AND chat_id = ?",
            (code, supplier_id, chat_id),
        )
        found = await self._db.fetch_all(_SAME_CODE, (chat_id, code, supplier_id))
        return [SupplierRef(row["supplier_id"], row["name"]) for row in found]

    async def merge_suppliers(self, chat_id: int, keep_id: int, merge_id: int) -> bool:
        if keep_id == merge_id:
            return False
        async with self._db.transaction() as conn:
            found = list(await conn.execute_fetchall(_MERGEABLE, (keep_id, merge_id, chat_id)))
            if not found or not all(found[0]):
                return False
            await conn.execute_fetchall(
                "UPDATE vet_assessments SET supplier_id = ? WHERE supplier_id = ? AND chat_id = ?",
                (keep_id, merge_id, chat_id),
            )
            # Names merged into the merged one follow it to the kept one.
            await conn.execute_fetchall(
                "UPDATE vet_suppliers SET merged_into = ?"
                " WHERE chat_id = ? AND (supplier_id = ? OR merged_into = ?)",
                (keep_id, chat_id, merge_id, merge_id),
            )
            await conn.execute_fetchall(
                "UPDATE vet_suppliers SET credit_code = COALESCE(credit_code,"
                " (SELECT m.credit_code FROM vet_suppliers m WHERE m.supplier_id = ?))"
                " WHERE supplier_id = ?",
                (merge_id, keep_id),
            )
        return True
