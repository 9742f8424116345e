"""How should /guide READ a question: whole, sentence by sentence, or without its filler?
(round 12 of issue 13; run by hand)

    python -m bench.guide_reading [--misses] [--cache FILE]

Every real question (tests/data/guide_questions*.yaml) is scored leave-one-site-out (`by_site`:
the card phrasings written from its own site left out), the real off-topic ones against the
whole guide, as bench/guide_quality.py does. For each question the per-card parts are computed
once through the real `GuideIndex` of its site: BM25 (for the whole question and per sentence),
rare-word coverage, and the encoder's cosines of several READINGS of the question (as the bot
reads it: the first 500 characters whole; each sentence alone; the whole without its filler
sentences) with several SIDES of each card (best phrasing, title, mean of the phrasings, the
whole card, title + answer). Every variant below is then a few numpy operations over them,
scored with the shipped confidence rule (both scorers agree or a phrasing says the same,
blended score >= 0.65, lead >= 0.06, coverage >= 0.3). Prints top-1, top-3, confident right /
wrong, no-card confident and off-topic confident per variant, community and help centre apart;
`--misses` sorts the shipped ranking's misses into "second to fifth" (ranking) and "further"
(meaning), with each question's text, for reading the labels.
"""

from __future__ import annotations

import argparse
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from knowledge.guide import Guide, GuideIndex
from knowledge.guide import search as engine
from knowledge.guide.encoder import SentenceEncoder
from knowledge.guide.words import is_filler, respelled, sentences, stems, surface_words
from knowledge.loader import packaged_knowledge
from tests.knowledge.guide.evaluation import Question, by_site, load_all

SIDES = ("phrase", "title", "mean", "whole", "answer")  # the card sides, in array order


@dataclass
class Row:
    """One question's parts: arrays over the cards (C) or sentences x cards (S, C)."""

    question: Question
    off: bool
    bm25_raw: np.ndarray  # (C,) the whole question's raw BM25 sum (squashed later)
    coverage: np.ndarray  # (C,)
    whole: np.ndarray  # (5, C) the question read whole, against each side
    kept: np.ndarray  # (5, C) read without its filler sentences (= whole if none)
    sent: np.ndarray  # (5, S, C) each sentence alone
    sent_bm25: np.ndarray  # (S, C) each sentence's raw BM25 sum
    asks: np.ndarray  # (S,) True: the sentence ends with "?"
    filler: np.ndarray  # (S,) True: a filler sentence
    phrasings: np.ndarray  # (P,) the whole reading's cosine with every phrasing
    first: np.ndarray  # (C,) each card's first phrasing in `phrasings`
    hub: np.ndarray  # (C,) how near each card sits to the OTHER cards' phrasings (hubness)


def _sides(index: GuideIndex, answers: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """(5, k, C): each question vector's cosine with each side of every card."""
    rows = index._phrasing_rows
    scale = engine.CARD_MEANING_WEIGHT / (1 - engine.CARD_MEANING_WEIGHT)
    phr = vectors @ index._meanings[:rows].T  # (k, P)
    first = index._first_phrasing
    counts = np.diff(np.append(first, rows))
    best = np.maximum.reduceat(phr, first, axis=1)
    title = phr[:, first]
    mean = np.add.reduceat(phr, first, axis=1) / counts
    whole = vectors @ index._meanings[rows:].T / scale
    answer = vectors @ answers.T
    return np.stack([best, title, mean, whole, answer])


def hubness(index: GuideIndex, k: int = 10) -> np.ndarray:
    """Per card: the mean of the k highest cosines between its best-matching phrasing and the
    phrasings of other cards (the guide alone, no question): a card near everything ("hub")
    comes first for questions it does not answer."""
    rows = index._phrasing_rows
    vectors = index._meanings[:rows]
    cos = vectors @ vectors.T  # (P, P)
    best = np.maximum.reduceat(cos, index._first_phrasing, axis=0)  # (C, P): card vs phrasing
    own = index._owner[None, :] == np.arange(len(index.guide.cards))[:, None]
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
        read = [respelled(t, index._respell) for t in (text, kept_text, *parts)]
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
                vectors[0] @ index._meanings[: index._phrasing_rows].T,
                index._first_phrasing,
                hubs[id(index)],
            )
        )
    return rows, [card.id for card in whole_guide.guide.cards]


def squash(raw: np.ndarray) -> np.ndarray:
    squashed: np.ndarray = raw / (raw + engine.BM25_HALF)
    return squashed


def meaning_of(
    sides: np.ndarray, card: float = engine.CARD_MEANING_WEIGHT, side: int = 0, other: int = 3
) -> np.ndarray:
    """(1 - card) x the question's cosine with a card's `side` + card x with its `other`."""
    blended: np.ndarray = np.maximum((1 - card) * sides[side] + card * sides[other], 0.0)
    return blended


# A variant: row -> (blended scores, meaning scores, best-phrasing cosines) per card.
Variant = Callable[[Row], tuple[np.ndarray, np.ndarray, np.ndarray]]


def shipped(bm25_weight: float = engine.BM25_WEIGHT, **kw: float) -> Variant:
    def run(r: Row) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        meaning = meaning_of(r.whole, **kw)  # type: ignore[arg-type]
        bm25 = squash(r.bm25_raw)
        return bm25_weight * bm25 + (1 - bm25_weight) * meaning, meaning, r.whole[0]

    return run


def by_sentence(mix: float, how: str, ask_weight: float = 1.0, reading: str = "whole") -> Variant:
    """The whole reading (`mix`) with the sentences' meaning (1 - mix): their best ("max"),
    their mean ("mean", "?" sentences weighted `ask_weight`) or the "?" sentences only."""

    def run(r: Row) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        base = meaning_of(r.kept if reading == "kept" else r.whole)
        keep = ~r.filler if (~r.filler).any() else np.ones_like(r.filler)
        per = np.stack([meaning_of(r.sent[:, s]) for s in range(r.sent.shape[1])])[keep]
        asks = r.asks[keep]
        if how == "max":
            part = per.max(axis=0)
        elif how == "asks":
            part = per[asks].mean(axis=0) if asks.any() else base
        else:
            w = np.where(asks, ask_weight, 1.0)
            part = (per * w[:, None]).sum(axis=0) / w.sum()
        meaning = mix * base + (1 - mix) * part
        phrase = np.maximum(r.whole[0], r.sent[0][keep].max(axis=0))
        bm25 = squash(r.bm25_raw)
        return engine.BM25_WEIGHT * bm25 + (1 - engine.BM25_WEIGHT) * meaning, meaning, phrase

    return run


def kept_reading() -> Variant:
    def run(r: Row) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        meaning = meaning_of(r.kept)
        bm25 = squash(r.bm25_raw)
        return engine.BM25_WEIGHT * bm25 + (1 - engine.BM25_WEIGHT) * meaning, meaning, r.kept[0]

    return run


def asks_bm25(weight: float) -> Variant:
    """BM25 with the "?" sentences' words counted `1 + weight` times."""

    def run(r: Row) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        meaning = meaning_of(r.whole)
        extra = r.sent_bm25[r.asks].sum(axis=0) if len(r.asks) > 1 else 0.0
        bm25 = squash(r.bm25_raw + weight * extra)
        return engine.BM25_WEIGHT * bm25 + (1 - engine.BM25_WEIGHT) * meaning, meaning, r.whole[0]

    return run


@dataclass(frozen=True)
class Score:
    """A variant's figures on the rows."""

    top1: float
    top3: float
    right: float
    wrong: int
    answerable: int
    nocard: str
    offtopic: str
    community: str
    help_centre: str
    firsts: frozenset[str]  # the ids of the questions answered right first


def score(
    rows: list[Row],
    ids: list[str],
    variant: Variant,
    rule: tuple[float, float] = (engine.MIN_SCORE, engine.MIN_MARGIN),
) -> Score:
    """The figures of `variant` with the shipped confidence rule (bar, lead) = `rule`."""
    tally: dict[str, list[int]] = {"community": [0, 0, 0], "help_centre": [0, 0, 0]}
    right = wrong = nocard = nocards = offconf = offs = 0
    firsts: set[str] = set()
    for r in rows:
        scores, meaning, phrase = variant(r)
        order = np.argsort(-scores, kind="stable")
        first, second = order[0], order[1]
        bm25 = squash(r.bm25_raw)
        agree = bm25.argmax() == first == meaning.argmax()
        confident = bool(
            (agree or phrase[first] >= engine.SAME_MEANING)
            and scores[first] >= rule[0]
            and scores[first] - scores[second] >= rule[1]
            and r.coverage[first] >= engine.MIN_COVERAGE
        )
        labels = r.question.cards
        if r.off:
            offs += 1
            offconf += confident
        elif not labels:
            nocards += 1
            nocard += confident
        else:
            top = [ids[i] for i in order[:3]]
            t = tally[r.question.origin]
            t[0] += 1
            t[1] += top[0] in labels
            t[2] += any(card in labels for card in top)
            right += confident and top[0] in labels
            wrong += confident and top[0] not in labels
            if top[0] in labels:
                firsts.add(r.question.id)
    n = sum(t[0] for t in tally.values())

    def part(t: list[int]) -> str:
        return f"{t[1] / t[0]:.2f} / {t[2] / t[0]:.2f}"

    return Score(
        sum(t[1] for t in tally.values()) / n,
        sum(t[2] for t in tally.values()) / n,
        right / n,
        wrong,
        n,
        f"{nocard}/{nocards}",
        f"{offconf}/{offs}",
        part(tally["community"]),
        part(tally["help_centre"]),
        frozenset(firsts),
    )


def variants() -> list[tuple[str, Variant]]:
    found: list[tuple[str, Variant]] = [("shipped: BM25 1/3 + (phrase .7 + whole .3)", shipped())]
    for weight in (0.2, 0.25, 0.4, 0.5):
        found.append((f"BM25 {weight:.2f} + encoder", shipped(weight)))
    for card in (0.0, 0.5, 0.7):
        found.append((f"phrase {1 - card:.1f} + whole {card:.1f}", shipped(card=card)))
    names = dict(enumerate(SIDES))
    for side, other, card in ((1, 3, 0.3), (2, 3, 0.3), (0, 4, 0.3), (0, 4, 0.5), (2, 4, 0.5)):
        found.append(
            (
                f"{names[side]} {1 - card:.1f} + {names[other]} {card:.1f}",
                shipped(card=card, side=side, other=other),
            )
        )
    found.append(("filler sentences dropped, read whole", kept_reading()))
    for mix in (0.0, 0.25, 0.5, 0.75):
        found.append((f"whole {mix:.2f} + best sentence", by_sentence(mix, "max")))
        found.append((f"whole {mix:.2f} + mean of sentences", by_sentence(mix, "mean")))
        found.append((f"whole {mix:.2f} + '?' sentences", by_sentence(mix, "asks")))
    for ask in (2.0, 4.0):
        for mix in (0.0, 0.5):
            found.append(
                (f"whole {mix:.2f} + sentences, '?' x{ask:.0f}", by_sentence(mix, "mean", ask))
            )
    found.append(("no filler, whole .5 + best sentence", by_sentence(0.5, "max", reading="kept")))
    for weight in (0.5, 1.0):
        found.append((f"BM25 with '?' sentences' words x{1 + weight:.1f}", asks_bm25(weight)))
    return found


def misses(rows: list[Row], ids: list[str]) -> None:
    """The shipped ranking's misses, by where the labelled card came."""
    for r in rows:
        if r.off or not r.question.cards:
            continue
        scores, _, _ = shipped()(r)
        order = [ids[i] for i in np.argsort(-scores, kind="stable")]
        if order[0] in r.question.cards:
            continue
        rank = min(order.index(card) for card in r.question.cards) + 1
        kind = "ranking" if rank <= 5 else "meaning"
        text = r.question.text.replace("\n", " ")[:300]
        print(
            f"{kind:<8} rank {rank:>2} {r.question.id} ({r.question.origin}, "
            f"{len(r.sent_bm25)} sent.) first {order[0]}; labelled {list(r.question.cards)}"
        )
        print(f"         {text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, help="keep the computed parts in this file")
    parser.add_argument("--misses", action="store_true", help="list the shipped misses")
    args = parser.parse_args()
    if args.cache and args.cache.exists():
        rows, ids = pickle.loads(args.cache.read_bytes())  # noqa: S301 - our own file
    else:
        rows, ids = compute()
        if args.cache:
            args.cache.write_bytes(pickle.dumps((rows, ids)))
    if args.misses:
        misses(rows, ids)
        return
    base = score(rows, ids, shipped())
    print(
        f"{'variant (leave-one-site-out, all real)':<46} top1  top3  c-right wrong "
        f"no-card off   community   help-ctr  +/- vs shipped"
    )
    for name, variant in variants():
        s = score(rows, ids, variant)
        gained, lost = len(s.firsts - base.firsts), len(base.firsts - s.firsts)
        print(
            f"{name:<46} {s.top1:.3f} {s.top3:.3f} {s.right:.3f}  {s.wrong:>2}/{s.answerable} "
            f"{s.nocard:>6} {s.offtopic:>5}  {s.community}  {s.help_centre}  +{gained}/-{lost}"
        )


if __name__ == "__main__":
    main()
