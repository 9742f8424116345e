"""Finds the guide's card for a typed question, and knows when no card fits.

Two scorers over the same words (`words.py`): BM25 over each card's title, questions and
answer (bm25s, the sparse-matrix implementation), and rapidfuzz's token-set ratio against
each card's own question phrasings. `Method.BLEND`, the default, ranks by a weighted sum of
the two; the others exist so the evaluation can compare them (bench/guide_quality.py).
Whether the best card is a CONFIDENT answer is decided apart from the ranking, from how much
of the question's meaning the card covers: a question made mostly of words the guide never
uses ("pancake", "Temu refund") gets the nearest topics instead of a wrong answer. Pure: the
index is built once from the validated guide.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

import bm25s
import numpy as np
from rapidfuzz import fuzz, process

from knowledge.guide.models import Card, Guide, Topic
from knowledge.guide.words import Speller, fold, stems, surface_words

QUESTION_CHARS = 500  # longer text is read only this far: a question is not an essay
# Ranking weights and confidence thresholds, chosen on the tuning part of the evaluation set
# (tests/data/guide_questions.yaml minus the held-out sites); see bench/README.md.
BM25_WEIGHT = 0.5
BM25_HALF = 6.0  # the BM25 score that counts as half-sure when squashed into 0..1
MIN_COVERAGE = 0.4  # share of the question's weight (IDF) the best card must contain
MIN_SCORE = 0.6  # blended score the best card must reach to be answered with confidence
MIN_MARGIN = 0.02  # ... and its lead over the second card (a tie is not a confident answer)
RELATED_SCORE = 0.45  # below this, not even the closest cards are worth offering


class Method(StrEnum):
    """How cards are ranked."""

    BM25 = "bm25"
    FUZZY = "fuzzy"
    BLEND = "blend"


@dataclass(frozen=True, slots=True)
class Hit:
    """A card and how well it matched."""

    card: Card
    score: float  # 0..1, higher is better
    coverage: float  # share of the question's weight found in the card


@dataclass(frozen=True, slots=True)
class Found:
    """The outcome of one question: ranked cards, whether the first is a confident answer,
    and the topics nearest to the question (for "nothing fits well")."""

    hits: tuple[Hit, ...]
    confident: bool
    related: bool  # not confident, but the first cards are close enough to offer
    topics: tuple[Topic, ...]
    words: int  # meaningful words read from the question (0: nothing to search)

    @property
    def best(self) -> Hit | None:
        """The best card, confident or not."""
        return self.hits[0] if self.hits else None


def _document(card: Card) -> list[str]:
    # Titles and question phrasings say what a card is FOR, so they count twice.
    phrasing = " ".join((card.title, *card.questions))
    return surface_words(" ".join((phrasing, phrasing, card.answer, *card.steps)))


class GuideIndex:
    """The searchable guide: built once at start-up, then read by every question."""

    def __init__(self, guide: Guide, method: Method = Method.BLEND) -> None:
        self.guide = guide
        self.method = method
        self._cards = guide.cards
        self._shorthand = guide.shorthand
        surface = [_document(card) for card in self._cards]
        self._speller = Speller(word for words in surface for word in words)
        docs = [stems(words) for words in surface]
        self._doc_sets = [frozenset(doc) for doc in docs]
        self._bm25 = bm25s.BM25()
        self._bm25.index(docs, show_progress=False)
        frequency = Counter(stem for doc in self._doc_sets for stem in doc)
        total = len(docs)
        self._idf = {
            stem: math.log(1 + (total - seen + 0.5) / (seen + 0.5))
            for stem, seen in frequency.items()
        }
        self._unknown_idf = math.log(1 + (total + 0.5) / 0.5)  # a word no card uses
        self._phrasings: list[str] = []
        self._owner: list[int] = []
        for number, card in enumerate(self._cards):
            for phrase in (card.title, *card.questions):
                self._phrasings.append(" ".join(stems(surface_words(phrase))))
                self._owner.append(number)

    def query_stems(self, question: str) -> list[str]:
        """The question's stems after typo mending, as the scorers see them."""
        words = [self._speller.mend(word) for word in surface_words(question[:QUESTION_CHARS])]
        extra = [word for typed in words for word in surface_words(self._shorthand.get(typed, ""))]
        return stems(words + extra)

    def _bm25_scores(self, query: list[str]) -> np.ndarray:
        known = [stem for stem in query if stem in self._idf]
        if not known:
            return np.zeros(len(self._cards))
        raw = np.asarray(self._bm25.get_scores(known), dtype=float)
        return raw / (raw + BM25_HALF)

    def _fuzzy_scores(self, query: list[str], among: np.ndarray | None = None) -> np.ndarray:
        """Each card's best phrasing match; only the cards in `among` when given (the blend
        compares phrasings only for cards that share a word with the question: fuzzy
        matching is the costly part, and a card sharing no word never wins)."""
        scores = np.zeros(len(self._cards))
        text = " ".join(query)
        if not text:
            return scores
        chosen = (
            range(len(self._phrasings))
            if among is None
            else [i for i, owner in enumerate(self._owner) if among[owner]]
        )
        phrasings = [self._phrasings[i] for i in chosen]
        owners = [self._owner[i] for i in chosen]
        if phrasings:
            ratios = process.cdist([text], phrasings, scorer=fuzz.partial_token_sort_ratio)[0]
            np.maximum.at(scores, owners, ratios / 100.0)
        return scores

    def _coverage(self, query: list[str], number: int) -> float:
        weights = {stem: self._idf.get(stem, self._unknown_idf) for stem in query}
        total = sum(weights.values())
        found = sum(weight for stem, weight in weights.items() if stem in self._doc_sets[number])
        return found / total if total else 0.0

    def search(self, question: str, limit: int = 4) -> Found:
        """Rank the cards for `question`; say whether the first is a confident answer."""
        query = self.query_stems(fold(question))
        if not query:
            return Found((), confident=False, related=False, topics=(), words=0)
        if self.method is Method.BM25:
            scores = self._bm25_scores(query)
        elif self.method is Method.FUZZY:
            scores = self._fuzzy_scores(query)
        else:
            bm25 = self._bm25_scores(query)
            fuzzy = self._fuzzy_scores(query, among=bm25 > 0)
            scores = BM25_WEIGHT * bm25 + (1 - BM25_WEIGHT) * fuzzy
        order = np.argsort(-scores, kind="stable")[:limit]
        hits = tuple(
            Hit(self._cards[i], float(scores[i]), self._coverage(query, int(i))) for i in order
        )
        best, margin = hits[0], hits[0].score - hits[1].score if len(hits) > 1 else 1.0
        confident = (
            best.score >= MIN_SCORE and best.coverage >= MIN_COVERAGE and margin >= MIN_MARGIN
        )
        related = not confident and best.score >= RELATED_SCORE
        return Found(hits, confident, related, self._topics_of(hits), words=len(query))

    def _topics_of(self, hits: tuple[Hit, ...]) -> tuple[Topic, ...]:
        seen: list[Topic] = []
        for hit in hits:
            topic = self.guide.topic(hit.card.topic)
            if topic is not None and topic not in seen:
                seen.append(topic)
        return tuple(seen[:3])
