"""Two more ways a pasted quote marks its unit price: a label before the amount, and arithmetic.

Owns the readings the skim (`knowledge/landed/reader/skim.py`) falls back on: "the per-unit
cost is about $1.40" or "Price each: €3.10" (a per-unit label, then a few small words, then the
amount), and a table row or worksheet whose quantity times one amount is another amount
("| 500 | PCS | 12.50 | 6250.00 |"): the arithmetic itself says which is the unit price and
which the total. It builds no line and never guesses: more than one fitting pair is no answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from knowledge.landed.reader.marks import sign_owner
from knowledge.landed.reader.offer import Currency
from knowledge.landed.reader.words import INCOTERMS, Kind, Token

_MOST_FIGURES = 24  # a table row or a short worksheet has a handful of figures

_UNIT_LABELS = frozenset(
    (("per", "unit"), ("per", "piece"), ("per", "pc"), ("per", "item"), ("unit", "cost"),
     ("unit", "price"), ("price", "each"), ("cost", "each"), ("price", "per"))
)  # fmt: skip
# Small words that may stand between the label and its amount: "is just ~", "of about".
_BETWEEN = frozenset(
    ("is", "of", "was", "be", "are", "about", "around", "approx", "approximately", "roughly",
     "only", "just", "~", "≈", "=", "de")
).union(INCOTERMS)  # fmt: skip


def label_at(tokens: Sequence[Token], start: int) -> int:
    """Where the label of the amount starting at `start` ends: the first token before it that
    is not a small word ("price is just $10", "prix de $0,085", "unit price FOB: 2 USD")."""
    at = start - 1
    while at >= 0 and tokens[at].text in _BETWEEN:
        at -= 1
    return at


def unit_label_before(tokens: Sequence[Token], start: int) -> bool:
    """True when a per-unit label ends just before the amount starting at `start`."""
    at = label_at(tokens, start)
    if at < 1 or tokens[at].kind is not Kind.WORD or tokens[at - 1].kind is not Kind.WORD:
        return False
    return (tokens[at - 1].text, tokens[at].text) in _UNIT_LABELS


def priced_row(
    tokens: Sequence[Token], quantity_at: int | None, currency: Currency, skip: int | None
) -> tuple[Decimal, Decimal, str | None] | None:
    """The quantity, unit price and currency of a row whose quantity times the price is its
    total, or None. With the quantity known (a unit word beside it), the price and total are
    two later numbers; without, all three are found, and the price and total must both carry
    the same currency (bare figures could be any column). A currency named elsewhere in the
    text but beside neither amount is no answer either."""
    figures = [
        (at, token.number, _code(tokens, at, currency))
        for at, token in enumerate(tokens)
        if token.kind is Kind.NUMBER and token.number is not None and at != skip
    ]
    if len(figures) > _MOST_FIGURES:
        return None  # a paragraph of figures is no row; and the search below grows as n^3
    at_value: dict[Decimal, list[tuple[int, str | None]]] = {}
    for j, total, total_code in figures:
        at_value.setdefault(total, []).append((j, total_code))
    found: set[tuple[Decimal, Decimal, str | None]] = set()
    for k, quantity, _ in figures:  # quantity x price looked up among the totals: n^2, not n^3
        if quantity < 1 or quantity != quantity.to_integral_value():
            continue
        if quantity_at is not None and k != quantity_at:
            continue
        for i, price, price_code in figures:
            if i == k or (quantity_at is not None and i < k):
                continue
            for j, total_code in at_value.get(quantity * price, ()):
                if j <= i or j == k or (price_code and total_code and price_code != total_code):
                    continue
                bare = quantity >= 2 and price_code is not None and total_code is not None
                if quantity_at is not None or bare:
                    found.add((quantity, price, price_code or total_code))
    if len(found) != 1:
        return None
    quantity, price, code = next(iter(found))
    if code is None and any(currency(token) is not None for token in tokens):
        return None  # "| 300 | PCS | 4.20 | 1260.00 | EUR": the currency is not the row's
    return quantity, price, code


def _code(tokens: Sequence[Token], at: int, currency: Currency) -> str | None:
    """The currency beside the number at `at` (before it, else after it), or None."""
    for near in (at - 1, at + 1):
        code = currency(tokens[near]) if 0 <= near < len(tokens) else None
        if code is not None and sign_owner(tokens, near) == at:  # "20 | $ 30": the 30's
            return code
    return None
