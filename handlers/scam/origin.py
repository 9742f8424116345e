"""What to check in a Telegram message, and where a forwarded message came from.

Owns reading a message for the scam check: its text or photo caption (after a leading `/scam`
command, for a message that is not a forward) and a one-line note on a forward's origin. The
same reading serves the first check and the "show all" button, so both see the same words.
It must not judge the words: the scanner in `knowledge/scam/scanner.py` does that.
"""

from __future__ import annotations

import html

from telegram import (
    Message,
    MessageEntity,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
)

COMMAND = "scam"
_NAME = 64  # characters of a display name or title shown back


def _name(value: str | None) -> str:
    flat = " ".join((value or "").split()) or "(no name)"
    return html.escape(flat[:_NAME])


def scam_command(message: Message) -> str | None:
    """The leading `/scam` or `/scam@bot` exactly as typed, or None if the message is not one."""
    for entity in message.entities:
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            command = message.parse_entity(entity)
            if command[1:].split("@", 1)[0].lower() == COMMAND:
                return command
    return None


def checked_text(message: Message) -> str:
    """The words the scam check reads in `message` ("" when it has none)."""
    if message.text:
        command = scam_command(message) if message.forward_origin is None else None
        return message.text[len(command) :].strip() if command else message.text
    return message.caption or ""


def origin_note(message: Message) -> str | None:
    """An HTML line on who the forwarded message came from, or None if it is not a forward."""
    origin = message.forward_origin
    if isinstance(origin, MessageOriginHiddenUser):
        return (
            f"↪️ Forwarded from “{_name(origin.sender_user_name)}”. The sender hid their "
            "account, so Telegram passes on only a name, and anyone can type any name."
        )
    if isinstance(origin, MessageOriginUser):
        user = origin.sender_user
        handle = f" (@{html.escape(user.username)})" if user.username else ""
        return (
            f"↪️ Forwarded from {_name(user.full_name)}{handle}. Check it is the account you "
            "already deal with, not a new one with a similar name."
        )
    if isinstance(origin, MessageOriginChannel):
        return f"↪️ Forwarded from the channel “{_name(origin.chat.title)}”."
    if isinstance(origin, MessageOriginChat):
        return f"↪️ Sent on behalf of the group “{_name(origin.sender_chat.title)}”."
    return None
