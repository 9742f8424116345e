"""Builds the scam check's learned scorer (`knowledge/data/scam_model.yaml`) and measures it.

Run from the repository root with the build extra installed (`pip install -e ".[test]"`
brings scikit-learn): `python scripts/build_scam_model.py` compares the two feature kinds
(word features vs character n-grams) by folds by source, then trains the shipped model on
every real item and the written evaluation set and writes it; `--compare` only compares.

What is fitted, and on what, for one training set (`fit`):
1. a logistic regression on hashed presence features (`knowledge.scam.learned`), the
   smallest weights pruned so the file stays small;
2. the combination of its log-odds with the rule findings (rule points, a hard-block
   finding), a three-input logistic regression fitted on predictions for real items the
   model had NOT seen (inner folds by source);
3. the thresholds of the verdict, chosen on those same held-out predictions for precision
   on real hard legitimate messages (the highest recall whose false-positive rate on them
   stays under the target).
`cross_validate` runs `fit` inside outer folds by source, so every figure it returns is on
items that no step of the fit saw. scikit-learn is a build- and test-time tool only; the bot
scores with the plain-Python code in `knowledge/scam/learned.py`.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import yaml
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from knowledge.loader import load_knowledge
from knowledge.scam.learned import Combination, LearnedModel, hashed, sigmoid
from knowledge.scam.normalise import normalise
from knowledge.scam.red_flags import RedFlags
from knowledge.scam.scanner import ScamScanner
from scripts.scam_data import WRITTEN_TRAIN, Item, folds, real_items, written_items

MODEL_FILE = Path(__file__).resolve().parents[1] / "knowledge" / "data" / "scam_model.yaml"
BUCKETS = 262144
KEEP = 6000  # weights kept after pruning (largest magnitude): about 150 KB of YAML
C = 4.0  # inverse regularisation strength of the text model
MEDIUM_FP = 0.05  # highest false-positive rate on hard legit the medium band may reach
HIGH_FP = 0.02  # ... and the high band
INNER_FOLDS = 4


@dataclass(frozen=True)
class Rules:
    """What the rules said about each item: points (0-100) and a hard-block finding."""

    points: np.ndarray
    blocking: np.ndarray


@dataclass(frozen=True)
class Fitted:
    """One trained pipeline."""

    bias: float
    weights: dict[int, float]
    combination: Combination
    medium_at: int
    high_at: int
    learned_at: float  # log-odds threshold when the learned part judges alone


def matrix(items: list[Item], kind: str) -> csr_matrix:
    """Presence features of every item, each row of unit length."""
    rows, cols, vals = [], [], []
    for row, item in enumerate(items):
        found = hashed(normalise(item.text), kind, BUCKETS)
        scale = 1.0 / math.sqrt(len(found)) if found else 0.0
        for bucket in found:
            rows.append(row)
            cols.append(bucket)
            vals.append(scale)
    return csr_matrix((vals, (rows, cols)), shape=(len(items), BUCKETS))


def rule_findings(items: list[Item]) -> Rules:
    """The rules alone on every item (a scanner without the learned model)."""
    scanner = ScamScanner(load_knowledge().get(RedFlags))
    results = [scanner.scan(item.text) for item in items]
    return Rules(
        points=np.array([r.rule_points for r in results], dtype=float),
        blocking=np.array([r.blocking for r in results], dtype=float),
    )


def _train_text(x: csr_matrix, y: np.ndarray) -> tuple[float, dict[int, float]]:
    model = LogisticRegression(C=C, solver="liblinear", class_weight="balanced", max_iter=500)
    model.fit(x, y)
    coef = model.coef_[0]
    keep = np.argsort(-np.abs(coef))[:KEEP]
    weights = {int(i): round(float(coef[i]), 4) for i in keep if abs(coef[i]) >= 1e-4}
    return round(float(model.intercept_[0]), 4), weights


def _logits(x: csr_matrix, bias: float, weights: dict[int, float]) -> np.ndarray:
    vector = np.zeros(BUCKETS)
    for bucket, weight in weights.items():
        vector[bucket] = weight
    return np.asarray(x @ vector).ravel() + bias


def _combine(combination: Combination, logit: np.ndarray, rules: Rules) -> np.ndarray:
    z = (
        combination.learned * logit
        + combination.rules * rules.points / 100
        + combination.blocking * rules.blocking
        + combination.bias
    )
    return np.array([round(100 * sigmoid(float(v))) for v in z])


def _threshold(scores: np.ndarray, items: list[Item], fp_target: float) -> float:
    """The lowest score whose hard-legit false-positive rate stays within `fp_target`."""
    hard = np.array([(not i.scam) and i.hard for i in items])
    for candidate in np.unique(scores):
        if np.mean(scores[hard] >= candidate) <= fp_target:
            return float(candidate)
    return float(scores.max()) + 1


def _subset(rules: Rules, rows: np.ndarray) -> Rules:
    return Rules(rules.points[rows], rules.blocking[rows])


def fit(x: csr_matrix, items: list[Item], rules: Rules, real: np.ndarray) -> Fitted:
    """Train on rows `items` (real ones marked in `real`): text model, combination, bands."""
    y = np.array([i.scam for i in items], dtype=int)
    real_rows = np.flatnonzero(real)
    inner = np.array(folds([items[r] for r in real_rows], INNER_FOLDS))
    held_logit = np.zeros(len(real_rows))
    for fold in range(INNER_FOLDS):
        train = np.ones(len(items), dtype=bool)
        train[real_rows[inner == fold]] = False
        bias, weights = _train_text(x[train], y[train])
        held_logit[inner == fold] = _logits(x[real_rows[inner == fold]], bias, weights)
    held_rules = _subset(rules, real_rows)
    stack = np.column_stack([held_logit, held_rules.points / 100, held_rules.blocking])
    combiner = LogisticRegression(C=1.0, class_weight="balanced").fit(stack, y[real_rows])
    learned, points, blocking = (round(float(v), 4) for v in combiner.coef_[0])
    combination = Combination(
        learned=learned,
        rules=points,
        blocking=blocking,
        bias=round(float(combiner.intercept_[0]), 4),
    )
    held_items = [items[r] for r in real_rows]
    scores = _combine(combination, held_logit, held_rules)
    medium_at = int(max(1, _threshold(scores, held_items, MEDIUM_FP)))
    high_at = int(max(medium_at + 1, _threshold(scores, held_items, HIGH_FP)))
    learned_at = _threshold(np.round(held_logit, 3), held_items, MEDIUM_FP)
    bias, weights = _train_text(x, y)
    return Fitted(bias, weights, combination, min(medium_at, 99), min(high_at, 100), learned_at)


@dataclass(frozen=True)
class Held:
    """Out-of-fold verdicts for every real item."""

    items: list[Item]
    learned: list[bool]
    combined: list[bool]
    scores: list[int]


def cross_validate(kind: str = "words") -> Held:
    """Outer folds by source over the real items; each fold judged by a `fit` on the rest
    (plus the written evaluation set), its figures on items no step of that fit saw."""
    real = real_items()
    written = [item for name in WRITTEN_TRAIN for item in written_items(name)]
    items = real + written
    x = matrix(items, kind)
    rules = rule_findings(items)
    outer = np.array(folds(real) + [-1] * len(written))
    learned = np.zeros(len(real), dtype=bool)
    combined = np.zeros(len(real), dtype=bool)
    scores = np.zeros(len(real), dtype=int)
    for fold in sorted(set(outer[: len(real)])):
        train = outer != fold
        rows = np.flatnonzero(train)
        fitted = fit(x[rows], [items[r] for r in rows], _subset(rules, rows), outer[rows] >= 0)
        test = np.flatnonzero(outer == fold)
        logit = _logits(x[test], fitted.bias, fitted.weights)
        learned[test] = logit >= fitted.learned_at
        fold_scores = _combine(fitted.combination, logit, _subset(rules, test))
        scores[test] = fold_scores
        # A hard-block finding is high risk whatever the score (the shipped rule).
        combined[test] = (fold_scores >= fitted.medium_at) | (rules.blocking[test] > 0)
    return Held(real, learned.tolist(), combined.tolist(), scores.tolist())


def build(kind: str = "words") -> LearnedModel:
    """The shipped model: `fit` on every real item and the written evaluation set."""
    real = real_items()
    written = [item for name in WRITTEN_TRAIN for item in written_items(name)]
    items = real + written
    fitted = fit(
        matrix(items, kind),
        items,
        rule_findings(items),
        np.array([True] * len(real) + [False] * len(written)),
    )
    return LearnedModel(
        as_of=date.today(),
        source=(
            f"scripts/build_scam_model.py: logistic regression on hashed {kind} features of "
            f"{len(real)} real messages (tests/data/scam_real) and {len(written)} written ones "
            "(tests/data/scam_eval.yaml); combination and bands fitted on predictions held out "
            "by source"
        ),
        features=kind,  # type: ignore[arg-type]
        buckets=BUCKETS,  # type: ignore[arg-type]
        bias=fitted.bias,
        weights=fitted.weights,
        combination=fitted.combination,
        medium_at=fitted.medium_at,
        high_at=fitted.high_at,
    )


def write(model: LearnedModel) -> None:
    data = model.model_dump(mode="json")
    data["weights"] = {int(k): v for k, v in sorted(model.weights.items())}
    header = (
        "# The scam check's learned scorer: bucket weights of hashed features (no text), the\n"
        "# combination with the rule findings and the verdict's bands. Built by\n"
        "# scripts/build_scam_model.py; do not edit by hand, rebuild.\n"
    )
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=False, width=99)
    MODEL_FILE.write_text(header + body, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", action="store_true", help="compare, do not write")
    parser.add_argument("--kind", default="words", choices=("words", "chars"))
    args = parser.parse_args(argv)
    from bench.scam_quality import figures

    for kind in ("words", "chars"):
        held = cross_validate(kind)
        print(figures(held.items, held.learned).line(f"learned ({kind})"))
        print(figures(held.items, held.combined).line(f"combined ({kind})"))
    if not args.compare:
        model = build(args.kind)
        write(model)
        print(f"wrote {MODEL_FILE} ({len(model.weights)} weights)")


if __name__ == "__main__":
    main()
