"""The buttons of the scam check: one typed family, `scam:<action>[:<arg>...]`.

The only button is "Show all findings", which carries the first 16 hex characters of the
message's fingerprint (never its text): the press recomputes the report from the message the
report replies to and checks that it is still the same one.
"""

from __future__ import annotations

from enum import StrEnum

from handlers.shared import callbacks


class Action(StrEnum):
    """Every scam-check button (stable values: old messages keep their buttons)."""

    ALL = "all"  # every finding of a report (arg: the fingerprint's first 16 hex characters)


BUTTONS = callbacks.Buttons("scam", Action)
