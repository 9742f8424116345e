"""What a number means in a /landed one-liner when no keyword comes before it.

Owns the bare-number clause of the grammar in `knowledge/landed/reader/parse.py`: `500 pcs`,
`20 ctns`, `2 x 40hq`, `120kg`, `3.2 usd`, `6.8/kg` (freight), `650 freight` (an amount
before its charge word), `500 @ 3.2` (the quantity before the price). It reads values through
`FieldReader` and decides nothing about costs.
"""

from __future__ import annotations

from knowledge.landed.query import LandedInputError
from knowledge.landed.reader.draft import Draft
from knowledge.landed.reader.fields import FieldReader
from knowledge.landed.reader.words import (
    CARTON_WORDS,
    CONTAINER_SIZES,
    CONTAINER_TYPES,
    KEYWORDS,
    QUANTITY_UNITS,
    VOLUME_UNITS,
    WEIGHT_UNITS,
    Key,
    Kind,
    Token,
)

__all__ = ["CARRIERS", "amount_follows", "read_bare_number"]


def read_bare_number(fields: FieldReader, draft: Draft, token: Token) -> None:
    """A number read as the clause's first token: its meaning comes from what follows it
    (a unit, a carton word, a container, a currency, a rate) or, failing that, from what
    the line still lacks."""
    unit = fields.peek_word()
    if (token.text in CONTAINER_SIZES and unit in CONTAINER_TYPES) or (
        unit == "x" and fields.container_ahead(1)
    ):
        fields.containers(draft, token)
    elif unit in QUANTITY_UNITS:
        fields.back()
        if not fields.units_in_each_carton(draft, marked=False):  # "24 pcs each"
            fields.advance(2)
            draft.set_quantity(fields.quantity(draft, token), token)
    elif unit in WEIGHT_UNITS or unit in VOLUME_UNITS:
        fields.back()
        key = Key.WEIGHT if unit in WEIGHT_UNITS else Key.VOLUME
        fields.measure(draft, token, key, bare=True)
    elif unit in CARTON_WORDS:
        fields.take()
        fields.carton_count(draft, token)
    elif fields.peek_kind() is Kind.PERCENT:
        raise LandedInputError(
            f"Which charge is {token.text}% for? Put a word before it: duty {token.text}%.",
            word=token.text,
            position=token.start,
        )
    elif fields.currency_follows():
        fields.back()
        fields.price(draft, token)
    elif draft.freight is None and _rate_follows(fields):
        # "air 320 kg 6.8/kg": only freight is priced per kg or cbm, so the rate is freight.
        draft.decisions.append(f"{token.text}/{fields.peek_word(1)} = freight")
        fields.back()
        fields.charge(draft, token, Key.FREIGHT)
    elif (first := _AMOUNT_FIRST.get(unit or "")) is not None and (
        draft.quantity is not None
        and (fields.peek_kind(1) is not Kind.NUMBER or fields.peek_word(2) in _AMOUNT_FIRST)
    ):
        # "+ 650 freight": an amount right before a charge word that has none after it.
        draft.decisions.append(f"{token.text} {unit} = {unit} {token.text}")
        fields.back()
        fields.charge(draft, token, first)
        fields.advance(1)  # the charge word, read
    elif draft.quantity is None and _price_follows(fields):
        # "500 @ 3.2": a bare number right before the price can only be the quantity.
        draft.set_quantity(fields.quantity(draft, token), token)
    else:
        raise LandedInputError(
            f"What is {token.text} for? Put a word before it, e.g. freight {token.text}.",
            word=token.text,
            position=token.start,
        )


def _rate_follows(fields: FieldReader) -> bool:
    unit = fields.peek_word(1)
    return fields.peek_kind() is Kind.SLASH and (unit in WEIGHT_UNITS or unit in VOLUME_UNITS)


def amount_follows(fields: FieldReader) -> bool:
    """An amount of money next ("420", "$420", "420 usd"), not a count or a measure
    ("ups 2 ctns 12kg")."""
    at = 1 if fields.peek_kind() is Kind.SYMBOL else 0
    if fields.peek_kind(at) is not Kind.NUMBER:
        return False
    after = fields.peek(at + 1)
    if after is None:
        return True
    if after.kind in (Kind.PERCENT, Kind.SLASH, Kind.DIMS):
        return False
    return after.kind is not Kind.WORD or after.text not in _NOT_MONEY_AFTER


def _price_follows(fields: FieldReader) -> bool:
    kind = fields.peek_kind()
    return kind is Kind.AT or fields.peek_word() == "at"


_NOT_MONEY_AFTER = (
    QUANTITY_UNITS | CARTON_WORDS | WEIGHT_UNITS.keys() | VOLUME_UNITS | CONTAINER_TYPES.keys()
)
# Couriers whose name is also the mode: an amount after one is its quote.
CARRIERS = frozenset(("dhl", "fedex", "ups", "courier"))
# Charge words an amount may come before ("650 freight", "120 insurance").
_AMOUNT_FIRST = {
    word: key for word, key in KEYWORDS.items() if key in (Key.FREIGHT, Key.INSURANCE)
}
