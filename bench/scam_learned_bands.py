"""Tries one `alone_at` per message-length band for the scam check's learned part (round 12).

Run from the repository root with the test extra installed: `python bench/scam_learned_bands.py
[VARIANT]` (default: the round-12 recipe of `bench/scam_learned_variants.py`). The shipped
rule has one `alone_at` for every message of 20 words or more. Here each length band gets its
own, chosen on the other folds (out of fold by source, as the build chooses) so that together
they add at most the same 1% of the hard legit messages as false alarms, catching the most
scams the rules left low there (today's rules, or also the unread rules where recorded: a
knapsack over the false alarms each band may spend). Lengths are counted in words, or with a
Chinese or Japanese run counted as its characters over CJK (those messages have no spaces, so
a whole SMS is a "word" or two). Printed: the unread view's figures and the development data's
hard legit raised, as `bench/scam_learned_variants.py` prints them. Writes nothing.
"""

from __future__ import annotations

import json
import re
import sys
import warnings
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.scam_learned_variants import VARIANTS, out_of_fold
from bench.scam_quality import figures
from knowledge.scam.normalise import normalise
from scripts import build_scam_model as build
from scripts.scam_data import Item
from scripts.scam_powers import UNSEEN, unseen

_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff]")
# (band edges in words, CJK characters per word (0: a run is one word), unread misses count)
TRIALS = (
    ((20,), 0.0, False),
    ((20,), 0.0, True),
    ((20, 60), 0.0, False),
    ((20, 60), 0.0, True),
    ((20, 40, 100), 0.0, True),
    ((20,), 2.0, True),
    ((20, 60), 2.0, True),
    ((10, 60), 2.0, True),
    ((20, 60), 1.5, False),
)


def size(item: Item, cjk: float) -> float:
    """The message's length in words (a CJK run as its characters over `cjk`, when set)."""
    total = 0.0
    for word in normalise(item.text).words:
        chars = len(_CJK.findall(word)) if cjk else 0
        total += chars / cjk if chars else 1.0
    return total


def _curve(
    scores: np.ndarray, honest: np.ndarray, caught: np.ndarray, budget: int
) -> list[tuple[int, float]]:
    """For k = 0..budget false alarms: (scams caught, the lowest threshold spending <= k)."""
    out = []
    for k in range(budget + 1):
        best = (0, float(scores.max()) + 1.0 if scores.size else 99.0)
        for t in np.unique(np.round(scores, 2)):
            if np.sum(honest & (scores >= t)) <= k:
                best = (int(np.sum(caught & (scores >= t))), float(t))
                break
        out.append(best)
    return out


def thresholds(
    scores: np.ndarray,
    items: list[Item],
    low: np.ndarray,
    band: np.ndarray,
    positive: np.ndarray,
    bands: int,
) -> list[float]:
    """One threshold per band, together within the budget, catching the most `positive`."""
    hard = np.array([(not i.scam) and i.hard for i in items])
    budget = int(build.ALONE_FP * hard.sum())
    curves = [
        _curve(
            scores[low & (band == b)], hard[low & (band == b)], positive[low & (band == b)], budget
        )
        for b in range(bands)
    ]
    best: tuple[int, list[float]] = (-1, [])

    def walk(b: int, left: int, caught: int, chosen: list[float]) -> None:
        nonlocal best
        if b == bands:
            if caught > best[0]:
                best = (caught, chosen)
            return
        for k in range(left, -1, -1):  # spend more first: ties keep the lower threshold
            got, at = curves[b][k]
            walk(b + 1, left - k, caught + got, [*chosen, at])

    walk(0, budget, 0, [])
    return best[1]


def banded(held: build.OutOfFold, edges: tuple[int, ...], cjk: float, unread: bool) -> str:
    real, outer, scores, rules = held
    base = build.cross_validate(held=held)
    band = np.digitize([size(i, cjk) for i in real], edges) - 1  # -1: too short to read
    recorded = json.loads(UNSEEN.read_text(encoding="utf-8"))["verdicts"]
    unread_low = np.array([i.id in recorded and not recorded[i.id][0] for i in real])
    scam = np.array([i.scam for i in real])
    positive = scam & (~rules.flagged | (unread_low & unread))
    over = np.zeros(len(real), dtype=bool)
    chosen = []
    for fold in sorted(set(outer)):
        rest = outer != fold
        items = [real[r] for r in np.flatnonzero(rest)]
        found = thresholds(
            scores[rest], items, ~rules.flagged[rest], band[rest], positive[rest], len(edges)
        )
        chosen.append([round(t, 2) for t in found])
        for b, t in enumerate(found):
            over |= (outer == fold) & (band == b) & (scores >= t)
    beside = np.array(base.combined) & ~np.array(base.alone)
    alone = over & ~rules.flagged & ~beside
    held_banded = replace(
        base, combined=(beside | alone).tolist(), alone=alone.tolist(), over_alone=over.tolist()
    )
    view = unseen(held_banded)
    both, dev = figures(view.items, view.both), figures(real, held_banded.combined)
    return (
        f"bands {edges} cjk/{cjk} unread misses {unread}: unread P={both.precision:.2f} "
        f"R={both.recall:.2f} F1={both.f1:.3f} FP={both.hard_fp}/{both.hard_legit} | dev "
        f"FP={dev.hard_fp}/{dev.hard_legit} | {chosen}"
    )


def main(argv: list[str]) -> None:
    warnings.filterwarnings("ignore", category=FutureWarning)
    name = argv[0] if argv else "round 12 (shipped)"
    variant = next(v for v in VARIANTS if v.name == name)
    real, written = build._training_set(with_written=True)
    held = out_of_fold(variant, real, written, build.rules_of(real))
    print(f"{name}:")
    for edges, cjk, unread in TRIALS:
        print(banded(held, edges, cjk, unread), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
