"""A price tier's bounds in a pasted quote: "for 1 up to 199 pieces", "1-199 pcs", "500+ pcs".

Owns telling the skim (`knowledge/landed/reader/skim.py`) that a count is the edge of a price
break, not the buyer's order: the price "for 1 up to 199 pieces" holds for any order in that
range, so 199 is no more the order than 1 is. Such a count is never the line's quantity; when
the text states the order's quantity elsewhere the price may still be offered with it, and when
it does not the reply asks for it (`tier_note`). It reads no amount and builds no line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from knowledge.landed.reader.words import Kind, Token

# Words between a tier's two bounds: "1-199", "1 to 199", "1 up to 199", "100 a 499 unidades".
_TO = frozenset(("-", "–", "—", "~", "to", "bis", "a", "à", "até", "hasta", "al", "tot"))
# Words before a lone upper bound ("up to 99 pcs", "under 100 pcs").
_UP_TO = frozenset(
    (("up", "to"), ("upto",), ("under",), ("below",), ("bis",), ("hasta",), ("até",),
     ("fino", "a"), ("jusqu", "à"), ("max",), ("maximum",))
)  # fmt: skip
# Words before a lone lower bound ("from 500 pcs", "ab 500 Stück", "à partir de 1000 pièces").
_FROM = frozenset(
    (("from",), ("ab",), ("desde",), ("vanaf",), ("partir", "de"), ("a", "partir", "de"))
)  # fmt: skip
# Words after the unit that leave the tier open ("500 pcs and up", "500 Stück und mehr").
_AND_UP = frozenset(
    (("and", "up"), ("or", "more"), ("and", "above"), ("or", "above"), ("and", "over"),
     ("or", "over"), ("und", "mehr"), ("oder", "mehr"), ("et", "plus"), ("ou", "plus"),
     ("o", "más"), ("o", "mas"), ("o", "più"), ("ou", "mais"), ("e", "oltre"))
)  # fmt: skip

IsUnit = Callable[[str | None], bool]  # True for a unit or pack word ("pcs", "cartons")


def tier_bound(tokens: Sequence[Token], at: int, is_unit: IsUnit) -> str | None:
    """The tier the count at `at` bounds, as words ("1 to 199", "500 or more", "up to 99"),
    or None when the count is not a tier's bound."""
    value = tokens[at].number
    if value is None or value != value.to_integral_value():
        return None
    return _between(tokens, at, value) or _open(tokens, at, value, is_unit)


def _between(tokens: Sequence[Token], at: int, value: Decimal) -> str | None:
    """ "1-199 pcs", "1 up to 199", "de 100 a 499": either bound of two whole counts, the
    lower first (prices given as a range were folded before: what is left counts units)."""
    low = _number(tokens, at - 2 - _word_is(tokens, at - 2, "up"))
    if _text(tokens, at - 1) in _TO and _whole(low) and low is not None and low < value:
        return f"{_plain(low)} to {_plain(value)}"
    to = at + 1 + (_word_is(tokens, at + 1, "up") and _text(tokens, at + 2) == "to")
    high = _number(tokens, to + 1)
    if _text(tokens, to) in _TO and _whole(high) and high is not None and high > value:
        return f"{_plain(value)} to {_plain(high)}"
    return None


def _open(tokens: Sequence[Token], at: int, value: Decimal, is_unit: IsUnit) -> str | None:
    """ "200+ pcs", "up to 99 pcs", "from 500 pcs", "500 pcs and up": one bound, the tier
    open on the other side."""
    if at + 1 < len(tokens) and tokens[at + 1].kind is Kind.PLUS:
        return f"{_plain(value)} or more" if is_unit(_text(tokens, at + 2)) else None
    if not is_unit(_text(tokens, at + 1)):
        return None
    if _words(tokens, at - 2, 2) in _UP_TO or _words(tokens, at - 1, 1) in _UP_TO:
        return f"up to {_plain(value)}"
    opened = any(_words(tokens, at - n, n) in _FROM for n in (1, 2, 3))
    if opened or _words(tokens, at + 2, 2) in _AND_UP or _text(tokens, at + 2) == "+":
        return f"{_plain(value)} or more"
    return None


def _whole(value: Decimal | None) -> bool:
    return value is not None and value == value.to_integral_value()


def tier_note(span: str) -> str:
    """Why no line: the price is a tier's, and the text does not say how many you order."""
    return (
        f"The price is for a range of order sizes ({span} units), not your order: send "
        "the line with the quantity you mean to buy, and check that it falls in that range."
    )


def _number(tokens: Sequence[Token], at: int) -> Decimal | None:
    if 0 <= at < len(tokens) and tokens[at].kind is Kind.NUMBER:
        return tokens[at].number
    return None


def _text(tokens: Sequence[Token], at: int) -> str | None:
    return tokens[at].text if 0 <= at < len(tokens) else None


def _word_is(tokens: Sequence[Token], at: int, word: str) -> bool:
    return _text(tokens, at) == word


def _words(tokens: Sequence[Token], at: int, width: int) -> tuple[str, ...]:
    if at < 0 or at + width > len(tokens):
        return ()
    return tuple(t.text for t in tokens[at : at + width])


def _plain(value: Decimal) -> str:
    return f"{value.normalize():f}"
