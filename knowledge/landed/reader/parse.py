"""The /landed one-liner: `1000 pcs @ 10 usd fob freight 2000 duty 15% to US sea` -> a query.

Owns the grammar: clauses in any order, each started by a keyword, a number with its unit, or an
Incoterm or mode word; synonyms and small typos accepted, with a note saying how a word was read.
Anything it cannot place raises `LandedInputError` naming the word, so the handler can point at it.
The values are read by `fields` (amounts, charges, cartons), `places` (named place, destination,
origin) and `bare_numbers` (a number with no keyword before it). It does no arithmetic and applies
no Incoterm or customs rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.landed.destinations import CountryFinder, Destinations, shared_name_question
from knowledge.landed.money import Currencies, Money
from knowledge.landed.query import LandedInputError, LandedQuery
from knowledge.landed.reader.bare_numbers import CARRIERS, amount_follows, read_bare_number
from knowledge.landed.reader.counted import spaced_han_counts
from knowledge.landed.reader.draft import Draft
from knowledge.landed.reader.fields import FieldReader
from knowledge.landed.reader.hs import read_hs
from knowledge.landed.reader.numbers import number_reading
from knowledge.landed.reader.offer import Offer
from knowledge.landed.reader.places import PlaceReader
from knowledge.landed.reader.skim import skim
from knowledge.landed.reader.totals import TOTAL_LABELS, read_order_total
from knowledge.landed.reader.unread import blank_addresses
from knowledge.landed.reader.words import (
    FEES,
    FILLER,
    HS_WORDS,
    INCOTERMS,
    KEYWORDS,
    MAX_TEXT,
    MODES,
    QUANTITY_UNITS,
    RETIRED_TERMS,
    VOLUME_UNITS,
    WEIGHT_UNITS,
    Key,
    Kind,
    Token,
    Tokenizer,
    correct,
    normalise,
)
from knowledge.landed.reader.yen_won import is_yen_or_won, read_yen_won

EXAMPLE = "1000 pcs @ 10 usd fob freight 2000 ins 150 duty 15% broker 300 cont 5% to US sea"
SYNTAX = (
    "qty (1000 pcs) · price (@ 10 usd or total 2500 usd) · Incoterm (fob) · to COUNTRY · "
    "sea|air|express|rail|road · freight 2000 or 4.5/kg with wt 500kg / vol 2.4cbm / ctn "
    "50x40x30cm x 20 (12kg each) / 2 x 40hq · ins 150 or 0.3% · duty 15% or 7.5%+25% · "
    "hs 8516.79 from CN (US duty) · broker 300 · other 500 · cont 5%"
)


class LandedParser:
    """Reads one-liners; built once from the knowledge data, then used for every message."""

    def __init__(self, currencies: Currencies, destinations: Destinations) -> None:
        self._tokenizer = Tokenizer(tuple(currencies.symbols))
        self._countries = CountryFinder(destinations)
        self._currencies = currencies

    def parse(self, text: str) -> LandedQuery:
        """The query a line asks for; LandedInputError (naming the word) when it cannot."""
        return self._reading(text).run()

    def fields(self, text: str) -> Draft:
        """The fields a fragment sets, without requiring quantity and price (guided steps)."""
        return self._reading(text).read()

    def _reading(self, text: str) -> _Reading:
        normal = normalise(text)
        if len(normal) > MAX_TEXT:
            raise LandedInputError(f"That is too long: keep it under {MAX_TEXT} characters.")
        tokens = self._tokenizer.tokens(normal)
        fields = FieldReader(tokens, self._currencies)
        return _Reading(fields, self._countries, normal, number_reading(tokens))

    def suggest(self, text: str) -> str | None:
        """For a pasted text the grammar refuses: the one-liner its clear clauses add up to
        (checked by parsing it), or None (`knowledge/landed/reader/skim.py`)."""
        offer = self.offer(text)
        return None if offer is None else offer.line

    def offer(self, text: str) -> Offer | None:
        """The offered line with its note (a price range used at its lower figure), a note
        alone (bulk cargo per tonne), or None when the text's parts are not clear."""
        # A web address, link target or e-mail address holds no figure of the quote.
        folded = blank_addresses(normalise(text)[:MAX_TEXT])
        if is_yen_or_won(folded):
            offer = read_yen_won(folded)
        else:
            tokens = self._tokenizer.tokens(spaced_han_counts(folded))
            currency = FieldReader(tokens, self._currencies).currency_in
            offer = skim(tokens, currency, self._countries)
        if offer is None or offer.line is None:
            return offer
        try:
            self.parse(offer.line)
        except LandedInputError:
            return None
        return offer

    def country(self, text: str) -> str:
        """The ISO code of a country typed alone (`CN`, `china`); LandedInputError if none."""
        words = normalise(text).strip()
        if self._countries.shared(words):
            raise LandedInputError(shared_name_question(words, lead=""))
        code = self._countries.exact(words) or self._countries.guess(words)
        if code is None:
            raise LandedInputError(
                f"I don't know the country '{text.strip()[:30]}': use its code (CN) or name."
            )
        return code

    def money(self, text: str) -> Money:
        """One amount typed alone, as a guided step's reply: '10', '$4.50', '2000 cny'."""
        tokens = self._tokenizer.tokens(normalise(text)[:MAX_TEXT])
        fields = FieldReader(tokens, self._currencies)
        amount = fields.money(Draft(), Token(Kind.WORD, "amount", 0))
        if not fields.done():
            raise _unknown(fields.take())
        return amount


@dataclass
class _Reading:
    """One pass over one line's tokens."""

    fields: FieldReader
    countries: CountryFinder
    text: str  # the normalised line, for the clauses read from its characters (`hs`)
    numbers: str | None  # how ambiguous numbers were read, if there were any
    places: PlaceReader = field(init=False)

    def __post_init__(self) -> None:
        self.places = PlaceReader(self.fields, self.countries)

    def run(self) -> LandedQuery:
        return self.read().finish()

    def read(self) -> Draft:
        draft = Draft()
        if self.numbers is not None:
            draft.decisions.append(self.numbers)
        while not self.fields.done():
            self._clause(draft)
        return draft

    def _clause(self, draft: Draft) -> None:
        token = self.fields.take()
        match token.kind:
            case Kind.WORD:
                self._word(draft, token, token.text)
            case Kind.NUMBER:
                read_bare_number(self.fields, draft, token)
            case Kind.DIMS:
                self.fields.cartons_after_dims(draft, token)
            case Kind.AT:
                self.fields.price(draft, token)
            case Kind.SYMBOL:
                self.fields.back()
                self.fields.price(draft, token)
            case Kind.PLUS:
                return  # "+" between clauses joins them, like "plus"
            case Kind.MINUS:
                raise LandedInputError(
                    "Negative numbers are not accepted.", word="-", position=token.start
                )
            case Kind.PERCENT | Kind.SLASH:
                raise LandedInputError(
                    f"Which charge is '{token.text}' for? Put it after a keyword, e.g. duty 15%.",
                    word=token.text,
                    position=token.start,
                )
            case _:
                raise _unknown(token)

    def _word(self, draft: Draft, token: Token, word: str, *, corrected: bool = False) -> None:
        fields = self.fields
        if self._marker(draft, token, word):
            return
        if word in INCOTERMS:
            draft.set_once("incoterm", INCOTERMS[word], token)
            self.places.named_place(draft)
        elif word in RETIRED_TERMS:
            raise LandedInputError(RETIRED_TERMS[word], word=token.text, position=token.start)
        elif word in MODES:
            self._mode(draft, token, word)
        elif word in KEYWORDS:
            self._keyword(draft, token, KEYWORDS[word])
        elif word in FEES:
            fields.fee(draft, token, word)
        elif fields.currency_of(word) is not None and fields.peek_kind() is Kind.NUMBER:
            fields.back()
            fields.price(draft, token)
        elif word in FILLER or self._trade_word(draft, token, word):
            return
        elif not corrected and (known := correct(word)) is not None:
            draft.notes.append(f"read '{token.text}' as '{known}'")
            self._retry_corrected(draft, token, known)
        else:
            raise _unknown(token)

    def _marker(self, draft: Draft, token: Token, word: str) -> bool:
        """Words whose meaning depends on what follows: "x", "of", a price or total label."""
        if word == "x":
            return self._times(draft, token)
        if word == "of":
            return self.fields.units_in_each_carton(draft, marked=True)  # "50 ctns of 24 pcs"
        if word in ("unit", "cost") and self._unit_price_label(draft, token, word):
            return True
        return word in TOTAL_LABELS and read_order_total(self.fields, draft, token, word)

    def _unit_price_label(self, draft: Draft, token: Token, word: str) -> bool:
        """A form's "unit price 3.20" or "unit cost 3.20" is the price, not a count of units
        ("qty 1200 unit cost" reads "unit" with the quantity, so "cost" looks back)."""
        fields = self.fields
        before = fields.peek(-2)
        if word == "unit" and fields.peek_word() in ("price", "cost"):
            fields.take()
        elif word != "cost" or before is None or before.text != "unit":
            return False
        fields.price(draft, token)
        return True

    def _times(self, draft: Draft, token: Token) -> bool:
        """'x' before a number or a price: the quantity, or after it the price (like '@')."""
        fields = self.fields
        if fields.units_in_each_carton(draft, marked=True):
            return True  # "50 ctns x 24 pcs"
        if fields.peek_kind() is Kind.NUMBER:
            if draft.quantity is None:
                draft.set_quantity(fields.quantity(draft, fields.next_number(token)), token)
            else:  # "3000 pcs x 1.85 usd": after the quantity, "x" reads like "@"
                fields.price(draft, token)
            return True
        if draft.quantity is not None and fields.money_ahead():
            fields.price(draft, token)  # "500 units x $3.20": the same, currency first
            return True
        return False

    def _mode(self, draft: Draft, token: Token, word: str) -> None:
        """A mode word; the same mode twice is fine ("express ... dhl 420"), and a courier's
        name with an amount after it is that courier's quote: the freight."""
        if draft.mode is not MODES[word]:
            draft.set_once("mode", MODES[word], token)
        if word in CARRIERS and draft.freight is None and amount_follows(self.fields):
            self.fields.charge(draft, token, Key.FREIGHT)
            if draft.freight is not None:
                draft.decisions.append(f"{token.text} {draft.freight.amount.amount:,} = freight")

    def _trade_word(self, draft: Draft, token: Token, word: str) -> bool:
        """`hs`, `from`/`made in`, or a bare country beside the mode; False for none."""
        fields = self.fields
        if word in HS_WORDS:
            is_country = lambda word: self.countries.exact(word) is not None  # noqa: E731
            draft.set_once("hs", read_hs(fields, self.text, token, is_country), token)
        elif word == "from" or (word == "made" and fields.peek_word() == "in"):
            fields.skip_words(frozenset(("in",)))
            draft.set_once("origin", self.places.origin(token, "from CN or from China"), token)
        elif draft.destination is None and (code := self.places.bare_country(word)) is not None:
            draft.destination = code
            draft.decisions.append(f"{token.text} = to {code}")
        else:
            return False
        return True

    def _retry_corrected(self, draft: Draft, token: Token, known: str) -> None:
        if known in QUANTITY_UNITS | WEIGHT_UNITS.keys() | VOLUME_UNITS:
            raise LandedInputError(
                f"'{token.text}' needs a number before it, e.g. 1000 {known}.",
                word=token.text,
                position=token.start,
            )
        self._word(draft, token, known, corrected=True)

    def _keyword(self, draft: Draft, token: Token, key: Key) -> None:
        fields = self.fields
        match key:
            case Key.QUANTITY:
                draft.set_quantity(fields.quantity(draft, fields.next_number(token)), token)
                fields.skip_words(QUANTITY_UNITS)
            case Key.PRICE:
                fields.price(draft, token)
            case Key.DESTINATION:
                self.places.destination(draft, token)
            case Key.CARTONS:
                fields.cartons_after_keyword(draft, token)
            case _:
                fields.charge(draft, token, key)


def _unknown(token: Token) -> LandedInputError:
    return LandedInputError(
        f"I don't understand '{token.text}'.", word=token.text, position=token.start
    )
