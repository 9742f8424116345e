"""The parts of bench/guide_reading.py: every real question's per-card scores, computed once.

For each question (leave-one-site-out, through the real `GuideIndex` of its site; the real
off-topic ones against the whole guide): BM25 (whole and per sentence, raw), rare-word
coverage, and the encoder's cosine of the question read whole, without its filler sentences
and sentence by sentence, with six sides of every card (`SIDES`); plus the whole reading's
cosine with every phrasing and each card's hubness. Run only by the bench; writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from knowledge.guide import Guide, GuideIndex
from knowledge.guide import search as engine
from knowledge.guide.encoder import SentenceEncoder
from knowledge.guide.meaning import CARD_MEANING_WEIGHT, SAME_MEANING
from knowledge.guide.words import is_filler, respelled, sentences, stems, surface_words
from knowledge.loader import packaged_knowledge
from tests.knowledge.guide.evaluation import Question, by_site, load_all

# The card sides, in array order: best phrasing, title, mean of the phrasings, whole card, title
# + answer, mean of the two best phrasings (round 12's).
SIDES = ("phrase", "title", "mean", "whole", "answer", "top2")


@dataclass
class Row:
    """One question's parts: arrays over the cards (C) or sentences x cards (S, C)."""

    question: Question
    off: bool
    bm25_raw: np.ndarray  # (C,) the whole question's raw BM25 sum (squashed later)
    coverage: np.ndarray  # (C,)
    whole: np.ndarray  # (6, C) the question read whole, against each side (SIDES)
    kept: np.ndarray  # (6, C) read without its filler sentences (= whole if none)
    sent: np.ndarray  # (6, S, C) each sentence alone
    sent_bm25: np.ndarray  # (S, C) each sentence's raw BM25 sum
    asks: np.ndarray  # (S,) True: the sentence ends with "?"
    filler: np.ndarray  # (S,) True: a filler sentence
    phrasings: np.ndarray  # (P,) the whole reading's cosine with every phrasing
    first: np.ndarray  # (C,) each card's first phrasing in `phrasings`
    hub: np.ndarray  # (C,) how near each card sits to the OTHER cards' phrasings (hubness)


def _sides(index: GuideIndex, answers: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """(6, k, C): each question vector's cosine with each side of every card."""
    cards = index._meaning
    assert cards is not None
    rows = cards.phrasing_rows
    scale = CARD_MEANING_WEIGHT / (1 - CARD_MEANING_WEIGHT)
    phr = vectors @ cards.rows[:rows].T  # (k, P)
    first = cards.first
    counts = np.diff(np.append(first, rows))
    best = np.maximum.reduceat(phr, first, axis=1)
    title = phr[:, first]
    mean = np.add.reduceat(phr, first, axis=1) / counts
    whole = vectors @ cards.rows[rows:].T / scale
    answer = vectors @ answers.T
    padded = np.append(phr, np.full((len(phr), 1), -np.inf), axis=1)[:, cards.runs]  # (k,C,W)
    top = np.sort(padded, axis=2)[:, :, -2:]
    top2 = np.where(np.isfinite(top), top, best[:, :, None]).mean(axis=2)
    top2 = np.where(best >= SAME_MEANING, best, top2)  # a phrasing that says the same: alone
    return np.stack([best, title, mean, whole, answer, top2])


def hubness(index: GuideIndex, k: int = 10) -> np.ndarray:
    """Per card: the mean of the k highest cosines between its best-matching phrasing and the
    phrasings of other cards (the guide alone, no question): a card near everything ("hub")
    comes first for questions it does not answer."""
    cards = index._meaning
    assert cards is not None
    vectors = cards.rows[: cards.phrasing_rows]
    cos = vectors @ vectors.T  # (P, P)
    best = np.maximum.reduceat(cos, cards.first, axis=0)  # (C, P): card vs phrasing
    own = cards.owner[None, :] == np.arange(cards.cards)[:, None]
    best[own] = -1.0
    hub: np.ndarray = np.sort(best, axis=1)[:, -k:].mean(axis=1)
    return hub


def _raw_bm25(index: GuideIndex, text: str) -> np.ndarray:
    query = stems(index._mended(surface_words(text)))
    picked = [index._stem_row[s] for s in query if s in index._stem_row]
    if not picked:
        return np.zeros(len(index.guide.cards))
    raw: np.ndarray = index._bm25_rows[picked].sum(axis=0, dtype=np.float64)
    return raw


def compute() -> tuple[list[Row], list[str]]:
    on, off = load_all()
    encoder = SentenceEncoder.packaged()
    whole_guide = GuideIndex(packaged_knowledge().get(Guide))
    pick = by_site(on)
    answers: dict[int, np.ndarray] = {}
    hubs: dict[int, np.ndarray] = {}
    rows: list[Row] = []
    for question, is_off in [(q, False) for q in on] + [(q, True) for q in off]:
        index = whole_guide if is_off else pick(question)
        if id(index) not in answers:
            texts = [f"{card.title}. {card.answer}" for card in index.guide.cards]
            answers[id(index)] = encoder.embed(texts)
            hubs[id(index)] = hubness(index)
        text = question.text[: engine.QUESTION_CHARS]
        parts = sentences(text) or [text]
        filler = np.array([is_filler(s) for s in parts])
        kept_text = " ".join(s for s, f in zip(parts, filler, strict=True) if not f) or text
        meanings = index._meaning
        assert meanings is not None
        read = [respelled(t, meanings.respell) for t in (text, kept_text, *parts)]
        vectors = encoder.embed(read)  # cached by text: a one-sentence question is encoded once
        sides = _sides(index, answers[id(index)], vectors)
        query = stems(index._mended(surface_words(text)))
        weights = index._weights(query)
        total = sum(weights.values())
        cards = len(index.guide.cards)
        rows.append(
            Row(
                question,
                is_off,
                _raw_bm25(index, text),
                np.array([index._coverage(weights, total, n) for n in range(cards)]),
                sides[:, 0],
                sides[:, 1],
                sides[:, 2:],
                np.vstack([_raw_bm25(index, s) for s in parts]),
                np.array([s.rstrip().endswith("?") for s in parts]),
                filler,
                vectors[0] @ meanings.rows[: meanings.phrasing_rows].T,
                meanings.first,
                hubs[id(index)],
            )
        )
    return rows, [card.id for card in whole_guide.guide.cards]
