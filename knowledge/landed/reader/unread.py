"""Parts of a pasted quote that hold no figure of it: addresses, links, e-mails, product codes.

Owns what the skim (`knowledge/landed/reader/skim.py`) must never read a quantity or a price
from: a web address or a markdown link's target ("[cables](https://.../item/100pcs-5v/1005003
.html)"), an e-mail address ("sales@led-2000pcs.com"), a product or part code, labelled ("SKU
4410", "ASIN B07XK9QW12", "Item no. 2024") or written as letters run into digits ("C2286",
"MGFS1R5243R3"), and a barcode (12 to 14 digits in one run). Addresses are blanked in the
text (one mark and spaces of the same length, so every token keeps its place); codes are
dropped from the tokens. It reads no amount and builds no line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.landed.reader.offer import Currency
from knowledge.landed.reader.words import INCOTERMS, Kind, Token

_ADDRESSES = re.compile(
    r"\]\([^)\s]*\)"  # a markdown link's target: "[text](https://...)"
    r"|(?:https?://|www\.)\S+"  # a web address
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}\b"  # an e-mail address
    r"|\b[\w-]*[^\W\d_][\w-]*\.(?:com|net|org|cn|de|co|uk|io|nl|fr|it|es|ru|gr|br|pt|eu|jp|shop"
    r"|store)\b(?:/\S*)?"  # a bare domain, with its path
)
# Labels after which the next number or code is the product's, always ("SKU 4410").
_CODE_LABELS = frozenset(
    ("sku", "asin", "upc", "ean", "mpn", "gtin", "lcsc", "barcode", "artikelnummer", "isbn")
)
# Labels that name a code only with a number word after them ("Item no. 2024", "part #").
_FIELD_LABELS = frozenset(
    ("item", "part", "article", "art", "model", "ref", "reference", "product", "style",
     "order", "invoice", "artikel", "référence", "referencia", "articolo", "codice", "código")
)  # fmt: skip
_NUMBER_WORDS = frozenset(("no", "nr", "number", "#", "n°", "nº", "num", "code", "id", "nummer"))
# Words a number may run into without being a code: "x100", "moq1000", "usd60" (currencies are
# asked of `currency`).
_NOT_CODES = frozenset(("x", "moq", "qty", "min", "at")).union(INCOTERMS)
_BARCODE_DIGITS = 12  # UPC-A has 12 digits, EAN-13 13, GTIN-14 14: no order is that many pieces


def blank_addresses(text: str) -> str:
    """`text` with every web address, link target and e-mail address replaced by one mark and
    spaces (the same length): the mark keeps the words either side apart ("Quote from
    sales@x.com: 400 pcs" is no "from 400 pcs")."""
    return _ADDRESSES.sub(lambda found: "¦" + " " * (len(found.group()) - 1), text)


def without_codes(tokens: Sequence[Token], currency: Currency) -> list[Token]:
    """The tokens without product codes and barcodes (see the module's docstring)."""
    out: list[Token] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        skip = _code_after_label(tokens, at) or _run_in_code(tokens, at, currency)
        if skip:
            at += skip
            continue
        if token.kind is Kind.NUMBER and token.text.isdigit() and len(token.text) >= 12:
            at += 1  # a barcode
            continue
        out.append(token)
        at += 1
    return out


def _code_after_label(tokens: Sequence[Token], at: int) -> int:
    """How many tokens from `at` are a label and its code ("sku: 4410", "item no. 2024"),
    0 when none: the label is kept out too, it says nothing of the order."""
    word = tokens[at].text if tokens[at].kind is Kind.WORD else None
    step = at + 1
    while step < len(tokens) and tokens[step].text in _NUMBER_WORDS:
        step += 1
    if word in _CODE_LABELS or (word in _FIELD_LABELS and step > at + 1):
        width = _code_width(tokens, step)
        return step - at + width if width else 0
    return 0


def _code_width(tokens: Sequence[Token], at: int) -> int:
    """How many tokens from `at` make one code written without spaces ("b07xk9qw12" is five
    tokens): a number or a word, then whatever touches it."""
    if at >= len(tokens) or tokens[at].kind not in (Kind.NUMBER, Kind.WORD):
        return 0
    if tokens[at].kind is Kind.WORD and not _touches(tokens, at):
        return 0  # "item no. quantity": a column's name, no code
    width = 1
    while _touches(tokens, at + width - 1):
        width += 1
    return width


def _touches(tokens: Sequence[Token], at: int) -> bool:
    """True when the token after `at` starts where it ends and both are words or numbers."""
    if at + 1 >= len(tokens):
        return False
    this, then = tokens[at], tokens[at + 1]
    joined = this.kind in (Kind.NUMBER, Kind.WORD) and then.kind in (Kind.NUMBER, Kind.WORD)
    return joined and then.start == this.start + len(this.text)


def _run_in_code(tokens: Sequence[Token], at: int, currency: Currency) -> int:
    """How many tokens from `at` make a code of letters run into digits ("c2286"), else 0."""
    token = tokens[at]
    if token.kind is not Kind.WORD or token.text in _NOT_CODES or currency(token) is not None:
        return 0
    if at > 0 and _touches(tokens, at - 1):
        return 0  # "100pcs": the unit of a number, not the start of a code
    nxt = tokens[at + 1] if at + 1 < len(tokens) else None
    if nxt is None or nxt.kind is not Kind.NUMBER or not _touches(tokens, at):
        return 0
    return _code_width(tokens, at)
