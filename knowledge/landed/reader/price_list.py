"""A price list by order size pasted whole: "1 Belt: $450 / 2 Belts: $400 each", "|50|$57|".

Owns reading a quote whose rows each price one order size of the same goods ("100 pieces
18.3€ or 1000 pieces 85.4€", "250: $0.42 ea // $105.00 total", "500 = 62 euros"), for the skim
(`knowledge/landed/reader/skim.py`): the line is the first row's, and the note names the others,
so the buyer sends the row they mean. A row is a count of the goods (a noun or a colon, equals
sign or dash between) and the amount after it. Whether the rows' amounts are unit prices or
totals is read from their marks ("each", "ea", "/unit", "total"), from a second amount in the row
that is the first's share or multiple, and else from the figures: an amount that falls as the
count rises is a unit price (a bigger order never costs less in all), one that rises while its
share falls is a total; anything else offers nothing. The counts must rise, the rows name the
same goods in one currency, and no amount may stand before the first row (a setup fee?). A
first row whose count is a range ("1 to 3 chips") is a tier, not an order: no line. A dollar
sign on amounts written with a decimal comma ("$ 55,00") may be a peso or a real: no line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise

from knowledge.landed.reader.marks import has_currency, money, per_unit, word
from knowledge.landed.reader.offer import Currency, Offer, plain
from knowledge.landed.reader.tiers import IsUnit, tier_bound, tier_note
from knowledge.landed.reader.words import VOLUME_UNITS, WEIGHT_UNITS, Kind, Token

# Tokens that may stand between a row's count and its amount, besides its noun.
_JOINERS = frozenset((":", "=", "-", "–", "—", ".", ",", "+"))
_MOST_NOUNS = 2
_TOTAL = frozenset(("total", "in", "all"))
_SMALL_WORDS = frozenset(
    ("to", "and", "or", "of", "for", "the", "at", "x", "by", "per", "more", "are", "is", "cost",
     "costs", "would", "be")
)  # fmt: skip
_WITH_TAX = re.compile(
    r"\b(?:incl\.?|including|included|inkl\.?|inclus[ae]?|inclu[íi]d[oa]|incluso|with)\s*"
    r"(?:vat|tax|mwst|iva|tva|gst)\b|\b(?:vat|tax|mwst|iva|tva|gst)\s*(?:incl\.?|included)"
)
_NOT_GOODS = (
    frozenset(WEIGHT_UNITS) | frozenset(VOLUME_UNITS) | {"g", "m", "cm", "mm", "lb", "lbs"}
)
_COMMA_DECIMAL = re.compile(r"^\d+,\d{1,2}$")


@dataclass
class _Row:
    count: Decimal
    span: str | None  # "30 to 40" when the count is a tier's bounds
    noun: str | None
    amounts: list[tuple[Decimal, bool, bool]] = field(default_factory=list)  # each, total


@dataclass(frozen=True)
class Listed:
    """The first row's quantity, its unit price or total (`each`), and the note on the rest;
    or only a note (`quantity` None) when the first row is a tier."""

    quantity: Decimal | None
    amount: Decimal = Decimal(0)
    code: str | None = None
    each: bool = True
    note: str | None = None

    def offer(self, clauses: Sequence[str]) -> Offer:
        """The line: the first row, then `clauses` (freight, Incoterm, destination)."""
        if self.quantity is None:
            return Offer(None, self.note)
        money = f"{plain(self.amount)} {str(self.code).lower()}"
        price = f"@ {money}" if self.each else f"total {money}"
        return Offer(" ".join([f"{plain(self.quantity)} pcs", price, *clauses]), self.note)


def price_list(tokens: Sequence[Token], currency: Currency, is_unit: IsUnit) -> Listed | None:
    """The price list `tokens` hold, or None when they are not one (see the docstring)."""
    rows, first_row = _rows(tokens, currency, is_unit)
    if len(rows) < 2 or first_row is None or _money_before(tokens, first_row, currency):
        return None
    counts = [r.count for r in rows]
    nouns = {r.noun for r in rows if r.noun is not None}
    if counts != sorted(set(counts)) or len(nouns) > 1:
        return None  # not one thing by rising order sizes: two products, or one row twice
    codes = {code for code, _ in _signs(tokens, currency)}
    if len(codes) != 1 or _dollar_with_comma(tokens, currency):
        return None
    each, code = _each(rows), codes.pop()
    if rows[0].span is not None:  # "100-499 pcs $2.10": a tier, not the order
        listed = "" if each is None else f" The list: {_rows_text(rows[:4], each, code)}."
        return Listed(None, note=tier_note(rows[0].span) + listed)
    if each is None:
        return None
    first = rows[0]
    with_tax = _WITH_TAX.search(" ".join(t.text for t in tokens)) is not None
    note = _note(rows, each, code, with_tax)
    return Listed(first.count, first.amounts[0][0], code, each or first.count == 1, note)


def _rows(
    tokens: Sequence[Token], currency: Currency, is_unit: IsUnit
) -> tuple[list[_Row], int | None]:
    """Each row in order, its amounts up to the next row's count; and the first row's index."""
    rows: list[_Row] = []
    first: int | None = None
    for at, token in enumerate(tokens):
        if token.kind is not Kind.NUMBER or token.number is None:
            continue
        row = _row_at(tokens, at, currency, is_unit)
        if row is not None:
            rows.append(row)
            first = at if first is None else first
            continue
        end = money(tokens, at, currency)[2]
        if end is not None and rows and has_currency(tokens, at, currency):
            each = per_unit(tokens, end) or _per_pc(tokens, end)
            total = word(tokens, end) in _TOTAL
            rows[-1].amounts.append((token.number, each, total))
    return [r for r in rows if r.amounts], first


def _row_at(tokens: Sequence[Token], at: int, currency: Currency, is_unit: IsUnit) -> _Row | None:
    """A row's count at `at`: a whole number, then at most two words (the goods) and joiners,
    then an amount with its currency."""
    value = tokens[at].number
    if value is None or value < 1 or value != value.to_integral_value():
        return None
    if has_currency(tokens, at, currency):
        return None  # "$57": an amount, not a count
    goods = _goods(tokens, at + 1, currency)
    if goods is None:
        return None
    nouns, step = goods
    if step < len(tokens) and tokens[step].kind is Kind.WORD:
        return None  # "7,176 US dollars": a currency word ends an amount, not a count
    if step < len(tokens) and tokens[step].kind is not Kind.NUMBER:
        step += 1  # the currency sign before the amount
    ok = (
        step < len(tokens)
        and tokens[step].kind is Kind.NUMBER
        and has_currency(tokens, step, currency)
    )
    if not ok or any(n in _NOT_GOODS for n in nouns):
        return None  # "7,176 US dollars (": the count was itself an amount; "200 kg"
    span = tier_bound(tokens, at, is_unit)
    if span is None and at + 1 < len(tokens) and tokens[at + 1].kind is Kind.PLUS:
        span = f"{plain(value)} or more"  # "500+ $1.80"
    return _Row(value, span, " ".join(_singular(n) for n in nouns) if nouns else None)


def _goods(tokens: Sequence[Token], step: int, currency: Currency) -> tuple[list[str], int] | None:
    """The goods' words from `step` up to the amount's number or currency, and where they
    stop; None when more than two, or another kind of token, stands between."""
    nouns: list[str] = []
    while step < len(tokens) and tokens[step].kind is not Kind.NUMBER:
        if currency(tokens[step]) is not None:
            break
        text = tokens[step].text
        if tokens[step].kind is Kind.WORD and text not in _SMALL_WORDS:
            nouns.append(text)
        elif text not in _JOINERS:
            return None
        if len(nouns) > _MOST_NOUNS:
            return None
        step += 1
    return nouns, step


def _per_pc(tokens: Sequence[Token], end: int) -> bool:
    """ "($1.85 p. pc.)": the amount is one piece's."""
    return word(tokens, end) == "p" and word(tokens, end + 2) in ("pc", "pcs", "piece")


def _each(rows: list[_Row]) -> bool | None:
    """True when the rows' first amounts are unit prices, False when totals, None: unclear."""
    marks = [(a[0][1], a[0][2]) for a in (r.amounts for r in rows)]
    if any(each for each, _ in marks) != any(total for _, total in marks):
        return any(each for each, _ in marks)  # "each" or "total" written, not both
    first = rows[0]
    for amount, _, _ in first.amounts[1:]:  # "$18.50 ($1.85 p. pc.)": the share of a total
        if _shares(amount, first.count, first.amounts[0][0]):
            return False
        if _shares(first.amounts[0][0], first.count, amount):
            return True
    return _by_figures(rows)


def _by_figures(rows: list[_Row]) -> bool | None:
    """Falling amounts are unit prices (more never costs less in all); rising amounts whose
    share falls are totals; else unclear."""
    amounts = [r.amounts[0][0] for r in rows]
    shares = [r.amounts[0][0] / r.count for r in rows]
    if all(b < a for a, b in pairwise(amounts)):
        return True
    if all(b > a for a, b in pairwise(amounts)) and all(b < a for a, b in pairwise(shares)):
        return False
    return None


def _shares(price: Decimal, quantity: Decimal, total: Decimal) -> bool:
    """True when `price` is `total` over `quantity` to the price's own last digit."""
    exponent = price.as_tuple().exponent
    step = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    return abs(price * quantity - total) <= quantity * step / 2


def _money_before(tokens: Sequence[Token], first: int, currency: Currency) -> bool:
    return any(
        has_currency(tokens, at, currency) for at in range(first) if tokens[at].kind is Kind.NUMBER
    )


def _signs(tokens: Sequence[Token], currency: Currency) -> set[tuple[str, str]]:
    found = set()
    for token in tokens:
        code = currency(token) if token.kind is not Kind.NUMBER else None
        if code is not None:
            found.add((code, token.text))
    return found


def _dollar_with_comma(tokens: Sequence[Token], currency: Currency) -> bool:
    """ "$ 55,00": a bare dollar sign on an amount with a decimal comma (a peso, a real?)."""
    signs = {text for _, text in _signs(tokens, currency)}
    commas = any(t.kind is Kind.NUMBER and _COMMA_DECIMAL.match(t.text) for t in tokens)
    return "$" in signs and commas


def _singular(noun: str) -> str:
    return noun.removesuffix("s")


def _rows_text(rows: list[_Row], each: bool, code: str) -> str:
    unit = "each" if each else "in all"
    return "; ".join(
        f"{r.span or plain(r.count)} pcs: {plain(r.amounts[0][0])} {code} {unit}" for r in rows
    )


def _note(rows: list[_Row], each: bool, code: str, with_tax: bool) -> str:
    """The other rows, for the buyer to send the one they mean."""
    more = "; …" if len(rows) > 4 else ""
    tax = " The text's prices include tax." if with_tax else ""
    return (
        f"The text is a price list by order size: this line uses its first row "
        f"({plain(rows[0].count)} pcs). Other rows: {_rows_text(rows[1:4], each, code)}{more}. "
        f"Send the row you mean.{tax}"
    )
