"""How Incoterms lookups read text: words, their positions, and one normal form.

Owns the single normalisation that both the data checks (no two entries may read the same)
and the lookup engine use, so a name that validates is a name that can be found. It knows no
rules and does no matching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Dotted abbreviations ("F.O.B.", "c.i.f") are one word to a buyer; join them before splitting.
_DOTTED = re.compile(r"\b((?:[A-Za-z]\.){2,}[A-Za-z]?)\.?(?!\w)")
# A word is a run of letters or digits; "&" and "+" stand for "and" ("C&F", "C+F").
_WORD = re.compile(r"[^\W_]+|[&+]")
# "Incoterms® 2020" after a place or code is how contracts write it; it says nothing more.
_EDITION_WORDS = frozenset({"incoterm", "incoterms", "2000", "2010", "2020", "icc"})


@dataclass(frozen=True, slots=True)
class Word:
    """One word of the user's text: its normal form and where it ends in the original."""

    text: str
    end: int


def _undot(match: re.Match[str]) -> str:
    return match.group(1).replace(".", "")


def words(text: str) -> tuple[Word, ...]:
    """The words of `text` in lower case, with "&" read as "and" and edition words dropped."""
    # Padding on the left keeps every word's end where it is in the original text.
    cleaned = _DOTTED.sub(lambda m: _undot(m).rjust(len(m.group(0))), text)
    found: list[Word] = []
    for match in _WORD.finditer(cleaned):
        token = match.group(0).casefold()
        token = "and" if token in {"&", "+"} else token
        if token not in _EDITION_WORDS:
            found.append(Word(token, match.end()))
    return tuple(found)


def normal(text: str) -> str:
    """`text` as the lookup compares it: lower-case words joined by single spaces."""
    return " ".join(word.text for word in words(text))
