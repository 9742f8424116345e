"""Reading the shipment of a /landed one-liner: numbers, weights, volumes, cartons, containers.

Owns the number helpers every value reader shares (`NumberCursor`) and the shipment clauses
(`ShipmentReader`): a weight or volume in all, per carton (`12kg/ctn`, `15kg each`, or a bare
`12kg` right after the cartons), or per unit (`0.5kg/pc`); carton size and count in either
order; full containers (`40hq`, `2 x 40hq`, `20gp x 3`). What each figure means is decided by
`Draft.finish`, which multiplies per-carton figures out and says so. No money here.
"""

from __future__ import annotations

from decimal import Decimal

from knowledge.landed.query import (
    MAX_CARTON_CM,
    MAX_CARTONS,
    MAX_QUANTITY,
    MAX_VOLUME_M3,
    MAX_WEIGHT_KG,
    Containers,
)
from knowledge.landed.reader.draft import Draft, token_error
from knowledge.landed.reader.words import (
    CARTON_WORDS,
    CONTAINER_SIZES,
    CONTAINER_TYPES,
    LENGTH_UNITS,
    QUANTITY_UNITS,
    VOLUME_UNITS,
    WEIGHT_UNITS,
    Key,
    Kind,
    Token,
    TokenCursor,
)

_PER_CARTON = CARTON_WORDS
_PER_UNIT = frozenset(("pc", "pcs", "unit", "units", "piece", "pieces", "set", "sets", "item"))
_EACH = frozenset(("each", "ea"))
MAX_CONTAINERS = Decimal(10_000)


class NumberCursor(TokenCursor):
    """A token cursor with the readers and limits of plain numbers."""

    def next_number(self, after: Token) -> Token:
        """The next token, which must be a number (the error names `after`)."""
        return self._number(after, f"{after.text} 1000")

    def quantity(self, draft: Draft, token: Token) -> Decimal:
        """A whole number of units; '1.500' (one mark before three digits) reads as 1,500."""
        value = token.number if token.number is not None else Decimal(0)
        grouped = None if token.shape is None else token.shape.grouped
        # Whole units cannot be 1.5: a mark before exactly three digits groups thousands.
        if grouped is not None and value != grouped:
            value = grouped
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


class ShipmentReader(NumberCursor):
    """Reads weights, volumes, cartons and containers; remembers where the cartons ended."""

    def __init__(self, tokens: list[Token]) -> None:
        super().__init__(tokens)
        self._cartons_end = -1  # the token index right after the last cartons clause

    def measure(self, draft: Draft, token: Token, key: Key, *, bare: bool = False) -> None:
        """A weight (kg default; t, lb) or a volume (cbm, m3), in all or per carton or unit.

        `bare`: typed without `wt`/`vol`; right after the cartons it is one carton's.
        """
        right_after_cartons = bare and self._at == self._cartons_end
        number = self.positive_number(token, key.value)
        unit = self.peek_word()
        if key is Key.WEIGHT:
            factor = WEIGHT_UNITS.get(unit or "", Decimal(1))
            if unit in WEIGHT_UNITS:
                self._at += 1
            value = self._limit(token, number * factor, MAX_WEIGHT_KG, "weight")
        else:
            self.skip_words(VOLUME_UNITS)
            value = self._limit(token, number, MAX_VOLUME_M3, "volume")
        per = self._per()
        if per is None and right_after_cartons:
            per = "carton"
        field = {
            (Key.WEIGHT, None): "weight_kg",
            (Key.WEIGHT, "carton"): "carton_weight_kg",
            (Key.WEIGHT, "unit"): "unit_weight_kg",
            (Key.WEIGHT, "each"): "each_weight_kg",
            (Key.VOLUME, None): "volume_m3",
            (Key.VOLUME, "carton"): "carton_volume_m3",
            (Key.VOLUME, "each"): "carton_volume_m3",
        }.get((key, per))
        if field is None:
            raise token_error("Give the volume in all or per carton, e.g. vol 2.4cbm.", token)
        draft.set_once(field, value, token)

    def _per(self) -> str | None:
        """'carton', 'unit' or 'each' when the figure just read is for one of them."""
        word = self.peek_word()
        if word in _EACH:
            self._at += 1
            return "each"
        per = self.peek_kind() is Kind.SLASH or word == "per"
        what = self.peek_word(1) if per else None
        if what in _PER_CARTON or what in _PER_UNIT:
            self._at += 2
            return "carton" if what in _PER_CARTON else "unit"
        return None

    def cartons_after_dims(self, draft: Draft, dims: Token) -> None:
        """Carton size (cm default; mm, m, in) and an optional 'x 20' count after it."""
        factor = LENGTH_UNITS.get(self.peek_word() or "")
        if factor is not None:
            self._at += 1
        sizes = tuple((d * (factor or Decimal(1))) for d in (dims.dims or ()))
        if len(sizes) != 3 or any(s <= 0 or s > MAX_CARTON_CM for s in sizes):
            raise token_error("Carton sides must be above zero and at most 1,000 cm.", dims)
        draft.set_once("carton_dims", (sizes[0], sizes[1], sizes[2]), dims)
        if self._per() not in (None, "carton", "each"):
            raise token_error("Carton sizes are per carton, e.g. ctn 50x40x30cm x 20.", dims)
        if self.peek_word() == "x" and self.peek_kind(1) is Kind.NUMBER:
            self._at += 1
            count = self.take()
            draft.set_carton_count(self.check_count(count), count)
        elif self.peek_kind() is Kind.NUMBER and self.peek_word(1) in CARTON_WORDS:
            count = self.take()
            self._at += 1
            draft.set_carton_count(self.check_count(count), count)
        self._cartons_end = self._at

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
        self._cartons_end = self._at

    def units_in_each_carton(self, draft: Draft, *, marked: bool) -> bool:
        """`50 ctns x 24 pcs`, `50 ctns of 24 pcs`, `50 ctns 24 pcs each`, `24 pcs/ctn`: units
        counted right after the cartons are per carton, and the quantity is the product
        (`Draft.finish`). Only with a marker (`marked`: an "x" or "of" was just read; or
        `each`, `per ctn`, `/ctn` after the unit): "20 ctns 1000 pcs" may be the total."""
        if draft.carton_count is None or draft.quantity is not None:
            return False
        number, unit = self.peek(), self.peek_word(1)
        if number is None or number.kind is not Kind.NUMBER or unit not in QUANTITY_UNITS:
            return False
        after = 1 if self.peek_word(2) in _EACH else 0
        if not after and self.peek_word(3) in CARTON_WORDS:
            after = 2 if self.peek_word(2) == "per" or self.peek_kind(2) is Kind.SLASH else 0
        if not (marked or after):
            return False
        self._at += 2 + after
        draft.set_once("units_per_carton", self.quantity(draft, number), number)
        return True

    def carton_count(self, draft: Draft, token: Token) -> None:
        """`20 ctns` (the carton word already read)."""
        draft.set_carton_count(self.check_count(token), token)
        self._cartons_end = self._at

    # -- containers ----------------------------------------------------------------------
    def container_ahead(self, ahead: int = 0) -> bool:
        """True when a container size and type start `ahead` tokens on: `40 hq`, `20gp`."""
        size = self.peek(ahead)
        return (
            size is not None
            and size.kind is Kind.NUMBER
            and size.text in CONTAINER_SIZES
            and self.peek_word(ahead + 1) in CONTAINER_TYPES
        )

    def containers(self, draft: Draft, first: Token) -> None:
        """`2 x 40hq` (count first, `first` is the count) or `40hq x 2` / `40hq` (`first` is
        the size)."""
        count = Decimal(1)
        if first.text not in CONTAINER_SIZES or self.peek_word() not in CONTAINER_TYPES:
            count = self._container_count(first)
            self._at += 1  # the "x"
            first = self.take()
        kind = f"{first.text}{CONTAINER_TYPES[self.take().text]}"
        if self.peek_word() == "x" and self.peek_kind(1) is Kind.NUMBER and count == 1:
            self._at += 1
            count = self._container_count(self.take())
        draft.set_once("containers", Containers(count, kind), first)
        if draft.mode is None:
            draft.decisions.append(f"{kind} by sea")

    def rate_container(self, draft: Draft) -> None:
        """The container a freight rate is per ("1,850/20GP"); with none given, one of them."""
        if draft.containers is None:
            self.containers(draft, self.take())
            kind = draft.containers.kind if draft.containers else ""
            draft.decisions.append(f"freight per {kind}: 1 × {kind} assumed")
        else:
            self._at += 2  # "2 x 40hq freight 3200/40hq": the type was already given

    def _container_count(self, token: Token) -> Decimal:
        value = self.check_positive(token, "container count")
        if value != value.to_integral_value() or value > MAX_CONTAINERS:
            raise token_error("The number of containers must be a whole number.", token)
        return value
