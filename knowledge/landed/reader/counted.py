"""Counts written in words in a pasted quote: "two hundred mugs", "a dozen caps", "一百件".

Owns turning a count written in English words, or in Chinese numerals, into the number token
the skim (`knowledge/landed/reader/skim.py`) reads, so that "$160 for one clock" and "two
hundred pcs at $3 each" are read as "$160 for 1 clock" and "200 pcs at $3 each" are; then every
rule that holds for a count in digits holds for it. Only a count followed by a word (the goods)
is turned: "one of the firms", "one-time" and a bare "one" stay words; "a dozen" only when it
counts goods ("a dozen mugs"), never as a pack price ("$60 a dozen", "per dozen"); "a" alone
is never a count. A Chinese count needs a counter word after it (件, 个, 台: "五百件" is 500
pieces). It reads no amount and builds no line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from knowledge.landed.reader.words import Kind, Token

_ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000}
_DOZEN = 12
# Words after a count that are no goods: "one of", "one or two", "one-time", "one and".
_NOT_GOODS = frozenset(
    ("of", "or", "and", "to", "time", "times", "side", "sided", "way", "day", "days", "week",
     "weeks", "month", "months", "year", "years", "color", "colour", "colors", "colours",
     "more", "another", "thing", "is", "was", "would", "will", "can", "could", "should", "the",
     "a", "an", "by", "in", "on", "at", "for", "with", "per", "each", "off", "point")
)  # fmt: skip
# Chinese numerals and the counters a Chinese quote puts after a count of goods.
_HAN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
               "八": 8, "九": 9}  # fmt: skip
_HAN_SCALES = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_HAN_COUNTERS = "件|个|個|台|套|只|双|箱|张|支|条|把"
_HAN_COUNT = re.compile(rf"^([零一二两三四五六七八九十百千万]+)({_HAN_COUNTERS})$")
# In running Chinese text: a numeral of two or more, or with a scale, before its counter; not
# after 每 ("each": 每台 is per unit) or 第 (an ordinal). "一个" alone is "a", not a count.
_HAN_IN_TEXT = re.compile(
    rf"(?<![每第])([二两三四五六七八九]|[零一二两三四五六七八九]*[十百千万][零一二两三四五六七八九十百千万]*)"
    rf"({_HAN_COUNTERS})"
)


def spaced_han_counts(text: str) -> str:
    """The text with each Chinese count of goods set apart by spaces ("收音机五百台" ->
    "收音机 五百台 "), so that it is a token of its own."""
    return _HAN_IN_TEXT.sub(r" \1\2 ", text)


def counted_words(tokens: Sequence[Token]) -> list[Token]:
    """`tokens` with each count written in words turned into a number (see the docstring)."""
    out: list[Token] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        han = _han_count(token)
        if han is not None:
            out += han
            at += 1
            continue
        value, width = _english(tokens, at)
        after = tokens[at + width] if value is not None and at + width < len(tokens) else None
        if value is None or after is None or not _goods_word(after):
            out.append(token)
            at += 1
            continue
        text = " ".join(t.text for t in tokens[at : at + width])
        out.append(Token(Kind.NUMBER, text, token.start, number=Decimal(value)))
        at += width
    return out


def _english(tokens: Sequence[Token], at: int) -> tuple[int | None, int]:
    """The count the words from `at` spell ("two hundred and fifty", "a dozen", "a
    thousand"), and how many tokens it takes; (None, 0) when none."""
    words = [t.text if t.kind is Kind.WORD else "" for t in tokens[at : at + 6]]
    if not words:
        return None, 0
    if words[0] == "a" and len(words) > 1 and words[1] in (*_SCALES, "dozen"):
        if at > 0 and tokens[at - 1].kind in (Kind.NUMBER, Kind.SYMBOL):
            return None, 0  # "$60 a dozen": the pack a price is for
        if at > 0 and tokens[at - 1].text in ("per", "the"):
            return None, 0
        return (_DOZEN if words[1] == "dozen" else _SCALES[words[1]]), 2
    total, current, used = 0, 0, 0
    for word in words:
        if word in _ONES:
            current += _ONES[word]
        elif word in _SCALES and current:
            current *= _SCALES[word]
            if word == "thousand":
                total, current = total + current, 0
        elif word == "dozen" and current:
            current *= _DOZEN
        elif word == "and" and used and (total or current >= 100):
            pass  # "two hundred and fifty"
        else:
            break
        used += 1
    if words[used - 1 : used] == ["and"]:
        used -= 1
    value = total + current
    return (value, used) if used and value else (None, 0)


def _goods_word(token: Token) -> bool:
    return token.kind is Kind.WORD and token.text not in _NOT_GOODS and len(token.text) > 1


def _han_count(token: Token) -> list[Token] | None:
    """ "五百件" -> 500 and "件" as two tokens; None when the word is no such count."""
    if token.kind is not Kind.WORD:
        return None
    found = _HAN_COUNT.match(token.text)
    if found is None:
        return None
    value = _han_value(found.group(1))
    if value is None or value == 0:
        return None
    numeral = found.group(1)
    return [
        Token(Kind.NUMBER, numeral, token.start, number=Decimal(value)),
        replace(token, text="pcs", start=token.start + len(numeral)),
    ]


def _han_value(text: str) -> int | None:
    """The value of a Chinese numeral ("一百" 100, "两千五百" 2500, "三万" 30000), or None."""
    total, section, digit = 0, 0, None
    for char in text:
        if char in _HAN_DIGITS:
            if digit is not None:
                return None  # "一二": not a numeral
            digit = _HAN_DIGITS[char]
        elif char == "万":
            total += (section + (digit or 0)) * 10000
            section, digit = 0, None
        else:
            scale = _HAN_SCALES[char]
            section += (1 if digit is None else digit) * scale
            digit = None
    return total + section + (digit or 0)
