"""Builds the scam check's learned scorer (`knowledge/data/scam_model.yaml`) and measures it.

Run from the repository root with the build extra installed (`pip install -e ".[test]"`
brings scikit-learn): `python scripts/build_scam_model.py` compares the two feature kinds
(word features vs character n-grams) by folds by source, then trains the shipped model on
every real item and the written evaluation set and writes it; `--compare` only compares.

What is fitted, and on what, for one training set (`fit`):
1. a logistic regression on hashed presence features (`knowledge.scam.learned`), the
   smallest weights pruned so the file stays small;
2. the log-odds from which it raises a message the rules left at low risk to medium
   (`raise_at`), chosen on predictions for real items the model had NOT seen (inner folds
   by source) so that it adds false alarms on at most RAISE_FP of the real hard legitimate
   messages: precision first.
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
from knowledge.scam.learned import LearnedModel, hashed
from knowledge.scam.normalise import normalise
from knowledge.scam.red_flags import RedFlags
from knowledge.scam.scanner import Risk, ScamScanner
from scripts.scam_data import WRITTEN_TRAIN, Item, folds, real_items, written_items

MODEL_FILE = Path(__file__).resolve().parents[1] / "knowledge" / "data" / "scam_model.yaml"
BUCKETS = 262144
KEEP = 6000  # weights kept after pruning (largest magnitude): about 150 KB of YAML
C = 4.0  # inverse regularisation strength of the text model
RAISE_FP = 0.02  # share of real hard legit messages the learned part may add as false alarms
RAISE_PRECISION = 0.9  # share of what it raises that must be a scam
# Alone (no rule finding at all) the learned part may raise a message only from a log-odds
# at which, on predictions held out by source, it adds false alarms on at most ALONE_FP of the
# real hard legitimate messages and what it adds is a scam at least ALONE_PRECISION of the time.
ALONE_FP = 0.01
ALONE_PRECISION = 0.9
INNER_FOLDS = 4
MAX_HARD_FP = 0.10  # the bound on false alarms among real hard legitimate messages
# A power must raise F1 by at least this much out of fold: a trade of one scam caught for one
# honest message raised (issue 15 round 4: +0.0007) is noise on 643 items, not help.
MIN_F1_GAIN = 0.005
WITH_WRITTEN = True  # train on the written evaluation set too (compared by --compare)


@dataclass(frozen=True)
class Fitted:
    """One trained text model and the log-odds from which it raises a verdict."""

    bias: float
    weights: dict[int, float]
    raise_at: float
    alone_at: float | None  # None: never alone


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


@dataclass(frozen=True)
class Rules:
    """What the rules alone said of each item (a scanner without the learned model)."""

    flagged: np.ndarray  # risk medium or high
    found: np.ndarray  # at least one finding: the learned part may raise it


def rules_of(items: list[Item]) -> Rules:
    scanner = ScamScanner(load_knowledge().get(RedFlags))
    results = [scanner.scan(item.text) for item in items]
    return Rules(
        np.array([r.risk is not Risk.LOW for r in results]),
        np.array([r.rule_points > 0 for r in results]),
    )


def _train_text(x: csr_matrix, y: np.ndarray) -> tuple[float, dict[int, float]]:
    model = LogisticRegression(C=C, solver="liblinear", class_weight="balanced", max_iter=500)
    model.fit(x, y)
    coef = model.coef_[0]
    keep = np.argsort(-np.abs(coef))[:KEEP]
    weights = {int(i): round(float(coef[i]), 4) for i in keep if abs(coef[i]) >= 1e-4}
    return round(float(model.intercept_[0]), 4), weights


def logits(x: csr_matrix, bias: float, weights: dict[int, float]) -> np.ndarray:
    """The text model's log-odds for each row of `x`."""
    vector = np.zeros(BUCKETS)
    for bucket, weight in weights.items():
        vector[bucket] = weight
    return np.asarray(x @ vector).ravel() + bias


def _raise_at(held: np.ndarray, items: list[Item], rules: Rules) -> float:
    """The lowest log-odds at which the learned part, raising what the rules left low but
    found a sign in, adds false alarms on at most RAISE_FP of the real hard legitimate
    messages and is right at least RAISE_PRECISION of the time (no such log-odds: above
    every prediction, so it raises nothing)."""
    quiet = ~rules.flagged & rules.found
    scam = np.array([i.scam for i in items])
    hard = np.array([(not i.scam) and i.hard for i in items])
    for candidate in np.unique(np.round(held[quiet], 2)):
        raised = quiet & (held >= candidate)
        if not raised.any():
            break
        precision = np.sum(raised & scam) / np.sum(raised)
        if np.sum(raised & hard) <= RAISE_FP * np.sum(hard) and precision >= RAISE_PRECISION:
            return float(candidate)
    return float(held.max()) + 1.0


def _alone_at(held: np.ndarray, items: list[Item], rules: Rules) -> float | None:
    """The lowest log-odds at which the learned part, alone on what the rules found nothing
    in, adds false alarms on at most ALONE_FP of the real hard legitimate messages and is
    right at least ALONE_PRECISION of the time; None when no log-odds does both."""
    silent = ~rules.found
    scam = np.array([i.scam for i in items])
    hard = np.array([(not i.scam) and i.hard for i in items])
    for candidate in np.unique(np.round(held[silent], 2)):
        raised = silent & (held >= candidate)
        if not raised.any():
            break
        precision = np.sum(raised & scam) / np.sum(raised)
        if np.sum(raised & hard) <= ALONE_FP * np.sum(hard) and precision >= ALONE_PRECISION:
            return float(candidate)
    return None


def _rows(rules: Rules, rows: np.ndarray) -> Rules:
    return Rules(rules.flagged[rows], rules.found[rows])


def fit(x: csr_matrix, items: list[Item], rules: Rules, real: np.ndarray) -> Fitted:
    """Train on `items` (real ones marked in `real`): the text model on all of them, its
    threshold on predictions for real items held out by source (inner folds)."""
    y = np.array([i.scam for i in items], dtype=int)
    real_rows = np.flatnonzero(real)
    inner = np.array(folds([items[r] for r in real_rows], INNER_FOLDS))
    held = np.zeros(len(real_rows))
    for fold in range(INNER_FOLDS):
        train = np.ones(len(items), dtype=bool)
        train[real_rows[inner == fold]] = False
        bias, weights = _train_text(x[train], y[train])
        held[inner == fold] = logits(x[real_rows[inner == fold]], bias, weights)
    real_items_ = [items[r] for r in real_rows]
    raise_at = _raise_at(held, real_items_, _rows(rules, real_rows))
    alone_at = _alone_at(held, real_items_, _rows(rules, real_rows))
    bias, weights = _train_text(x, y)
    alone = None if alone_at is None else round(alone_at, 2)
    return Fitted(bias, weights, round(raise_at, 2), alone)


@dataclass(frozen=True)
class Held:
    """Out-of-fold verdicts for every real item."""

    items: list[Item]
    rules: list[bool]
    learned: list[bool]
    combined: list[bool]
    alone: list[bool]  # raised by the learned part alone (no rule finding at all)
    thresholds: list[tuple[float, float | None]]  # (raise_at, alone_at) of each fold


def _training_set(with_written: bool = WITH_WRITTEN) -> tuple[list[Item], list[Item]]:
    real = real_items()
    written = [item for name in WRITTEN_TRAIN for item in written_items(name)]
    return real, written if with_written else []


def cross_validate(kind: str = "words", with_written: bool = WITH_WRITTEN) -> Held:
    """Outer folds by source over the real items; each fold judged by a `fit` on the rest
    (plus the written evaluation set), so its figures are on items no step of that fit saw."""
    real, written = _training_set(with_written)
    items = real + written
    x = matrix(items, kind)
    rules = rules_of(items)
    outer = np.array(folds(real) + [-1] * len(written))
    learned = np.zeros(len(real), dtype=bool)
    alone = np.zeros(len(real), dtype=bool)
    thresholds = []
    for fold in sorted(set(outer[: len(real)])):
        rows = np.flatnonzero(outer != fold)
        fitted = fit(x[rows], [items[r] for r in rows], _rows(rules, rows), outer[rows] >= 0)
        test = np.flatnonzero(outer == fold)
        scores = logits(x[test], fitted.bias, fitted.weights)
        learned[test] = scores >= fitted.raise_at
        if fitted.alone_at is not None:
            alone[test] = scores >= fitted.alone_at
        thresholds.append((fitted.raise_at, fitted.alone_at))
    ruled, found = rules.flagged[: len(real)], rules.found[: len(real)]
    # The shipped rule (knowledge/scam/verdict.py): the learned part raises a message in
    # which the rules found at least a weak sign from `raise_at`, and one in which they found
    # nothing only from `alone_at` (when the inner folds allowed it at all).
    alone &= ~found
    combined = ruled | (learned & found) | alone
    return Held(
        real, ruled.tolist(), learned.tolist(), combined.tolist(), alone.tolist(), thresholds
    )


@dataclass(frozen=True)
class Powers:
    """What the learned part may do, decided on out-of-fold figures."""

    beside: bool  # raise a message the rules found a weak sign in
    alone: bool  # raise a message the rules found nothing in


def powers(held: Held) -> Powers:
    """The learned part keeps a power only if, by folds by source, it raises F1 over the
    check without it by MIN_F1_GAIN and keeps false alarms within MAX_HARD_FP of the real
    hard legitimate messages; the alone power only on top of the beside one."""
    from bench.scam_quality import figures

    rules = figures(held.items, held.rules)
    found = np.array(held.combined) & ~np.array(held.alone)
    beside = figures(held.items, found.tolist())
    both = figures(held.items, held.combined)
    use_beside = beside.f1 >= rules.f1 + MIN_F1_GAIN and beside.hard_fp_rate <= MAX_HARD_FP
    base = beside if use_beside else rules
    use_alone = (
        use_beside and both.f1 >= base.f1 + MIN_F1_GAIN and both.hard_fp_rate <= MAX_HARD_FP
    )
    return Powers(use_beside, use_alone)


def build(kind: str = "words") -> LearnedModel:
    """The shipped model: `fit` on every real item and the written evaluation set; its
    thresholds kept only where the out-of-fold figures say they help (`powers`)."""
    real, written = _training_set()
    items = real + written
    marks = np.array([True] * len(real) + [False] * len(written))
    fitted = fit(matrix(items, kind), items, rules_of(items), marks)
    allowed = powers(cross_validate(kind))
    return LearnedModel(
        as_of=date.today(),
        source=(
            f"scripts/build_scam_model.py: logistic regression on hashed {kind} features of "
            f"{len(real)} real messages (tests/data/scam_real) and {len(written)} written ones "
            "(tests/data/scam_eval.yaml); threshold chosen on predictions held out by source"
        ),
        features=kind,  # type: ignore[arg-type]
        buckets=BUCKETS,  # type: ignore[arg-type]
        bias=fitted.bias,
        weights=fitted.weights,
        raise_at=fitted.raise_at if allowed.beside else None,
        alone_at=fitted.alone_at if allowed.alone else None,
        raise_at_candidate=fitted.raise_at,
        alone_at_candidate=fitted.alone_at,
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
        for with_written in (False, True):
            held = cross_validate(kind, with_written)
            name = f"{kind}, {'real + written' if with_written else 'real only'}"
            print(figures(held.items, held.rules).line("rules"))
            print(figures(held.items, held.learned).line(f"learned ({name})"))
            print(figures(held.items, held.alone).line(f"alone ({name})"))
            print(figures(held.items, held.combined).line(f"combined ({name})"))
            print("   thresholds per fold (raise_at, alone_at):", held.thresholds)
    if not args.compare:
        model = build(args.kind)
        write(model)
        print(f"wrote {MODEL_FILE} ({len(model.weights)} weights)")


if __name__ == "__main__":
    main()
