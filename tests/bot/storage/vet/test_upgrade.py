"""A database written by main's code before issue 12 upgrades in place and keeps every answer.

`tests/data/vet/main-b4cfbec.sqlite3` was made by the console of commit b4cfbec (main before
issue 12) from `main-b4cfbec.script.txt`, in group -100 as user 1001: a finished audit of
"Ningbo Bright Home Co" (one answer "not sure", a valid credit code), the empty copy
"ningbo bright" and an empty store-link audit both stopped (problems 1 and 2 of the issue),
and "Half Done Trading" stopped after two answers.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn
from bot.storage.migrations import MIGRATIONS
from tests.handlers.vet.support import services_of, texts

OLD = Path(__file__).parents[3] / "data" / "vet" / "main-b4cfbec.sqlite3"


def _answers(path: Path) -> list[tuple[int, str, str]]:
    with sqlite3.connect(path) as conn:
        found = conn.execute("SELECT assessment_id, item_id, value FROM vet_answers ORDER BY 1, 2")
        return list(found)


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    """A copy of main's database, so the test upgrades the copy."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(OLD, path)
    return path


async def test_mains_database_upgrades_and_keeps_every_answer(old_db: Path) -> None:
    """Every answer survives the upgrade; the version is the newest; the credit code is
    filled in from the answers; empty stopped suppliers are no longer listed."""
    before = _answers(old_db)
    assert len(before) == 35
    with sqlite3.connect(old_db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] < len(MIGRATIONS)
    settings = Settings(_env_file=None, database_path=old_db)  # type: ignore[call-arg]
    standin = BotApiStandIn(first_message_id=1000)
    app = build_application(settings, request=standin)
    async with running(app):
        bea = OfflineUser(app, standin, user_id=2002, chat_id=-100, first_name="Bea")
        listing = "\n".join(texts(await bea.send("/suppliers")))
        assert "Ningbo Bright Home Co" in listing
        assert "Half Done Trading" in listing
        assert "ningbo bright\n" not in listing
        assert "emptystore" not in listing
        card = texts(await bea.send("/report ningbo bright"))[0]
        assert "Supplier audit: Ningbo Bright Home Co" in card
        assert "Low risk" in card
        assert "32 of 33 answered, 1 unknown" in card
        [offer] = texts(await bea.send("/vet Half Done Trading"))
        assert "Continue where you stopped, or start again?" in offer
        record = await services_of(app).vet.get_assessment(-100, 1)
        assert record is not None
        assert record.summary is not None
        assert record.summary.score == 97
    assert _answers(old_db) == before
    with sqlite3.connect(old_db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        [(code,)] = conn.execute("SELECT credit_code FROM vet_suppliers WHERE supplier_id = 1")
        assert code == "91110000600037341L"
