"""Reading the values of the /landed one-liner: amounts, percentages, measures, cartons.

Owns the token cursor (`FieldReader`) and the readers for each kind of value with their
limits. The clause order and the keyword dispatch live in `knowledge/landed/reader/parse.py`, the
collected fields in `knowledge/landed/reader/draft.py`; no arithmetic on money happens here.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TypeVar

from knowledge.landed.money import ISO_CURRENCIES, Currencies, Money
from knowledge.landed.query import (
    MAX_AMOUNT,
    MAX_CARTON_CM,
    MAX_CARTONS,
    MAX_DUTY_PERCENT,
    MAX_OTHER_PERCENT,
    MAX_QUANTITY,
    MAX_VOLUME_M3,
    MAX_WEIGHT_KG,
    Contingency,
    ContingencyBase,
    Duty,
    Fee,
    Freight,
    FreightBasis,
    Insurance,
    InsuranceBase,
)
from knowledge.landed.reader.draft import Draft, token_error
from knowledge.landed.reader.words import (
    CARTON_WORDS,
    FEES,
    FILLER,
    INCOTERMS,
    KEYWORDS,
    LENGTH_UNITS,
    MODES,
    PRICE_SUFFIXES,
    QUANTITY_UNITS,
    RETIRED_TERMS,
    VOLUME_UNITS,
    WEIGHT_UNITS,
    Key,
    Kind,
    Token,
    TokenCursor,
)

T = TypeVar("T")
_VOCABULARY = frozenset(
    (*KEYWORDS, *FEES, *MODES, *INCOTERMS, *RETIRED_TERMS, *QUANTITY_UNITS, *WEIGHT_UNITS)
).union(VOLUME_UNITS, LENGTH_UNITS, FILLER, PRICE_SUFFIXES, ("of", "per"))
_INSURANCE_BASES = {"goods": InsuranceBase.GOODS, "cif": InsuranceBase.CIF}
_CONTINGENCY_BASES = {"goods": ContingencyBase.GOODS, "subtotal": ContingencyBase.SUBTOTAL}


class FieldReader(TokenCursor):
    """A cursor over one line's tokens with a reader for each kind of value."""

    def __init__(self, tokens: list[Token], currencies: Currencies) -> None:
        super().__init__(tokens)
        self._currencies = currencies

    # -- vocabulary ----------------------------------------------------------------------
    def currency_of(self, word: str) -> str | None:
        """The ISO code a word names ('usd', 'rmb'), or None; keywords never count."""
        if word in _VOCABULARY:
            return None
        named = self._currencies.names.get(word)
        if named is not None:
            return named
        code = word.upper()
        return code if len(code) == 3 and code in ISO_CURRENCIES else None

    def is_known(self, word: str) -> bool:
        """True for any word the grammar or the currency list knows."""
        return word in _VOCABULARY or self.currency_of(word) is not None

    def currency_follows(self) -> bool:
        """True when the next token is a currency symbol or code."""
        token = self.peek()
        if token is None:
            return False
        return token.kind is Kind.SYMBOL or (
            token.kind is Kind.WORD and self.currency_of(token.text) is not None
        )

    def country_words(self, limit: int) -> list[Token]:
        """The words that may name a country, not consumed: the first always, then unknowns."""
        words: list[Token] = []
        while len(words) < limit and (token := self.peek(len(words))) is not None:
            if token.kind is not Kind.WORD:
                break
            if words and self.is_known(token.text) and token.text not in ("and", "the"):
                break
            words.append(token)
        return words

    # -- numbers -------------------------------------------------------------------------
    def next_number(self, after: Token) -> Token:
        """The next token, which must be a number (the error names `after`)."""
        return self._number(after, f"{after.text} 1000")

    def quantity(self, draft: Draft, token: Token) -> Decimal:
        """A whole number of units; '1.500' (one mark before three digits) reads as 1,500."""
        value = token.number if token.number is not None else Decimal(0)
        if token.shape is not None and token.shape.grouped is not None:
            # Whole units cannot be 1.5: a mark before exactly three digits groups thousands.
            if value != token.shape.grouped:
                value = token.shape.grouped
                draft.notes.append(f"read {token.text} as {value:,}")
        value = self.check_positive(token, "quantity", value)
        if value != value.to_integral_value():
            raise token_error("The quantity must be a whole number of units.", token)
        return value

    def _number(self, after: Token, example: str) -> Token:
        token = self.peek()
        if token is None or token.kind is not Kind.NUMBER:
            if token is not None and token.kind is Kind.MINUS:
                raise token_error("Negative numbers are not accepted.", token)
            raise token_error(f"'{after.text}' needs a number after it, e.g. {example}.", after)
        self._at += 1
        return token

    @staticmethod
    def _limit(token: Token, value: Decimal, ceiling: Decimal, what: str) -> Decimal:
        if value > ceiling:
            raise token_error(f"{token.text} is too large for the {what}.", token)
        return value

    def check_positive(self, token: Token, what: str, value: Decimal | None = None) -> Decimal:
        """A number token (or `value` read from it) that must be above zero."""
        if value is None:
            value = token.number if token.number is not None else Decimal(0)
        if value <= 0:
            raise token_error(f"The {what} must be more than zero.", token)
        return self._limit(token, value, MAX_QUANTITY, what)

    def check_count(self, token: Token) -> Decimal:
        """A whole number of cartons."""
        value = self.check_positive(token, "carton count")
        if value != value.to_integral_value():
            raise token_error("The number of cartons must be a whole number.", token)
        return self._limit(token, value, MAX_CARTONS, "carton count")

    def positive_number(self, after: Token, what: str) -> Decimal:
        """The next token as a number above zero."""
        return self.check_positive(self._number(after, f"{after.text} 1000"), what)

    # -- money ---------------------------------------------------------------------------
    def money(self, draft: Draft, after: Token) -> Money:
        """An amount with an optional currency before or after it: $10, usd 10, 10 cny."""
        before = self._currency_here(draft)
        amount = self._number(after, f"{after.text} 2000")
        value = self._limit(amount, amount.number or Decimal(0), MAX_AMOUNT, "amount")
        behind = self._currency_here(draft) if self.peek_kind() is not Kind.NUMBER else None
        if before and behind and before != behind:
            raise token_error(f"Two currencies for one amount: {before} and {behind}.", amount)
        return Money(value, before or behind)

    def _currency_here(self, draft: Draft) -> str | None:
        token = self.peek()
        if token is None:
            return None
        if token.kind is Kind.SYMBOL:
            self._at += 1
            symbol_code = self._currencies.symbols[token.text]
            if token.text in self._currencies.ambiguous_symbols:
                draft.notes.append(f"read {token.text} as {symbol_code}")
            return symbol_code
        word_code = self.currency_of(token.text) if token.kind is Kind.WORD else None
        if word_code is not None:
            self._at += 1
        return word_code

    def price(self, draft: Draft, token: Token) -> None:
        """The unit price, with an optional '/pc' or 'each' after it."""
        price = self.money(draft, token)
        if price.amount <= 0:
            raise token_error("The price must be more than zero.", token)
        per = self.peek_kind() is Kind.SLASH or self.peek_word() == "per"
        if per and self.peek_word(1) in PRICE_SUFFIXES:
            self._at += 2
        else:
            self.skip_words(frozenset(("each", "ea")))
        draft.set_once("unit_price", price, token)

    def _percent_or_money(
        self, draft: Draft, after: Token
    ) -> tuple[Decimal, None] | tuple[None, Money]:
        if self.peek_kind() is Kind.NUMBER and self.peek_kind(1) is Kind.PERCENT:
            number = self.take()
            self._at += 1
            return number.number or Decimal(0), None
        return None, self.money(draft, after)

    def _base_word(self, choices: Mapping[str, T]) -> T | None:
        ahead = 1 if self.peek_word() == "of" else 0
        word = self.peek_word(ahead)
        if word is not None and word in choices:
            self._at += ahead + 1
            return choices[word]
        return None

    # -- clauses -------------------------------------------------------------------------
    def charge(self, draft: Draft, token: Token, key: Key) -> None:
        """A keyword clause with a value: freight, insurance, duty, contingency, wt, vol."""
        if key in (Key.WEIGHT, Key.VOLUME):
            self.measure(draft, token, key)
            return
        if key is Key.FREIGHT:
            draft.set_once("freight", self._freight(draft, token), token)
            return
        percent, amount = self._percent_or_money(draft, token)
        ceiling = MAX_DUTY_PERCENT if key is Key.DUTY else MAX_OTHER_PERCENT
        if percent is not None and percent >= ceiling:
            raise token_error(f"{percent}% is not a believable {key.value} rate.", token)
        if key is Key.DUTY:
            draft.duties.append(Duty(percent, amount))
        elif key is Key.INSURANCE:
            cover = self._base_word(_INSURANCE_BASES) if percent is not None else None
            insurance = Insurance(amount, percent, cover or InsuranceBase.CIF_PLUS_10)
            draft.set_once("insurance", insurance, token)
        else:
            base = self._base_word(_CONTINGENCY_BASES) if percent is not None else None
            contingency = Contingency(percent, amount, base or ContingencyBase.SUBTOTAL)
            draft.set_once("contingency", contingency, token)

    def _freight(self, draft: Draft, token: Token) -> Freight:
        amount = self.money(draft, token)
        if self.peek_kind() is Kind.SLASH or self.peek_word() == "per":
            unit = self.peek_word(1)
            if unit in WEIGHT_UNITS:
                self._at += 2
                per_kg = amount.amount / WEIGHT_UNITS[unit]
                return Freight(Money(per_kg, amount.currency), FreightBasis.PER_KG)
            if unit in VOLUME_UNITS:
                self._at += 2
                return Freight(amount, FreightBasis.PER_M3)
            raise token_error("Freight rates are per kg or per cbm, e.g. freight 4.5/kg.", token)
        return Freight(amount)

    def measure(self, draft: Draft, token: Token, key: Key) -> None:
        """A weight (kg default; t, lb) or a volume (cbm, m3)."""
        number = self.positive_number(token, key.value)
        unit = self.peek_word()
        if key is Key.WEIGHT:
            factor = WEIGHT_UNITS.get(unit or "", Decimal(1))
            if unit in WEIGHT_UNITS:
                self._at += 1
            kg = self._limit(token, number * factor, MAX_WEIGHT_KG, "weight")
            draft.set_once("weight_kg", kg, token)
        else:
            self.skip_words(VOLUME_UNITS)
            volume = self._limit(token, number, MAX_VOLUME_M3, "volume")
            draft.set_once("volume_m3", volume, token)

    def cartons_after_dims(self, draft: Draft, dims: Token) -> None:
        """Carton size (cm default; mm, m, in) and an optional 'x 20' count after it."""
        factor = LENGTH_UNITS.get(self.peek_word() or "")
        if factor is not None:
            self._at += 1
        sizes = tuple((d * (factor or Decimal(1))) for d in (dims.dims or ()))
        if len(sizes) != 3 or any(s <= 0 or s > MAX_CARTON_CM for s in sizes):
            raise token_error("Carton sides must be above zero and at most 1,000 cm.", dims)
        draft.set_once("carton_dims", (sizes[0], sizes[1], sizes[2]), dims)
        if self.peek_word() == "x" and self.peek_kind(1) is Kind.NUMBER:
            self._at += 1
            count = self.take()
            draft.set_carton_count(self.check_count(count), count)
        elif self.peek_kind() is Kind.NUMBER and self.peek_word(1) in CARTON_WORDS:
            count = self.take()
            self._at += 1
            draft.set_carton_count(self.check_count(count), count)

    def cartons_after_keyword(self, draft: Draft, token: Token) -> None:
        """`ctn 50x40x30cm x 20` or `ctn 20 x 50x40x30cm`."""
        if self.peek_kind() is Kind.NUMBER:
            count = self.take()
            draft.set_carton_count(self.check_count(count), count)
            self.skip_words(frozenset(("x", "of")))
        if self.peek_kind() is Kind.DIMS:
            self.cartons_after_dims(draft, self.take())
        elif draft.carton_dims is None:
            raise token_error("Carton size? e.g. ctn 50x40x30cm x 20.", token)

    def fee(self, draft: Draft, token: Token, word: str) -> None:
        """A named charge: `broker 300`, `drayage 450 usd`; 'customs duty' reads as duty."""
        if word == "customs" and KEYWORDS.get(self.peek_word() or "") is Key.DUTY:
            return
        label, cost_line = FEES[word]
        draft.fees.append(Fee(label, self.money(draft, token), cost_line))
