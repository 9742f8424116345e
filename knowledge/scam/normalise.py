"""Normalising a forwarded message for the scam check, keeping a map back to the original.

Owns the text pipeline every matcher relies on: Unicode NFKC, case folding, removal of
zero-width and direction-control characters, folding of Cyrillic and Greek look-alike letters,
of accents and of traditional Chinese characters to simplified ones (`traditional.py`), then
words (with letters spelled out one by one, "w.e.s.t.e.r.n", joined back and digits standing
in for letters, "w3stern", read as letters) and sentence boundaries. Every
word keeps its offsets into the ORIGINAL text, so a finding can quote the message exactly as
it was written. Also owns the message fingerprint. It knows no red flags and no data file.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

from knowledge.scam.traditional import SIMPLIFIED, TRADITIONAL

# Invisible characters scammers slip inside words to dodge filters: zero-width space and
# joiners, word joiner, BOM, soft hyphen, Mongolian vowel separator, combining grapheme joiner,
# invisible operators, and the bidirectional controls that can reorder what the reader sees.
_INVISIBLE = frozenset(
    (
        *(0x00AD, 0x034F, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF),
        *range(0x202A, 0x202F),
        *range(0x2061, 0x2065),
        *range(0x2066, 0x206A),
    )
)

# Cyrillic and Greek letters that look like Latin ones, upper and lower case. Upper case is
# folded before case folding because e.g. Cyrillic "В" looks like "B" while its lower case
# "в" does not look like "b".
_LOOKALIKES = str.maketrans(
    {
        # Cyrillic capitals and small letters
        "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p",
        "С": "c", "Т": "t", "У": "y", "Х": "x", "Ѕ": "s", "І": "i", "Ј": "j", "Ԛ": "q",
        "Ԝ": "w", "Ү": "y", "Ғ": "f",
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "ѕ": "s",
        "і": "i", "ј": "j", "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ү": "y", "ӏ": "l",
        "ь": "b", "п": "n", "г": "r", "т": "t", "к": "k", "м": "m", "в": "b", "н": "h",
        # Greek capitals and small letters
        "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m",
        "Ν": "n", "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x",
        "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
        "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ς": "s",
    }
)  # fmt: skip

# Digits read as letters, only where they sit between letters ("w3stern", "m0neygram").
# Patterns here open on one character class, not a look-behind or a repeat, so the regex
# engine skips straight to the characters that can start a match instead of trying every
# position (a 4,096-character message: 120 µs down to 40 µs for this one).
_DIGIT_AS_LETTER = str.maketrans("013457", "oieast")
# Traditional Chinese characters fold to their simplified forms, one for one, so that the
# Chinese readings (written in simplified) read Taiwan and Hong Kong messages too ("換號碼").
_SIMPLIFIED = str.maketrans(TRADITIONAL, SIMPLIFIED)
_DIGITS_INSIDE_WORD = re.compile(r"\d(?<=[^\W\d_]\d)\d?(?=[^\W\d_])")
# The same spelled in ASCII for ASCII text (as the word split below): half the time (round 18:
# 34 -> 18 µs per 4,096 characters); a hypothesis test pins it to the form above.
_ASCII_DIGITS_INSIDE_WORD = re.compile(r"[0-9](?<=[a-zA-Z][0-9])[0-9]?(?=[a-zA-Z])")

# A word (a percentage keeps its sign: "100%" is not "100 pcs"), and a sentence boundary:
# sentence punctuation followed by space, or a blank line. ASCII text (folded: lower case)
# is split with the same pattern spelled in ASCII, which runs twice as fast.
_WORD_GROUP = re.compile(r"(\d+%|[^\W_]+)")
_ASCII_WORD_GROUP = re.compile(r"([0-9]+%|[a-z0-9]+)")
_STOP = re.compile(r"[.!?;\n](?:(?<=[.!?;])[.!?;]*(?=\s|$)|(?<=\n)[ \t]*\n)")
# What may separate letters spelled out one by one: "w.e.s.t", "w e s t", "w-e-s-t".
_SPELLING_GAP = re.compile(r"[\s.\-_*·•]{1,3}")
_MIN_SPELLED = 3  # "a b" is ordinary text; three single letters in a row are a spelled word


def _fold_char(char: str) -> str:
    """The folded form of one character: possibly empty, possibly several characters."""
    if ord(char) in _INVISIBLE:
        return ""
    out: list[str] = []
    for piece in unicodedata.normalize("NFKC", char).translate(_LOOKALIKES):
        for low in piece.casefold().translate(_LOOKALIKES):
            if low.isascii():
                out.append(low)
                continue
            # Accents come off ("é" -> "e"); a lone combining mark folds to nothing.
            bare = "".join(
                part
                for part in unicodedata.normalize("NFD", low)
                if not unicodedata.combining(part)
            )
            out.append(unicodedata.normalize("NFC", bare))
    return "".join(out).translate(_SIMPLIFIED)


# Folded forms by code point, filled as characters are first seen (bounded by Unicode itself).
_FOLDED: dict[int, str] = {code: chr(code).lower() for code in range(128)}


def fold(text: str) -> tuple[str, list[int] | None]:
    """Folded text, and for each of its characters the index of its source in `text`.

    The map is None when folding kept every character in place (the common case), so the
    indices are the same in both texts.
    """
    if text.isascii():
        return text.lower(), None
    odd = []  # characters that fold to nothing or to several: they shift the indices
    for char in set(text):
        code = ord(char)
        folded = _FOLDED.get(code)
        if folded is None:
            folded = _FOLDED[code] = _fold_char(char)
        if len(folded) != 1:
            odd.append(char)
    folded = text.translate(_FOLDED)
    if not odd:
        return folded, None
    # Walk only the odd characters; the stretches between them map one to one.
    origin: list[int] = []
    done = 0  # original characters mapped so far
    for match in re.finditer("[" + "".join(map(re.escape, sorted(odd))) + "]", text):
        at = match.start()
        origin.extend(range(done, at))
        origin.extend([at] * len(_FOLDED[ord(text[at])]))
        done = at + 1
    origin.extend(range(done, len(text)))
    return folded, origin


@dataclass(frozen=True, slots=True)
class Message:
    """A message ready for matching: its folded text and words, with offsets to the original."""

    original: str
    folded: str
    origin: list[int] | None  # folded index -> original index; None means the same index
    words: list[str]
    starts: list[int]  # word start, in folded coordinates
    ends: list[int]  # word end (exclusive), in folded coordinates
    sentence: list[int]  # sentence number of each word

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span [start, end) to the span of the original text it came from."""
        if self.origin is None or start >= end:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1

    def word_span(self, first: int, last: int) -> tuple[int, int]:
        """The original span covering words first..last (inclusive)."""
        return self.original_span(self.starts[first], self.ends[last])

    @property
    def normalised(self) -> str:
        """The normalised text: folded words separated by single spaces."""
        return " ".join(self.words)


def _digits_to_letters(match: re.Match[str]) -> str:
    return match.group().translate(_DIGIT_AS_LETTER)


def _spelled_runs(
    folded: str, words: list[str], starts: list[int], ends: list[int], singles: list[int]
) -> list[tuple[int, int]]:
    """Runs (first, last) of single letters spelled out one by one ("w.e.s.t.e.r.n")."""
    runs: list[tuple[int, int]] = []
    first = last = -2
    for index in singles:
        if not words[index].isalpha():
            continue
        if index == last + 1 and _SPELLING_GAP.fullmatch(folded, ends[last], starts[index]):
            last = index
            continue
        if last - first + 1 >= _MIN_SPELLED:
            runs.append((first, last))
        first = last = index
    if last - first + 1 >= _MIN_SPELLED:
        runs.append((first, last))
    return runs


def _join_spelled_letters(
    folded: str,
    words: list[str],
    starts: list[int],
    ends: list[int],
    sentence: list[int],
    *,
    singles: list[int],
) -> None:
    """Join each run of spelled-out letters into one word, in place (last run first, so the
    indices of earlier runs stay valid)."""
    for first, last in reversed(_spelled_runs(folded, words, starts, ends, singles)):
        words[first : last + 1] = ["".join(words[first : last + 1])]
        starts[first : last + 1] = [starts[first]]
        ends[first : last + 1] = [ends[last]]
        sentence[first : last + 1] = [sentence[first]]


def _ones(lengths: list[int]) -> list[int]:
    """Where the one-letter words are, by their lengths: `list.index` steps through the list
    in C, so Python steps once per one-letter word (dozens), not once per word (hundreds)."""
    found: list[int] = []
    at = -1
    try:
        while True:
            at = lengths.index(1, at + 1)
            found.append(at)
    except ValueError:  # no more
        return found


def normalise(text: str) -> Message:
    """Fold `text` and split it into words and sentences, keeping offsets to the original."""
    folded, origin = fold(text)
    # Digits between letters read as letters ("w3stern"); same length, so same offsets.
    ascii_text = folded.isascii()
    digits = _ASCII_DIGITS_INSIDE_WORD if ascii_text else _DIGITS_INSIDE_WORD
    lettered = digits.sub(_digits_to_letters, folded)
    # Splitting around the words gives [gap, word, gap, word, ..., gap]; the running total
    # of their lengths gives every word's start and end, without a Python step per word.
    parts = (_ASCII_WORD_GROUP if ascii_text else _WORD_GROUP).split(lettered)
    lengths = list(map(len, parts))
    bounds = list(accumulate(lengths))
    words = parts[1::2]
    starts = bounds[0:-1:2]
    ends = bounds[1::2]
    stops = [match.start() for match in _STOP.finditer(folded)]
    sentence = [0] * len(words)
    if stops:
        sentence = []
        done = 0  # words numbered so far
        for number, stop in enumerate(stops):
            upto = bisect_right(starts, stop, done)  # words that start before this end
            sentence.extend([number] * (upto - done))
            done = upto
        sentence.extend([len(stops)] * (len(words) - done))
    singles = _ones(lengths[1::2])
    if singles:
        _join_spelled_letters(folded, words, starts, ends, sentence, singles=singles)
    return Message(text, folded, origin, words, starts, ends, sentence)


def message_fingerprint(text: str) -> str:
    """A SHA-256 hex digest of the normalised text: the same message forwarded again, with
    other spacing, case or invisible characters, gets the same fingerprint; the text itself
    never needs to be stored."""
    return hashlib.sha256(normalise(text).normalised.encode("utf-8")).hexdigest()


class Sentences:
    """One message's sentences, each cut from the folded text when first asked for."""

    def __init__(self, message: Message) -> None:
        self._message = message
        self._texts: dict[int, tuple[int, str]] = {}

    def get(self, number: int) -> str:
        """The folded text of sentence `number`, or "" when it has no words."""
        numbers = self._message.sentence
        first = bisect_left(numbers, number)
        if first >= len(numbers) or numbers[first] != number:
            return ""
        return self.text(number)[1]

    def text(self, number: int) -> tuple[int, str]:
        """The folded start offset and text of sentence `number` (which has words)."""
        found = self._texts.get(number)
        if found is None:
            message = self._message
            first = bisect_left(message.sentence, number)
            last = bisect_right(message.sentence, number) - 1
            start, end = message.starts[first], message.ends[last]
            found = self._texts[number] = (start, message.folded[start:end])
        return found

    def following(self, number: int, reach: int) -> Iterator[str]:
        """Sentence `number` and the next ones with words, `reach` sentences in all."""
        numbers = self._message.sentence
        for _ in range(reach):
            yield self.text(number)[1]
            after = bisect_right(numbers, number)
            if after >= len(numbers):
                return
            number = numbers[after]

    def any(self, number: int, reach: int, pattern: re.Pattern[str]) -> bool:
        """Whether `pattern` is found in sentence `number` or the next ones."""
        return any(pattern.search(text) for text in self.following(number, reach))
