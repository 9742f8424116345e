"""Compares variants of the scam check's learned part on the unread view (issue 15, round 12).

Run from the repository root with the test extra installed: `python bench/scam_learned_variants.py
[NAME ...]` (no name: every variant, about 5-15 s each on this machine). Each variant changes
the recipe of round 11 (hashed character 4-grams of the first 320 words, presence, unit rows,
logistic regression C 4 with balanced classes, 6,000 weights kept, `alone_at` at 1% of the
hard legit messages) in one or two ways, and is judged exactly as `scripts/build_scam_model.py`
judges the shipped one: log-odds out of fold by source, thresholds chosen on the other folds,
verdicts combined with the rules as frozen before each fresh batch was read
(`scripts/scam_powers.py`, `unseen`). Printed per variant: the unread view's precision, recall,
F1 and hard legit raised; the AUC of the unread rules' misses (scams they left low) against
the view's honest items; the hard legit raised on all the development data beside today's
rules; the false alarms the learned part adds on each honest-mail set and on the Enron mirror;
and `alone_at` per fold. "round 12 (shipped)" is what the build now does (the build's own
figures are the reference). Build-time only: it writes nothing.
"""

from __future__ import annotations

import json
import math
import re
import sys
import warnings
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, diags, vstack
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.scam_quality import figures
from knowledge.scam.learned import char_features, first_words, hashed, without_headers
from knowledge.scam.normalise import Message, normalise
from scripts import build_scam_model as build
from scripts.scam_data import REAL, Item
from scripts.scam_features import BUCKETS, READ_WORDS
from scripts.scam_powers import unseen


@dataclass(frozen=True)
class Variant:
    """One change to round 11's recipe."""

    name: str
    kinds: tuple[str, ...] = ("chars",)
    buckets: int = BUCKETS
    read_words: int = READ_WORDS
    sublinear: bool = False  # 1 + log(count) instead of presence
    c: float = build.C
    penalty: str = "l2"
    balanced: bool = True
    keep: int = build.KEEP
    written: float = 1.0  # weight of each written item (0: left out)
    hard_weight: float = 1.0  # weight of each real hard legit item
    strip: str = ""  # what is left out of the text: a key of _STRIP
    crop: int = 0  # also train on each item's first `crop` words (0: no)
    nb: float = 0.0  # NBSVM: features scaled by their log-count ratio, smoothing `nb` (0: no)
    model: str = "lr"  # "lr" logistic regression, "svm" linear SVM (hinge loss)
    alone_fp: float = build.ALONE_FP  # the alone power's false-alarm budget


VARIANTS = (
    Variant("round 11 (before)"),
    Variant("round 12 (shipped)", strip="shipped", crop=60),
    # features
    Variant("keep 20000", keep=20000),
    Variant("buckets 2^20", buckets=1 << 20),
    Variant("sublinear tf", sublinear=True),
    Variant("words + chars", kinds=("chars", "words"), keep=12000),
    Variant("read 160 words", read_words=160),
    # training
    Variant("C 16", c=16.0),
    Variant("C 0.5", c=0.5),
    Variant("L1 C 32", penalty="l1", c=32.0),
    Variant("no class weights", balanced=False),
    Variant("written x0.3", written=0.3),
    Variant("hard legit x2", hard_weight=2.0),
    Variant("NB-scaled", nb=1.0),
    Variant("linear SVM C 0.5", model="svm", c=0.5),
    Variant("crops 40", crop=40),
    Variant("round 11, 0.8% budget", alone_fp=0.008),
    # what the collectors' and forwarders' artefacts do
    Variant("no placeholders", strip="tags"),
    Variant("no header labels", strip="heads"),
    Variant("neither", strip="both"),
    Variant("neither, 0.8% budget", strip="both", alone_fp=0.008),
    Variant("neither, 0.9% budget", strip="both", alone_fp=0.009),
    Variant("neither, hard legit x2", strip="both", hard_weight=2.0),
    Variant("neither, crops 25", strip="both", crop=25),
    Variant("neither, crops 40", strip="both", crop=40),
    Variant("neither, crops 60", strip="both", crop=60),
    Variant("neither, crops 100", strip="both", crop=100),
    Variant("shipped, upper-case tags", strip="upper-case", crop=60),
)

_HEADS = r"^(?:subject|from|to|cc|sent|date)\s*:"
# Left out of the text before it is read. "shipped" and "upper-case" also leave the header
# labels out of the normalised message as the bot does (knowledge.scam.learned.without_headers).
_STRIP = {
    "tags": re.compile(r"<[A-Z_]{3,20}>"),
    "heads": re.compile(_HEADS, re.I | re.M),
    "both": re.compile(r"<[A-Z_]{3,20}>|" + _HEADS, re.I | re.M),
    "shipped": re.compile(r"<[A-Za-z_]{3,20}>"),  # scripts/scam_features.py's BLANK
    "upper-case": re.compile(r"<[A-Z_]{3,20}>"),
}
# The template blanks of round 11 (scripts/scam_features.py's BLANK before the placeholders).
ROUND11_BLANK = re.compile(
    r"\[[^\]\n]{1,40}\]|\$?\{\{?[^{}\n]{1,40}\}\}?|###\w+###|%s|\$[A-Za-z_][\w.]*"
    r"|:[a-z_]+:|__\w+__"
)
HONEST_SETS = ("honest_mail", "honest_mail2", "honest_mail3", "honest_heldout", "enron")


def _counts(message: Message, buckets: int) -> Counter[int]:
    found: Counter[int] = Counter()
    for feature, _ in char_features(message):
        found[zlib.crc32(feature) & (buckets - 1)] += 1
    return found


def matrix(items: list[Item], variant: Variant, words: int | None = None) -> csr_matrix:
    """The variant's rows for `items` (of their first `words` words: a crop)."""
    rows, cols, vals = [], [], []
    for row, item in enumerate(items):
        text = ROUND11_BLANK.sub(" ", item.text)
        if variant.strip:
            text = _STRIP[variant.strip].sub(" ", text)
        message = normalise(text)
        if variant.strip in ("shipped", "upper-case"):
            message = without_headers(message)
        read = first_words(message, words or variant.read_words)
        values: dict[int, float] = {}
        if variant.sublinear:
            values = {b: 1.0 + math.log(n) for b, n in _counts(read, variant.buckets).items()}
        else:
            for kind in variant.kinds:
                values.update(dict.fromkeys(hashed(read, kind, variant.buckets), 1.0))
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        for bucket, value in values.items():
            rows.append(row)
            cols.append(bucket)
            vals.append(value / norm)
    return csr_matrix((vals, (rows, cols)), shape=(len(items), variant.buckets))


def train(
    x: csr_matrix, y: np.ndarray, weight: np.ndarray, variant: Variant
) -> tuple[float, np.ndarray]:
    """Bias and bucket weights (all but the `keep` largest set to zero)."""
    scale = np.ones(x.shape[1])
    if variant.nb:
        present = (x > 0).astype(float)
        p = np.asarray(present[y == 1].sum(axis=0)).ravel() + variant.nb
        q = np.asarray(present[y == 0].sum(axis=0)).ravel() + variant.nb
        scale = np.log((p / p.sum()) / (q / q.sum()))
        x = x @ diags(scale)
    weights = "balanced" if variant.balanced else None
    model: LogisticRegression | LinearSVC
    if variant.model == "svm":
        model = LinearSVC(C=variant.c, class_weight=weights)
    else:
        model = LogisticRegression(
            C=variant.c,
            solver="liblinear",
            penalty=variant.penalty,
            class_weight=weights,
            max_iter=500,
        )
    model.fit(x, y, sample_weight=weight)
    coef = model.coef_[0] * scale  # folded back: the bot would score plain presence rows
    if np.count_nonzero(coef) > variant.keep:
        coef[np.argsort(-np.abs(coef))[variant.keep :]] = 0.0
    return float(model.intercept_[0]), coef


def out_of_fold(
    variant: Variant, real: list[Item], written: list[Item], rules: build.Rules
) -> build.OutOfFold:
    """As `build.out_of_fold`, for the variant."""
    items = real + (written if variant.written > 0 else [])
    x = matrix(items, variant)
    y = np.array([i.scam for i in items], dtype=int)
    weight = np.array(
        [
            variant.written
            if i.source.startswith("written:")
            else (variant.hard_weight if i.hard and not i.scam else 1.0)
            for i in items
        ]
    )
    outer = build.outer_folds(real, items[len(real) :])  # a translation in its source's fold
    side = outer
    if variant.crop:  # each crop stays on its item's side of the fold
        x = vstack([x, matrix(items, variant, variant.crop)]).tocsr()
        y, weight, side = np.tile(y, 2), np.tile(weight, 2), np.tile(outer, 2)
    scores = np.zeros(len(real))
    for fold in sorted(set(outer[: len(real)])):
        bias, coef = train(x[side != fold], y[side != fold], weight[side != fold], variant)
        test = build.judged_rows(outer, fold, len(real))
        scores[test] = np.asarray(x[test] @ coef).ravel() + bias
    return real, outer[: len(real)], scores, rules


def auc(positive: list[float], negative: list[float]) -> float:
    """The chance a positive scores above a negative (ties count half)."""
    if not positive or not negative:
        return float("nan")
    low = np.sort(np.array(negative))
    below = np.searchsorted(low, positive, side="left")
    tied = np.searchsorted(low, positive, side="right") - below
    return float(np.sum(below + 0.5 * tied)) / (len(positive) * len(negative))


def honest_sets(real: list[Item]) -> dict[str, str]:
    """Item id -> the honest-mail file it came from, or "enron" for the Enron mirror."""
    sets = {item.id: "enron" for item in real if "enron" in item.source.lower()}
    for name in HONEST_SETS[:4]:
        for line in (REAL / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                sets[str(json.loads(line)["id"])] = name
    return sets


def report(variant: Variant, held: build.OutOfFold, sets: dict[str, str]) -> str:
    """One line of figures for the variant's out-of-fold log-odds."""
    real, _, scores, _ = held
    build.ALONE_FP = variant.alone_fp
    result = build.cross_validate(held=held)
    build.ALONE_FP = Variant("").alone_fp
    view = unseen(result)
    both = figures(view.items, view.both)
    index = {item.id: k for k, item in enumerate(real)}
    pairs = list(zip(view.items, view.rules, strict=True))
    missed = [scores[index[i.id]] for i, flagged in pairs if i.scam and not flagged]
    honest = [scores[index[i.id]] for i, _ in pairs if not i.scam]
    dev = figures(real, result.combined)
    added = Counter(
        sets.get(item.id, "")
        for item, now, rules in zip(real, result.combined, result.rules, strict=True)
        if now and not rules and not item.scam
    )
    alone = [round(a, 2) for _, a, _ in result.thresholds]
    return (
        f"{variant.name:<24} unread P={both.precision:.2f} R={both.recall:.2f} "
        f"F1={both.f1:.3f} FP={both.hard_fp}/{both.hard_legit} "
        f"AUC(misses)={auc(missed, honest):.3f} | dev FP={dev.hard_fp}/{dev.hard_legit} "
        f"| added: {' '.join(f'{n}+{added[n]}' for n in HONEST_SETS)} | alone_at {alone}"
    )


def main(argv: list[str]) -> None:
    warnings.filterwarnings("ignore", category=FutureWarning)  # liblinear's `penalty`
    chosen = [v for v in VARIANTS if not argv or v.name in argv]
    real, written = build._training_set(with_written=True)
    rules = build.rules_of(real)
    sets = honest_sets(real)
    for variant in chosen:
        print(report(variant, out_of_fold(variant, real, written, rules), sets), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
