"""The console's line handling and rendering, in process, over the real Application."""

from __future__ import annotations

import io

from bot.offline.chat_user import OfflineUser
from bot.offline.console import Console, render_message
from bot.offline.standin import BotMessage, Button


def test_buttons_are_numbered_and_forced_replies_marked() -> None:
    """Buttons get [N] labels across rows; a forced-reply question says so."""
    message = BotMessage(
        chat_id=1, message_id=5, html="<b>Q?</b>", text="Q?",
        buttons=[[Button("Yes", "x:y"), Button("No", "x:n")], [Button("Skip", "x:s")]],
    )  # fmt: skip
    shown = render_message(message)
    assert "[1] Yes  [2] No" in shown
    assert "[3] Skip" in shown
    forced = BotMessage(chat_id=1, message_id=6, html="How many?", text="How many?",
                        force_reply=True)  # fmt: skip
    assert "reply expected" in render_message(forced)


async def test_console_presses_buttons_and_reports_missing_ones(alice: OfflineUser) -> None:
    """`#N` presses a /start button when there is one, and says so when there is none."""
    out = io.StringIO()
    console = Console(alice, out, echo=True)
    alice.standin.listeners.append(console.show)
    await console.handle("/start")
    await console.handle("#9")
    await console.handle("/fwd")
    text = out.getvalue()
    assert "> /start" in text
    assert "Sourcing assistant" in text
    assert "(no button #9 on the latest message)" in text
    assert "(usage: /fwd TEXT)" in text
