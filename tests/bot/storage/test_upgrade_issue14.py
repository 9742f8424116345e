"""A database made by the bot before issue 14 (main at b4cfbec) upgrades in place.

`data/main_b4cfbec.sqlite3` was created by that commit's own code (schema version 10): a group
chat showing EUR with a CNY rate and a saved estimate "Mugs". Opened by this code it gains the
chat origin and the reference-rate tables, and keeps everything it had.
"""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from bot.storage.chats import SqliteChatStore
from bot.storage.database import Database
from bot.storage.landed.estimates import SqliteEstimateStore
from bot.storage.migrations import MIGRATIONS
from bot.storage.reference_rates import SqliteReferenceRateStore
from knowledge.landed import ReferenceRates

OLD = Path(__file__).parent / "data" / "main_b4cfbec.sqlite3"


async def test_a_database_of_main_upgrades_keeping_its_data(tmp_path: Path) -> None:
    """Every row survives; the new column and tables work at once."""
    path = tmp_path / "bot.sqlite3"
    shutil.copy(OLD, path)
    db = await Database.open(path)
    try:
        assert await db.schema_version() == len(MIGRATIONS)
        chats = SqliteChatStore(db)
        assert await chats.get_currency(-100) == "EUR"
        assert await chats.list_fx_rates(-100) == {"CNY": Decimal("7.12")}
        assert set(await chats.list_fx_days(-100)) == {"CNY"}
        assert await chats.get_origin(-100) is None
        await chats.save_origin(-100, "CN")
        assert await chats.get_origin(-100) == "CN"
        saved = await SqliteEstimateStore(db).list_saved(-100)
        assert [(s.name, s.line, s.figures.total) for s in saved] == [
            ("Mugs", "1000 pcs @ 10 usd fob", Decimal(15150))
        ]
        store = SqliteReferenceRateStore(db)
        rates = ReferenceRates("ECB", date(2026, 12, 4), {"EUR": Decimal("0.85")})
        await store.save_reference_rates(rates, datetime(2026, 12, 6, tzinfo=UTC))
        assert await store.get_reference_rates("ECB") == rates
    finally:
        await db.close()
