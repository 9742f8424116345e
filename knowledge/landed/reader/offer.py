"""What an offered line carries besides quantity and price: ranges, freight, bulk cargo.

Owns three readings the skim (`knowledge/landed/reader/skim.py`) needs so that it never offers
a wrong line: a price range ("$1 to $5", "2.1-2.5 USD", "between $3 and $4") folded to its
lower figure, remembered so the offer can say so; the freight a text names ("free shipping",
"DHL delivery around €25", "flete: 90 USD"), read or else reported as unread; and bulk cargo
sold by the tonne, which is not goods counted in units. It builds no line and parses nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from knowledge.landed.reader.words import QUANTITY_UNITS, Kind, Token

Currency = Callable[[Token], str | None]  # the ISO code a symbol or word names, or None

BULK_NOTE = (
    "This reads like bulk cargo priced per tonne: /landed works out goods counted in units "
    "(pieces, sets, cartons), so I can't offer a line for it."
)


@dataclass(frozen=True)
class Offer:
    """The line offered for a pasted text (None: none), and a note to show beside it."""

    line: str | None
    note: str | None = None


@dataclass(frozen=True)
class Freight:
    """The freight a text names: `words` for the line ("freight 0"), the amount's token index
    (to keep it out of the prices), or `unread` when the text names freight the skim cannot
    read (then no line is offered: leaving a charge out would understate the cost)."""

    words: str | None = None
    at: int | None = None
    unread: bool = False


_DASHES = frozenset(("to", "-", "–", "—", "~"))  # "$1 to $5", "2.1-2.5", "$3–$8"
_OPENERS = frozenset(("from", "between", "de", "entre", "von", "da"))
_TONNES = frozenset(
    ("ton", "tons", "tonne", "tonnes", "mt", "mts", "toneladas", "tonelada", "tonnen", "tonne",
     "tonnellate", "tonnellata", "tonnes")
)  # fmt: skip
_METRIC = frozenset(("metric", "metrics", "métrica", "métricas"))
_PER = frozenset(("per", "por", "pro", "a", "al", "je", "par", "the"))
_LABELS = frozenset(("qty", "quantity", "cantidad", "quantidade", "menge", "quantità", "moq"))
_FREIGHT_WORDS = frozenset(
    ("shipping", "freight", "delivery", "flete", "frete", "spedizione", "versand", "livraison",
     "envío", "envio", "postage")
)  # fmt: skip
_FREE = frozenset(
    ("free", "gratis", "gratuit", "gratuite", "gratuita", "gratuito", "grátis", "kostenlos",
     "kostenloser", "kostenlose")
)  # fmt: skip
# Unit words after a count that a freight word's search may meet ("Versand nach Deutschland,
# 200 Stück"): the count is the order's, not the freight's amount.
_COUNTED = QUANTITY_UNITS | frozenset(
    ("stück", "stk", "unidades", "uds", "und", "pièces", "unités", "pezzi", "peças", "piezas",
     "unidade", "pz", "szt", "sztuk", "stuks")
)  # fmt: skip
# How far after a freight word its amount may stand: "sea freight to USA about $300" (a
# destination and a small word between).
_REACH = 6
_LEAD_TIME = frozenset(
    ("day", "days", "week", "weeks", "working", "business", "días", "dias", "tage", "giorni",
     "jours", "month", "months")
)  # fmt: skip


def ranges(tokens: Sequence[Token], currency: Currency) -> tuple[list[Token], dict[int, str]]:
    """The tokens with each price range folded to its lower figure, and for each folded low
    figure's new index the range as words ("1 to 5 usd"). A range needs a currency beside it
    ("1 to 3 chips" is a quantity range and stays as it is) and a low below the high."""
    out: list[Token] = []
    folded: dict[int, str] = {}
    at = 0
    while at < len(tokens):
        found = _range_at(tokens, at, currency)
        if found is None:
            out.append(tokens[at])
            at += 1
            continue
        kept, low_pos, words, at = found
        if out and out[-1].text in _OPENERS:
            out.pop()  # "from $1 to $5": "from" opens the range, it is no floor here
        folded[len(out) + low_pos] = words
        out += kept
    return out, folded


def _range_at(
    tokens: Sequence[Token], at: int, currency: Currency
) -> tuple[list[Token], int, str, int] | None:
    """[cur] N1 [cur] (to|-|and) [cur] N2 [cur] starting at `at`: the tokens kept (the low
    figure with one currency sign), the low figure's place in them, the range as words, and
    the index after the range."""
    before = tokens[at] if tokens[at].kind is not Kind.NUMBER else None
    if before is not None and currency(before) is None:
        return None
    low_at = at + (before is not None)
    low = _at(tokens, low_at)
    if low is None or low.kind is not Kind.NUMBER or low.number is None:
        return None
    after = _at(tokens, low_at + 1)
    after = after if after is not None and currency(after) is not None else None
    dash = _at(tokens, low_at + 1 + (after is not None))
    opener = _text(_at(tokens, at - 1)) in _OPENERS
    if dash is None or not (dash.text in _DASHES or (dash.text == "and" and opener)):
        return None
    high_at = low_at + 2 + (after is not None)
    high_sign = _at(tokens, high_at)
    if high_sign is not None and currency(high_sign) is not None:
        high_at += 1
    else:
        high_sign = None
    high = _at(tokens, high_at)
    if high is None or high.kind is not Kind.NUMBER or high.number is None:
        return None
    trail = _at(tokens, high_at + 1)
    trail = trail if trail is not None and currency(trail) is not None else None
    if trail is not None and _kind(_at(tokens, high_at + 2)) is Kind.NUMBER:
        trail = None  # "1-199 $0.50": the sign is the next amount's, not the range's
    signs = [t for t in (before, after, high_sign, trail) if t is not None]
    if not signs or high.number <= low.number:
        return None
    code = str(currency(signs[0])).lower()
    words = f"{plain(low.number)} to {plain(high.number)} {code}"
    kept = [before, low] if before is not None else [low, signs[0]]
    return kept, 1 if before is not None else 0, words, high_at + 1 + (trail is not None)


def is_bulk(tokens: Sequence[Token], currency: Currency) -> bool:
    """A price per tonne ("$300/mt", "USD 410 per metric ton", "250 USD por tonelada") or a
    quantity in tonnes after its label ("Quantity: 18,000 metric tons")."""
    for at, token in enumerate(tokens):
        if token.kind is not Kind.NUMBER:
            continue
        step = at + 1
        sign = _at(tokens, step)
        if sign is not None and currency(sign) is not None:
            step += 1
        per = _text(_at(tokens, step)) in _PER or _kind(_at(tokens, step)) is Kind.SLASH
        if per and _tonnes_at(tokens, step + 1):
            return True
        label = _text(_at(tokens, at - 1))
        if label in _LABELS and _tonnes_at(tokens, at + 1):
            return True
    return False


def _tonnes_at(tokens: Sequence[Token], at: int) -> bool:
    if _text(_at(tokens, at)) in _METRIC:
        at += 1
    return _text(_at(tokens, at)) in _TONNES or (
        _kind(_at(tokens, at - 1)) is Kind.SLASH and _text(_at(tokens, at)) == "t"
    )


def freight(tokens: Sequence[Token], currency: Currency) -> Freight:
    """The freight the text names: "free shipping" is 0; a freight word with an amount in a
    currency within six tokens after it is that amount; with a bare number or a rate ("$85
    per cbm") it is unread; a freight word with no number, or a lead time, is no freight."""
    found: set[tuple[str, int | None]] = set()
    for at, token in enumerate(tokens):
        if token.kind is not Kind.WORD or token.text not in _FREIGHT_WORDS:
            continue
        near = [_text(_at(tokens, i)) for i in range(at - 4, at + 2)]
        if any(word in _FREE for word in near):
            found.add(("freight 0", None))
            continue
        number = next(
            (i for i in range(at + 1, at + 1 + _REACH) if _kind(_at(tokens, i)) is Kind.NUMBER),
            None,
        )
        if number is None or _text(_at(tokens, number + 1)) in _LEAD_TIME:
            continue
        if _counted(tokens, number, currency):
            continue  # "Versand nach Deutschland, 200 Stück": a count, not the freight
        amount = tokens[number].number
        ahead = _at(tokens, number + 1)
        ahead = ahead if ahead is not None and currency(ahead) is not None else None
        sign = ahead or (tokens[number - 1] if currency(tokens[number - 1]) else None)
        rate = _at(tokens, number + 1 + (ahead is not None))
        if sign is None or amount is None or _text(rate) in _PER or _kind(rate) is Kind.SLASH:
            return Freight(unread=True)
        found.add((f"freight {plain(amount)} {str(currency(sign)).lower()}", number))
    if len({words for words, _ in found}) > 1:
        return Freight(unread=True)  # two freight figures: which one is for this order?
    if not found:
        return Freight()
    words, amount_at = next(iter(found))
    return Freight(words, amount_at)


def _counted(tokens: Sequence[Token], number: int, currency: Currency) -> bool:
    """True when a unit word names what the number at `number` counts ("200 Stück"): any
    other word ("45 bucks", "45 approx") leaves the freight unread, as it was."""
    after = _at(tokens, number + 1)
    if after is None or after.kind is not Kind.WORD or currency(after) is not None:
        return False
    return after.text in _COUNTED and currency(tokens[number - 1]) is None


def _at(tokens: Sequence[Token], at: int) -> Token | None:
    return tokens[at] if 0 <= at < len(tokens) else None


def _text(token: Token | None) -> str | None:
    return None if token is None else token.text


def _kind(token: Token | None) -> Kind | None:
    return None if token is None else token.kind


def plain(value: Decimal | None) -> str:
    """A number as the grammar reads it back unambiguously: no grouping, no exponent."""
    return "" if value is None else f"{value.normalize():f}"
