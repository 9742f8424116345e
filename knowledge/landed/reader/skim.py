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
(`offer.py`). Codes and addresses hold no figure (`unread.py`), a tier's bounds are no order
(`tiers.py`), "came in at" and "$30 for 5 boards" are totals (`spent.py`, `lots.py`), the
destination goes in the line (`headed.py`), and a price list by order size offers its first row
(`price_list.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from knowledge.landed.destinations import CountryFinder
from knowledge.landed.reader.counted import counted_words
from knowledge.landed.reader.headed import route
from knowledge.landed.reader.lots import lots
from knowledge.landed.reader.marks import (
    PRICE_MARKS,
    UNIT_WORDS,
    is_total,
    money,
    per_unit,
    word,
)
from knowledge.landed.reader.offer import (
    BULK_NOTE,
    Currency,
    Offer,
    freight,
    is_bulk,
    plain,
    ranges,
)
from knowledge.landed.reader.packs import PACK_WORDS, family, per_noun, unpacked_price
from knowledge.landed.reader.price_list import price_list
from knowledge.landed.reader.rows import label_at, priced_row, unit_label_before
from knowledge.landed.reader.spelled import fold_incoterms
from knowledge.landed.reader.spent import spent_before
from knowledge.landed.reader.tiers import tier_bound, tier_note
from knowledge.landed.reader.unread import without_codes
from knowledge.landed.reader.words import (
    INCOTERMS,
    Kind,
    Token,
)

_QUANTITY_LABELS = frozenset(
    ("moq", "qty", "quantity", "order", "ordered", "ordering", "orders", "buy", "buying",
     "bought", "purchase", "purchased", "purchasing", "cantidad", "quantité", "quantite",
     "menge", "anzahl", "quantità", "quantita", "quantidade")
)  # fmt: skip
_BOUNDS = frozenset(("than", "least", "minimum", "min", "over", "above", "under", "below", "from"))
# Words before a count that make it a threshold ("orders of over 1000 units" earn a discount),
# not the order: such a count is never the line's quantity.
_THRESHOLDS = frozenset(
    ("over", "above", "than", "exceeding", "beyond", "least", "minimum", "min", "upwards")
)
# Words before a number that make it another column's (an item or reference number), so a
# number after it one space on is not its thousands group ("Item No. 1024 756 pieces").
_FIELD_MARKS = frozenset(("no", "nr", "item", "ref", "art", "#", "n°", "nº"))
# Table borders and markdown's code and bold marks: "`CHF 160`", "**$5**".
_MARKUP = frozenset(("|", "`", "``", "```", "*", "**"))
# Packs a count may be in ("50 cartons"): the line is then right only with a price per that pack.
_PACK_COUNTS = PACK_WORDS - UNIT_WORDS


def skim(tokens: Sequence[Token], currency: Currency, countries: CountryFinder) -> Offer | None:
    """The one-liner the clear clauses of `tokens` add up to, or None when they are not clear.

    `countries` names the known ports (kept after the Incoterm) and countries (destination).
    """
    # Markup and product codes say nothing; "Ex-works" and "C.I.F" are EXW and CIF.
    kept = without_codes([t for t in tokens if t.text not in _MARKUP], currency)
    tokens = _joined_thousands(fold_incoterms(counted_words(kept)))  # "two hundred" is 200
    if is_bulk(tokens, currency):
        return Offer(None, BULK_NOTE)
    tokens, folded = ranges(tokens, currency)
    named, headed = freight(tokens, currency), route(tokens, countries)
    if named.unread or headed.unclear:
        return Offer(None, headed.question) if headed.question else None
    listed = price_list(tokens, currency, _is_unit)  # "1 Belt: $450 / 2 Belts: $400 each"
    if listed is not None:
        rule = _incoterm(tokens, lambda place: countries.port(place) is not None)
        return listed.offer([*([named.words] if named.words else []), *rule, *headed.words])
    read = _read(tokens, currency, named.at)
    if read.tiers and not read.quantities:  # "$0.0074 per piece for 1 up to 199 pieces"
        known = read.marked or read.prices or read.totals
        return Offer(None, tier_note(read.tiers[0])) if known else None
    found = _order(tokens, read, currency, named.at)
    if not isinstance(found, tuple):
        return found
    quantities, prices, totals = found
    amount, code = next(iter(prices)) if prices else next(iter(totals))
    words = [f"{plain(next(iter(quantities)))} pcs"]
    money = f"{plain(amount)}{' ' + code.lower() if code else ''}"
    one = next(iter(quantities)) == 1  # what one unit costs in all is its unit price
    words.append(f"@ {money}" if prices or one else f"total {money}")
    words += [named.words] if named.words else []
    words += _incoterm(tokens, lambda place: countries.port(place) is not None)
    words += headed.words
    span = next((words for at, words in folded.items() if tokens[at].number == amount), None)
    return Offer(" ".join(words), _range_note(span) if span else None)


Amounts = set[tuple[Decimal, str | None]]


def _order(
    tokens: Sequence[Token], read: _Clauses, currency: Currency, skip: int | None
) -> tuple[set[Decimal], Amounts, Amounts] | Offer | None:
    """The quantity, unit price and total the clauses agree on (one quantity, one price or
    one total), an Offer with only a note (a pack price with no size), or None."""
    quantities, quantity_at, packs = read.quantities, read.quantity_at, read.packs
    prices = read.marked or read.prices  # "20 units at $37 - $1.85/unit": the marked one wins
    totals = read.totals
    if read.counted in _PACK_COUNTS and not any(
        family(word(tokens, n)) == family(read.counted) for n in packs
    ):
        return None  # "20 cartons at $2/pc": the count is in packs and the price is not
    if packs and len(prices) == 1 and len(quantities) == 1:
        unpacked = unpacked_price(tokens, packs, read.counted, next(iter(prices)))
        if isinstance(unpacked, Offer):
            return unpacked
        prices = {unpacked}
    if len(quantities) != 1 or len(prices) > 1 or (not prices and len(totals) != 1):
        # A table row or worksheet: the quantity times one amount is another.
        row = priced_row(tokens, quantity_at if quantities else None, currency, skip)
        if row is None or len(quantities) > 1 or not prices <= {row[1:]}:
            return None
        quantities, prices = {row[0]}, {row[1:]}
    quantity = next(iter(quantities))
    if (
        prices
        and read.tied
        and not any(_shares(p[0], quantity, t[0]) for p in prices for t in read.tied)
    ):
        return None  # "$528 for 40 panels, $1.65 per PCB": the price is not the total's share
    if not prices and read.loose:
        # "it would come to 228 euro so 45,6 euro" for 5: the other amount is the unit price
        # when the arithmetic says so; else it is a figure the line would leave unexplained.
        share = _share(next(iter(quantities)), next(iter(totals)), read.loose)
        if share is None:
            return None
        prices = {share}
    return quantities, prices, totals


@dataclass
class _Clauses:
    """What the numbers of a text were read as."""

    quantities: set[Decimal] = field(default_factory=set)
    quantity_at: int | None = None
    counted: str | None = None  # the unit word after the quantity ("pieces"), if any
    packs: set[int] = field(default_factory=set)  # "per dozen", "/carton": a pack's price
    marked: set[tuple[Decimal, str | None]] = field(default_factory=set)  # "/pc", "each"
    prices: set[tuple[Decimal, str | None]] = field(default_factory=set)  # after "@", "price"
    totals: set[tuple[Decimal, str | None]] = field(default_factory=set)
    loose: set[tuple[Decimal, str | None]] = field(default_factory=set)  # placed as nothing
    tied: set[tuple[Decimal, str | None]] = field(default_factory=set)  # "$30 for 5 boards"
    tiers: list[str] = field(default_factory=list)  # "1 to 199": a price break's bounds


def _read(tokens: Sequence[Token], currency: Currency, skip: int | None) -> _Clauses:
    """Each number of `tokens` placed as a quantity, a marked or likely unit price, a total,
    or nothing (`skip` is the freight amount's index)."""
    read, lot = _Clauses(), lots(tokens, currency)
    for at, token in enumerate(tokens):
        if token.kind is not Kind.NUMBER or token.number is None or at == skip:
            continue
        if at in lot.counts:  # "$30 for 5 boards": the count of the goods, and its total
            read.quantities.add(token.number)
            read.quantity_at = at if read.quantity_at is None else read.quantity_at
            read.counted = read.counted or word(tokens, at + 1)
            continue
        if at in lot.amounts:
            read.tied.add((token.number, money(tokens, at, currency)[1]))
            read.totals.add((token.number, money(tokens, at, currency)[1]))
            continue
        if (tier := tier_bound(tokens, at, _is_unit)) is not None:
            read.tiers.append(tier)  # "1-199 pcs", "500+ pcs": a price break, not the order
            continue
        if word(tokens, at - 1) in _THRESHOLDS and word(tokens, at + 1) in UNIT_WORDS:
            continue  # "orders of over 1000 units": a discount threshold, not this order
        if word(tokens, at - 1) == "of" and word(tokens, at - 2) in PACK_WORDS:
            continue  # "per carton of 12 pcs": the pack's size, read with its price
        if _is_quantity(tokens, at, currency):
            read.quantities.add(token.number)
            read.quantity_at = at if read.quantity_at is None else read.quantity_at
            read.counted = read.counted or word(tokens, at + 1)
            continue
        _read_amount(tokens, at, token.number, currency, read)
    return read


def _read_amount(
    tokens: Sequence[Token], at: int, value: Decimal, currency: Currency, read: _Clauses
) -> None:
    """The amount at `at` placed as a pack's price, a unit price or a total, when it is one."""
    start, code, end = money(tokens, at, currency)
    if end is None:
        return
    label = label_at(tokens, start)
    lead = word(tokens, label)  # "price is $10", "Unit price FOB: 2"
    if lead == "quoted" and word(tokens, label - 1) == "price":
        lead = "price"  # "the price quoted is $200": a unit price, not the order's total
    if lead in _BOUNDS:
        return  # "not less than US$5000 per item": a minimum or a break, not a price
    noun = per_noun(tokens, end)
    if noun is not None and word(tokens, noun) in PACK_WORDS:
        read.packs.add(noun)  # "$30/box", "per dozen": per unit of a pack, checked by skim
        read.marked.add((value, code))
    elif per_unit(tokens, end) or lead == "x" or unit_label_before(tokens, start):
        read.marked.add((value, code))
    elif spent_before(tokens, start):
        read.totals.add((value, code))  # "5 units came in at $68.22": all five's
    elif lead in PRICE_MARKS:
        read.prices.add((value, code))
    elif is_total(tokens, lead, start, end):
        read.totals.add((value, code))
    else:
        read.loose.add((value, code))


def _share(
    quantity: Decimal, total: tuple[Decimal, str | None], amounts: set[tuple[Decimal, str | None]]
) -> tuple[Decimal, str | None] | None:
    """The one amount that times `quantity` is `total` (in the same currency), else None."""
    fits = {a for a in amounts if _shares(a[0], quantity, total[0]) and a[1] in (total[1], None)}
    return next(iter(fits)) if len(fits) == 1 else None


def _shares(price: Decimal, quantity: Decimal, total: Decimal) -> bool:
    """True when `price` is `total` over `quantity` to the price's own last digit ("$300.56
    total ... $30.06 per unit" for 10)."""
    exponent = price.as_tuple().exponent
    step = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    return abs(price * quantity - total) <= quantity * step / 2


def _range_note(span: str) -> str:
    """Why the line shows one figure of a range: the lower is the supplier's own best case."""
    high = span.split(" to ")[1]
    return (
        f"The text gives a price range, {span}: this line uses the lower figure. "
        f"Send it with {high} instead to see the dearer end."
    )


def _is_unit(word: str | None) -> bool:
    return word in UNIT_WORDS or word in _PACK_COUNTS


def _is_quantity(tokens: Sequence[Token], at: int, currency: Currency) -> bool:
    """A unit or pack word after the number, a label or verb before it, or "2000x" before a
    price."""
    after = word(tokens, at + 1)
    if after in UNIT_WORDS or after in _PACK_COUNTS or word(tokens, at - 1) in _QUANTITY_LABELS:
        return True
    return word(tokens, at + 1) == "x" and money(tokens, at + 2, currency)[2] is not None


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
            and len(last.text) <= 3  # "1024 756 pieces": a first group has one to three digits
            and (len(out) < 2 or out[-2].text not in _FIELD_MARKS)
            and len(token.text) == 3
            and token.text.isdigit()
            and token.start == last.start + len(last.text) + 1
        ):
            number = last.number * 1000 + int(token.text)
            out[-1] = replace(last, text=f"{last.text} {token.text}", number=number)
            continue
        out.append(token)
    return out


def _incoterm(tokens: Sequence[Token], place: Callable[[str], bool]) -> list[str]:
    """The first Incoterm and, when the words after it name a known place, that place."""
    for at, token in enumerate(tokens):
        code = INCOTERMS.get(token.text) if token.kind is Kind.WORD else None
        if code is None:
            continue
        for width in (3, 2, 1):
            named = [word(tokens, at + n) for n in range(1, width + 1)]
            words = " ".join(str(w) for w in named)
            if all(named) and place(words):
                return [code.lower(), words]
        return [code.lower()]
    return []
