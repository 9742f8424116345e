"""The `hs` clause of a /landed one-liner: a tariff code (`hs 8516.79.00`) or words to search.

Owns reading what follows `hs` (also `hts`, `hscode`, `hs code`) from the characters of the
line, since a code such as 8516.79.00 is not a number: the digits of a code of 2 to 10
digits, or the words up to the next clause (`hs cotton t-shirts to US`). Looking the code up
is `knowledge/landed/duties.py`'s job; nothing here reads the tariff table.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.landed.query import HsCode
from knowledge.landed.reader.draft import token_error
from knowledge.landed.reader.words import (
    FEES,
    HS_WORDS,
    INCOTERMS,
    KEYWORDS,
    MODES,
    ORIGIN_WORDS,
    Kind,
    Token,
    TokenCursor,
)
from knowledge.landed.tariffs import parse_code

# A comma may separate the groups too (`8516,79`, typed where the comma is the decimal mark).
_CODE = re.compile(r"\s*(?:code\s*)?[:#]?\s*(?P<code>[0-9]{2,4}(?:[.,-]?[0-9]{2}){0,3}[0-9]?)")
# More digits after the code than a group holds (`8516.7`): never read as the shorter code.
_CUT_SHORT = re.compile(r"[.,-][0-9]")
_STOPS = frozenset((*KEYWORDS, *MODES, *INCOTERMS, *FEES, *HS_WORDS, *ORIGIN_WORDS))
_MAX_WORDS = 8
EXAMPLE = "hs 8516.79 or hs water heater"


def read_hs(
    cursor: TokenCursor, text: str, keyword: Token, is_country: Callable[[str], bool]
) -> HsCode:
    """The code or words after `keyword`; the cursor moves past them. The words stop at a
    clause word, or at a country right before the mode (`hs toaster us air`: "us" is where the
    goods go, as `is_country` tells)."""
    end = keyword.start + len(keyword.text)
    found = _CODE.match(text, end)
    if found is not None and _CUT_SHORT.match(text, found.end()):
        cut = text[found.start("code") :].split(maxsplit=1)[0]
        raise token_error(f"'{cut}' is not a tariff code: {EXAMPLE}.", keyword)
    if found is not None and not text[found.end() : found.end() + 1].isalnum():
        digits = parse_code(found["code"].replace(",", "."))
        if digits is None:
            raise token_error(f"'{found['code']}' is not a tariff code: {EXAMPLE}.", keyword)
        _skip_to(cursor, found.end())
        return HsCode(found["code"], digits=digits)
    cursor.skip_words(frozenset(("code",)))
    typed: list[Token] = []
    while (token := cursor.peek()) is not None and len(typed) < _MAX_WORDS:
        if token.kind is not Kind.WORD or token.text in _STOPS:
            break
        if typed and cursor.peek_word(1) in MODES and is_country(token.text):
            break
        typed.append(cursor.take())
    if not typed:
        raise token_error(f"'{keyword.text}' needs a code or words, e.g. {EXAMPLE}.", keyword)
    phrase = text[typed[0].start : typed[-1].start + len(typed[-1].text)]
    return HsCode(phrase, words=phrase)


def _skip_to(cursor: TokenCursor, end: int) -> None:
    """Move past every token that starts before character `end`."""
    while (token := cursor.peek()) is not None and token.start < end:
        cursor.take()
