"""Callback data: the one place that builds, parses and polices inline-button payloads.

Payloads are `<feature>:<action>[:<arg>...]`, ASCII, at most 64 bytes (Telegram's limit).
Each feature declares one `Buttons` family over a `StrEnum` of its actions: the family builds
the data (`data`), reads a press back as a typed `Press` (`read`) and gives the anchored
pattern its handlers are registered with (`pattern`), so no payload is written or split by
hand anywhere else. Nothing a button carries is trusted: features re-check every argument
against the database and against who pressed. An unknown or stale payload gets a polite
notice, never an exception.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from html import unescape
from typing import Generic, TypeVar

from telegram import Bot, CallbackQuery, InlineKeyboardMarkup, Message
from telegram.error import BadRequest

_LOGGER = logging.getLogger(__name__)
MAX_BYTES = 64
_WORD = re.compile(r"^[a-z][a-z0-9_]*$")
_ARG = re.compile(r"^[A-Za-z0-9_.+\-]*$")

EXPIRED = "This button has expired. Send the command again to get fresh buttons."
SOMEONE = "the member who asked"
NAME_CHARS = 60  # a name in a notice: Telegram names can be 129 characters
ID_DIGITS = 20  # a Telegram user or chat id has up to 52 bits: 16 digits


@dataclass(frozen=True, slots=True)
class _Payload:
    """A parsed button payload."""

    feature: str
    action: str
    args: tuple[str, ...] = ()


def _build(feature: str, action: str, *args: object) -> str:
    """Encode a payload; raises ValueError for anything that could not round-trip safely."""
    parts = [feature, action, *(str(arg) for arg in args)]
    if not (_WORD.match(feature) and _WORD.match(action)):
        raise ValueError(f"feature and action must be lower-case words: {feature}:{action}")
    if not all(_ARG.match(part) for part in parts[2:]):
        raise ValueError(f"button arguments must be plain ASCII words: {parts[2:]!r}")
    data = ":".join(parts)
    if len(data.encode("ascii")) > MAX_BYTES:
        raise ValueError(f"callback data longer than {MAX_BYTES} bytes: {data!r}")
    return data


def _parse(data: str | None, feature: str) -> _Payload | None:
    """Decode a payload for `feature`; None when it is malformed or belongs elsewhere."""
    if not data or len(data.encode("utf-8")) > MAX_BYTES:
        return None
    parts = data.split(":")
    if len(parts) < 2 or parts[0] != feature or not _WORD.match(parts[1]):
        return None
    if not all(_ARG.match(part) for part in parts[2:]):
        return None
    return _Payload(feature=parts[0], action=parts[1], args=tuple(parts[2:]))


A = TypeVar("A", bound=StrEnum)


@dataclass(frozen=True, slots=True)
class Press(Generic[A]):
    """A pressed button of one family, read back: its action and its (unchecked) arguments."""

    action: A
    args: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Buttons(Generic[A]):
    """One feature's button family: `<feature>:<action>[:<arg>...]` with typed actions."""

    feature: str
    actions: type[A]

    def __post_init__(self) -> None:
        if not _WORD.match(self.feature):
            raise ValueError(f"a feature must be a lower-case word: {self.feature!r}")
        for action in self.actions:
            if not _WORD.match(action.value):
                raise ValueError(f"an action must be a lower-case word: {action.value!r}")

    def data(self, action: A, *args: object) -> str:
        """The callback data of a button; ValueError for anything that could not round-trip."""
        return _build(self.feature, self.actions(action).value, *args)

    def read(self, data: str | None, *only: A) -> Press[A] | None:
        """The press, or None when the data is malformed, another family's, an unknown
        action, or (when `only` is given) an action other than those."""
        payload = _parse(data, self.feature)
        if payload is None:
            return None
        try:
            action = self.actions(payload.action)
        except ValueError:
            return None
        if only and action not in only:
            return None
        return Press(action, payload.args)

    def pattern(self, *actions: A) -> str:
        """The anchored regex a CallbackQueryHandler claims these actions with (all of the
        family's when none is named)."""
        chosen = actions or tuple(self.actions)
        names = "|".join(re.escape(action.value) for action in chosen)
        return rf"^{re.escape(self.feature)}:({names})(:|$)"


async def answer_expired(query: CallbackQuery) -> None:
    """Tell the presser the button is stale, without touching any record."""
    await query.answer(EXPIRED, show_alert=False)


async def answer_not_yours(query: CallbackQuery, owner_name: str) -> None:
    """Tell someone else in a group that only the owner may press these buttons."""
    await query.answer(f"Only {owner_name} can answer this one.", show_alert=False)


def number(arg: str, *, digits: int = ID_DIGITS) -> int | None:
    """A button argument as a whole number of at most `digits` digits, else None."""
    return int(arg) if arg.isdigit() and len(arg) <= digits else None


def numbers(args: Sequence[str], count: int, *, digits: int = ID_DIGITS) -> tuple[int, ...] | None:
    """Exactly `count` button arguments, each read by `number`, else None."""
    found = tuple(n for arg in args if (n := number(arg, digits=digits)) is not None)
    return found if len(args) == count and len(found) == count else None


def is_on_message(query: CallbackQuery) -> bool:
    """True when the pressed payload is still a button of the message as it is now.

    A message we edited has new buttons; a second press of an old one (a double tap) or a
    forged payload arrives with data the message does not show.
    """
    message = query.message
    markup = message.reply_markup if isinstance(message, Message) else None
    if markup is None:
        return False
    return any(b.callback_data == query.data for row in markup.inline_keyboard for b in row)


def asker_name(message: Message, asker: int) -> str:
    """Who a button was offered to, from the command its message replies to.

    Telegram's data, never the payload's: a forged asker id gets no name.
    """
    asked = message.reply_to_message.from_user if message.reply_to_message else None
    return asked.full_name[:NAME_CHARS] if asked and asked.id == asker else SOMEONE


async def show_in_place(
    message: Message, html: str, keyboard: InlineKeyboardMarkup | None, bot: Bot
) -> None:
    """Edit the pressed message into `html` and `keyboard`; a message that already shows them
    (a double tap, a button that leads where the message is) is left alone, and a message too
    old or gone to edit gets the answer as a new one."""
    if message.reply_markup == keyboard and message.text == _plain(html):
        return  # Telegram refuses an edit that changes nothing ("message is not modified")
    try:
        await message.edit_text(html, reply_markup=keyboard, disable_web_page_preview=True)
    except BadRequest as error:
        if "not modified" in error.message:
            return
        _LOGGER.info("Could not edit message %s (%s); sending anew", message.id, error.message)
        await bot.send_message(message.chat_id, html, reply_markup=keyboard)


def _plain(html: str) -> str:
    """The text Telegram shows for `html`: tags dropped, entities read."""
    return unescape(re.sub(r"<[^>]+>", "", html)).strip()
