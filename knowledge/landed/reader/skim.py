"""A one-liner offered for a pasted text the grammar refuses: "From your text I can read ...".

Buyers paste a supplier's message or a sentence ("They quoted me $2.35/pc FOB Shenzhen, MOQ
1000") rather than the one-line form. When the grammar refuses it, this skims the tokens for
the clauses it can place without guessing: one quantity (a number with a unit word, or after
MOQ/qty), one price marked as per unit (`/pc`, `each`, `per piece`, after `@`) or one order
total, and the Incoterm with the known port after it. Only when the quantity and
the price are each unambiguous (one value) does it build a line, which the real parser must
then accept; the handler shows it for the buyer to check and send. Never an estimate by itself.
A price range offers its lower figure with a note; bulk cargo per tonne gets a note, no line;
the freight the text names goes in the line, and when it cannot be read no line is offered
(`knowledge/landed/reader/offer.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal

from knowledge.landed.reader.offer import (
    BULK_NOTE,
    Currency,
    Offer,
    freight,
    is_bulk,
    plain,
    ranges,
)
from knowledge.landed.reader.rows import label_at, priced_row, unit_label_before
from knowledge.landed.reader.words import (
    INCOTERMS,
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
_UNIT_WORDS = (QUANTITY_UNITS - {"x", "ea"}).union(
    ("und", "uds", "unidades", "piezas", "pzas", "pzs", "pièces", "stück", "stk", "pezzi",
     "pz", "peças", "unidade", "unités", "unité", "pièce", "stuks", "sztuk", "szt")
)  # fmt: skip
_QUANTITY_LABELS = frozenset(
    ("moq", "qty", "quantity", "order", "ordered", "ordering", "orders", "buy", "buying",
     "bought", "purchase", "purchased", "purchasing", "cantidad", "quantité", "quantite",
     "menge", "anzahl", "quantità", "quantita", "quantidade")
)  # fmt: skip
# Words before an amount that make it the price of one unit.
_PRICE_MARKS = frozenset(
    ("@", "at", "price", "à", "precio", "unitario", "prix", "unitaire", "preis", "stückpreis",
     "einzelpreis", "prezzo", "preço", "preco", "unitário")
)  # fmt: skip
# Words that make an amount the whole order's: "total $264", "paid $134", "$25 for 5 pcs".
_TOTAL_MARKS = frozenset(("total", "paid", "quoted"))
_BOUNDS = frozenset(("than", "least", "minimum", "min", "over", "above", "under", "below", "from"))
_PER_WORDS = frozenset(("per", "par", "pro", "por", "al", "je"))
# What "per" may name that is not a unit of the goods: measures, time, transport.
_NOT_GOODS = frozenset(WEIGHT_UNITS) | frozenset(VOLUME_UNITS) | frozenset(
    ("pound", "pounds", "lb", "lbs", "mt", "month", "year", "week", "day", "hour", "container",
     "containers", "shipment", "order", "pallet", "cbm", "metric", "ton", "meter", "metre", "m")
)  # fmt: skip
_ABOUT = frozenset(("about", "around", "approx", "approximately", "roughly", "only", "just"))


def skim(
    tokens: Sequence[Token], currency: Currency, place: Callable[[str], bool]
) -> Offer | None:
    """The one-liner the clear clauses of `tokens` add up to, or None when they are not clear.

    `place(words)` says whether words name a known port or country (kept after the Incoterm).
    """
    tokens = _joined_thousands([t for t in tokens if t.text != "|"])  # table borders say nothing
    if is_bulk(tokens, currency):
        return Offer(None, BULK_NOTE)
    tokens, folded = ranges(tokens, currency)
    named = freight(tokens, currency)
    if named.unread:
        return None
    quantities: set[Decimal] = set()
    quantity_at: int | None = None
    marked: set[tuple[Decimal, str | None]] = set()  # "/pc", "each", "per tray": surely per unit
    prices: set[tuple[Decimal, str | None]] = set()  # after "@", "at", "price": likely per unit
    totals: set[tuple[Decimal, str | None]] = set()
    for at, token in enumerate(tokens):
        if token.kind is not Kind.NUMBER or token.number is None or at == named.at:
            continue
        value = token.number
        if _is_quantity(tokens, at, currency):
            quantities.add(value)
            quantity_at = at if quantity_at is None else quantity_at
            continue
        start, code, end = _money(tokens, at, currency)
        if end is None:
            continue
        lead = _word(tokens, label_at(tokens, start))  # "price is $10", "Unit price FOB: 2"
        if lead in _BOUNDS:
            continue  # "not less than US$5000 per item": a minimum or a break, not a price
        if _per_unit(tokens, end) or lead == "x" or unit_label_before(tokens, start):
            marked.add((value, code))
        elif lead in _PRICE_MARKS:
            prices.add((value, code))
        elif _total(tokens, lead, start, end):
            totals.add((value, code))
    prices = marked or prices  # "20 units at $37.00 - $1.85/unit": the marked one is the price
    if len(quantities) != 1 or len(prices) > 1 or (not prices and len(totals) != 1):
        # A table row or worksheet: the quantity times one amount is another.
        row = priced_row(tokens, quantity_at if quantities else None, currency, named.at)
        if row is None or len(quantities) > 1 or not prices <= {row[1:]}:
            return None
        quantities, prices = {row[0]}, {row[1:]}
    amount, code = next(iter(prices)) if prices else next(iter(totals))
    words = [f"{plain(next(iter(quantities)))} pcs"]
    money = f"{plain(amount)}{' ' + code.lower() if code else ''}"
    words.append(f"@ {money}" if prices else f"total {money}")
    words += [named.words] if named.words else []
    words += _incoterm(tokens, place)
    span = next((words for at, words in folded.items() if tokens[at].number == amount), None)
    return Offer(" ".join(words), _range_note(span) if span else None)


def _range_note(span: str) -> str:
    """Why the line shows one figure of a range: the lower is the supplier's own best case."""
    high = span.split(" to ")[1]
    return (
        f"The text gives a price range, {span}: this line uses the lower figure. "
        f"Send it with {high} instead to see the dearer end."
    )


def _is_quantity(tokens: Sequence[Token], at: int, currency: Currency) -> bool:
    """A unit word after the number, a label or verb before it, or "2000x" before a price."""
    if _word(tokens, at + 1) in _UNIT_WORDS or _word(tokens, at - 1) in _QUANTITY_LABELS:
        return True
    return _word(tokens, at + 1) == "x" and _money(tokens, at + 2, currency)[2] is not None


def _joined_thousands(tokens: Sequence[Token]) -> list[Token]:
    """ "200 000 unités": a number followed, one space on, by exactly three digits is one
    number (the French and Nordic thousands space)."""
    out: list[Token] = []
    for token in tokens:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind is Kind.NUMBER
            and token.kind is Kind.NUMBER
            and last.number is not None
            and last.number == last.number.to_integral_value()
            and last.text.isdigit()
            and len(token.text) == 3
            and token.text.isdigit()
            and token.start == last.start + len(last.text) + 1
        ):
            number = last.number * 1000 + int(token.text)
            out[-1] = replace(last, text=f"{last.text} {token.text}", number=number)
            continue
        out.append(token)
    return out


def _word(tokens: Sequence[Token], at: int) -> str | None:
    if 0 <= at < len(tokens) and tokens[at].kind is Kind.WORD:
        return tokens[at].text
    if 0 <= at < len(tokens) and tokens[at].kind is Kind.AT:
        return "@"
    return None


def _money(
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


def _total(tokens: Sequence[Token], lead: str | None, start: int, end: int) -> bool:
    """An amount marked as the order's: "total $264", "paid $134", "$25 for 5 pcs"."""
    if lead in _TOTAL_MARKS or _word(tokens, end) in _TOTAL_MARKS:
        return True
    return _for_units(tokens, end) or _units_for(tokens, start)


def _for_units(tokens: Sequence[Token], end: int) -> bool:
    """ "$25 for 5 pcs": the amount is for that many units, so a total."""
    if _word(tokens, end) != "for":
        return False
    number = tokens[end + 1] if end + 1 < len(tokens) else None
    return (
        number is not None
        and number.kind is Kind.NUMBER
        and (_word(tokens, end + 2) in _UNIT_WORDS)
    )


def _units_for(tokens: Sequence[Token], start: int) -> bool:
    """ "5 pieces for about $25": units, "for", maybe "about", then the amount."""
    at = start - 1
    if _word(tokens, at) in _ABOUT:
        at -= 1
    return _word(tokens, at) == "for" and _word(tokens, at - 1) in _UNIT_WORDS


def _per_unit(tokens: Sequence[Token], end: int) -> bool:
    """ "/pc", "each", "per piece", "per tray", "par gobelet" right after the amount: per unit
    of the goods (not per kg, tonne, month, container or shipment)."""
    first = tokens[end] if end < len(tokens) else None
    if first is not None and first.kind is Kind.SLASH:
        return _word(tokens, end + 1) in PRICE_SUFFIXES | _UNIT_WORDS
    word = _word(tokens, end)
    if word in ("each", "ea", "chacun", "chacune", "cada", "ciascuno", "stück", "stk"):
        return True
    noun = _word(tokens, end + 1)
    if word == "a":  # "$2 a piece"
        return noun in PRICE_SUFFIXES | _UNIT_WORDS
    return word in _PER_WORDS and noun is not None and noun not in _NOT_GOODS


def _incoterm(tokens: Sequence[Token], place: Callable[[str], bool]) -> list[str]:
    """The first Incoterm and, when the words after it name a known place, that place."""
    for at, token in enumerate(tokens):
        code = INCOTERMS.get(token.text) if token.kind is Kind.WORD else None
        if code is None:
            continue
        for width in (3, 2, 1):
            named = [_word(tokens, at + n) for n in range(1, width + 1)]
            words = " ".join(str(w) for w in named)
            if all(named) and place(words):
                return [code.lower(), words]
        return [code.lower()]
    return []
