"""An amount for a count of the goods: "~$30 for 5 boards", "50 for 19 euros", "1000 Flyer".

Owns reading the order's total and its count together when a pasted text ties them with "for"
(or "für", "pour", "por", "per", "para") or a plural "cost", the goods named by whatever noun
the buyer uses ("boards", "pens", "Tassen") rather than a unit word: "AMOUNT for N NOUN", "N
[NOUN] for AMOUNT", "for N NOUN the price would be AMOUNT", "N NOUN cost AMOUNT". A count of
days, colours or kilograms, or a date, is no count of the goods, and an amount with a per-unit
mark after it ("for $2 each") is no total. It tells the skim (`knowledge/landed/reader/skim.py`)
which token is the count and which the amount; it builds no line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from knowledge.landed.reader.marks import PRICE_MARKS, money, per_unit, word
from knowledge.landed.reader.offer import Currency
from knowledge.landed.reader.rows import label_at
from knowledge.landed.reader.words import VOLUME_UNITS, WEIGHT_UNITS, Kind, Token

_FOR = frozenset(("for", "für", "pour", "por", "per", "para"))
# What a count may name that is not the goods: time, measures, specs, money.
_NOT_GOODS = (
    frozenset(WEIGHT_UNITS)
    | frozenset(VOLUME_UNITS)
    | frozenset(
        ("day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
         "minute", "minutes", "working", "business", "color", "colors", "colour", "colours",
         "layer", "layers", "side", "sides", "mm", "cm", "m", "inch", "inches", "ft", "times",
         "people", "persons", "percent", "of", "and", "or", "to", "more", "extra", "off", "x",
         "tage", "jours", "días", "dias", "giorni", "farben", "couleurs", "colores", "at", "in",
         "on", "for", "with", "by", "per", "the", "a", "an", "is", "are", "was", "were", "am",
         "january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
         "sep", "sept", "oct", "nov", "dec", "container", "containers", "pallet", "pallets",
         "shipment", "shipments", "truck", "trucks", "fcl", "lcl", "order", "orders", "cbm")
    )
)  # fmt: skip
# Small words between "for N boards" and its amount: "the price would be", "is", "zahlen wir".
_LINK = frozenset(
    ("the", "price", "cost", "total", "would", "be", "is", "was", "will", "are", "comes", "to",
     "about", "around", "roughly", "approx", "approximately", "~", "zahlen", "wir", "kostet",
     "kosten", "est", "de", "le", "prix", "coûte", "es", "el", "precio", "cuesta")
)  # fmt: skip
# Words just before "for" that make its amount one unit's ("price per unit for 100 pens").
_ONE = frozenset(("unit", "piece", "pc", "each", "item", "per"))
_MOST_LINKS = 5
_PRICE_WORDS = PRICE_MARKS | {"prices", "pricing", "preise", "prezzi", "precios", "prix"}
# Plural "cost" verbs: their subject is all the units ("200 mugs cost $340").
_COST = frozenset(("cost", "kosten", "coûtent", "coutent", "cuestan", "costano", "custam"))
# Singular "costs": its subject is one unit ("One scope costs 6500 EUR"), so only a count of 1.
_COSTS_ONE = frozenset(("costs", "kostet", "coûte", "coute", "cuesta", "costa", "custa"))
_MODALS = frozenset(("should", "would", "will", "did", "do", "could", "might", "currently"))
_NOT_A_COUNT = frozenset(
    ("in", "since", "year", "of", "from", "by", "until", "no", "nr", "on", "at", "the")
)


@dataclass
class Lots:
    """The counts and amounts tied by "for", by token index."""

    counts: dict[int, int] = field(default_factory=dict)  # count's index -> its amount's
    amounts: set[int] = field(default_factory=set)


def lots(tokens: Sequence[Token], currency: Currency) -> Lots:
    """Every "amount for a count" the text holds (see the module's docstring)."""
    found = Lots()
    for at, token in enumerate(tokens):
        if token.kind is not Kind.WORD or token.text not in _FOR | _COST | _COSTS_ONE:
            continue
        if word(tokens, at - 1) in _ONE or word(tokens, at - 2) in _ONE:
            continue  # "the price per unit for 100 pens is $2": one pen's price
        if token.text in _COST | _COSTS_ONE:
            pair = _count_costs(tokens, at, currency)
            one = pair is not None and tokens[pair[0]].number == 1
            pair = pair if token.text in _COST or one else None
        else:
            pair = _amount_for_count(tokens, at, currency)
            pair = pair or _count_for_amount(tokens, at, currency)
        if pair is not None:
            found.counts[pair[0]] = pair[1]
            found.amounts.add(pair[1])
    return found


def _amount_for_count(
    tokens: Sequence[Token], at: int, currency: Currency
) -> tuple[int, int] | None:
    """ "$30 for 5 boards" (the amount before "for"), "for 100 pens the price would be
    €213" (after the count): the count's index and the amount's."""
    count = at + 1
    if not _goods_count(tokens, count, currency):
        return None
    before = at - 1
    if before >= 0 and tokens[before].kind is not Kind.NUMBER:
        before -= 1  # "$30 for": the sign after the number, or "30 usd for"
    if _is_number(tokens, before):
        start, _, end = money(tokens, before, currency)
        if word(tokens, label_at(tokens, start)) in PRICE_MARKS:
            return None  # "un prix de 0,40 € pour 2 000 unités": a unit price for an order
        return (count, before) if end == at and not per_unit(tokens, end) else None
    if word(tokens, at - 1) in _PRICE_WORDS or word(tokens, at - 2) in _PRICE_WORDS:
        return None  # "Price for 500 pcs: $2.10": a supplier's unit price at that quantity
    step = count + 2
    while step < len(tokens) and step - count <= _MOST_LINKS and tokens[step].text in _LINK:
        step += 1
    if step == count + 2:
        return None  # "for 5 pens $2": no word says the amount is what all five cost
    amount = step if _is_number(tokens, step) else step + 1  # a number, or a sign then it
    return (count, amount) if _total_at(tokens, amount, currency) else None


def _count_for_amount(
    tokens: Sequence[Token], at: int, currency: Currency
) -> tuple[int, int] | None:
    """ "50 for 19 euros", "200 mugs for $340", "1000 Flyer für 89 EUR"."""
    count = at - 1 if _is_number(tokens, at - 1) else at - 2
    if not _is_number(tokens, count) or tokens[count].number is None:
        return None
    if count == at - 2 and not _goods_count(tokens, count, currency):
        return None
    if count == at - 1 and word(tokens, count - 1) in _NOT_A_COUNT:
        return None  # "in 2024 for $300": a year
    amount = at + 1 if _is_number(tokens, at + 1) else at + 2
    return (count, amount) if _total_at(tokens, amount, currency) else None


def _count_costs(tokens: Sequence[Token], at: int, currency: Currency) -> tuple[int, int] | None:
    """ "5 assembled boards should cost around 65 USD", "300 Tassen kosten 450 €": a count of
    the goods (maybe with one word between) as the subject of a plural "cost"."""
    back = at - 1
    while word(tokens, back) in _MODALS:
        back -= 1
    count = next((c for c in (back - 1, back - 2) if _goods_count(tokens, c, currency)), None)
    if count is None or any(word(tokens, n) in _NOT_GOODS for n in range(count + 1, back + 1)):
        return None
    step = at + 1
    while step < len(tokens) and tokens[step].text in _LINK:
        step += 1
    amount = step if _is_number(tokens, step) else step + 1
    return (count, amount) if _total_at(tokens, amount, currency) else None


def _total_at(tokens: Sequence[Token], at: int, currency: Currency) -> bool:
    """True when an amount with its currency is at `at` and no per-unit mark follows it."""
    if not _is_number(tokens, at):
        return False
    end = money(tokens, at, currency)[2]
    return end is not None and not per_unit(tokens, end)


def _goods_count(tokens: Sequence[Token], at: int, currency: Currency) -> bool:
    """A whole number of 1 or more with a noun after it that names no time, measure or
    money ("5 boards", "100 pens")."""
    if not _is_number(tokens, at) or word(tokens, at - 1) in _NOT_A_COUNT - {"the"}:
        return False  # "on 9 June", "in 2024": a date
    value = tokens[at].number
    noun = tokens[at + 1] if at + 1 < len(tokens) else None
    if value is None or value < 1 or value != value.to_integral_value() or noun is None:
        return False
    return noun.kind is Kind.WORD and noun.text not in _NOT_GOODS and currency(noun) is None


def _is_number(tokens: Sequence[Token], at: int) -> bool:
    return 0 <= at < len(tokens) and tokens[at].kind is Kind.NUMBER
