"""What a question MEANS next to each card: the meaning half of /guide's search.

Owns the cards' texts as vectors (each card's phrasings, its title first, then each whole
card: title, phrasings, answer, steps) and a question's meaning score against them, per card:
its phrasings' score 0.7 + the whole card's cosine 0.3. Read by the sentence encoder of
`encoder.py` (since round 5: the question as typed, in context; a phrasing score is the mean
of the card's TWO best phrasings since round 12, unless one says what the question says,
and a story-like question is read whole and
by the sentences that ask, half each) or by the static word vectors of `vectors.py` (rounds
2-4, kept for comparison: the best phrasing, the question's mended words). Must not rank or
decide confidence (`search.py` does). Pure: the vectors are built once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np

from knowledge.guide.vectors import WordVectors
from knowledge.guide.words import asked_sentences, respelled, surface_words

CARD_MEANING_WEIGHT = 0.3  # this much the whole card's meaning, the rest its phrasings'
# (round 4, leave-one-site-out on all real questions: 0.60/0.80 -> 0.62/0.82; a story-like
# question shares meaning with a card's answer more than with any one phrasing)
# Round 12 (leave-one-site-out on all 244 answerable real questions, bench/guide_reading.py):
# the mean of a card's two best phrasings, not the best alone (one lucky phrasing of a
# neighbouring card wins less often), and a question of several sentences read whole and by
# its asking ones ("?"-ended, filler aside), half each: 0.72 / 0.86 -> 0.75 / 0.87.
PHRASINGS_READ = 2
ASKED_WEIGHT = 0.5
SAME_MEANING = 0.95  # a question this close to one of a card's phrasings says what it says:
# that phrasing alone is the card's score (it needs no second opinion)


class TextReader(Protocol):
    """A sentence encoder as the meaning scorer reads it: `encoder.SentenceEncoder` (MiniLM),
    or `other_languages.MultilingualReader` for a question not typed in English."""

    dims: int

    def knows(self, word: str) -> bool:
        """Whether the encoder reads `word` as itself (no typo to mend)."""

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One unit row per card text (they may come from a table)."""

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One unit row per text, encoded now."""


class CardMeanings:
    """The cards' vectors, and each question's meaning score against them."""

    def __init__(
        self,
        phrasings: Sequence[Sequence[str]],
        wholes: Sequence[str],
        mend: Callable[[str], str],
        *,
        vectors: WordVectors | None = None,
        encoder: TextReader | None = None,
    ) -> None:
        """`phrasings[n]` and `wholes[n]` are card n's; `mend` is the guide's speller; one of
        `vectors` (static) or `encoder` reads the texts."""
        self._mend = mend
        texts = [text for card in phrasings for text in card]
        self.cards = len(wholes)
        # Each card's phrasing rows are one run, in card order: its best phrasing is one
        # `maximum.reduceat` over the run's start.
        self.owner = np.repeat(np.arange(self.cards), [len(card) for card in phrasings])
        self.first = np.searchsorted(self.owner, np.arange(self.cards))
        self.phrasing_rows = len(texts)
        # Below the phrasings, each whole card, scaled so that one product gives both:
        # (phrasings' score + scaled whole) x the phrasing weight is the blend.
        scale = np.float32(CARD_MEANING_WEIGHT / (1 - CARD_MEANING_WEIGHT))
        self._vectors = vectors
        self._encoder = encoder
        if encoder is not None:
            self.rows = encoder.embed([*texts, *wholes])
            self.rows[self.phrasing_rows :] *= scale
        else:
            assert vectors is not None  # noqa: S101 - one of the two models reads
            zero = np.zeros(vectors.dims, dtype=np.float32)
            found = [vectors.embed(surface_words(text)) for text in (*texts, *wholes)]
            rows = [zero if v is None else v for v in found]
            self.rows = np.vstack(
                rows[: self.phrasing_rows] + [v * scale for v in rows[len(texts) :]]
            )
        # Each card's phrasing rows in one line, padded with a row past the end (read as -inf),
        # so a card's two best phrasings are one sort of a small matrix.
        width = max(len(card) for card in phrasings)
        self.runs = np.full((self.cards, width), self.phrasing_rows)
        for n, card in enumerate(phrasings):
            self.runs[n, : len(card)] = np.arange(self.first[n], self.first[n] + len(card))

    def respell(self, word: str) -> str:
        """A typed word as the encoder should read it: mended only when the encoder does not
        know it (a real word the guide lacks, "bought", stays itself)."""
        assert self._encoder is not None  # noqa: S101 - called only when the encoder reads
        return word if self._encoder.knows(word) else self._mend(word)

    def of(self, text: str, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(the meaning score, the best phrasing's cosine alone) per card, floored at 0: the
        encoder reads `text` as typed, the static vectors its mended `words`."""
        if self._encoder is None:
            assert self._vectors is not None  # noqa: S101 - one of the two models reads
            question = self._vectors.embed(words)
            if question is None:
                zero = np.zeros(self.cards)
                return zero, zero
            cosines = self.rows @ question
            best = np.maximum.reduceat(cosines[: self.phrasing_rows], self.first)
            blended = (best + cosines[self.phrasing_rows :]) * (1 - CARD_MEANING_WEIGHT)
            return np.maximum(blended, 0.0, out=blended), best
        read = respelled(text, self.respell)  # "waht sampel" would be word pieces of nothing
        # One text at a time, as the cards' texts were: no padding to pay or to blur.
        encoded = [self._encoder.encode([part])[0] for part in (read, *asked_sentences(read))]
        meaning, best = self.encoded(encoded[0])
        if len(encoded) > 1:
            asked = np.mean([self.encoded(vector)[0] for vector in encoded[1:]], axis=0)
            meaning = (1 - ASKED_WEIGHT) * meaning + ASKED_WEIGHT * asked
        return meaning, best

    def encoded(self, question: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(the meaning score, the best phrasing's cosine) per card, for one encoded text."""
        cosines = self.rows @ question
        padded = np.append(cosines[: self.phrasing_rows], -np.inf)[self.runs]
        top = np.sort(padded, axis=1)[:, -PHRASINGS_READ:]
        best = top[:, -1]
        read = np.where(np.isfinite(top), top, best[:, None]).mean(axis=1)  # a lone phrasing
        read = np.where(best >= SAME_MEANING, best, read)
        blended = (read + cosines[self.phrasing_rows :]) * (1 - CARD_MEANING_WEIGHT)
        return np.maximum(blended, 0.0, out=blended), best
