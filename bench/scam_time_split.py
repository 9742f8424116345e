"""Does the learned part carry over to batches collected later? A split by time, not by source.

Trains the learned scorer the way `scripts/build_scam_model.py` does (character features,
with or without the multilingual sentence encoder's vector) on the development data that
existed before round 18 (`EARLY`, frozen, plus the written sets), picks
its threshold on that data's own out-of-fold log-odds (folds by source) at 1% of its hard
legitimate messages, and scores the six sets collected in rounds 18 and 19 (fresh17,
fresh17b, fresh18, honest_heldout7, 7b, 8), which no choice here was tuned on. With
`--translated`, the project's translations of early items train too (each only in the models
whose test fold does not hold its source; a translation of a late item is left out). Prints,
for the learned part ALONE, the scams it would raise (English and other languages) and the hard
legitimate messages it would raise. The rules are left out: today's rules were tuned on these
sets (bench/README.md has the figures beside the rules of the time).

    python -m bench.scam_time_split [--translated]
"""

from __future__ import annotations

import sys

import numpy as np

import scripts.scam_features as features
from scripts.build_scam_model import _train_text, judged_rows, outer_folds, training_rows
from scripts.scam_data import (
    WRITTEN_TRAIN,
    Item,
    real_items,
    translated_items,
    written_items,
)
from scripts.scam_features import logits, matrix, with_crops

LATE = (
    "fresh17.jsonl",
    "fresh17b.jsonl",
    "fresh18.jsonl",
    "honest_heldout7.jsonl",
    "honest_heldout7b.jsonl",
    "honest_heldout8.jsonl",
)
# The files that existed before round 18, frozen: "every real file but LATE" let the sets
# collected after round 18 (fresh19 on, honest_heldout9 on) train the "early" model too.
EARLY = (
    "messages.jsonl",
    "messages_b2b.jsonl",
    "messages_b2b_more.jsonl",
    "fresh.jsonl",
    *(f"fresh{n}.jsonl" for n in range(2, 12)),
    "fresh12.jsonl",
    "fresh12b.jsonl",
    "fresh13.jsonl",
    "fresh14.jsonl",
    "fresh14b.jsonl",
    "fresh15.jsonl",
    "fresh15b.jsonl",
    "fresh15c.jsonl",
    "fresh16.jsonl",
    "fresh16b.jsonl",
    "honest_mail.jsonl",
    "honest_mail2.jsonl",
    "honest_mail3.jsonl",
    "honest_heldout.jsonl",
    *(f"honest_heldout{n}.jsonl" for n in ("2", "3", "4", "5", "5b", "6", "6b")),
)
BUDGET = 0.01  # share of the early hard legit messages the threshold may raise


def _scores(train: list[Item], test: list[Item]) -> np.ndarray:
    """Log-odds of `test` from a model trained on `train` and its crops, as the build does."""
    rows = with_crops(matrix(train, "chars"), train, "chars")
    bias, weights = _train_text(rows, np.array([item.scam for item in train] * 2, dtype=int))
    return logits(matrix(test, "chars"), bias, weights)


def _threshold(early: list[Item], written: list[Item], translated: list[Item]) -> float:
    """The log-odds that raises BUDGET of the early hard legit messages, out of fold (a
    translation trains only the models whose test fold does not hold its source)."""
    outer = outer_folds(early, translated)  # the build's rule: each in its source's fold
    fold, n = outer[: len(early)], len(early)
    held = np.zeros(n)
    for k in sorted(set(fold)):
        rows = training_rows(outer, k)
        train = [i for i, keep in zip(early, rows[:n], strict=True) if keep] + written
        train += [i for i, keep in zip(translated, rows[n:], strict=True) if keep]
        test = judged_rows(outer, k, n)
        held[test] = _scores(train, [early[t] for t in test])
    hard = np.sort([s for s, i in zip(held, early, strict=True) if i.hard and not i.scam])[::-1]
    return float(hard[int(BUDGET * len(hard))]) + 1e-9


def run(encoder: bool, with_translated: bool = False) -> str:
    features.ENCODER = encoder
    early = real_items(EARLY)
    late = real_items(LATE)
    written = [item for name in WRITTEN_TRAIN for item in written_items(name)]
    # only translations of early items: translated_items leaves out those of other items
    translated = translated_items(early) if with_translated else []
    at = _threshold(early, written, translated)
    raised = _scores(early + written + translated, late) >= at
    scams = [(r, i) for r, i in zip(raised, late, strict=True) if i.scam]
    english = [r for r, i in scams if i.lang.startswith("en")]
    other = [r for r, i in scams if not i.lang.startswith("en")]
    hard = [r for r, i in zip(raised, late, strict=True) if i.hard and not i.scam]
    name = "characters + sentence encoder" if encoder else "characters alone"
    name += f" + {len(translated)} translations" if translated else ""
    return (
        f"{name:30s} scams raised {sum(r for r, _ in scams)}/{len(scams)} "
        f"(English {sum(english)}/{len(english)}, other {sum(other)}/{len(other)}), "
        f"hard legit raised {sum(hard)}/{len(hard)}"
    )


def main(argv: list[str]) -> None:
    print(f"learned part alone, trained before round 18, judged on {', '.join(LATE)}")
    for encoder in (False, True):
        print(run(encoder, with_translated="--translated" in argv), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
