"""An order's total typed instead of a unit price: "total 2500 usd", "order value $4,500".

Owns the labels that announce a total ("total", "order value", "pi total", "invoice amount")
and reading the amount after them into the draft's `goods_total`. "$450 total" (the word
after the amount) is read with the price, in `fields.py`. No arithmetic: the draft divides.
"""

from __future__ import annotations

from knowledge.landed.query import LandedInputError
from knowledge.landed.reader.draft import Draft
from knowledge.landed.reader.fields import FieldReader
from knowledge.landed.reader.words import Kind, Token

# An order's total instead of a unit price: "total 2500 usd", "order value $4,500", "pi total".
TOTAL_LABELS = frozenset(("total", "order", "invoice", "pi", "goods"))
_TOTAL_TAILS = frozenset(("total", "value", "amount"))
_TOTAL_NAMES = frozenset(("price", "amount", "value", "cost"))


def read_order_total(fields: FieldReader, draft: Draft, token: Token, word: str) -> bool:
    """ "total 2500 usd", "order value: $4,500": the goods' total, read as the price."""
    label = fields.peek_word()
    named = label in _TOTAL_TAILS if word != "total" else label in _TOTAL_NAMES
    if word != "total" and not named:
        return False
    ahead = 1 if named else 0
    if fields.peek_kind(ahead) is not Kind.NUMBER and not _money_at(fields, ahead):
        if word == "total":
            raise LandedInputError(
                "'total' needs the order's amount after it, e.g. total 2500 usd.",
                word=token.text,
                position=token.start,
            )
        return False
    if named:
        fields.take()  # the label's second word: "value" in "order value"
    fields.goods_total(draft, token)
    return True


def _money_at(fields: FieldReader, ahead: int) -> bool:
    """A currency then a number `ahead` tokens on ("total usd 2500", "order value $4,500")."""
    token = fields.peek(ahead)
    if token is None or fields.peek_kind(ahead + 1) is not Kind.NUMBER:
        return False
    return fields.currency_in(token) is not None
