"""Scam typologies: the kinds of scam a sourcing team meets, in plain words, and which one a
set of sentences reads most like.

Owns the `Typology` shape (read from `typologies` in `data/red_flags.yaml`: a title, why it
works, what to do, the red-flag categories that report it, cue words, the advisories it comes
from) and `nearest`: the typology whose cue words the given words share most, used to name
what the learned part recognised. It matches nothing in the message itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Annotated

from pydantic import Field

from knowledge.base import Frozen

_CJK_LOW, _CJK_HIGH = "\u3400", "\u9fff"


class Typology(Frozen):
    """One kind of scam, explained for a buyer."""

    id: Annotated[str, Field(pattern=r"^[a-z][a-z_]*[a-z]$")]
    title: str = Field(min_length=5, max_length=80)
    categories: tuple[str, ...] = Field(min_length=1)
    cues: tuple[str, ...] = Field(min_length=3)
    why: str = Field(min_length=20)
    what_to_do: str = Field(min_length=10)
    sources: tuple[str, ...] = Field(min_length=1)


def nearest(
    typologies: Sequence[Typology], words: Iterable[str], categories: Iterable[str] = ()
) -> Typology | None:
    """The typology sharing most cue words with `words` (Chinese cues found inside a word);
    ties go to one that reports one of `categories`, then to data order. None if no cue."""
    seen = set(words)
    chinese = [word for word in seen if _CJK_LOW <= word[:1] <= _CJK_HIGH]
    reported = set(categories)
    best, best_key = None, (0, False)
    for typology in typologies:
        shared = sum(cue in seen or any(cue in word for word in chinese) for cue in typology.cues)
        key = (shared, bool(reported & set(typology.categories)))
        if shared and key > best_key:
            best, best_key = typology, key
    return best
