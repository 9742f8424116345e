"""Whole words for a reading's quote: a span of folded text widened to the words it touches.

Owns one rule for every reading that finds its span with a regular expression over the folded
text (the Japanese, European and Asian readings, the lures, the threats): a span that starts
or ends inside a word is widened to that word's edge, so the user is quoted "paczka", the word
the sender wrote, never the stem "paczk" the pattern stopped at. Chinese and Japanese have no
spaces between words, so a span that stops beside a Han or kana character is left as it is.
It only widens spans; it decides nothing and must not move a span's words.
"""

from __future__ import annotations

from knowledge.scam.normalise import Message

# Scripts written without spaces: a "word" there is a whole clause, so quotes stop where the
# reading stopped (kana, CJK ideographs and their extensions, half-width katakana).
_UNSPACED = (
    ("\u3040", "\u30ff"),
    ("\u31f0", "\u31ff"),
    ("\u3400", "\u4dbf"),
    ("\u4e00", "\u9fff"),
    ("\uf900", "\ufaff"),
    ("\uff66", "\uff9f"),
    ("\U00020000", "\U0003ffff"),
)


def _kind(char: str) -> str:
    """ "a" for a letter and "1" for a digit of a script written with spaces, else ""."""
    if any(low <= char <= high for low, high in _UNSPACED):
        return ""
    return "a" if char.isalpha() else "1" if char.isdigit() else ""


def _joined(left: str, right: str) -> bool:
    """Two characters of one word: both letters or both digits (a phone number run into the
    next word, "268-8812Norton", is two words the text lost the space between)."""
    kind = _kind(left)
    return bool(kind) and kind == _kind(right)


def whole_words(folded: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of `folded` widened to the start and end of the words it cuts."""
    if start >= end:
        return start, end
    while start > 0 and _joined(folded[start - 1], folded[start]):
        start -= 1
    while end < len(folded) and _joined(folded[end - 1], folded[end]):
        end += 1
    return start, end


def quoted_span(message: Message, start: int, end: int) -> tuple[int, int]:
    """The span of `message`'s original text to quote for a reading's folded [start, end)."""
    return message.original_span(*whole_words(message.folded, start, end))
