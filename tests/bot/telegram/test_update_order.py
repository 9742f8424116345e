"""Concurrent updates stay in order within a chat and overlap across chats."""

from __future__ import annotations

import asyncio

from telegram import Update

from bot.telegram.update_order import ChatOrderedUpdates


def update_in(chat_id: int, update_id: int) -> Update:
    return Update.de_json(
        {
            "update_id": update_id,
            "message": {
                "message_id": update_id, "date": 0, "text": "x",
                "chat": {"id": chat_id, "type": "private", "first_name": "A"},
                "from": {"id": chat_id, "is_bot": False, "first_name": "A"},
            },
        },
        None,
    )  # fmt: skip


async def test_one_chat_is_serial_and_two_chats_overlap() -> None:
    """Updates of chat 1 never overlap; chat 2 runs while chat 1 waits."""
    processor = ChatOrderedUpdates()
    log: list[str] = []
    release = asyncio.Event()

    async def work(name: str, wait: bool) -> None:
        log.append(f"start {name}")
        if wait:
            await release.wait()
        log.append(f"end {name}")

    first = asyncio.create_task(processor.process_update(update_in(1, 1), work("a1", True)))
    second = asyncio.create_task(processor.process_update(update_in(1, 2), work("a2", False)))
    other = asyncio.create_task(processor.process_update(update_in(2, 3), work("b1", False)))
    await asyncio.wait_for(other, 5)
    assert log == ["start a1", "start b1", "end b1"]
    release.set()
    await asyncio.wait_for(asyncio.gather(first, second), 5)
    assert log[3:] == ["end a1", "start a2", "end a2"]
    assert processor._locks == {}  # idle chats leave nothing behind
