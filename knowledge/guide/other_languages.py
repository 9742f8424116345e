"""Questions NOT typed in English: which ones they are, and the reader that understands them.

Owns the rule that tells a question in another language ("¿Cómo abro una disputa en
Alibaba?") from an English one (`EnglishWords`: most of its words are English function words
or words of the cards), and the multilingual reader /guide's meaning scorer uses for such a
question (`MultilingualReader`: the shared Universal Sentence Encoder Multilingual v3 of
`knowledge/text_encoder.py`, behind the face `meaning.CardMeanings` reads). English questions
keep all-MiniLM-L6-v2 (`encoder.py`): in place of it, or beside it, USE ranked the English
questions worse (round 20 of issue 13, leave-one-site-out on 325 real questions: 0.745 / 0.871
-> 0.649 / 0.815 in place, 0.732 / 0.865 at a quarter beside; bench/guide_use.py), while it
found the English card for questions typed in German, Spanish and French that MiniLM missed.
Must not rank or decide confidence (`search.py` does). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache

import numpy as np
from bm25s.stopwords import STOPWORDS_EN_PLUS

from knowledge.guide.encoder import digest
from knowledge.text_encoder import DIMS, SentenceEncoder

ENGLISH_SHARE = 0.6  # a question reads as English when this share of its words are English
# (function words, or words the cards use); set before it was measured, not tuned (round 20)
_LETTERS = re.compile(r"[^\W\d_]+")  # words of any script; a run of Chinese is one "word"


def letter_runs(text: str) -> int:
    """How many words of any script `text` holds (a run of Chinese characters is one): 0 for
    emoji, digits or punctuation alone."""
    return len(_LETTERS.findall(text))


class EnglishWords:
    """The words that make a question read as English: common English words and the cards'
    own words."""

    def __init__(self, texts: Iterable[str]) -> None:
        found = (word for text in texts for word in _LETTERS.findall(text.casefold()))
        self._words = frozenset(STOPWORDS_EN_PLUS).union(found)

    def reads(self, text: str, mend: Callable[[str], str] | None = None) -> bool:
        """Whether `text` reads as English (a text with no word at all does not); a word of
        ASCII letters that `mend` (the guide's speller) turns into an English word counts as
        one, so that typos ("waht is a goldn sampel") do not make a question foreign."""
        words = _LETTERS.findall(text.casefold())
        known = sum(
            word in self._words
            or (mend is not None and word.isascii() and mend(word) in self._words)
            for word in words
        )
        return bool(words) and known >= ENGLISH_SHARE * len(words)


class MultilingualReader:
    """The shared multilingual encoder behind the face `CardMeanings` reads (dims, knows,
    embed, encode); the cards' texts are encoded once per process, all in one call."""

    def __init__(self, encoder: SentenceEncoder) -> None:
        self._encoder = encoder
        self._known: dict[str, np.ndarray] = {}
        self.dims = DIMS

    @classmethod
    def packaged(cls) -> MultilingualReader:
        """The reader over the encoder the bot ships (one per process: every index built
        shares its encoded card texts)."""
        return _packaged()

    def knows(self, word: str) -> bool:
        """Whether the encoder reads `word` as itself: a Spanish word is no typo to mend."""
        return self._encoder.knows(word)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One unit row per card text, encoded on first sight (in one batch, at the first
        question not in English: `foreign.ForeignQuestions`)."""
        keys = [digest(text) for text in texts]
        new = {key: text for key, text in zip(keys, texts, strict=True) if key not in self._known}
        if new:
            rows = self._encoder.embed_all(list(new.values()))
            self._known.update(zip(new, rows, strict=True))
        if not keys:
            return np.zeros((0, DIMS), dtype=np.float32)
        return np.vstack([self._known[key] for key in keys])

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One unit row per text, never from the memo (a question)."""
        return np.vstack([self._encoder.embed(text) for text in texts])


@cache
def _packaged() -> MultilingualReader:
    return MultilingualReader(SentenceEncoder.packaged())
