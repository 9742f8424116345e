"""Builds the scam check's learned scorer (`knowledge/data/scam_model.yaml`) and measures it.

Run from the repository root with the build extra installed (`pip install -e ".[test]"`
brings scikit-learn): `python scripts/build_scam_model.py` compares the two feature kinds
(word features vs character 4-grams) by folds by source, then trains the shipped model on
every real item, the written sets and the project's translations of real items, and writes it;
`--compare` only compares. A translation is training data only: out of fold it trains the
models whose test fold does not hold its source (`outer_folds`), and it is never scored.

What is fitted, and on what: a logistic regression on hashed presence features
(`knowledge.scam.learned`, character 4-grams, rows built by `scripts/scam_features.py`: header
labels and collectors' placeholders left out, each item also cropped to its first words), the
smallest weights pruned so the file stays small; and two thresholds on its log-odds, chosen on
predictions for real items the model had NOT seen (folds by source): `raise_at`, from which it
raises a message the rules left low but found a sign in, and `alone_at`, from which it raises
any low message of ALONE_MIN_WORDS words or more, each adding false alarms on at most a small
share of the real hard legitimate messages, and `alone_short_at`, from which it raises a
shorter low message (a higher log-odds, within the same false-alarm budget as `alone_at`
together). Whether each power ships is decided in
`scripts/scam_powers.py`. `cross_validate` runs `fit` inside outer folds by source, so every
figure it returns is on items that no step of the fit saw. scikit-learn is a build- and
test-time tool only; the bot scores with the plain-Python code in `knowledge/scam/learned.py`.
"""

from __future__ import annotations

import argparse
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
from knowledge.scam.encoder import DIMS
from knowledge.scam.encoder import NAME as ENCODER_NAME
from knowledge.scam.learned import length, quotes_a_reply
from knowledge.scam.learned_model import LearnedModel
from knowledge.scam.normalise import Message, normalise
from knowledge.scam.red_flags import RedFlags
from knowledge.scam.scanner import Risk, ScamScanner
from scripts.scam_data import (
    WRITTEN_TRAIN,
    Item,
    folds,
    real_items,
    translated_items,
    written_items,
)
from scripts.scam_features import (
    BUCKETS,
    ENCODER,
    ENCODER_SCALE,
    READ_WORDS,
    logits,
    matrix,
    with_crops,
)
from scripts.scam_powers import Held, powers, unseen

MODEL_FILE = Path(__file__).resolve().parents[1] / "knowledge" / "data" / "scam_model.yaml"
KEEP = 6000  # weights kept after pruning (largest magnitude): about 150 KB of YAML
C = 4.0  # inverse regularisation strength of the text model
RAISE_FP = 0.02  # share of real hard legit messages the learned part may add as false alarms
RAISE_PRECISION = 0.9  # share of what it raises beside a rule sign that must be a scam
# Alone (whatever the rules found) the learned part may raise a message only from a log-odds
# at which, on predictions held out by source, it adds false alarms on at most ALONE_FP of the
# real hard legitimate messages.
ALONE_FP = 0.01
# ... and only in messages of at least this many words: of the 656 real honest messages it
# learns from, 6 are under 15 words (and 31 of the 363 scams), so on a one-liner ("kindly
# quote your best FOB price") its log-odds mean little (issue 15, round 8).
ALONE_MIN_WORDS = 20
# ... and at a log-odds that, on the real honest money e-mail sets (honest_mail*.jsonl and
# honest_heldout*.jsonl, by id prefix), adds false alarms on at most ALONE_MAIL_FP of them:
# the 1% budget over all hard legit messages let the alone power spend it on e-mail (issue 15,
# round 16: out of fold by source, hard legit raised 62 -> 58 of 1,726, the same 446 scams,
# the unread view unchanged; 1% cost a scam or two, 2% and 3% changed nothing).
HONEST_MAIL = ("h7", "h8", "h9", "hx", "hy", "hz", "hw", "hv")  # hv: round 17
ALONE_MAIL_FP = 0.015
# A message under ALONE_MIN_WORDS words is raised alone from `alone_short_at`: the lowest
# log-odds, not below `alone_at`, at which the short messages it raises and the long ones
# `alone_at` raises together stay within ALONE_FP of the hard legit messages and ALONE_MAIL_FP
# of the honest money e-mails. Round 20's batches were mostly SMS and chat lines: 6 of their
# 35 missed scams scored above `alone_at` but were under 20 words (issue 15, round 21). Out
# of fold by source (development), within both budgets: 7 short scams raised, 1 honest (a
# Chinese sponsorship receipt); the e-mail budget is what binds (`alone_at` spends 11 of its
# 11.7), and without it (False) 28 short scams and 4 honest items (all honest mail) are
# raised, `alone_short_at` then equal to `alone_at` (2.1).
SHORT_KEEPS_MAIL_BUDGET = True
# Whether `alone_short_at` ships at all when the powers rule keeps it. Off: the real data holds
# almost no short honest business line (76 short honest items, 74 of them money texts), so its
# budget cannot see what a sourcing chat is mostly made of, and the model learned short
# attachment lines as scams: the written honest "Please find attached our RFQ, kindly quote
# your best FOB price." (tests/knowledge/scam/test_lures.py) scores 6.89, over the 5.62 chosen,
# "Attached is our PO, please confirm delivery date." 5.22 (issue 15, round 21). The candidate
# is kept in the model file for the record. Measured with 211 real short honest business lines
# (honest_chat.jsonl, round 22), out of fold by source: on, it raises 90 short messages alone,
# 11 scams and 79 honest (77 of them chat lines: Taobao shop replies, Japanese invoicing
# notes, grant-payment comments), the per-fold thresholds falling to 1.98 in one fold; combined
# P / R 0.78 / 0.75 with 127 hard legit raised, against 0.87 / 0.73 and 81 off. It stays off.
SHORT_POWER = False
# Character 4-grams: on the fresh batches, by folds by source, they rank scams above honest
# mail better than words (AUC 0.978 vs 0.971) and, at the same false-alarm budget, the alone
# power catches 0.63 of what the unread rules missed plus theirs vs 0.52 (issue 15, round 8).
KIND = "chars"
# The alone power leaves quoted reply threads to the rules (knowledge/scam/learned.py
# `quotes_a_reply`): out of fold by source, 14 -> 13 honest e-mails raised alone, the same
# scams, the unread view unchanged (issue 15, round 17).
ALONE_SKIPS_REPLIES = True
WITH_WRITTEN = True  # train on the written evaluation set too (compared by --compare)
# Train on the project's translations of real development items too (tests/data/
# scam_translated.jsonl): payment-diversion, off-platform, customs-deposit, executive and
# fake-invoice scams and their honest look-alikes, which the data holds almost only in English.
# Out of fold, a translation trains only the models whose test fold does not hold its source,
# and is never scored (issue 15, round 20: bench/scam_translated.py).
WITH_TRANSLATED = True


@dataclass(frozen=True)
class Rules:
    """What the rules alone said of each item (a scanner without the learned model)."""

    flagged: np.ndarray  # risk medium or high
    found: np.ndarray  # at least one finding: the learned part may raise it
    long: np.ndarray  # ALONE_MIN_WORDS words or more, no quoted reply: the alone power reads it
    short: np.ndarray  # fewer words, no quoted reply: read from the higher `alone_short_at`


def rules_of(items: list[Item]) -> Rules:
    scanner = ScamScanner(load_knowledge().get(RedFlags))
    results = [scanner.scan(item.text) for item in items]
    messages = [normalise(item.text) for item in items]
    read = np.array([_alone_reads(message) for message in messages])
    long = np.array([length(message) >= ALONE_MIN_WORDS for message in messages])
    return Rules(
        np.array([r.risk is not Risk.LOW for r in results]),
        np.array([r.rule_points > 0 for r in results]),
        read & long,
        read & ~long,
    )


def _alone_reads(message: Message) -> bool:
    """Whether the alone power may read `message`: no quoted reply thread."""
    return not (ALONE_SKIPS_REPLIES and quotes_a_reply(message.folded))


def _train_text(x: csr_matrix, y: np.ndarray) -> tuple[float, dict[int, float]]:
    model = LogisticRegression(C=C, solver="liblinear", class_weight="balanced", max_iter=500)
    model.fit(x, y)
    coef = model.coef_[0]
    keep = np.argsort(-np.abs(coef[:BUCKETS]))[:KEEP]  # the encoder's columns all stay
    weights = {int(i): round(float(coef[i]), 4) for i in keep if abs(coef[i]) >= 1e-4}
    weights.update((int(i), round(float(coef[i]), 5)) for i in range(BUCKETS, len(coef)))
    return round(float(model.intercept_[0]), 4), weights


def _lowest(
    held: np.ndarray, items: list[Item], where: np.ndarray, budget: float, precision: float
) -> float:
    """The lowest log-odds at which raising the messages of `where` adds false alarms on at
    most `budget` of the real hard legitimate messages and is right at least `precision` of
    the time (no such log-odds: above every prediction, so it raises nothing)."""
    scam = np.array([i.scam for i in items])
    hard = np.array([(not i.scam) and i.hard for i in items])
    for candidate in np.unique(np.round(held[where], 2)):
        raised = where & (held >= candidate)
        if not raised.any():  # rounding put the candidate above the last log-odds
            break
        right = np.sum(raised & scam) / np.sum(raised)
        if np.sum(raised & hard) <= budget * np.sum(hard) and right >= precision:
            return float(candidate)
    return float(held.max()) + 1.0


def _raise_at(held: np.ndarray, items: list[Item], rules: Rules) -> float:
    """Raising what the rules left low but found a sign in: at most RAISE_FP of the hard
    legit messages as false alarms, right at least RAISE_PRECISION of the time."""
    where = ~rules.flagged & rules.found
    return _lowest(held, items, where, RAISE_FP, RAISE_PRECISION)


def _alone_at(held: np.ndarray, items: list[Item], rules: Rules) -> float:
    """Raising ANY message of ALONE_MIN_WORDS words or more the rules left low (sign or
    none): at most ALONE_FP of the hard legit messages as false alarms, and at most
    ALONE_MAIL_FP of the honest money e-mails. No precision bound here: today's rules were
    tuned on these items, so what they leave low is mostly honest mail; precision is judged
    beside rules that had not read the messages (scripts/scam_powers.py)."""
    where = ~rules.flagged & rules.long
    lowest = _lowest(held, items, where, ALONE_FP, 0.0)
    mail = np.array([item.id.startswith(HONEST_MAIL) for item in items])
    for candidate in np.unique(np.round(held[where], 2)):
        if candidate >= lowest and np.sum(where & mail & (held >= candidate)) <= (
            ALONE_MAIL_FP * np.sum(mail)
        ):
            return float(candidate)
    return float(held.max()) + 1.0


def _alone_short_at(held: np.ndarray, items: list[Item], rules: Rules, alone_at: float) -> float:
    """Raising a message under ALONE_MIN_WORDS words the rules left low: the lowest
    log-odds, not below `alone_at`, at which it and `alone_at` on the longer messages
    together add false alarms on at most ALONE_FP of the hard legit messages and
    ALONE_MAIL_FP of the honest money e-mails (`alone_at`'s own budget, not a second one)."""
    hard = np.array([(not i.scam) and i.hard for i in items])
    mail = np.array([item.id.startswith(HONEST_MAIL) for item in items])
    mail_fp = ALONE_MAIL_FP if SHORT_KEEPS_MAIL_BUDGET else 1.0
    low = ~rules.flagged
    long = low & rules.long & (held >= alone_at)
    where = low & rules.short
    for candidate in np.unique(np.round(held[where], 2)):
        if candidate < alone_at:
            continue
        raised = long | (where & (held >= candidate))
        if np.sum(raised & hard) <= ALONE_FP * np.sum(hard) and np.sum(
            raised & mail
        ) <= mail_fp * np.sum(mail):
            return float(candidate)
    return float(held.max()) + 1.0


def _rows(rules: Rules, rows: np.ndarray) -> Rules:
    return Rules(rules.flagged[rows], rules.found[rows], rules.long[rows], rules.short[rows])


def choose(scores: np.ndarray, items: list[Item], rules: Rules) -> tuple[float, float, float]:
    """`raise_at`, `alone_at` and `alone_short_at` chosen on out-of-fold log-odds of real
    items."""
    alone_at = _alone_at(scores, items, rules)
    short_at = _alone_short_at(scores, items, rules, alone_at)
    return _raise_at(scores, items, rules), alone_at, short_at


def _training_set(
    with_written: bool = WITH_WRITTEN, with_translated: bool = WITH_TRANSLATED
) -> tuple[list[Item], list[Item]]:
    """The real items, and the items only ever trained on: the written sets, then the
    translations of real items."""
    real = real_items()
    written = [item for name in WRITTEN_TRAIN for item in written_items(name)]
    translated = translated_items(real) if with_translated else []
    return real, (written if with_written else []) + translated


def outer_folds(real: list[Item], extra: list[Item]) -> np.ndarray:
    """The outer fold of each item of `real + extra`: a real item's by its source, a
    translation its source's (so it trains only the models that do not judge its source), a
    written item -1 (every fold trains on it)."""
    fold = folds(real)
    fold_of = {item.id: f for item, f in zip(real, fold, strict=True)}
    return np.array(fold + [fold_of[item.of] if item.of else -1 for item in extra], dtype=int)


def training_rows(outer: np.ndarray, fold: int) -> np.ndarray:
    """The rows that train the model judging `fold`: every row whose outer fold is another."""
    return np.asarray(outer != fold)


def judged_rows(outer: np.ndarray, fold: int, real: int) -> np.ndarray:
    """The rows the model of `fold` judges: the first `real` rows (the real items) in it."""
    return np.flatnonzero(outer[:real] == fold)


# The real items, their outer fold, their out-of-fold log-odds and what the rules said.
OutOfFold = tuple[list[Item], np.ndarray, np.ndarray, Rules]


def out_of_fold(
    kind: str = KIND, with_written: bool = WITH_WRITTEN, with_translated: bool = WITH_TRANSLATED
) -> OutOfFold:
    """The real items, their outer fold (by source), the text model's log-odds for each from
    a model trained on the other folds (plus the written set and the translations of the
    other folds' items), and what the rules said."""
    real, extra = _training_set(with_written, with_translated)
    items = real + extra
    x = matrix(items, kind)
    train, y = with_crops(x, items, kind), np.array([i.scam for i in items] * 2, dtype=int)
    outer = outer_folds(real, extra)
    scores = np.zeros(len(real))
    for fold in sorted(set(outer[: len(real)])):
        rest = np.tile(training_rows(outer, fold), 2)  # an item and its crop on the same side
        bias, weights = _train_text(train[rest], y[rest])
        test = judged_rows(outer, fold, len(real))
        scores[test] = logits(x[test], bias, weights)
    return real, outer[: len(real)], scores, rules_of(real)


def cross_validate(
    kind: str = KIND, with_written: bool = WITH_WRITTEN, held: OutOfFold | None = None
) -> Held:
    """Outer folds by source over the real items. Each fold is judged by a text model trained
    on the other folds, with thresholds chosen on the other folds' out-of-fold log-odds: no
    step that judges an item saw it. Choosing on out-of-fold log-odds (not on inner folds of
    the training part) matters: a fold whose source is a kind of honest mail no other source
    resembles (the Enron business mail) is exactly what a threshold must survive, and inner
    folds of the other sources never show it (issue 15, round 6). `held`: `out_of_fold`'s
    result when the caller already has it (training the fold models is the costly part)."""
    real, outer, scores, rules = held or out_of_fold(kind, with_written)
    learned = np.zeros(len(real), dtype=bool)
    over_alone = np.zeros(len(real), dtype=bool)
    over_short = np.zeros(len(real), dtype=bool)
    thresholds = []
    for fold in sorted(set(outer)):
        rest = np.flatnonzero(outer != fold)
        chosen = choose(scores[rest], [real[r] for r in rest], _rows(rules, rest))
        raise_at, alone_at, short_at = chosen
        test = outer == fold
        learned[test] = scores[test] >= raise_at
        over_alone[test] = (scores[test] >= alone_at) & rules.long[test]
        over_short[test] = (scores[test] >= short_at) & rules.short[test]
        thresholds.append(chosen)
    # The shipped rule (knowledge/scam/verdict.py): the learned part raises a message in
    # which the rules found at least a weak sign from `raise_at`, and one in which they found
    # nothing only from `alone_at` (`alone_short_at` when it is short; when the choice
    # allowed it at all).
    alone = (over_alone | over_short) & ~rules.flagged & ~(learned & rules.found)
    combined = rules.flagged | (learned & rules.found) | alone
    return Held(
        real,
        rules.flagged.tolist(),
        learned.tolist(),
        combined.tolist(),
        alone.tolist(),
        thresholds,
        over_alone.tolist(),
        over_short.tolist(),
    )


def build(kind: str = KIND) -> LearnedModel:
    """The shipped model: the text model trained on every real item and the written
    evaluation set; its thresholds chosen on all the out-of-fold log-odds, kept only where
    the out-of-fold figures say they help (`powers`)."""
    real, extra = _training_set()
    items = real + extra
    translated = sum(1 for item in extra if item.of)
    train = with_crops(matrix(items, kind), items, kind)
    bias, weights = _train_text(train, np.array([i.scam for i in items] * 2, int))
    held = out_of_fold(kind)
    raise_at, alone_at, short_at = choose(held[2], real, held[3])
    allowed = powers(cross_validate(kind, held=held))
    alone = round(alone_at, 2)
    short = round(short_at, 2)
    return LearnedModel(
        as_of=date.today(),
        source=(
            f"scripts/build_scam_model.py: logistic regression on hashed {kind} features"
            f"{' and the ' + ENCODER_NAME + ' sentence vector' if ENCODER else ''} of "
            f"{len(real)} real messages (tests/data/scam_real), {len(extra) - translated} "
            "written ones (tests/data/scam_eval.yaml and scam_holdout*.yaml)"
            f"{f' and {translated} translations of real ones' if translated else ''}; "
            "thresholds chosen on log-odds of real messages held out by source"
        ),
        features=kind,  # type: ignore[arg-type]
        buckets=BUCKETS,  # type: ignore[arg-type]
        bias=bias,
        weights={bucket: weight for bucket, weight in weights.items() if bucket < BUCKETS},
        encoder=ENCODER_NAME if ENCODER else None,
        encoder_weights=tuple(weights[BUCKETS + i] for i in range(DIMS)) if ENCODER else None,
        encoder_scale=ENCODER_SCALE,
        # a threshold above every out-of-fold log-odds means no candidate qualified: off
        raise_at=round(raise_at, 2) if allowed.beside and raise_at <= held[2].max() else None,
        alone_at=alone if allowed.alone else None,
        alone_min_words=ALONE_MIN_WORDS,
        # above every out-of-fold log-odds: no candidate qualified, off
        alone_short_at=(
            short
            if SHORT_POWER and allowed.alone and allowed.short and short_at <= held[2].max()
            else None
        ),
        read_words=READ_WORDS,
        skip_headers=True,
        alone_skips_replies=ALONE_SKIPS_REPLIES,
        raise_at_candidate=round(raise_at, 2),
        alone_at_candidate=alone,
        alone_short_at_candidate=short,
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
    parser.add_argument("--kind", default=KIND, choices=("words", "chars"))
    args = parser.parse_args(argv)
    from bench.scam_quality import figures

    for kind in ("words", "chars"):
        for with_written in (False, True):
            held = cross_validate(kind, with_written)
            extra = " + translated" if WITH_TRANSLATED else ""
            name = f"{kind}, {'real + written' if with_written else 'real'}{extra}"
            print(figures(held.items, held.rules).line("rules"))
            print(figures(held.items, held.learned).line(f"learned ({name})"))
            print(figures(held.items, held.alone).line(f"alone ({name})"))
            print(figures(held.items, held.combined).line(f"combined ({name})"))
            print("   thresholds per fold (raise_at, alone_at, alone_short_at):", held.thresholds)
            view = unseen(held)
            print(figures(view.items, view.rules).line("   unread: rules then"))
            print(figures(view.items, view.beside).line("   unread: + beside"))
            print(figures(view.items, view.both).line("   unread: + both"))
            print(figures(view.items, view.short).line("   unread: + short"))
            print("   powers:", powers(held))
    if not args.compare:
        model = build(args.kind)
        write(model)
        print(f"wrote {MODEL_FILE} ({len(model.weights)} weights)")


if __name__ == "__main__":
    main()
