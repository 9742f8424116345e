"""A price per pack (a dozen, a carton of 24, a set) against a quantity counted in pieces.

Owns the check the skim (`knowledge/landed/reader/skim.py`) makes before it offers a line whose
price was marked "per dozen" or "per carton" while the quantity is in pieces: multiplying the
two would be wrong by the pack size. When the text states the size right after the pack word
("per carton of 24 pcs") the price of one piece is the pack price over that size; otherwise no
line is offered and a note says why. It reads no other field and builds no line.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from knowledge.landed.reader.offer import Offer
from knowledge.landed.reader.words import Kind, Token

# Pack words, each with its other spellings (the family a quantity in packs may use).
_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset(("dozen", "dozens", "doz", "dz")),
    frozenset(("carton", "cartons", "ctn", "ctns")),
    frozenset(("case", "cases")),
    frozenset(("box", "boxes")),
    frozenset(("pack", "packs", "package", "packages")),
    frozenset(("set", "sets")),
    frozenset(("bag", "bags")),
    frozenset(("roll", "rolls")),
    frozenset(("drum", "drums")),
    frozenset(("bundle", "bundles")),
    frozenset(("pair", "pairs")),
)
PACK_WORDS = frozenset().union(*_FAMILIES)
_CENT_HUNDREDTHS = Decimal("0.0001")  # finer than this a piece price is a rounding, not a quote
_PER = frozenset(("per", "par", "pro", "por", "al", "je", "a"))  # "$6 per dozen", "€2 a box"


def family(word: str | None) -> frozenset[str] | None:
    """The pack family `word` belongs to, or None for pieces and every other word."""
    return next((f for f in _FAMILIES if word in f), None)


def pack_size(tokens: Sequence[Token], noun_at: int) -> Decimal | None:
    """The size stated right after the pack word at `noun_at`: "carton of 24", "box of 12 pcs"
    (a whole number of 2 or more), else None."""
    word = tokens[noun_at + 1] if noun_at + 1 < len(tokens) else None
    number = tokens[noun_at + 2] if noun_at + 2 < len(tokens) else None
    if word is None or number is None or word.text not in ("of", "de", "di", "von"):
        return None
    size = number.number if number.kind is Kind.NUMBER else None
    if size is None or size < 2 or size != size.to_integral_value():
        return None
    return size


def pack_note(pack: str, counted: str) -> str:
    """Why no line: the price is per pack and the count is in pieces, the size unknown."""
    if family(pack) == _FAMILIES[0]:
        return (
            f"The price is per dozen but the quantity is counted in {counted}: send the line "
            "with the price of one piece (the dozen price divided by 12), or count in dozens."
        )
    return (
        f"The price is per {pack} but the quantity is counted in {counted}, and the text "
        f"doesn't say how many {counted} a {pack} holds: send the line with the price of one "
        f"piece, or with the quantity in {pack}s."
    )


def per_noun(tokens: Sequence[Token], end: int) -> int | None:
    """Where the noun of "per dozen", "/carton", "a set" after the amount ending at `end` is."""
    first = tokens[end] if end < len(tokens) else None
    if first is None or not (first.kind is Kind.SLASH or first.text in _PER):
        return None
    return end + 1 if end + 1 < len(tokens) else None


def unpacked_price(
    tokens: Sequence[Token],
    packs: set[int],
    counted: str | None,
    price: tuple[Decimal, str | None],
) -> tuple[Decimal, str | None] | Offer:
    """The price of one counted unit when the price is per pack: unchanged when the quantity
    is counted in the same packs, the pack price over its size when the text states it ("per
    carton of 24"), else an Offer with no line and a note (a line would be wrong by the size)."""
    noun = min(packs)
    pack = tokens[noun].text
    if counted is not None and family(counted) is not None and family(counted) == family(pack):
        return price
    size = pack_size(tokens, noun)
    one = None if size is None else price[0] / size
    if one is None or one != one.quantize(_CENT_HUNDREDTHS):
        return Offer(None, pack_note(pack, counted or "pieces"))  # "$10 per box of 3": 3.333...
    return one, price[1]
