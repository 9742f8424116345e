"""The handler groups, in the order PTB runs them, and why each exists.

Within a group the first matching handler wins; a handler that raises ApplicationHandlerStop
ends the update there. Everything that is not a gate or an answer lives in FEATURES.
"""

from __future__ import annotations

from enum import IntEnum


class Group(IntEnum):
    """Handler groups, lowest first."""

    # Updates Telegram hands out again after a crash were answered already: skip them first
    # (real HTTP only; bot/telegram/redelivery.py).
    REDELIVERY = -1000
    # Chats outside ALLOWED_CHAT_IDS are refused before any feature reads or stores anything.
    ACCESS = -100
    # Edits and channel posts stop here: the bot reads a message once, when it is sent.
    EDITS = -50
    # The one text router: a message that answers an open question goes to the feature that
    # asked it, ahead of the scam check's catch-all and the fallbacks.
    QUESTIONS = -10
    # PTB's default group: commands, buttons, the scam check, and the fallbacks last.
    FEATURES = 0
