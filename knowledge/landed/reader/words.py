"""The words of the /landed one-liner and the tokenizer that cuts a line into them.

Owns the vocabulary (keywords and their synonyms, fee labels and the cost line each belongs
to, units, transport modes, Incoterm spellings), turns text into tokens (numbers, carton
dimensions, words, currency symbols, signs) and reads them back with `TokenCursor`. It
builds no query: the grammar lives in `knowledge/landed/reader/parse.py`. Small typos are matched
with rapidfuzz over a list computed once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from rapidfuzz import fuzz, process

from knowledge.cost_split import CostLine
from knowledge.landed.reader.numbers import NUMBER_PATTERN, LineStyle, Shape, number_value, shape
from knowledge.landed.shipping import Mode

MAX_TEXT = 600  # characters: a phone line, with room to spare


class Key(StrEnum):
    """What a keyword introduces."""

    QUANTITY = "quantity"
    PRICE = "price"
    FREIGHT = "freight"
    INSURANCE = "insurance"
    DUTY = "duty"
    CONTINGENCY = "contingency"
    WEIGHT = "weight"
    VOLUME = "volume"
    CARTONS = "cartons"
    DESTINATION = "destination"
    FEE = "fee"


KEYWORDS: dict[str, Key] = {
    # A quote's MOQ is the quantity the estimate is for, when no other is given.
    **dict.fromkeys(("qty", "quantity", "moq"), Key.QUANTITY),
    **dict.fromkeys(("@", "at", "price", "à"), Key.PRICE),  # "à 2,10 €": French and Italian
    **dict.fromkeys(("freight", "frt", "shipping", "carriage"), Key.FREIGHT),
    **dict.fromkeys(("ins", "insurance", "insur"), Key.INSURANCE),
    **dict.fromkeys(("duty", "duties", "tariff", "tariffs"), Key.DUTY),
    **dict.fromkeys(("cont", "contingency", "buffer", "reserve"), Key.CONTINGENCY),
    **dict.fromkeys(("wt", "weight", "gw"), Key.WEIGHT),
    **dict.fromkeys(("vol", "volume"), Key.VOLUME),
    **dict.fromkeys(("ctn", "ctns", "carton", "cartons", "box", "boxes"), Key.CARTONS),
    **dict.fromkeys(("to", "dest", "destination", "into"), Key.DESTINATION),
}

# Fee words: the label shown and the Incoterms cost line (None: always the buyer's).
FEES: dict[str, tuple[str, CostLine | None]] = {
    **dict.fromkeys(
        ("broker", "brokerage", "customs", "clearance"),
        ("Customs broker", CostLine.IMPORT_CLEARANCE),
    ),
    **dict.fromkeys(("other", "others", "misc", "extra", "extras", "fees"), ("Other", None)),
    **dict.fromkeys(("warehousing", "warehouse", "storage"), ("Warehousing", None)),
    "drayage": ("Drayage", CostLine.DELIVERY_TO_DOOR),
    "trucking": ("Trucking", CostLine.DELIVERY_TO_DOOR),
    "delivery": ("Delivery", CostLine.DELIVERY_TO_DOOR),
    **dict.fromkeys(("port", "thc", "terminal"), ("Port/terminal", None)),
    **dict.fromkeys(("docs", "documents", "documentation"), ("Documents", None)),
    **dict.fromkeys(("origin", "pickup", "inland"), ("Origin charges", CostLine.ORIGIN_CHARGES)),
    "export": ("Export clearance", CostLine.EXPORT_CLEARANCE),
    "loading": ("Loading", CostLine.LOADING_AT_ORIGIN),
    "unloading": ("Unloading", CostLine.UNLOADING_AT_DESTINATION),
    **dict.fromkeys(("inspection", "qc"), ("Inspection", None)),
    **dict.fromkeys(("testing", "certification"), ("Testing", None)),
    "bank": ("Bank charges", None),
}

QUANTITY_UNITS = frozenset(
    ("pcs", "pc", "pieces", "piece", "units", "unit", "sets", "set", "pairs", "pair", "items")
).union(("ea", "x"))
CARTON_WORDS = frozenset(word for word, key in KEYWORDS.items() if key is Key.CARTONS)
WEIGHT_UNITS: dict[str, Decimal] = {
    **dict.fromkeys(("kg", "kgs", "kilo", "kilos"), Decimal(1)),
    **dict.fromkeys(("t", "ton", "tons", "tonne", "tonnes"), Decimal(1000)),
    **dict.fromkeys(("lb", "lbs"), Decimal("0.45359237")),
}
VOLUME_UNITS = frozenset(("cbm", "m3"))
LENGTH_UNITS: dict[str, Decimal] = {
    "cm": Decimal(1),
    "mm": Decimal("0.1"),
    "m": Decimal(100),
    **dict.fromkeys(("in", "inch", "inches"), Decimal("2.54")),
}
MODES: dict[str, Mode] = {
    **dict.fromkeys(("sea", "ocean", "lcl", "fcl", "vessel"), Mode.SEA),
    **dict.fromkeys(("air", "airfreight"), Mode.AIR),
    **dict.fromkeys(("express", "courier", "dhl", "fedex", "ups"), Mode.EXPRESS),
    **dict.fromkeys(("rail", "train", "railway"), Mode.RAIL),
    **dict.fromkeys(("road", "truck", "lorry"), Mode.ROAD),
}
INCOTERMS: dict[str, str] = {
    **{code.casefold(): code for code in ("EXW", "FCA", "FAS", "FOB", "CFR", "CIF")},
    **{code.casefold(): code for code in ("CPT", "CIP", "DAP", "DPU", "DDP")},
    **dict.fromkeys(("c&f", "cnf"), "CFR"),
}
# Terms that look like Incoterms but are not rules of Incoterms 2020.
RETIRED_TERMS: dict[str, str] = {
    "dat": "DAT was replaced by DPU in Incoterms 2020.",
    "daf": "DAF was dropped in Incoterms 2010; use DAP.",
    "des": "DES was dropped in Incoterms 2010; use DAP.",
    "deq": "DEQ was dropped in Incoterms 2010; use DPU.",
    "ddu": "DDU was dropped in Incoterms 2010; use DAP.",
}
PRICE_SUFFIXES = frozenset(("each", "pc", "pcs", "unit", "piece", "ea"))
# Full containers: the sizes and the type words people type after them (20gp, 40hq, 40'hc).
CONTAINER_SIZES = frozenset(("20", "40", "45"))
CONTAINER_TYPES: dict[str, str] = {
    **dict.fromkeys(("gp", "dc", "dv", "std", "ft"), "GP"),
    **dict.fromkeys(("hq", "hc"), "HQ"),
}
ORIGIN_WORDS = frozenset(("from", "origin country", "made"))
HS_WORDS = frozenset(("hs", "hts", "htsus", "hscode"))
# Also a form's labels that add nothing: "incoterm fob", "terms cif".
FILLER = frozenset(
    ("and", "with", "plus", "by", "via", "the", "a", "for", "incoterm", "incoterms", "terms")
)

# Every word the grammar knows, for typo matching. Short words are left out: at three
# letters or fewer a one-letter slip turns one keyword into another.
_VOCABULARY: tuple[str, ...] = tuple(
    sorted(
        word
        for word in (*KEYWORDS, *FEES, *MODES, *QUANTITY_UNITS, *WEIGHT_UNITS, *PRICE_SUFFIXES)
        if len(word) >= 4
    )
)


def correct(word: str) -> str | None:
    """The known word `word` is a small typo of ('frieght' -> 'freight'), else None."""
    if len(word) < 4:
        return None
    found = process.extractOne(
        word, _VOCABULARY, scorer=fuzz.ratio, processor=None, score_cutoff=80
    )
    return None if found is None else found[0]


class Kind(StrEnum):
    """Token kinds."""

    NUMBER = "number"
    DIMS = "dims"
    WORD = "word"
    SYMBOL = "symbol"  # a currency symbol
    PERCENT = "percent"
    AT = "at"
    SLASH = "slash"
    MINUS = "minus"
    PLUS = "plus"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Token:
    """One piece of the line; `number` or `dims` is set for numeric tokens.

    A number that could be read two ways (`1.200`) keeps its shape, so that a whole-number
    field can take the thousands reading and the reply can say how it was read.
    """

    kind: Kind
    text: str
    start: int
    number: Decimal | None = None
    dims: tuple[Decimal, Decimal, Decimal] | None = None
    shape: Shape | None = None

    @property
    def ambiguous(self) -> bool:
        """True for a number with one mark before exactly three digits, like 1.200."""
        return self.shape is not None and self.shape.value is None


class TokenCursor:
    """Reads a list of tokens front to back, with look-ahead."""

    def __init__(self, tokens: list[Token]) -> None:
        self._tokens = tokens
        self._at = 0

    def done(self) -> bool:
        """True when every token has been read."""
        return self._at >= len(self._tokens)

    def take(self) -> Token:
        """The next token, consumed."""
        token = self._tokens[self._at]
        self._at += 1
        return token

    def back(self) -> None:
        """Un-read the last token."""
        self._at -= 1

    @property
    def position(self) -> int:
        """How many tokens have been read."""
        return self._at

    def advance(self, count: int) -> None:
        """Skip `count` tokens already inspected with `country_words`."""
        self._at += count

    def peek(self, ahead: int = 0) -> Token | None:
        """The token `ahead` places on, not consumed, or None past the end."""
        index = self._at + ahead
        return self._tokens[index] if index < len(self._tokens) else None

    def peek_kind(self, ahead: int = 0) -> Kind | None:
        """The kind of the token `ahead` places on."""
        token = self.peek(ahead)
        return None if token is None else token.kind

    def peek_word(self, ahead: int = 0) -> str | None:
        """The next token's text when it is a word, else None."""
        token = self.peek(ahead)
        return token.text if token is not None and token.kind is Kind.WORD else None

    def skip_words(self, words: frozenset[str]) -> None:
        """Consume the next token when it is one of `words`."""
        if self.peek_word() in words:
            self._at += 1


_DIM = r"[0-9]+(?:[.,][0-9]+)?"
_HS_CODE = re.compile(r"\b(?:hs|hts|htsus|hscode)\b(?:\s*code)?\s*[:#]?\s*[0-9][0-9.\-]*")


class Tokenizer:
    """Cuts a normalised line into tokens; the currency symbols come from the data."""

    def __init__(self, symbols: tuple[str, ...]) -> None:
        escaped = "|".join(re.escape(s) for s in sorted(symbols, key=len, reverse=True))
        self._pattern = re.compile(
            rf"(?P<dims>{_DIM}\s*[x×*]\s*{_DIM}\s*[x×*]\s*{_DIM})"
            rf"|(?P<minus>-(?=[0-9]))"
            rf"|(?P<number>{NUMBER_PATTERN})"
            rf"|(?P<symbol>{escaped})"
            r"|(?P<word>c?m3(?![0-9])|c&f|[^\W\d_]+)"
            r"|(?P<percent>%)|(?P<at>@)|(?P<slash>/)|(?P<times>[×*])|(?P<plus>\+)"
            r"|(?P<skip>[\s,;:=()\[\].'\"!?]+|-(?![0-9]))"
            r"|(?P<other>\S)"
        )

    def tokens(self, text: str) -> list[Token]:
        """The tokens of `text`, which must already be normalised with `normalise`.

        Numbers that could be read two ways take the reading the line's other numbers imply.
        """
        codes = [m.span() for m in _HS_CODE.finditer(text)]
        found = [
            replace(t, shape=None) if any(a <= t.start < b for a, b in codes) else t
            for t in self._tokens(text)
        ]  # the digits of an HS code (8516.79) say nothing about the line's decimal mark
        shapes = [t.shape for t in found if t.shape is not None]
        style = LineStyle.of(shapes, (t.text for t in found if t.kind is Kind.WORD))
        return [
            replace(t, number=style.resolve(t.shape)) if t.ambiguous and t.shape else t
            for t in found
        ]

    def _tokens(self, text: str) -> list[Token]:
        found: list[Token] = []
        for match in self._pattern.finditer(text):
            kind = match.lastgroup
            piece = match.group()
            if kind is None or kind == "skip":
                continue
            if kind == "dims":
                parts = re.split(r"\s*[x×*]\s*", piece)
                dims = (number_value(parts[0]), number_value(parts[1]), number_value(parts[2]))
                found.append(Token(Kind.DIMS, piece, match.start(), dims=dims))
            elif kind == "times":  # "× 20" and "* 20" count like "x 20"
                found.append(Token(Kind.WORD, "x", match.start()))
            elif kind == "number":
                read = shape(piece)
                found.append(Token(Kind.NUMBER, piece, match.start(), read.value, shape=read))
            else:
                found.append(Token(Kind(kind), piece, match.start()))
        return found


def normalise(text: str) -> str:
    """Full-width forms folded (NFKC), case folded: '＄１０ FOB' -> '$10 fob'."""
    return unicodedata.normalize("NFKC", text).casefold()
