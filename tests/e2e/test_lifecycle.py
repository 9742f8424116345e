"""Stopping the bot subprocess: SIGTERM is a clean stop, SIGKILL loses nothing the user sent."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.storage.migrations import MIGRATIONS
from tests.e2e.botprocess import BotProcess
from tests.e2e.double import BotApiDouble
from tests.e2e.faults import FaultKind
from tests.e2e.users import HttpUser


def database_is_sound(path: Path) -> None:
    """The file passes SQLite's integrity check and carries every migration."""
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA user_version").fetchone() == (len(MIGRATIONS),)


async def test_sigterm_exits_0_and_closes_the_database(alice: HttpUser, bot: BotProcess) -> None:
    """SIGTERM: exit status 0, the database closed (its WAL checkpointed and removed)."""
    await alice.send("/start")
    await alice.replies(1)
    assert await bot.terminate() == 0
    assert "Database closed" in bot.log()
    assert not bot.database.with_name(bot.database.name + "-wal").exists()
    database_is_sound(bot.database)


async def test_sigterm_finishes_the_updates_in_hand(
    double: BotApiDouble, alice: HttpUser, bot: BotProcess
) -> None:
    """Updates fetched before SIGTERM are all answered before the bot exits with 0."""
    double.faults.add("sendMessage", FaultKind.SLOW, times=3, delay=0.5)
    for command in ("/help", "/nope", "/start"):
        await alice.send(command)
    await double.wait_for(
        lambda: not double.pending and double.faults.count("sendMessage") >= 1,
        "the bot to fetch all three and start answering",
        30,
    )
    assert await bot.terminate() == 0
    texts = [event.message.text for event in await alice.replies(3) if event.message]
    assert "Commands" in texts[0]
    assert "/nope" in texts[1]
    assert "Sourcing assistant" in texts[2]
    assert double.abandoned == []


async def test_messages_sent_while_stopped_are_answered_after_restart(
    double: BotApiDouble, alice: HttpUser, bot: BotProcess
) -> None:
    """What users send while the bot is down waits at Telegram and is answered once, in order."""
    assert await bot.terminate() == 0
    await alice.send("/help")
    await alice.send("/nope")
    await bot.start()
    texts = [event.message.text for event in await alice.replies(2) if event.message]
    assert "Commands" in texts[0]
    assert "/nope" in texts[1]
    await alice.send("/start")
    assert "Sourcing assistant" in await alice.reply_text()  # nothing doubled before it


async def test_kill_9_then_restart_on_the_same_database(
    double: BotApiDouble, alice: HttpUser, bot: BotProcess
) -> None:
    """After SIGKILL the bot starts again on the same file and answers what came meanwhile."""
    await alice.send("/start")
    await alice.replies(1)
    assert await bot.kill() == -9
    await alice.send("/help")
    await bot.start()
    assert "Commands" in await alice.reply_text()
    assert await bot.terminate() == 0
    database_is_sound(bot.database)


async def test_kill_9_before_the_offset_is_confirmed_answers_once(
    double: BotApiDouble, alice: HttpUser, bot: BotProcess
) -> None:
    """Killed after answering but before confirming the update: the restart does not answer again.

    Telegram hands the update out again (its offset never arrived); the bot must see that it
    already handled it.
    """
    confirm = double.faults.add(
        "getUpdates", FaultKind.SLOW, delay=60, when=lambda p: int(p.get("offset") or 0) > 0
    )
    await alice.send("/start")
    assert "Sourcing assistant" in await alice.reply_text()
    await double.wait_for(lambda: confirm.times == 0, "the confirming poll to stall", 30)
    assert await bot.kill() == -9
    assert double.pending, "the update is still unconfirmed at Telegram"
    await bot.start()
    await alice.send("/help")
    assert "Commands" in await alice.reply_text()  # not a second greeting
    assert await bot.terminate() == 0
    assert alice.unread() == []
    assert "was handled before a restart; skipped" in bot.log()
