"""Verbs that make an amount in a pasted quote the whole order's: "5 units came in at $68.22".

Owns the phrases buyers use for what an order came to, in English and the European languages
the quotes use ("cost me", "totalled", "ran", "set me back", "kosteten mich", "me costaron",
"m'ont coûté", "mi sono costati", "custaram"): the amount after one is for all the units, so
the skim (`knowledge/landed/reader/skim.py`) offers it as the order's total (the line's reading
then shows the unit price as its share), never as the price of one. A per-unit mark after the
amount ("came in at $12 each") still wins, and the skim checks that first. It reads nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.landed.reader.words import Token

# Each phrase as the words just before the amount (a few small words may come between:
# "came to about $310").
_PHRASES: tuple[tuple[str, ...], ...] = (
    ("came", "in", "at"),
    ("come", "in", "at"),
    ("comes", "in", "at"),
    ("came", "to"),
    ("come", "to"),
    ("comes", "to"),
    ("cost", "me"),
    ("costs", "me"),
    ("cost", "us"),
    ("totalled",),
    ("totaled",),
    ("totalling",),
    ("totaling",),
    ("ran",),
    ("ran", "me"),
    ("run", "me"),
    ("set", "me", "back"),
    ("set", "us", "back"),
    ("sums", "up", "to"),
    ("summed", "up", "to"),
    ("adds", "up", "to"),
    ("added", "up", "to"),
    ("amounted", "to"),
    ("amounts", "to"),
    ("kosteten",),
    ("kosteten", "mich"),
    ("kosteten", "uns"),
    ("kamen", "auf"),
    ("costaron",),
    ("me", "costaron"),
    ("nos", "costaron"),
    ("salieron", "en"),
    ("ont", "coûté"),
    ("ont", "coute"),
    ("sono", "costati"),
    ("sono", "costate"),
    ("costarono",),
    ("custaram",),
    ("me", "custaram"),
    ("saíram", "por"),
    ("kostten",),
)
_BESIDES = frozenset(
    ("sample", "samples", "mould", "mold", "moulds", "molds", "tooling", "setup", "tax",
     "taxes", "vat", "duty", "duties", "customs", "fee", "fees", "shipping", "freight",
     "postage", "delivery", "insurance", "muster", "versand", "envío", "frete", "spedizione")
)  # fmt: skip
_LAST = frozenset(phrase[-1] for phrase in _PHRASES)
_ONE_UNIT = frozenset(("price", "prices", "each", "unit", "piece", "pc", "per", "one", "1"))
_BETWEEN = frozenset(("about", "around", "approx", "approximately", "roughly", "only", "just"))
_BETWEEN |= frozenset(("~", "≈", "circa", "ca", "etwa", "environ", "unos", "cerca", "de"))


def spent_before(tokens: Sequence[Token], start: int) -> bool:
    """True when a phrase for what an order came to ends just before the amount at `start`."""
    at = start - 1
    while at >= 0 and tokens[at].text in _BETWEEN:
        at -= 1
    if at < 0 or tokens[at].text not in _LAST:
        return False
    for phrase in _PHRASES:
        first = at - len(phrase) + 1
        if first < 0 or tuple(t.text for t in tokens[first : at + 1]) != phrase:
            continue
        # "the unit price ran $2": the subject is one unit's price; "the sample cost me $50"
        # or "tooling came to $800" is a charge besides the goods: neither is the order's.
        return first == 0 or tokens[first - 1].text not in _ONE_UNIT | _BESIDES
    return False
