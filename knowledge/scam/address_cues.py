"""The cues of the "who is asking whom" test (`addressed.py`), as the data file spells them.

Owns only the validated shape of `addressed` in `data/red_flags.yaml`; it must not read text.
Kept apart from `addressed.py` so that `red_flags.py` can hold it without an import cycle.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from knowledge.base import Frozen

Cue = Annotated[str, Field(min_length=1, max_length=60)]


class AddressCues(Frozen):
    """Word sequences (folded: lower case) that tell a request to the reader or a claim."""

    categories: tuple[str, ...] = Field(min_length=1)  # demand categories that are gated
    askers: tuple[Cue, ...] = Field(min_length=3)  # anywhere in a sentence (shared list)
    obligations: tuple[Cue, ...] = ()  # the demand in the passive: "must be paid"
    request_verbs: tuple[Cue, ...] = Field(min_length=3)  # opening a clause
    refusals: tuple[Cue, ...] = Field(min_length=1)  # just before a request verb: not one
    first_persons: tuple[Cue, ...] = Field(min_length=2)
    zh_askers: tuple[Cue, ...] = ()  # substrings in Chinese text
    zh_first_persons: tuple[Cue, ...] = ()
