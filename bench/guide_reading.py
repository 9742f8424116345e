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
whole card, title + answer, the mean of the two best phrasings), by
bench/guide_reading_parts.py. Every variant below is then a few numpy operations over them,
scored with the shipped confidence rule (both scorers agree or a phrasing says the same,
blended score >= 0.65 as in round 11, lead >= 0.06, coverage >= 0.3; the bar of the kept
reading is re-checked in the last rows: 0.62 is shipped). Prints top-1, top-3, confident right /
wrong, no-card confident and off-topic confident per variant, community and help centre apart;
`--misses` sorts round 11's misses into "second to fifth" (ranking) and "further" (meaning),
with each question's text (for reading the labels) and where round 12 puts its card.
"""

from __future__ import annotations

import argparse
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.guide_reading_parts import SIDES, Row, compute
from knowledge.guide import search as engine
from knowledge.guide.meaning import CARD_MEANING_WEIGHT


def squash(raw: np.ndarray) -> np.ndarray:
    squashed: np.ndarray = raw / (raw + engine.BM25_HALF)
    return squashed


def meaning_of(
    sides: np.ndarray, card: float = CARD_MEANING_WEIGHT, side: int = 0, other: int = 3
) -> np.ndarray:
    """(1 - card) x the question's cosine with a card's `side` + card x with its `other`."""
    blended: np.ndarray = np.maximum((1 - card) * sides[side] + card * sides[other], 0.0)
    return blended


# A variant: row -> (blended scores, meaning scores, best-phrasing cosines) per card.
Variant = Callable[[Row], tuple[np.ndarray, np.ndarray, np.ndarray]]


def _top(r: Row, k: int, soft: float) -> np.ndarray:
    """Per card, from the whole reading's cosine with each phrasing: the mean of the k best,
    or (soft > 0) a soft maximum at that temperature."""
    found = []
    for run in np.split(r.phrasings, r.first[1:]):
        if soft:
            peak = run.max()
            found.append(peak + soft * np.log(np.exp((run - peak) / soft).mean()))
        else:
            found.append(np.sort(run)[-k:].mean())
    return np.array(found)


@dataclass(frozen=True)
class Reading:
    """One way to score: the card side that stands for the phrasings (SIDES), the other side
    and its share, the BM25 blend, and how a question's sentences join its whole reading."""

    side: int = 0  # 0: best phrasing (round 11); 5: the two best (round 12)
    other: int = 3  # the whole card
    card: float = CARD_MEANING_WEIGHT
    bm25: float = engine.BM25_WEIGHT
    half: float = engine.BM25_HALF
    text: str = "whole"  # or "kept": the filler sentences dropped before encoding
    sentences: str = ""  # "", "max" (best sentence), "mean", "asks" ("?"-ended ones)
    whole_share: float = 1.0  # the whole reading's share when the sentences join
    ask_weight: float = 1.0  # "mean": the "?" sentences' weight
    top: int = 0  # > 0: the mean of the k best phrasings (the whole reading only)
    soft: float = 0.0  # > 0: a soft maximum of the phrasings at this temperature
    hub: float = 0.0  # > 0: the card's hubness, centred, taken off this many times
    asks_bm25: float = 0.0  # > 0: the "?" sentences' words counted this much more in BM25

    def __call__(self, r: Row) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        base = r.kept if self.text == "kept" else r.whole
        if self.top or self.soft:
            phr = _top(r, self.top, self.soft)
            meaning = np.maximum((1 - self.card) * phr + self.card * base[self.other], 0.0)
        else:
            meaning = meaning_of(base, self.card, self.side, self.other)
        if self.sentences:
            meaning = self.whole_share * meaning + (1 - self.whole_share) * self._sentences(
                r, meaning
            )
        if self.hub:
            meaning = np.maximum(meaning - self.hub * (r.hub - r.hub.mean()), 0.0)
        raw = r.bm25_raw
        if self.asks_bm25 and len(r.asks) > 1:
            raw = raw + self.asks_bm25 * r.sent_bm25[r.asks].sum(axis=0)
        bm25 = raw / (raw + self.half)
        return self.bm25 * bm25 + (1 - self.bm25) * meaning, meaning, base[0]

    def _sentences(self, r: Row, whole: np.ndarray) -> np.ndarray:
        keep = ~r.filler if (~r.filler).any() else np.ones_like(r.filler)
        per = np.stack(
            [meaning_of(r.sent[:, n], self.card, self.side, self.other) for n in range(len(keep))]
        )[keep]
        asks = r.asks[keep]
        if self.sentences == "max":
            found: np.ndarray = per.max(axis=0)
        elif self.sentences == "asks":
            found = per[asks].mean(axis=0) if asks.any() else whole
        else:
            weights = np.where(asks, self.ask_weight, 1.0)
            found = (per * weights[:, None]).sum(axis=0) / weights.sum()
        return found


BEFORE = Reading()  # round 11, shipped until now
KEPT = Reading(side=5, sentences="asks", whole_share=0.5)  # round 12


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
    rule: tuple[float, float] = (0.65, engine.MIN_MARGIN),  # round 11's bar
) -> Score:
    """The figures of `variant` with the shipped confidence rule (bar, lead) = `rule`."""
    kinds, sure, first_ok, top3_ok, origins, names = [], [], [], [], [], []
    for r in rows:
        scores, meaning, phrase = variant(r)
        order = np.argsort(-scores, kind="stable")
        first, second = order[0], order[1]
        agree = squash(r.bm25_raw).argmax() == first == meaning.argmax()
        same = bool(agree or phrase[first] >= engine.SAME_MEANING)
        lead = scores[first] - scores[second]
        sure.append(engine.is_confident(same, scores[first], lead, r.coverage[first], *rule))
        kinds.append("off" if r.off else "labelled" if r.question.cards else "none")
        first_ok.append(ids[first] in r.question.cards)
        top3_ok.append(any(ids[i] in r.question.cards for i in order[:3]))
        origins.append(r.question.origin)
        names.append(r.question.id)
    kind, confident = np.array(kinds), np.array(sure)
    hit1, hit3, origin = np.array(first_ok), np.array(top3_ok), np.array(origins)
    on = kind == "labelled"

    def part(where: np.ndarray) -> str:
        return f"{hit1[where].mean():.2f} / {hit3[where].mean():.2f}"

    return Score(
        float(hit1[on].mean()),
        float(hit3[on].mean()),
        float((confident & hit1)[on].mean()),
        int((confident & ~hit1)[on].sum()),
        int(on.sum()),
        f"{int(confident[kind == 'none'].sum())}/{int((kind == 'none').sum())}",
        f"{int(confident[kind == 'off'].sum())}/{int((kind == 'off').sum())}",
        part(on & (origin == "community")),
        part(on & (origin == "help_centre")),
        frozenset(np.array(names)[on & hit1].tolist()),
    )


def variants() -> list[tuple[str, Reading]]:
    """Every variant compared, by kind."""
    found = [("round 11: BM25 1/3 + (best phrasing .7 + whole .3)", BEFORE)]
    found += [(f"BM25 {w:.2f} + encoder", Reading(bm25=w)) for w in (0.2, 0.25, 0.4, 0.5)]
    found += [(f"BM25 half-score {h:g}", Reading(half=h)) for h in (3.0, 4.5, 8.0, 12.0)]
    found += [
        (f"{SIDES[side]} {1 - card:.1f} + {SIDES[other]} {card:.1f}", Reading(side, other, card))
        for side, other, card in (
            (0, 3, 0.0), (0, 3, 0.5), (0, 3, 0.7), (1, 3, 0.3), (2, 3, 0.3), (0, 4, 0.3),
            (0, 4, 0.5), (2, 4, 0.5), (5, 3, 0.3), (5, 3, 0.5),
        )
    ]  # fmt: skip
    found += [("top-3 phrasings .7 + whole .3", Reading(top=3))]
    found += [(f"soft maximum of phrasings, t {t:g}", Reading(soft=t)) for t in (0.02, 0.05)]
    found += [(f"hub cards taken down x{b:g}", Reading(hub=b)) for b in (0.1, 0.2, 0.3, 0.5)]
    found.append(("filler sentences dropped, read whole", Reading(text="kept")))
    for how in ("max", "mean", "asks"):
        found += [
            (f"whole {mix:.2f} + {how} of sentences", Reading(sentences=how, whole_share=mix))
            for mix in (0.0, 0.25, 0.5, 0.75)
        ]
    found += [
        (f"whole {mix:.2f} + sentences, '?' x{ask:g}", Reading(
            sentences="mean", whole_share=mix, ask_weight=ask))
        for ask in (2.0, 4.0) for mix in (0.0, 0.5)
    ]  # fmt: skip
    found.append(("no filler, whole .5 + best sentence", Reading(
        text="kept", sentences="max", whole_share=0.5)))  # fmt: skip
    found += [(f"BM25 '?' words x{1 + w:g}", Reading(asks_bm25=w)) for w in (0.5, 1.0)]
    found += [
        (f"top2 card {card:.1f} + '?' sentences, whole {mix:.2f}", Reading(
            side=5, card=card, sentences="asks", whole_share=mix))
        for card in (0.3, 0.5) for mix in (0.25, 0.5, 0.75)
    ]  # fmt: skip
    return found


def _rank(reading: Reading, r: Row, ids: list[str]) -> tuple[int, str]:
    scores, _, _ = reading(r)
    order = [ids[i] for i in np.argsort(-scores, kind="stable")]
    return min(order.index(card) for card in r.question.cards) + 1, order[0]


def misses(rows: list[Row], ids: list[str]) -> None:
    """Round 11's misses, by where the labelled card came (2nd-5th: ranking; further:
    meaning), each with where round 12's reading puts it; then both readings' tallies."""
    tally: dict[str, dict[str, int]] = {"round 11": {}, "round 12": {}}
    for r in rows:
        if r.off or not r.question.cards:
            continue
        for name, reading in (("round 11", BEFORE), ("round 12", KEPT)):
            rank, _ = _rank(reading, r, ids)
            kind = "right" if rank == 1 else "ranking" if rank <= 5 else "meaning"
            tally[name][kind] = tally[name].get(kind, 0) + 1
        rank, first = _rank(BEFORE, r, ids)
        if rank == 1:
            continue
        now, _ = _rank(KEPT, r, ids)
        kind = "ranking" if rank <= 5 else "meaning"
        text = r.question.text.replace("\n", " ")[:300]
        print(
            f"{kind:<8} rank {rank:>2} (round 12: {now:>2}) {r.question.id} ({r.question.origin}, "
            f"{len(r.sent_bm25)} sent.) first {first}; labelled {list(r.question.cards)}"
        )
        print(f"         {text}")
    for name, counts in tally.items():
        print(f"{name}: {counts}")


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
    base = score(rows, ids, BEFORE)
    print(
        f"{'variant (leave-one-site-out, all real)':<52} top1  top3  c-right wrong  no-card "
        "off-topic  community    help-ctr  firsts +/- vs round 11"
    )
    bars = [
        (f"round 12, confidence bar {bar:g} lead {lead:g}", KEPT, (bar, lead))
        for bar in (0.60, 0.62, 0.63, 0.65)
        for lead in (0.04, engine.MIN_MARGIN)
    ]
    for name, variant, rule in [(n, v, (0.65, engine.MIN_MARGIN)) for n, v in
                                variants()] + bars:  # fmt: skip
        s = score(rows, ids, variant, rule)
        gained, lost = len(s.firsts - base.firsts), len(base.firsts - s.firsts)
        print(
            f"{name:<52} {s.top1:.3f} {s.top3:.3f} {s.right:.3f} {s.wrong:>2}/{s.answerable} "
            f"{s.nocard:>6} {s.offtopic:>7}   {s.community}  {s.help_centre}  +{gained}/-{lost}"
        )


if __name__ == "__main__":
    main()
