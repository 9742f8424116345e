"""Numbers as people type them: decimal comma or dot, thousands groups, k and m suffixes.

Owns the reading of one number's text and the decision a line forces on the numbers that
could go either way. `2,50` and `4.5` show their decimal mark by their shape; `1,000.50`,
`1.000,50` and `1.000.000` show their grouping; `1.200` and `1,200` (one mark before exactly
three digits) could be a thousand and two hundred or one point two. Those take the mark the
rest of the line uses as a decimal (`freight 1.200` in a line with `2,50` is 1,200); with no
such evidence, the line's language decides: a word of a language that writes a decimal comma
(`unidades`, `Stück`, `pezzi`) makes `1.000` a thousand; otherwise, or with evidence both ways,
a comma groups and a dot is decimal, as in English. Either way the reading is flagged, so the
reply can say how the line was read. No arithmetic on money and no grammar here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

# A number with an optional k (thousand) or m (million) stuck to it: "2k", "1.1k", "1,5m".
NUMBER_PATTERN = (
    r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?"
    r"|[0-9]+(?:[.,][0-9]+)?)(?![0-9])(?:[km](?![a-z0-9]))?"
)
_SUFFIXES = {"k": Decimal(1000), "m": Decimal(1_000_000)}
_AMBIGUOUS = re.compile(r"[1-9][0-9]{0,2}[.,][0-9]{3}")
# Quote words of languages that write "1.000,50" (Spanish, Portuguese, Italian, German, Dutch,
# French, Polish): words an English quote does not use, so one of them decides a lone "1.000".
_COMMA_LANGUAGE_WORDS = frozenset(
    ("cantidad", "unidades", "unidad", "piezas", "pieza", "pzas", "precio", "unitario",
     "pedido", "pedidos", "mínimo", "cada", "uds", "toneladas", "tonelada", "flete",
     "quantidade", "unidade", "peças", "peça", "preço", "preco", "unitário", "fornecedor",
     "frete", "pezzi", "pezzo", "quantità", "prezzo", "ordine", "stück", "stk", "menge",
     "preis", "stückpreis", "anzahl", "versand", "tonnen", "stuks", "stuk", "prijs", "aantal",
     "pièces", "unités", "quantité", "prix", "commande", "szt", "sztuk", "cena")
)  # fmt: skip


class Mark(StrEnum):
    """The decimal mark a number shows by its shape."""

    DOT = "dot"
    COMMA = "comma"


@dataclass(frozen=True, slots=True)
class Shape:
    """What a number's text says: its value if unambiguous, or both readings and the mark."""

    text: str
    value: Decimal | None  # None: ambiguous, see `grouped` and `decimal`
    decimal_mark: Mark | None = None  # the mark the text shows as decimal, if any
    grouped: Decimal | None = None  # ambiguous: the mark groups thousands
    decimal: Decimal | None = None  # ambiguous: the mark is decimal
    mark: str | None = None  # ambiguous: the mark itself, "." or ","


def shape(text: str) -> Shape:
    """The reading of one number's text (as matched by NUMBER_PATTERN)."""
    factor = _SUFFIXES.get(text[-1], Decimal(1))
    body = text[:-1] if text[-1] in _SUFFIXES else text
    if _AMBIGUOUS.fullmatch(body):
        mark = body[-4]
        grouped = Decimal(body.replace(mark, "")) * factor
        decimal = Decimal(body.replace(mark, ".")) * factor
        return Shape(text, None, grouped=grouped, decimal=decimal, mark=mark)
    dots, commas = body.count("."), body.count(",")
    if dots and commas:  # the last mark is the decimal one, the other groups
        last = "." if body.rfind(".") > body.rfind(",") else ","
        other = "," if last == "." else "."
        value = Decimal(body.replace(other, "").replace(last, "."))
        return Shape(text, value * factor, Mark.DOT if last == "." else Mark.COMMA)
    if dots > 1 or commas > 1:  # 1.000.000 or 1,000,000: groups only
        mark = "." if dots else ","
        value = Decimal(body.replace(mark, ""))
        return Shape(text, value * factor, Mark.COMMA if mark == "." else Mark.DOT)
    if dots or commas:
        mark = "." if dots else ","
        value = Decimal(body.replace(mark, "."))
        return Shape(text, value * factor, Mark.DOT if dots else Mark.COMMA)
    return Shape(text, Decimal(body) * factor)


@dataclass(frozen=True, slots=True)
class LineStyle:
    """The decimal marks a line's unambiguous numbers show."""

    marks: frozenset[Mark]
    language: str | None = None  # a word of a decimal-comma language in the line, if any

    @classmethod
    def of(cls, shapes: list[Shape], words: Iterable[str] = ()) -> LineStyle:
        """The style of a line from the shapes of all its numbers and its words."""
        marks = frozenset(s.decimal_mark for s in shapes if s.decimal_mark is not None)
        return cls(marks, next((w for w in words if w in _COMMA_LANGUAGE_WORDS), None))

    @property
    def decimal_comma(self) -> bool:
        """True when the line writes decimals with a comma, and only so; with no number to
        show it, when the line's words are of a language that does."""
        return self.marks == {Mark.COMMA} or (not self.marks and self.language is not None)

    def resolve(self, found: Shape) -> Decimal:
        """The value of `found`: its own if unambiguous, else the one this line implies."""
        if found.value is not None:
            return found.value
        grouped, decimal = found.grouped or Decimal(0), found.decimal or Decimal(0)
        if self.decimal_comma:  # "1.200" groups, "1,200" is decimal
            return grouped if found.mark == "." else decimal
        # A dot-decimal line, or no evidence: English reading, comma groups and dot is decimal.
        return grouped if found.mark == "," else decimal

    def reason(self, example: str | None) -> str:
        """Why the ambiguous numbers were read as they were, for the reply's first line."""
        if self.decimal_comma and not self.marks:
            return f"point for thousands, as the line's words are not English ('{self.language}')"
        if self.decimal_comma:
            return f"decimal comma, as in {example}" if example else "decimal comma"
        if self.marks == {Mark.DOT}:
            return f"decimal point, as in {example}" if example else "decimal point"
        return "comma for thousands, point for decimals"


def number_value(text: str) -> Decimal:
    """One number typed alone (a rate, a carton side): its value, English reading if unsure."""
    return LineStyle(frozenset()).resolve(shape(text))


def number_reading(tokens: Sequence[HasShape]) -> str | None:
    """How a line's ambiguous numbers were read ("decimal comma, as in 2,50"); None if none."""
    shapes = [t.shape for t in tokens if t.shape is not None]
    if all(found.value is not None for found in shapes):
        return None
    style = LineStyle.of(shapes, (t.text for t in tokens if t.shape is None))
    wanted = Mark.COMMA if style.decimal_comma else Mark.DOT
    example = next((f.text for f in shapes if f.decimal_mark is wanted and _shows(f)), None)
    return style.reason(example)


def _shows(found: Shape) -> bool:
    """True when the number shows its decimal mark itself (2,50), not only by grouping."""
    mark = "," if found.decimal_mark is Mark.COMMA else "."
    return mark in found.text and not re.fullmatch(r"[0-9]{1,3}(?:[.,][0-9]{3})+", found.text)


class HasShape(Protocol):
    """A token that may carry a number's shape."""

    @property
    def shape(self) -> Shape | None:
        """The number's shape, None for other tokens."""
        ...

    @property
    def text(self) -> str:
        """The token's text (a word's, for the line's language)."""
        ...
