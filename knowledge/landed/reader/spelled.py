"""Incoterms written out in a pasted quote ("Ex-works", "C.I.F", "free on board") as codes.

Owns the spellings the skim (`knowledge/landed/reader/skim.py`) meets in real quotes besides the
three-letter codes: the full English names of the Incoterms 2020 rules, the same rules split by
dots or spaces ("f.o.b.", "c. i. f."), and the translations European quotes use for EXW. It
turns each into one word token holding the code, so the offered line keeps the rule instead of
silently assuming none. It reads no amounts and builds no line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from knowledge.landed.reader.words import Kind, Token

# The names of the rules in Incoterms 2020 (ICC), as words after normalising and tokenizing
# ("Ex-works" and "ex works" both give "ex", "works").
_NAMES: dict[tuple[str, ...], str] = {
    ("ex", "works"): "exw",
    ("exworks",): "exw",
    # "Ex factory" is no Incoterms 2020 name, but suppliers and buyers write it for EXW: the
    # price at the seller's premises, nothing loaded or cleared (KNOWLEDGE.md's EXW row). The
    # line then adds every cost from the factory on, which never understates the landed cost.
    ("ex", "factory"): "exw",
    ("free", "carrier"): "fca",
    ("free", "alongside", "ship"): "fas",
    ("free", "on", "board"): "fob",
    ("cost", "and", "freight"): "cfr",
    ("cost", "insurance", "and", "freight"): "cif",
    ("cost", "insurance", "freight"): "cif",
    ("carriage", "paid", "to"): "cpt",
    ("carriage", "and", "insurance", "paid", "to"): "cip",
    ("delivered", "at", "place", "unloaded"): "dpu",
    ("delivered", "at", "place"): "dap",
    ("delivered", "duty", "paid"): "ddp",
    # The EXW rule's official names in German, French and Italian editions.
    ("ab", "werk"): "exw",
    ("départ", "usine"): "exw",
    ("depart", "usine"): "exw",
    ("franco", "fabbrica"): "exw",
}
# Codes written letter by letter: "c.i.f", "f.o.b.", "e x w".
_LETTERED = frozenset(
    ("exw", "fca", "fas", "fob", "cfr", "cif", "cpt", "cip", "dap", "dpu", "ddp")
)
_LONGEST = max(len(name) for name in _NAMES)
_GAP = 2  # characters between letters: "c.i.f", "c. i. f."


def fold_incoterms(tokens: Sequence[Token]) -> list[Token]:
    """The tokens with each Incoterm written in words or letters replaced by its code."""
    out: list[Token] = []
    at = 0
    while at < len(tokens):
        width, code = _name_at(tokens, at)
        if code is None:
            out.append(tokens[at])
            at += 1
            continue
        out.append(replace(tokens[at], kind=Kind.WORD, text=code))
        at += width
    return out


def _name_at(tokens: Sequence[Token], at: int) -> tuple[int, str | None]:
    """How many tokens from `at` spell an Incoterm, and its code; (1, None) when none do."""
    for width in range(_LONGEST, 0, -1):
        words = tuple(_words(tokens, at, width))
        if len(words) == width and words in _NAMES:
            return width, _NAMES[words]
    letters = tokens[at : at + 3]
    if len(letters) == 3 and all(t.kind is Kind.WORD and len(t.text) == 1 for t in letters):
        close = all(b.start - a.start <= 1 + _GAP for a, b in pairwise(letters))
        code = "".join(t.text for t in letters)
        if close and code in _LETTERED:
            return 3, code
    return 1, None


def _words(tokens: Sequence[Token], at: int, width: int) -> list[str]:
    return [t.text for t in tokens[at : at + width] if t.kind is Kind.WORD]
