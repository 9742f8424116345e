"""Does training on the project's translations help the learned part outside English?

Issue 15, round 20: `tests/data/scam_translated.jsonl` holds the project's own translations
of real development items (payment diversion, off-platform, customs deposits, executive and
fake-invoice scams, and their honest look-alikes). This prints, without and with them, the
out-of-fold figures `scripts/build_scam_model.py` judges by (folds by source; a translation
trains only the models whose test fold does not hold its source and is never scored): the
rules, the learned part alone at 1% of the real hard legit messages (one log-odds over all the
out-of-fold predictions) and the shipped combination, on every real item and on those outside
English, and the scams raised per targeted family outside English. Every figure is on
development data (read and tuned on): the honest check is `bench/scam_time_split.py`.

    python -m bench.scam_translated [--before | --after]
"""

from __future__ import annotations

import sys

import numpy as np

from bench.scam_quality import figures
from scripts import build_scam_model as build

BUDGET = 0.01
FAMILIES = (
    "payment_diversion",
    "executive_request",
    "invoice_or_payment_lure",
    "fake_fee_or_order",
)


def learned_alone(held: build.OutOfFold) -> list[bool]:
    """The items whose out-of-fold log-odds reach the one that raises BUDGET of the hard
    legit messages."""
    real, _, scores, _ = held
    hard = np.sort([s for s, i in zip(scores, real, strict=True) if i.hard and not i.scam])
    at = float(hard[::-1][int(BUDGET * len(hard))]) + 1e-9
    return [bool(score >= at) for score in scores]


def report(with_translated: bool) -> None:
    held = build.out_of_fold(with_translated=with_translated)
    result = build.cross_validate(held=held)
    real = held[0]
    alone = learned_alone(held)
    other = [k for k, item in enumerate(real) if not item.lang.startswith("en")]
    print(f"== {'with' if with_translated else 'without'} translations ==", flush=True)
    for name, flagged in (
        ("rules", result.rules),
        ("learned alone at 1%", alone),
        ("combined", result.combined),
    ):
        for label, rows in ((name, range(len(real))), (f"  {name}, not English", other)):
            found = figures([real[k] for k in rows], [flagged[k] for k in rows])
            print(f"{found.line(label)} scams {found.tp}/{found.scams}")
    for family in FAMILIES:
        picked = [k for k in other if real[k].scam and real[k].family == family]
        alone_n, combined_n = (
            sum(alone[k] for k in picked),
            sum(result.combined[k] for k in picked),
        )
        print(
            f"  {family}, not English: {len(picked)} scams, alone {alone_n}, combined {combined_n}"
        )
    print("  thresholds per fold:", result.thresholds, flush=True)


def main(argv: list[str]) -> None:
    for with_translated in (False, True):
        if ("--before" in argv and with_translated) or ("--after" in argv and not with_translated):
            continue
        report(with_translated)


if __name__ == "__main__":
    main(sys.argv[1:])
