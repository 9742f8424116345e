"""Would a LEARNED blend rank /guide's cards better than the hand-set one? (round 17 of issue
13; run by hand)

    python -m bench.guide_ranker [--cache FILE] [--ranks]

Every real question of the development sets is read by its leave-one-site-out index (`by_site`:
the card phrasings written from its own site left out), as `bench/guide_siblings.py` does, and
each (question, card) pair becomes a handful of features: the shipped blended score, BM25, the
meaning score, the best phrasing's / the title's / the whole card's cosine, the asking
sentences' meaning, the glossary hit, the coverage of the question's rare words, the three
scorers' ranks, and two new ones: BM25 over the card's answer and steps alone and the cosine
with the answer alone (idea 2 of round 17). A conditional-logit ranker (softmax over the cards
of one question, L2, Newton steps; numpy only) is fitted INSIDE each leave-one-site-out fold:
on the labelled questions of every other site, then it scores the held-out site. Prints, per
feature set, top-1, top-3, confident right / wrong, labelled-`[]` confident, off-topic
confident, community and help centre, before (the shipped blend) and after. Confidence for the
ranker: the shipped rule on the shipped scores, kept only when the ranker puts the same card
first (it can only make answers LESS often confident), and a bar on the ranker's own softmax
probability. All regression figures: every set has been read and tuned on.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import bm25s
import numpy as np

from bench.guide_siblings import confident, score
from knowledge.guide import Guide, GuideIndex
from knowledge.guide import search as engine
from knowledge.guide.meaning import CARD_MEANING_WEIGHT
from knowledge.guide.words import asked_sentences, respelled, stems, surface_words
from knowledge.loader import packaged_knowledge
from tests.knowledge.guide.evaluation import Question, by_site, load_all

NAMES = (
    "blend", "bm25", "meaning", "best_phrasing", "title", "whole", "asked", "glossary",
    "coverage", "bm25_rank", "meaning_rank", "blend_rank", "answer_bm25", "answer_cos",
)  # fmt: skip
SETS = {
    "blend alone (shipped)": ("blend",),
    "blend + ranks": ("blend", "blend_rank", "bm25_rank", "meaning_rank"),
    "scorers (no answer)": NAMES[:12],
    "scorers + answer": NAMES,
    "blend + answer": ("blend", "answer_bm25", "answer_cos"),
}
L2 = float(os.environ.get("RANKER_L2", "1.0"))  # the penalty, to try others by hand


def _rank(values: np.ndarray) -> np.ndarray:
    order = np.argsort(-values, kind="stable")
    ranks = np.empty(len(values))
    ranks[order] = np.arange(len(values))
    return 1 / (1 + ranks)


class Features:
    """The (card x feature) matrix of a question, read through one index's own parts."""

    def __init__(self, guide: Guide) -> None:
        self.cards = guide.cards
        answers = [surface_words(" ".join((c.answer, *c.steps))) for c in self.cards]
        self.answer_bm25 = bm25s.BM25()
        self.answer_bm25.index([stems(words) for words in answers], show_progress=False)
        self.answer_texts = [" ".join((c.answer, *c.steps)) for c in self.cards]
        self.answer_rows: np.ndarray | None = None

    def of(self, index: GuideIndex, text: str) -> np.ndarray | None:
        text = text[: engine.QUESTION_CHARS]
        words = index._mended(surface_words(text))  # a bench reads inside
        query = stems(words)
        if not query:
            return None
        meaning_of = index._meaning
        assert meaning_of is not None
        assert meaning_of._encoder is not None
        encoder = meaning_of._encoder
        if self.answer_rows is None:
            self.answer_rows = encoder.embed(self.answer_texts)
        blend, _ = index._ranked(text, words, query)
        bm25 = index._bm25_scores(query)
        meaning, best = index._meanings_of(text, words)
        read = respelled(text, meaning_of.respell)
        vector = encoder.encode([read])[0]
        cosines = meaning_of.rows @ vector
        rows = meaning_of.phrasing_rows
        title = cosines[:rows][meaning_of.first]
        whole = cosines[rows:] / (CARD_MEANING_WEIGHT / (1 - CARD_MEANING_WEIGHT))
        asked = [meaning_of.encoded(encoder.encode([s])[0])[0] for s in asked_sentences(read)]
        asked_mean = np.mean(asked, axis=0) if asked else meaning_of.encoded(vector)[0]
        named = index._terms.cards_named(query)
        glossary = np.zeros(len(self.cards))
        glossary[list(named)] = 1.0
        weights = index._weights(query)
        total = sum(weights.values())
        coverage = np.array([index._coverage(weights, total, n) for n in range(len(self.cards))])
        raw = np.asarray(self.answer_bm25.get_scores(query), dtype=np.float64)
        answer_bm25 = raw / (raw + engine.BM25_HALF)
        answer_cos = self.answer_rows @ vector
        columns = (
            blend, bm25, meaning, best, title, whole, asked_mean, glossary, coverage,
            _rank(bm25), _rank(meaning), _rank(blend), answer_bm25, answer_cos,
        )  # fmt: skip
        return np.column_stack(columns).astype(np.float64)


def _loglik(x: np.ndarray, t: np.ndarray, w: np.ndarray) -> float:
    s = x @ w
    top = s.max(axis=1, keepdims=True)
    log_p = s - top - np.log(np.exp(s - top).sum(axis=1, keepdims=True))
    return float((t * log_p).sum() - L2 / 2 * w @ w)


def fit(x: np.ndarray, t: np.ndarray, steps: int = 40) -> np.ndarray:
    """Conditional logit over `x` (questions x cards x features) and `t` (questions x cards,
    each row the labelled cards' share): weights maximising the summed log-probability of the
    labelled cards (softmax over one question's cards), L2-penalised, by damped Newton steps."""
    dims = x.shape[2]
    w = np.zeros(dims)
    now = _loglik(x, t, w)
    for _ in range(steps):
        s = x @ w
        p = np.exp(s - s.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        mu = np.einsum("qc,qcd->qd", p, x)
        grad = np.einsum("qc,qcd->d", t, x) - mu.sum(axis=0) - L2 * w
        second = np.einsum("qc,qcd,qce->de", p, x, x) - mu.T @ mu
        step = np.linalg.solve(second + L2 * np.eye(dims), grad)
        size = 1.0
        while size > 1e-4 and _loglik(x, t, w + size * step) < now:
            size /= 2
        w = w + size * step
        after = _loglik(x, t, w)
        if after - now < 1e-7:
            break
        now = after
    return w


def main(argv: list[str]) -> None:
    on, off = load_all()
    pick = by_site(on)
    whole = GuideIndex(packaged_knowledge().get(Guide))
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    feats = Features(whole.guide)
    ids = [c.id for c in whole.guide.cards]
    if cache and cache.exists():
        saved = np.load(cache, allow_pickle=True)
        x_on = [None if x is None else np.asarray(x, dtype=np.float64) for x in saved["on"]]
        x_off = [None if x is None else np.asarray(x, dtype=np.float64) for x in saved["off"]]
    else:
        x_on = [feats.of(pick(q), q.text) for q in on]
        x_off = [feats.of(whole, q.text) for q in off]
        if cache:
            np.savez(cache, on=np.array(x_on, dtype=object), off=np.array(x_off, dtype=object))
    shipped_on = [score(pick(q), q) for q in on]
    shipped_off = [score(whole, q) for q in off]
    for name, chosen in SETS.items():
        cols = [NAMES.index(c) for c in chosen]
        report(name, cols, on, x_on, x_off, shipped_on, shipped_off, ids, "--ranks" in argv)


def report(
    name: str,
    cols: list[int],
    on: list[Question],
    x_on: list[np.ndarray | None],
    x_off: list[np.ndarray | None],
    shipped_on: list,  # type: ignore[type-arg]
    shipped_off: list,  # type: ignore[type-arg]
    ids: list[str],
    ranks: bool,
) -> None:
    train = [(q, x) for q, x in zip(on, x_on, strict=True) if q.cards and x is not None]
    stacked = np.stack([np.asarray(x[:, cols], dtype=np.float64) for _, x in train])
    mean = stacked.reshape(-1, len(cols)).mean(axis=0)
    std = stacked.reshape(-1, len(cols)).std(axis=0) + 1e-9
    stacked = (stacked - mean) / std
    targets = np.stack([np.isin(ids, q.cards) / len(set(q.cards) & set(ids)) for q, _ in train])
    sites = np.array([q.site for q, _ in train])
    weights = {
        site: fit(stacked[sites != site], targets[sites != site]) for site in {q.site for q in on}
    }
    full = fit(stacked, targets)

    def ranked(x: np.ndarray | None, w: np.ndarray) -> tuple[list[str], float]:
        if x is None:
            return [], 0.0
        s = ((x[:, cols] - mean) / std) @ w
        p = np.exp(s - s.max())
        p /= p.sum()
        order = np.argsort(-s, kind="stable")
        return [ids[i] for i in order], float(p[order[0]])

    rows = []
    extra: list[bool] = []
    extra_off: list[bool] = []
    for q, x, s in zip(on, x_on, shipped_on, strict=True):
        order, prob = ranked(x, weights[q.site])
        rows.append((q, order, prob, confident(s) and bool(order) and order[0] == s.order[0]))
        extra.append(
            bool(order) and order[0] == s.order[0] and s.sure and s.coverage >= engine.MIN_COVERAGE
        )
    off_rows = []
    for x, s in zip(x_off, shipped_off, strict=True):
        order, prob = ranked(x, full)
        off_rows.append((order, prob, confident(s) and bool(order) and order[0] == s.order[0]))
        extra_off.append(
            bool(order) and order[0] == s.order[0] and s.sure and s.coverage >= engine.MIN_COVERAGE
        )
    lab = [r for r in rows if r[0].cards]
    bare = [r for r in rows if not r[0].cards]

    def part(items: list) -> str:  # type: ignore[type-arg]
        n = max(len(items), 1)
        t1 = sum(bool(o) and o[0] in q.cards for q, o, _, _ in items) / n
        t3 = sum(any(c in q.cards for c in o[:3]) for q, o, _, _ in items) / n
        return f"{t1:.3f}/{t3:.3f}"

    right = sum(c and o[0] in q.cards for q, o, _, c in lab)
    wrong = sum(c and o[0] not in q.cards for q, o, _, c in lab)
    print(
        f"{name}: n={len(lab)} {part(lab)} confident(shipped rule, same first) right {right} "
        f"wrong {wrong} []-conf {sum(c for *_, c in bare)} of {len(bare)} off-topic conf "
        f"{sum(c for *_, c in off_rows)} of {len(off_rows)}  community "
        f"{part([r for r in lab if r[0].origin == 'community'])} help "
        f"{part([r for r in lab if r[0].origin == 'help_centre'])}",
        flush=True,
    )
    print(
        "   weights (all data, standardised):",
        " ".join(f"{NAMES[c]}={v:+.2f}" for c, v in zip(cols, full, strict=True)),
    )
    for bar in (0.5, 0.6, 0.7, 0.8, 0.9):
        r = sum(p >= bar and o[0] in q.cards for q, o, p, _ in lab)
        w_ = sum(p >= bar and o[0] not in q.cards for q, o, p, _ in lab)
        b = sum(p >= bar for _, _, p, _ in bare)
        f = sum(p >= bar for _, p, _ in off_rows)
        print(f"   prob >= {bar}: right {r} wrong {w_} []-conf {b} off-topic {f}")
    for bar in (0.8, 0.85, 0.9, 0.95):  # the shipped rule OR a sure first card of this prob
        hit = [c or (e and p >= bar) for (_, _, p, c), e in zip(rows, extra, strict=True)]
        r = sum(
            h and o[0] in q.cards for h, (q, o, _, _) in zip(hit, rows, strict=True) if q.cards
        )
        w_ = sum(
            h and o[0] not in q.cards for h, (q, o, _, _) in zip(hit, rows, strict=True) if q.cards
        )
        b = sum(h for h, (q, *_) in zip(hit, rows, strict=True) if not q.cards)
        f = sum(c or (e and p >= bar) for (_, p, c), e in zip(off_rows, extra_off, strict=True))
        print(f"   shipped or sure & prob >= {bar}: right {r} wrong {w_} []-conf {b} off {f}")
    if ranks:
        for q, o, p, c in lab:
            rank = next((n for n, cid in enumerate(o) if cid in q.cards), -1) + 1
            print(f"   rank {q.id} {rank} {o[0]} {p:.2f} {c}")


if __name__ == "__main__":
    main(sys.argv[1:])
