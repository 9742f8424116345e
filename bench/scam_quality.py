"""Scam-check quality on real messages, with folds by source: rules, learned part, combination.

Run from the repository root: `python bench/scam_quality.py` (`--fresh` adds the batch
collected after the fifteenth freeze, fresh15.jsonl, when present; `--written` the written
held-out batches;
`--wrong` lists the ids it gets wrong; `--rules` skips training and scores the rules
alone). Training needs scikit-learn (in the `test` extra). For each way of judging a
message it prints precision, recall and F1 on scams, and the false-positive rate on hard
legitimate messages (real ones that talk about payments, bank details, fees or urgency),
overall and per category family.

- rules: the shipped rules alone (scam = risk medium or high); nothing is trained, so every
  real item is scored as is.
- learned: the learned scorer alone, trained per fold on the written evaluation set plus the
  real items of the OTHER folds (folds by source: one source host never spans two folds)
  and scored on the held-out fold; its threshold is the shipped one.
- learned alone: raised only by that fold's `alone_at` (any message of 20 words or more the
  rules left low; chosen on the OTHER folds' out-of-fold log-odds for at most 1% of the hard
  legit messages as false alarms).
- rules+learned: the verdict rule with both powers on (rules, raised to medium by that
  fold's learned model beside a weak rule finding, or alone), over the same folds.
- unread rules (+learned) / fresh3-7: the fresh batches beside the rules as they were before
  anyone read them (tests/data/scam_real/unseen_rules.json). The build script keeps a power
  only if, on that view, it raises F1 and what it adds is a scam 90% of the time, and on all
  the real data false alarms stay within 10% of the hard legit messages
  (`scripts/scam_powers.py`).
- shipped: the shipped rules and model, on the fresh batch (neither was trained on it) and
  on the written held-out batches (the rules were not tuned on them; since round 6 the
  learned part is trained on them).
- candidate (fresh batch only): the learned part's candidate thresholds switched on even
  when `powers` switched them off: whether it would have helped on new messages.

The regression test `tests/knowledge/scam/test_real_quality.py` holds floors on these figures.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

# The project is not installed: make the repository root importable before importing it.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from knowledge.loader import load_knowledge
from knowledge.scam.learned_model import LearnedModel
from knowledge.scam.red_flags import RedFlags
from knowledge.scam.scanner import Risk, ScamScanner
from scripts.scam_data import (
    FRESH_FILES,
    WRITTEN_HELD_OUT,
    Item,
    real_items,
    written_items,
)


@dataclass(frozen=True, slots=True)
class Figures:
    """How verdicts compare with labels on a set of items."""

    items: int
    scams: int
    hard_legit: int
    tp: int
    fp: int
    fn: int
    hard_fp: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.scams if self.scams else 0.0

    @property
    def f1(self) -> float:
        both = self.precision + self.recall
        return 2 * self.precision * self.recall / both if both else 0.0

    @property
    def hard_fp_rate(self) -> float:
        return self.hard_fp / self.hard_legit if self.hard_legit else 0.0

    def line(self, name: str) -> str:
        return (
            f"{name:<28} n={self.items:<4} P={self.precision:.2f} R={self.recall:.2f} "
            f"F1={self.f1:.2f} FP(hard)={self.hard_fp}/{self.hard_legit}"
            f"={self.hard_fp_rate:.2f}"
        )


def figures(items: Sequence[Item], flagged: Sequence[bool]) -> Figures:
    """Precision, recall and hard false positives of `flagged` against the labels."""
    tp = sum(item.scam and flag for item, flag in zip(items, flagged, strict=True))
    fp = sum(not item.scam and flag for item, flag in zip(items, flagged, strict=True))
    hard_fp = sum(
        (not item.scam) and item.hard and flag for item, flag in zip(items, flagged, strict=True)
    )
    scams = sum(item.scam for item in items)
    return Figures(
        items=len(items),
        scams=scams,
        hard_legit=sum((not item.scam) and item.hard for item in items),
        tp=tp,
        fp=fp,
        fn=scams - tp,
        hard_fp=hard_fp,
    )


def by_family(items: Sequence[Item], flagged: Sequence[bool]) -> dict[str, Figures]:
    """The figures per category family (scam families give recall, legit ones FP rate)."""
    groups: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        groups[("scam:" if item.scam else "legit:") + item.family].append(index)
    return {
        name: figures([items[i] for i in indexes], [flagged[i] for i in indexes])
        for name, indexes in sorted(groups.items())
    }


def _verdicts(items: Sequence[Item], model: LearnedModel | None) -> list[bool]:
    """Scam = risk medium or high, by the shipped rules and `model` (None: rules alone)."""
    scanner = ScamScanner(load_knowledge().get(RedFlags), model)
    return [scanner.scan(item.text).risk is not Risk.LOW for item in items]


def rules_verdicts(items: Sequence[Item]) -> list[bool]:
    """The shipped rules alone: scam = risk medium or high."""
    return _verdicts(items, None)


def shipped_verdicts(items: Sequence[Item]) -> list[bool]:
    """The shipped check (rules and the shipped learned model), for sets it was not trained
    on: the written held-out batches and the fresh batch."""
    return _verdicts(items, load_knowledge().get(LearnedModel))


def candidate_verdicts(items: Sequence[Item]) -> list[bool]:
    """The check with the learned part's candidate thresholds switched on, whatever the
    out-of-fold figures decided: measured on a fresh batch, it says whether the learned part
    would have helped on messages nobody tuned on (issue 15, round 6)."""
    model = load_knowledge().get(LearnedModel)
    trial = model.model_copy(
        update={"raise_at": model.raise_at_candidate, "alone_at": model.alone_at_candidate}
    )
    return _verdicts(items, trial)


Judge = Callable[[Sequence[Item]], list[bool]]


_PARTS = {
    "r": "messages.jsonl",
    "b": "messages_b2b.jsonl",
    "m": "messages_b2b_more.jsonl",
    "f0": "fresh.jsonl",
    "g": "fresh2.jsonl",
    "f3": "fresh3.jsonl",
    "f4": "fresh4.jsonl",
    "f5": "fresh5.jsonl",
    "f6": "fresh6.jsonl",
    "f7": "fresh7.jsonl",
    "f8": "fresh8.jsonl",
    "f9": "fresh9.jsonl",
    "fa": "fresh10.jsonl",
    "fb": "fresh11.jsonl",
    "fc": "fresh12.jsonl",
    "fd": "fresh12b.jsonl",
    "fe": "fresh13.jsonl",
    "ff": "fresh14.jsonl",
    "fg": "fresh14b.jsonl",
    "fh": "fresh15.jsonl",
    "fi": "fresh15b.jsonl",
    "fj": "fresh15c.jsonl",
    "fk": "fresh16.jsonl",
    "fl": "fresh16b.jsonl",
    "fm": "fresh17.jsonl",
    "fn": "fresh17b.jsonl",
    "fo": "fresh18.jsonl",
    "fp": "fresh19.jsonl",
    "fq": "fresh19b.jsonl",
    "fr": "fresh19c.jsonl",
    "fu": "fresh20.jsonl",
    "fv": "fresh20b.jsonl",
    "h7": "honest_mail.jsonl",
    "h8": "honest_mail2.jsonl",
    "h9": "honest_mail3.jsonl",
    "hx": "honest_heldout.jsonl",
    "hy": "honest_heldout2.jsonl",
    "hz": "honest_heldout3.jsonl",
    "hw0": "honest_heldout4.jsonl",  # hw001-hw062
    "hw1": "honest_heldout5.jsonl",  # hw101-hw149
    "hw2": "honest_heldout5b.jsonl",  # hw201-hw240
    "hv1": "honest_heldout6.jsonl",  # hv101-hv145
    "hv2": "honest_heldout6b.jsonl",  # hv201-hv240
    "hu": "honest_heldout7.jsonl",  # hu001-hu053
    "ht": "honest_heldout7b.jsonl",  # ht001-ht070, 65 of them
    "hs": "honest_heldout8.jsonl",  # hs001-hs060
    "hr": "honest_heldout9.jsonl",  # hr001-hr050
    "hq": "honest_heldout9b.jsonl",  # hq001-hq034
    "ho": "honest_heldout10.jsonl",  # ho001-ho061
    "hc": "honest_chat.jsonl",  # hc001-hc211, short chat lines (development from the start)
    "fw": "fresh21.jsonl",
    "fx": "fresh21b.jsonl",
    "hn": "honest_heldout11.jsonl",  # hn001-hn067
}


_LANGUAGES = {
    "in German": {"de"},
    "in French": {"fr"},
    "in Italian": {"it"},
    "in Spanish": {"es"},
    "in Dutch": {"nl"},
    "in Portuguese": {"pt"},
    "in PL/CS/SV/FI": {"pl", "cs", "sv", "fi"},
    "in Japanese": {"ja"},  # read since round 13 (knowledge/scam/japanese.py)
    "other non-English": {
        "ar",
        "bs",
        "el",
        "et",
        "id",
        "ko",
        "no",
        "ru",
        "sq",
        "tl",
        "tr",
        "vi",
        "zh-Hant",
    },
}


def report(title: str, items: Sequence[Item], flagged: Sequence[bool], *, wrong: bool) -> None:
    print(figures(items, flagged).line(title))
    for prefix, name in _PARTS.items():
        part = [i for i, item in enumerate(items) if item.id.startswith(prefix)]
        if part and len(part) < len(items):
            print("   " + figures([items[i] for i in part], [flagged[i] for i in part]).line(name))
    for seen, name in ((True, "read while writing rules"), (False, "never read (clean)")):
        part = [i for i, item in enumerate(items) if item.inspected is seen]
        if part and len(part) < len(items):
            found = figures([items[i] for i in part], [flagged[i] for i in part])
            print("   " + found.line(name))
    chinese = [i for i, item in enumerate(items) if item.lang == "zh"]
    if chinese:
        found = figures([items[i] for i in chinese], [flagged[i] for i in chinese])
        print("   " + found.line("in Chinese"))
    # The European languages the diversion lexicon reads (round 10), one line each, and the
    # rest of the non-English items together.
    for name, langs in _LANGUAGES.items():
        part = [i for i, item in enumerate(items) if item.lang in langs]
        if part and len(part) < len(items):
            found = figures([items[i] for i in part], [flagged[i] for i in part])
            print("   " + found.line(name))
    for name, found in by_family(items, flagged).items():
        print("   " + found.line(name))
    if wrong:
        ids = [i.id for i, f in zip(items, flagged, strict=True) if f != i.scam]
        print("   wrong:", " ".join(ids))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fresh", action="store_true", help="score the fresh batch too")
    parser.add_argument("--written", action="store_true", help="score the written batches")
    parser.add_argument("--wrong", action="store_true", help="list the ids judged wrong")
    parser.add_argument("--rules", action="store_true", help="the rules alone, no training")
    args = parser.parse_args(argv)
    items = real_items()
    print(f"Real messages: {len(items)} ({sum(i.scam for i in items)} scam), folds by source")
    if args.rules:
        report("rules / real", items, rules_verdicts(items), wrong=args.wrong)
    else:
        from scripts.build_scam_model import cross_validate  # needs scikit-learn
        from scripts.scam_powers import powers, unseen

        held = cross_validate()
        report("rules / real", held.items, held.rules, wrong=args.wrong)
        report("learned / real", held.items, held.learned, wrong=args.wrong)
        report("learned alone / real", held.items, held.alone, wrong=args.wrong)
        report("rules+learned / real", held.items, held.combined, wrong=args.wrong)
        print("   thresholds per fold (raise_at, alone_at, alone_short_at):", held.thresholds)
        view = unseen(held)
        report("unread rules / fresh3-7", view.items, view.rules, wrong=False)
        report("unread rules+learned / fresh3-7", view.items, view.both, wrong=False)
        report("unread + short messages / fresh3-7", view.items, view.short, wrong=False)
        print("   powers kept by the out-of-fold figures:", powers(held))
    if args.fresh:
        fresh = real_items(FRESH_FILES)
        if not fresh:
            print("no fresh batch present:", ", ".join(FRESH_FILES))
        else:
            report("rules / fresh", fresh, rules_verdicts(fresh), wrong=args.wrong)
            report("shipped / fresh", fresh, shipped_verdicts(fresh), wrong=args.wrong)
            report("candidate / fresh", fresh, candidate_verdicts(fresh), wrong=args.wrong)
    if args.written:
        for name in WRITTEN_HELD_OUT:
            batch = written_items(name)
            print(figures(batch, rules_verdicts(batch)).line(f"rules / {name}"))
            print(figures(batch, shipped_verdicts(batch)).line(f"shipped / {name}"))


if __name__ == "__main__":
    main()
