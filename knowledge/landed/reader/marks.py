"""The words around a figure in a pasted quote that say what it is: a count, a price, a total.

Owns the vocabulary and the small readings the skim (`knowledge/landed/reader/skim.py`) asks of
one figure: which words name the goods' units ("pcs", "Stück", "unidades"), whether an amount
carries a currency beside it, whether a per-unit mark follows it ("/pc", "each", "per piece",
"par gobelet", not "per kg" or "per month"), and whether words mark it as the order's total
("total $264", "paid $134", "$25 for 5 pcs"). It places no figure itself and builds no line.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.landed.reader.offer import Currency
from knowledge.landed.reader.words import (
    PRICE_SUFFIXES,
    QUANTITY_UNITS,
    VOLUME_UNITS,
    WEIGHT_UNITS,
    Kind,
    Token,
)

# Words around a number that make it the quantity: a unit after it, a label or a verb before
# it ("MOQ 1000", "ordered 2,000 tumblers"); quotes in Spanish, French, German, Italian and
# Portuguese use their own ("CANTIDAD: 1870 UND", "500 Stück").
UNIT_WORDS = (QUANTITY_UNITS - {"x", "ea"}).union(
    ("und", "uds", "unidades", "piezas", "pzas", "pzs", "pièces", "stück", "stk", "pezzi",
     "pz", "peças", "unidade", "unités", "unité", "pièce", "stuks", "sztuk", "szt")
)  # fmt: skip
# Words before an amount that make it the price of one unit.
PRICE_MARKS = frozenset(
    ("@", "at", "price", "à", "precio", "unitario", "prix", "unitaire", "preis", "stückpreis",
     "einzelpreis", "prezzo", "preço", "preco", "unitário")
)  # fmt: skip
# Words that make an amount the whole order's: "total $264", "paid $134", "$25 for 5 pcs".
TOTAL_MARKS = frozenset(("total", "paid", "quoted"))
_PER_WORDS = frozenset(("per", "par", "pro", "por", "al", "je"))
# What "per" may name that is not a unit of the goods: measures, time, transport.
_NOT_GOODS = frozenset(WEIGHT_UNITS) | frozenset(VOLUME_UNITS) | frozenset(
    ("pound", "pounds", "lb", "lbs", "mt", "month", "year", "week", "day", "hour", "container",
     "containers", "shipment", "order", "pallet", "cbm", "metric", "ton", "meter", "metre", "m")
)  # fmt: skip
# Currency signs written before the amount: between two numbers one goes with the next.
SIGNS_FIRST = frozenset(("$", "£", "¥", "us$", "r$", "₹", "a$", "c$", "hk$"))
_ABOUT = frozenset(("about", "around", "approx", "approximately", "roughly", "only", "just"))


def word(tokens: Sequence[Token], at: int) -> str | None:
    """The word at `at` ("@" for the at sign), or None for a number, a sign or the ends."""
    if 0 <= at < len(tokens) and tokens[at].kind is Kind.WORD:
        return tokens[at].text
    if 0 <= at < len(tokens) and tokens[at].kind is Kind.AT:
        return "@"
    return None


def money(
    tokens: Sequence[Token], at: int, currency: Currency
) -> tuple[int, str | None, int | None]:
    """Where the amount at `at` starts (its currency sign or code, when first), the currency,
    and the index after it; end None when no currency is beside the number (a bare number is
    not read as money here)."""
    if at > 0 and (code := currency(tokens[at - 1])) is not None:
        return at - 1, code, at + 1
    if at + 1 < len(tokens) and (code := currency(tokens[at + 1])) is not None:
        return at, code, at + 2
    return at, None, None


def is_total(tokens: Sequence[Token], lead: str | None, start: int, end: int) -> bool:
    """An amount marked as the order's: "total $264", "paid $134", "$25 for 5 pcs"."""
    if lead in TOTAL_MARKS or word(tokens, end) in TOTAL_MARKS:
        return True
    return _for_units(tokens, end) or _units_for(tokens, start)


def _for_units(tokens: Sequence[Token], end: int) -> bool:
    """ "$25 for 5 pcs": the amount is for that many units, so a total."""
    if word(tokens, end) != "for":
        return False
    number = tokens[end + 1] if end + 1 < len(tokens) else None
    return (
        number is not None and number.kind is Kind.NUMBER and (word(tokens, end + 2) in UNIT_WORDS)
    )


def _units_for(tokens: Sequence[Token], start: int) -> bool:
    """ "5 pieces for about $25": units, "for", maybe "about", then the amount."""
    at = start - 1
    if word(tokens, at) in _ABOUT:
        at -= 1
    return word(tokens, at) == "for" and word(tokens, at - 1) in UNIT_WORDS


def per_unit(tokens: Sequence[Token], end: int) -> bool:
    """ "/pc", "each", "per piece", "per tray", "par gobelet" right after the amount: per unit
    of the goods (not per kg, tonne, month, container or shipment)."""
    first = tokens[end] if end < len(tokens) else None
    if first is not None and first.kind is Kind.SLASH:
        return word(tokens, end + 1) in PRICE_SUFFIXES | UNIT_WORDS
    after = word(tokens, end)
    if after in ("each", "ea", "chacun", "chacune", "cada", "ciascuno", "stück", "stk"):
        return True
    noun = word(tokens, end + 1)
    if after == "a":  # "$2 a piece"
        return noun in PRICE_SUFFIXES | UNIT_WORDS
    return after in _PER_WORDS and noun is not None and noun not in _NOT_GOODS


def has_currency(tokens: Sequence[Token], at: int, currency: Currency) -> bool:
    """True when the number at `at` has its currency beside it (`_owner`)."""
    return any(
        0 <= sign < len(tokens)
        and currency(tokens[sign]) is not None
        and sign_owner(tokens, sign) == at
        for sign in (at - 1, at + 1)
    )


def sign_owner(tokens: Sequence[Token], sign: int) -> int | None:
    """The number a currency sign belongs to. Between two numbers it is the one it is written
    against ("250 $0.42": the price's), else the next when it is a sign written first ("$",
    "£"), else the number before ("19 € 100", "30 euros 500")."""
    before = sign - 1 if sign > 0 and tokens[sign - 1].kind is Kind.NUMBER else None
    after = sign + 1 if sign + 1 < len(tokens) and tokens[sign + 1].kind is Kind.NUMBER else None
    if before is None or after is None:
        return before if after is None else after
    mark, left, right = tokens[sign], tokens[before], tokens[after]
    to_left = mark.start == left.start + len(left.text)
    to_right = right.start == mark.start + len(mark.text)
    if to_left != to_right:
        return before if to_left else after
    first = mark.kind is not Kind.WORD and mark.text in SIGNS_FIRST
    return after if first else before
