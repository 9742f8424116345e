"""The buttons of /landed, /fx and /currency: one typed family, `landed:<action>[:<arg>...]`.

Built and read only through `BUTTONS` (see `handlers.shared.callbacks`); what a press may do
is decided by the module that handles it, against the database and the person pressing.
"""

from __future__ import annotations

from enum import StrEnum

from handlers.shared import callbacks


class Action(StrEnum):
    """Every /landed button (stable values: old messages keep their buttons)."""

    PICK = "pick"  # a choice in the guided estimate (args: step, value)
    SAVE = "save"  # keep a result under a name (arg: estimate id)
    DELETE = "del"  # confirm deleting a saved estimate (args: estimate id, asker)
    KEEP = "keep"  # keep it after all (args: estimate id, asker)
    ORIGIN = "origin"  # where the goods are made, asked once per chat (arg: ISO code or "other")
    HS = "hs"  # the tariff line picked for a short code or words (arg: its digits)


BUTTONS = callbacks.Buttons("landed", Action)
