"""The words of a buyer's question, as the guide's search compares them.

Owns the one normalisation both sides share: Unicode folded, trade shorthand joined ("t/t",
"l/c", "b/l" become one word), split into words, common English words dropped, each word cut
to its stem (Snowball, via PyStemmer), so "shipping", "shipped" and "ships" meet. It also
mends typos: a word the guide never uses is swapped for the guide's word with the same stem
("paypall" -> "paypal"), else for the closest word it does use, when one is a slip or two
away (a letter dropped, added, changed, or two swapped). And it reads a long question as
sentences, to find the ones that ask (`asked_sentences`). Pure functions and one small class;
no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache

import Stemmer
from bm25s.stopwords import STOPWORDS_EN_PLUS
from rapidfuzz import process
from rapidfuzz.distance import OSA

# Words that carry meaning in sourcing even though general lists drop them ("pay off
# platform", "not covered", "before shipment").
_KEEP = {"off", "out", "not", "no", "before", "after", "under", "against", "over", "own"}
STOPWORDS = frozenset(STOPWORDS_EN_PLUS) - _KEEP | {
    "please",
    "anyone",
    "would",
    "could",
    "get",
    "guys",
    "hi",
    "hello",
    "thanks",
    "also",
    "u",
}
# Shorthand written with a slash or dots that must stay one word.
_JOINED = re.compile(r"\b([a-z])\s*[/.&]\s*([a-z])\b\.?")
_WORD = re.compile(r"[a-z0-9]+")
_TYPED_WORD = re.compile(r"[A-Za-z]+")  # ASCII letters: what the speller can mend
TYPO_MIN_CHARS = 5  # shorter words are too often other real words ("fob" vs "fop")
SHORT_TYPO_CHARS = 4  # ... except a slip in a common word ("waht"), mended to it and dropped
TYPO_LONG_CHARS = 8  # from this length two slips are still one word ("inspectoin", "forwader")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
# Words that carry no ask in a forum post: greetings, thanks, sign-offs, asides. A sentence
# made only of these and stop words is filler ("Thanks in advance!", "Can anyone help?").
_FILLER_WORDS = (
    "hi hello hey dear everyone guys folks all team sir madam thanks thank thx tia advance "
    "appreciate appreciated appreciation help helps helping much lot lots regards cheers "
    "greetings kind best wishes please pls plz sorry question questions asking ask quick "
    "newbie new beginner first time post posting forum hope hoping well day good morning "
    "evening afternoon great anyone anybody somebody someone advice tips info information "
    "disclaimer grateful welcome"
)
FILLER = frozenset(_FILLER_WORDS.split())


def fold(text: str) -> str:
    """Lower case, compatibility-folded, accents dropped, shorthand joined ("T/T" -> "tt")."""
    text = text.casefold()
    if not text.isascii():  # most questions are plain ASCII: nothing to decompose or drop
        text = unicodedata.normalize("NFKD", text).replace("’", "'")
        text = "".join(char for char in text if not unicodedata.combining(char))
    return _JOINED.sub(r"\1\2", text)


def surface_words(text: str) -> list[str]:
    """The words of the text as typed (folded), common words dropped."""
    return [word for word in _WORD.findall(fold(text)) if word not in STOPWORDS]


def respelled(text: str, mend: Callable[[str], str]) -> str:
    """The text with each mistyped word swapped for its mended spelling (`mend`, a speller)
    and everything else left as typed ("T/T", "?"): what a reader of whole sentences gets."""

    def one(found: re.Match[str]) -> str:
        word = found.group()
        folded = word.casefold()
        mended = mend(folded)
        return word if mended == folded else mended

    return _TYPED_WORD.sub(one, text)


def sentences(text: str) -> list[str]:
    """The text's sentences, in order (split after ".", "!", "?" and at line breaks; a piece
    without letters dropped)."""
    return [s.strip() for s in _SENTENCE_END.split(text) if any(c.isalpha() for c in s)]


def is_filler(sentence: str) -> bool:
    """A sentence with no word outside the filler and stop words ("Thanks in advance!")."""
    return all(word in FILLER for word in surface_words(sentence))


def asked_sentences(text: str) -> list[str]:
    """The sentences of a story-like question that ASK (end with "?", filler aside): none when
    the text is one sentence, or asks nothing with a question mark."""
    found = sentences(text)
    if len(found) < 2:
        return []
    return [s for s in found if s.endswith("?") and not is_filler(s)]


@cache
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def stems(words: Iterable[str]) -> list[str]:
    """The Snowball stems of words."""
    return list(_stemmer().stemWords(list(words)))


class Speller:
    """Mends a typed word to the guide's own spelling of it, or leaves it as typed.

    A word whose stem the guide knows becomes the guide's word with that stem (same stem, so
    BM25 is unchanged, and the meaning scorer reads a real word: "paypall" is "paypal"); any
    other stranger is swapped for the closest word the guide uses, one slip away (two for
    long words), a swap of two letters counting as one (optimal string alignment distance).
    Common words count too ("whcih" is "which", "osme" is "some"): a slip in one must not
    leave a stranger behind, which would weigh like a rare word. Four-letter strangers are
    mended only to common words, one slip away: other short words are too often real words
    the guide lacks ("temu", "etsy").
    """

    def __init__(self, vocabulary: Iterable[str], common: Iterable[str] = STOPWORDS) -> None:
        self._known = frozenset(vocabulary)
        by_stem: dict[str, str] = {}
        for word in sorted(self._known, key=lambda word: (len(word), word)):
            by_stem.setdefault(stems([word])[0], word)  # the shortest spelling stands for all
        self._by_stem = by_stem
        common = frozenset(word for word in common if word.isalpha())
        self._common = common
        self._choices = sorted(
            word for word in self._known | common if len(word) >= TYPO_MIN_CHARS
        )
        self._short_choices = sorted(
            word for word in common if SHORT_TYPO_CHARS - 1 <= len(word) <= SHORT_TYPO_CHARS + 1
        )

    def mend(self, word: str) -> str:
        """`word` itself when known, digits or short; else the guide's spelling, or the
        common word, if close."""
        if (
            len(word) < SHORT_TYPO_CHARS
            or not word.isalpha()
            or word in self._known
            or word in self._common
        ):
            return word
        if len(word) < TYPO_MIN_CHARS:
            short = process.extractOne(
                word, self._short_choices, scorer=OSA.distance, processor=None, score_cutoff=1
            )
            return short[0] if short else word
        same_stem = self._by_stem.get(stems([word])[0])
        if same_stem is not None:
            return same_stem
        slips = 2 if len(word) >= TYPO_LONG_CHARS else 1
        found = process.extractOne(
            word, self._choices, scorer=OSA.distance, processor=None, score_cutoff=slips
        )
        return found[0] if found else word
