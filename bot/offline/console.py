"""The offline console: the real Application, the real database, no Telegram.

Reads lines from the user (a terminal or a piped script): plain text and `/commands` are sent
as messages, `#N` presses button N of the latest message with buttons, `/fwd TEXT` forwards
TEXT from someone else, and a line after a forced-reply question answers it. Every bot message
is printed as plain text with its buttons numbered, and flushed at once so another program can
drive the console through pipes. At the end of input it shuts down cleanly.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import TextIO

from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import ButtonNotFoundError, OfflineUser, running
from bot.offline.standin import BotApiStandIn, BotMessage, Event
from handlers.shared.services import App

HELP = (
    "Offline console: type as you would in Telegram.\n"
    "  /command args   send a command      #N       press button N\n"
    "  /fwd TEXT       forward a message   Ctrl-D   quit\n"
    "A line after a question marked 'reply expected' answers it."
)


def render_message(message: BotMessage, *, edited: bool = False) -> str:
    """A bot message as plain text, buttons numbered as `#N` expects them."""
    head = "bot (edited):" if edited else "bot:"
    lines = [head, textwrap.indent(message.text, "  ")]
    number = 0
    for row in message.buttons:
        labels = []
        for button in row:
            number += 1
            labels.append(f"[{number}] {button.text}")
        lines.append("  " + "  ".join(labels))
    if message.force_reply:
        lines.append("  (reply expected: type your answer)")
    if message.document is not None:
        lines.append(f"  [file {message.file_name}, {len(message.document):,} bytes]")
    return "\n".join(lines)


def keep_file(message: BotMessage) -> Path | None:
    """Save a file the bot sent (a PDF report) where the person at the console can open it."""
    if message.document is None:
        return None
    folder = Path(tempfile.gettempdir()) / "sourcing-bot-console"
    folder.mkdir(exist_ok=True)
    path = folder / Path(message.file_name or "file").name
    path.write_bytes(message.document)
    return path


def render_event(event: Event) -> str | None:
    """What the user would see for one stand-in event, or None for invisible ones."""
    if event.kind in ("sent", "edited") and event.message is not None:
        return render_message(event.message, edited=event.kind == "edited")
    if event.kind == "notice":
        return f"bot (notice): {event.text}"
    if event.kind == "inline":
        titles = [str(r.get("title", "")) for r in event.payload.get("results", [])]
        return "bot (inline results): " + (", ".join(titles) or "none")
    return None


class Console:
    """Feeds lines from `source` to an offline user and prints what the bot shows."""

    def __init__(self, user: OfflineUser, out: TextIO, *, echo: bool) -> None:
        self.user = user
        self.out = out
        self.echo = echo
        self.reader_gone = False

    def say(self, text: str) -> None:
        """Print one block and flush it, so a program reading the pipe sees it at once.

        When the reader has gone away (`| head`), remember it and stop writing: the loop
        then ends and the bot shuts down cleanly instead of failing inside an update.
        """
        if self.reader_gone:
            return
        try:
            self.out.write(text + "\n")
            self.out.flush()
        except BrokenPipeError:
            self.reader_gone = True

    def show(self, event: Event) -> None:
        if event.chat_id not in (None, self.user.chat_id):
            return
        text = render_event(event)
        if text:
            self.say(text)
        saved = keep_file(event.message) if event.message and event.kind == "sent" else None
        if saved is not None:
            self.say(f"  (saved as {saved})")

    async def handle(self, line: str) -> None:
        line = line.strip()
        if not line:
            return
        if self.echo:
            self.say(f"> {line}")
        if line.startswith("#") and line[1:].strip().isdigit():
            try:
                await self.user.press(int(line[1:]))
            except ButtonNotFoundError:
                self.say(f"(no button {line} on the latest message)")
        elif line == "/fwd" or line.startswith("/fwd "):
            text = line[4:].strip()
            if text:
                await self.user.forward(text)
            else:
                self.say("(usage: /fwd TEXT)")
        elif line.startswith("/"):
            await self.user.send(line)
        else:
            await self.user.answer(line)


def console_standin() -> BotApiStandIn:
    """A stand-in whose message ids no other console on the same database uses.

    Telegram numbers a chat's messages once for all its members; two consoles acting as two
    members of one group would each count from 1, and the database knows a question by its
    message id, so one member's reply would land on the other's question. Counting from the
    microsecond clock gives each console its own range, and a later console higher ids.
    """
    return BotApiStandIn(first_message_id=time.time_ns() // 1000)


def console_user(
    app: App, standin: BotApiStandIn, *, user_id: int, chat_id: int | None
) -> OfflineUser:
    """The person at this console, named after their id so two members read apart in a group."""
    return OfflineUser(
        app, standin, user_id=user_id, chat_id=chat_id, first_name=f"User {user_id}"
    )


async def run_console(
    settings: Settings,
    *,
    user_id: int,
    chat_id: int | None,
    source: TextIO = sys.stdin,
    out: TextIO = sys.stdout,
) -> int:
    """Run until end of input; returns the process exit status."""
    standin = console_standin()
    app = build_application(settings, request=standin)
    interactive = source.isatty()
    user = console_user(app, standin, user_id=user_id, chat_id=chat_id)
    console = Console(user, out, echo=not interactive)
    standin.listeners.append(console.show)
    async with running(app):
        if interactive:
            out.write(HELP + "\n")
            out.flush()
        while not console.reader_gone and (line := await asyncio.to_thread(source.readline)):
            await console.handle(line)
    if console.reader_gone:
        raise BrokenPipeError("the console's reader went away")  # bot/cli.py exits quietly
    return 0
