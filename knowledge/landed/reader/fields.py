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
    MAX_DUTY_PERCENT,
    MAX_OTHER_PERCENT,
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
from knowledge.landed.reader.shipment import ShipmentReader
from knowledge.landed.reader.words import (
    CONTAINER_TYPES,
    FEES,
    FILLER,
    HS_WORDS,
    INCOTERMS,
    KEYWORDS,
    LENGTH_UNITS,
    MODES,
    ORIGIN_WORDS,
    PRICE_SUFFIXES,
    QUANTITY_UNITS,
    RETIRED_TERMS,
    VOLUME_UNITS,
    WEIGHT_UNITS,
    Key,
    Kind,
    Token,
)

T = TypeVar("T")
_VOCABULARY = (
    frozenset(
        (*KEYWORDS, *FEES, *MODES, *INCOTERMS, *RETIRED_TERMS, *QUANTITY_UNITS, *WEIGHT_UNITS)
    )
    .union(
        VOLUME_UNITS, LENGTH_UNITS, FILLER, PRICE_SUFFIXES, CONTAINER_TYPES, HS_WORDS, ORIGIN_WORDS
    )
    .union(("of", "per", "total"))
)
_TOTAL_WORDS = frozenset(("total", "all"))
# Words that mark an amount as the price of one unit: "total" after them is not the order's.
_PRICE_MARKS = frozenset(("at", "price", "x", "unit", "cost"))
_CONTAINER_UNITS = frozenset(("container", "containers", "cntr", "ctr", "fcl", "box"))
_EXTRA_DUTY = frozenset(("extra", "extras"))
# Words after a fee word that only say it is a fee ("port charges 80", "inspection fee 300").
_FEE_TAIL = frozenset(("fee", "fees", "charge", "charges", "cost", "costs"))
_INSURANCE_BASES = {"goods": InsuranceBase.GOODS, "cif": InsuranceBase.CIF}
_CONTINGENCY_BASES = {"goods": ContingencyBase.GOODS, "subtotal": ContingencyBase.SUBTOTAL}


class FieldReader(ShipmentReader):
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

    def currency_in(self, token: Token) -> str | None:
        """The ISO code a currency symbol or word token names ('$', 'usd'), else None."""
        if token.kind is Kind.SYMBOL:
            return self._currencies.symbols.get(token.text)
        return self.currency_of(token.text) if token.kind is Kind.WORD else None

    def currency_follows(self) -> bool:
        """True when the next token is a currency symbol or code."""
        token = self.peek()
        return token is not None and self.currency_in(token) is not None

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
        code = None if token is None else self.currency_in(token)
        if token is None or code is None:
            return None
        self._at += 1
        if token.text in self._currencies.ambiguous_symbols:
            draft.notes.append(f"read {token.text} as {code}")
        return code

    def money_ahead(self) -> bool:
        """A currency then a number come next ("$3.20", "usd 3.2"): a price, not a word."""
        token = self.peek()
        if token is None or self.peek_kind(1) is not Kind.NUMBER:
            return False
        return self.currency_in(token) is not None

    def price(self, draft: Draft, token: Token) -> None:
        """The unit price, with an optional '/pc' or 'each' after it."""
        price = self.money(draft, token)
        if price.amount <= 0:
            raise token_error("The price must be more than zero.", token)
        per = self.peek_kind() is Kind.SLASH or self.peek_word() == "per"
        if per and self.peek_word(1) in PRICE_SUFFIXES:
            self._at += 2
        elif (
            token.kind is not Kind.AT and token.text not in _PRICE_MARKS and self._total_follows()
        ):
            draft.set_once("goods_total", price, token)  # "$450 total": the whole order
            return
        else:
            self.skip_words(frozenset(("each", "ea")))
        draft.set_once("unit_price", price, token)

    def goods_total(self, draft: Draft, token: Token) -> None:
        """The order's total after its label ("total 450 usd", "order value: $4,500")."""
        total = self.money(draft, token)
        if total.amount <= 0:
            raise token_error("The order total must be more than zero.", token)
        draft.set_once("goods_total", total, token)

    def _total_follows(self) -> bool:
        """ "total" or "in total" after an amount: the amount was the whole order's."""
        ahead = 1 if self.peek_word() == "in" else 0
        if self.peek_word(ahead) != "total":
            return False
        self._at += ahead + 1
        return True

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
            self._stacked(draft, token, None)
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
        unit = self.peek_word()
        if amount.currency is None and (unit in VOLUME_UNITS or unit in WEIGHT_UNITS):
            return self._freight_for(draft, token, amount.amount)
        if self.peek_word() in _TOTAL_WORDS:
            self._at += 1
            draft.freight_total = True
        if self.peek_kind() is Kind.SLASH or self.peek_word() == "per":
            unit = self.peek_word(1)
            if self.container_ahead(1):  # "freight 1,850/20GP": a rate per container
                self._at += 1
                self.rate_container(draft)
                return Freight(amount)
            if unit in WEIGHT_UNITS:
                self._at += 2
                per_kg = amount.amount / WEIGHT_UNITS[unit]
                return Freight(Money(per_kg, amount.currency), FreightBasis.PER_KG)
            if unit in VOLUME_UNITS:
                self._at += 2
                return Freight(amount, FreightBasis.PER_M3)
            if unit in _CONTAINER_UNITS:
                self._at += 2
                return Freight(amount)  # per container: what freight with containers means
            raise token_error("Freight rates are per kg or per cbm, e.g. freight 4.5/kg.", token)
        return Freight(amount)

    def _freight_for(self, draft: Draft, token: Token, units: Decimal) -> Freight:
        """`freight 3 cbm @ 85/cbm` or `freight 500 kg x 4.5`: a rate for a typed quantity."""
        unit = self.take().text
        per_kg = unit in WEIGHT_UNITS
        if self.peek_kind() is Kind.AT or self.peek_word() in ("at", "x"):
            self._at += 1
        rate = self.money(draft, token)
        if self.peek_kind() is Kind.SLASH or self.peek_word() == "per":
            if self.peek_word(1) not in (VOLUME_UNITS | WEIGHT_UNITS.keys()):
                raise token_error("Give the freight as e.g. freight 3 cbm @ 85/cbm.", token)
            self._at += 2
        if per_kg:
            units *= WEIGHT_UNITS[unit]
            rate = Money(rate.amount / WEIGHT_UNITS[unit], rate.currency)
        basis = FreightBasis.PER_KG if per_kg else FreightBasis.PER_M3
        return Freight(rate, basis, units)

    def _stacked(self, draft: Draft, token: Token, label: str | None) -> None:
        """More rates joined with '+' to a duty: `duty 7.5%+25%`, `extra 10% + 5%`."""
        while self.peek_kind() is Kind.PLUS and self.peek_kind(1) is Kind.NUMBER:
            if self.peek_kind(2) is not Kind.PERCENT:
                raise token_error("Stack duty rates as percentages: duty 7.5%+25%.", token)
            self._at += 1
            percent = self.take().number or Decimal(0)
            self._at += 1
            if percent >= MAX_DUTY_PERCENT:
                raise token_error(f"{percent}% is not a believable duty rate.", token)
            draft.duties.append(Duty(percent, None, label))

    def fee(self, draft: Draft, token: Token, word: str) -> None:
        """A named charge: `broker 300`, `drayage 450 usd`; 'customs duty' reads as duty; a
        percentage after `extra` is an extra duty on the customs value (`extra 10%`)."""
        if word == "customs" and KEYWORDS.get(self.peek_word() or "") is Key.DUTY:
            return
        rate = self.peek_kind() is Kind.NUMBER and self.peek_kind(1) is Kind.PERCENT
        if word == "customs" and rate:
            self.charge(draft, token, Key.DUTY)  # "customs 10%": a rate after customs is duty
            return
        if word in _EXTRA_DUTY and rate:
            percent = self.take().number or Decimal(0)
            self._at += 1
            if percent >= MAX_DUTY_PERCENT:
                raise token_error(f"{percent}% is not a believable duty rate.", token)
            draft.duties.append(Duty(percent, None, "Extra"))
            self._stacked(draft, token, "Extra")
            return
        label, cost_line = FEES[word]
        # "customs broker 150", "port charges 80", "inspection fee 300": one charge, one label.
        while (after := self.peek_word()) in _FEE_TAIL or (
            after in FEES and after not in _EXTRA_DUTY and FEES[after][0] == label
        ):
            self._at += 1
        draft.fees.append(Fee(label, self.money(draft, token), cost_line))
