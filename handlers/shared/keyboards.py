"""Inline keyboards that never change once built, turned into JSON only once.

python-telegram-bot turns a keyboard into JSON (`to_dict`) on every send, walking every
button object; for a reply the bot caches and sends again and again (a /guide card, a
topic list) that walk was a fair share of the update's cost. `FixedKeyboard` does it when
built and hands out a fresh copy of the result on each send, so nothing PTB might change
reaches the cached original. Use it only for keyboards that are never modified after
construction (PTB freezes them anyway); it knows nothing of any feature.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup


class FixedKeyboard(InlineKeyboardMarkup):
    """An `InlineKeyboardMarkup` whose JSON is computed once, at construction."""

    __slots__ = ("_json",)

    def __init__(
        self,
        inline_keyboard: Sequence[Sequence[InlineKeyboardButton]],
        *,
        api_kwargs: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(inline_keyboard, api_kwargs=api_kwargs)
        self._json: dict[str, Any] = super().to_dict()  # "_" attributes stay settable

    def to_dict(self, recursive: bool = True) -> dict[str, Any]:
        """The keyboard's JSON: a copy of the one made at construction (rows and buttons
        copied too, so a caller may change it freely)."""
        if not recursive:
            return super().to_dict(recursive=False)
        rows = [[dict(button) for button in row] for row in self._json["inline_keyboard"]]
        return {**self._json, "inline_keyboard": rows}
