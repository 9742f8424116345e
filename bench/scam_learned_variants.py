"""Compares variants of the scam check's learned part on the unread view (issue 15, round 12).

Run from the repository root with the test extra installed: `python bench/scam_learned_variants.py
[NAME ...]` (no name: every variant). Each variant changes one thing of the shipped recipe
(`scripts/build_scam_model.py`: hashed character 4-grams, presence, unit rows, logistic
regression C 4 with balanced classes, 6,000 weights kept, `alone_at` at 1% of the hard legit
messages) and is judged exactly as the build judges the shipped one: out-of-fold log-odds by
source, thresholds chosen on the other folds, the verdicts combined with the rules as frozen
before each fresh batch was read (`scripts/scam_powers.py`, `unseen`). Printed per variant:
the unread view's precision / recall / F1 / hard legit raised, the AUC of the unread rules'
misses (scams they left low) against the view's honest items, the development data's hard
legit raised beside today's rules, and the alarms the learned part adds on the honest-mail sets.
Build-time only: it writes nothing.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
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
from scripts.scam_data import Item, folds
from scripts.scam_powers import unseen


@dataclass(frozen=True)
class Variant:
    """One change to the shipped recipe."""

    name: str
    kinds: tuple[str, ...] = ("chars",)
    buckets: int = build.BUCKETS
    read_words: int = build.READ_WORDS
    sublinear: bool = False  # 1 + log(count) instead of presence
    c: float = build.C
    penalty: str = "l2"
    balanced: bool = True
    keep: int = build.KEEP
    written: float = 1.0  # weight of each written item (0: left out)
    hard_weight: float = 1.0  # weight of each real hard legit item
    strip: str = ""  # left out: "tags" collectors' placeholders (<EMAIL>), "heads" header
    # labels (Subject:, From:), "both"
    crop: int = 0  # also train on each training item's first `crop` words (0: no)
    cropped: int = 0  # internal: the rows of the crops
    nb: float = 0.0  # NBSVM: features scaled by their log-count ratio, smoothing `nb` (0: no)
    model: str = "lr"  # "lr" logistic regression, "svm" linear SVM (hinge)
    alone_fp: float = build.ALONE_FP  # the alone power's false-alarm budget


VARIANTS = (
    Variant("round 12 (shipped)", strip="shipped", crop=60),
    Variant("shipped"),
    Variant("round 12, upper-case tags", strip="upper-case", crop=60),
    Variant("keep 20000", keep=20000),
    Variant("buckets 2^20", buckets=1 << 20),
    Variant("sublinear tf", sublinear=True),
    Variant("words + chars", kinds=("chars", "words"), keep=12000),
    Variant("read 160 words", read_words=160),
    Variant("C 16", c=16.0),
    Variant("C 0.5", c=0.5),
    Variant("L1 C 32", penalty="l1", c=32.0),
    Variant("no class weights", balanced=False),
    Variant("written x0.3", written=0.3),
    Variant("hard legit x2", hard_weight=2.0),
    Variant("no placeholders", strip="tags"),
    Variant("no header labels", strip="heads"),
    Variant("no tags, no heads", strip="both"),
    Variant("no tags + crops 40", strip="tags", crop=40),
    Variant("no tags + hard x2", strip="tags", hard_weight=2.0),
    Variant("no tags, C 8", strip="tags", c=8.0),
    Variant("no both + hard x2", strip="both", hard_weight=2.0),
    Variant("no both + crops 40", strip="both", crop=40),
    Variant("no heads + hard x2", strip="heads", hard_weight=2.0),
    Variant("no both, 0.8% budget", strip="both", alone_fp=0.008),
    Variant("no both, 0.9% budget", strip="both", alone_fp=0.009),
    Variant("shipped, 0.8% budget", alone_fp=0.008),
    Variant("no both + crops 25", strip="both", crop=25),
    Variant("no both + crops 60", strip="both", crop=60),
    Variant("no both + crops 100", strip="both", crop=100),
    Variant("crops of 40 words", crop=40),
    Variant("NB-scaled a=1", nb=1.0),
    Variant("linear SVM", model="svm", c=0.5),
)

# Collectors' placeholders and e-mail header labels: they tell the model who collected an item
# and how, not what the message says.
_STRIP = {
    "tags": re.compile(r"<[A-Z_]{3,20}>"),
    "heads": re.compile(r"^(?:subject|from|to|cc|sent|date)\s*:", re.I | re.M),
    "both": re.compile(r"<[A-Z_]{3,20}>|^(?:subject|from|to|cc|sent|date)\s*:", re.I | re.M),
    # as shipped (scripts/scam_features.py): upper-case placeholders only, and the header
    # labels left out of the normalised message by knowledge.scam.learned.without_headers
    "shipped": re.compile(r"<[A-Za-z_]{3,20}>"),
    "upper-case": re.compile(r"<[A-Z_]{3,20}>"),
}
# The template blanks of round 11 (scripts/scam_features.py's BLANK without the placeholders).
ROUND11_BLANK = re.compile(
    r"\[[^\]\n]{1,40}\]|\$?\{\{?[^{}\n]{1,40}\}\}?|###\w+###|%s|\$[A-Za-z_][\w.]*"
    r"|:[a-z_]+:|__\w+__"
)


def _counts(message: Message, buckets: int) -> dict[int, int]:
    mask = buckets - 1
    import zlib

    found: Counter[int] = Counter()
    for feature, _ in char_features(message):
        found[zlib.crc32(feature) & mask] += 1
    return found


def matrix(items: list[Item], variant: Variant) -> csr_matrix:
    rows, cols, vals = [], [], []
    for row, item in enumerate(items):
        text = ROUND11_BLANK.sub(" ", item.text)
        if variant.strip:
            text = _STRIP[variant.strip].sub(" ", text)
        message = normalise(text)
        if variant.strip in ("shipped", "upper-case"):
            message = without_headers(message)
        read = first_words(message, variant.cropped or variant.read_words)
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
    scale = np.ones(x.shape[1])
    if variant.nb:
        present = (x > 0).astype(float)
        p = np.asarray(present[y == 1].sum(axis=0)).ravel() + variant.nb
        q = np.asarray(present[y == 0].sum(axis=0)).ravel() + variant.nb
        scale = np.log((p / p.sum()) / (q / q.sum()))
        x = x @ diags(scale)
    model: LogisticRegression | LinearSVC
    if variant.model == "svm":
        model = LinearSVC(C=variant.c, class_weight="balanced" if variant.balanced else None)
    else:
        model = LogisticRegression(
            C=variant.c,
            solver="liblinear",
            penalty=variant.penalty,
            class_weight="balanced" if variant.balanced else None,
            max_iter=500,
        )
    model.fit(x, y, sample_weight=weight)
    coef = model.coef_[0] * scale  # folded back: the bot scores plain presence rows
    if np.count_nonzero(coef) > variant.keep:
        coef[np.argsort(-np.abs(coef))[variant.keep :]] = 0.0
    return float(model.intercept_[0]), coef


def out_of_fold(
    variant: Variant, real: list[Item], written: list[Item], rules: build.Rules
) -> build.OutOfFold:
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
    outer = np.array(folds(real) + [-1] * (len(items) - len(real)))
    if variant.crop:
        x = vstack([x, matrix(items, replace(variant, crop=0, cropped=variant.crop))]).tocsr()
        y, weight, outer_all = np.concatenate([y, y]), np.concatenate([weight, weight]), np.concatenate([outer, outer])
    else:
        outer_all = outer
    scores = np.zeros(len(real))
    for fold in sorted(set(outer[: len(real)])):
        rest = outer_all != fold
        bias, coef = train(x[rest], y[rest], weight[rest], variant)
        test = np.flatnonzero(outer == fold)
        scores[test] = np.asarray(x[test] @ coef).ravel() + bias
    return real, outer[: len(real)], scores, rules


def auc(positive: list[float], negative: list[float]) -> float:
    """The chance a positive scores above a negative (ties count half)."""
    if not positive or not negative:
        return float("nan")
    neg = np.sort(np.array(negative))
    total = 0.0
    for p in positive:
        total += np.searchsorted(neg, p, side="left") + 0.5 * (
            np.searchsorted(neg, p, side="right") - np.searchsorted(neg, p, side="left")
        )
    return total / (len(positive) * len(negative))


HONEST_FILES = ("honest_mail", "honest_mail2", "honest_mail3", "honest_heldout", "enron")


def _set_of(item: Item) -> str:
    if "enron" in item.source.lower():
        return "enron"
    return item.id.rstrip("0123456789")


def report(variant: Variant, held: build.OutOfFold, sets: dict[str, str]) -> str:
    real, _, scores, _ = held
    build.ALONE_FP = variant.alone_fp
    result = build.cross_validate(held=held)
    view = unseen(result)
    both = figures(view.items, view.both)
    index = {item.id: k for k, item in enumerate(real)}
    misses = [scores[index[i.id]] for i, r in zip(view.items, view.rules, strict=True)]
    missed = [s for s, i, r in zip(misses, view.items, view.rules, strict=True) if i.scam and not r]
    honest = [s for s, i in zip(misses, view.items, strict=True) if not i.scam]
    dev = figures(real, result.combined)
    added = Counter(
        sets.get(item.id, "")
        for item, c, r in zip(real, result.combined, result.rules, strict=True)
        if c and not r and not item.scam
    )
    honest_added = " ".join(f"{name}+{added[name]}" for name in HONEST_FILES)
    alone = [round(a, 2) for _, a in result.thresholds]
    return (
        f"{variant.name:<18} unread P={both.precision:.2f} R={both.recall:.2f} "
        f"F1={both.f1:.3f} FP={both.hard_fp}/{both.hard_legit} "
        f"AUC(misses)={auc(missed, honest):.3f} | dev FP={dev.hard_fp}/{dev.hard_legit} "
        f"| added: {honest_added} | alone_at {alone}"
    )


def main(argv: list[str]) -> None:
    chosen = [v for v in VARIANTS if not argv or v.name in argv]
    real, written = build._training_set(with_written=True)
    rules = build.rules_of(real)
    sets = {}
    for item in real:
        name = _set_of(item)
        sets[item.id] = name if name in HONEST_FILES else ""
    _file_sets(real, sets)
    view = unseen(build.cross_validate(held=(real, np.array(folds(real)), np.zeros(len(real)) - 99, rules)))
    print(figures(view.items, view.rules).line("unread: rules then"))
    for variant in chosen:
        print(report(variant, out_of_fold(variant, real, written, rules), sets), flush=True)


def _file_sets(real: list[Item], sets: dict[str, str]) -> None:
    """Which honest-mail file each item came from (ids do not say it)."""
    from scripts.scam_data import REAL

    import json

    for name in HONEST_FILES[:4]:
        for line in (REAL / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                sets[str(json.loads(line)["id"])] = name


Runner = Callable[[list[str]], None]

if __name__ == "__main__":
    main(sys.argv[1:])


# --- Thresholds per length band (round 12) -------------------------------------------------

_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff]")


def size(item: Item, cjk_chars: float) -> float:
    """A message's length in words; with `cjk_chars`, a Chinese or Japanese run counts as its
    characters divided by `cjk_chars` instead of one word."""
    words = normalise(item.text).words
    if not cjk_chars:
        return float(len(words))
    total = 0.0
    for word in words:
        cjk = len(_CJK.findall(word))
        total += cjk / cjk_chars if cjk else 1.0
    return total


def _best_per_budget(scores: np.ndarray, legit: np.ndarray, scam: np.ndarray, budget: int) -> list[tuple[int, float]]:
    """For each number of false alarms k = 0..budget: (scams caught, lowest threshold) with at
    most k honest items at or above it."""
    out = []
    candidates = np.unique(np.round(scores, 2))
    for k in range(budget + 1):
        best = (0, float(scores.max()) + 1.0 if scores.size else 99.0)
        for t in candidates:  # ascending: the first that fits is the lowest
            if np.sum(legit & (scores >= t)) <= k:
                best = (int(np.sum(scam & (scores >= t))), float(t))
                break
        out.append(best)
    return out


def banded_thresholds(scores: np.ndarray, items: list[Item], low: np.ndarray, band: np.ndarray, positives: np.ndarray, nbands: int) -> list[float]:
    """One `alone_at` per band, together adding at most ALONE_FP of the hard legit messages
    as false alarms, chosen to catch the most `positives` (scams the rules left low)."""
    hard = np.array([(not i.scam) and i.hard for i in items])
    budget = int(build.ALONE_FP * hard.sum())
    curves = []
    for b in range(nbands):
        where = low & (band == b)
        curves.append(_best_per_budget(scores[where], hard[where], positives[where], budget))
    best: tuple[int, list[float]] = (-1, [])
    def walk(b: int, left: int, caught: int, chosen: list[float]) -> None:
        nonlocal best
        if b == nbands:
            if caught > best[0]:
                best = (caught, chosen)
            return
        for k in range(left + 1):
            got, t = curves[b][k]
            walk(b + 1, left - k, caught + got, [*chosen, t])
    walk(0, budget, 0, [])
    return best[1]


def banded(held: build.OutOfFold, edges: tuple[float, ...], cjk_chars: float, unread_positives: bool) -> str:
    """The unread view with one `alone_at` per length band (band edges in words; below the
    first edge the alone power does not read the message)."""
    import json

    from scripts.scam_powers import UNSEEN

    real, outer, scores, rules = held
    base = build.cross_validate(held=held)
    sizes = np.array([size(i, cjk_chars) for i in real])
    band = np.digitize(sizes, edges) - 1  # -1: too short
    nb = len(edges)
    recorded = json.loads(UNSEEN.read_text(encoding="utf-8"))["verdicts"]
    unread_low = np.array([i.id in recorded and not recorded[i.id][0] for i in real])
    scam = np.array([i.scam for i in real])
    positives = scam & (~rules.flagged | (unread_low if unread_positives else False))
    over = np.zeros(len(real), dtype=bool)
    chosen = []
    for fold in sorted(set(outer)):
        rest = outer != fold
        rest_items = [real[r] for r in np.flatnonzero(rest)]
        t = banded_thresholds(scores[rest], rest_items, ~rules.flagged[rest], band[rest], positives[rest], nb)
        chosen.append([round(x, 2) for x in t])
        test = outer == fold
        for b in range(nb):
            over |= test & (band == b) & (scores >= t[b])
    alone = over & ~rules.flagged & ~(np.array(base.learned) & rules.found)
    combined = np.array(base.combined) & ~np.array(base.alone) | alone
    held2 = replace(base, combined=combined.tolist(), alone=alone.tolist(), over_alone=over.tolist())
    view = unseen(held2)
    both = figures(view.items, view.both)
    dev = figures(real, held2.combined)
    return (
        f"bands {edges} cjk/{cjk_chars} unread+={unread_positives}: unread P={both.precision:.2f} "
        f"R={both.recall:.2f} F1={both.f1:.3f} FP={both.hard_fp}/{both.hard_legit} | dev FP="
        f"{dev.hard_fp}/{dev.hard_legit} | {chosen}"
    )
