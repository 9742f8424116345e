"""Compares the /guide retrieval methods on the real evaluation set (run by hand).

Prints, for BM25, the fuzzy phrasing match, meaning (static word vectors), the first blend
(BM25 + fuzzy) and the blend in use (BM25 + meaning): top-1 and top-3, split into community
questions and help-centre titles, the shares answered with confidence (right, wrong, and of
questions no card answers), and the share of off-topic questions answered with confidence.

By default only the TUNING part and our own off-topic set, the data weights and thresholds
are chosen on: each tuning question is scored with the card phrasings written from its own
site left out (`by_site`), so a question never meets its own words. `--held-out` adds the
held-out part and the real off-topic questions: the figures that measure quality. Measure
them once a change is settled, never while tuning.

    python -m bench.guide_quality [--held-out]
"""

from __future__ import annotations

import sys

import yaml

from knowledge.guide import Guide
from knowledge.guide.search import GuideIndex, Method
from knowledge.loader import packaged_knowledge
from tests.knowledge.guide.evaluation import (
    DATA,
    Question,
    Search,
    by_site,
    confident_share,
    load,
    measure,
    split,
)


def _row(label: str, index: GuideIndex | Search, questions: list[Question]) -> str:
    f = measure(index, questions)
    return (
        f"  {label:<22} n={f.answerable:>3}  top1 {f.top1:.2f}  top3 {f.top3:.2f}  "
        f"conf-right {f.confident_right:.2f}  conf-wrong {f.confident_wrong:.2f}  "
        f"no-card confident {f.unanswerable_confident:.2f} (of {f.unanswerable})"
    )


def _ours() -> list[Question]:
    dev = DATA.parent / "guide_offtopic_dev.yaml"
    texts = yaml.safe_load(dev.read_text(encoding="utf-8"))["questions"]
    return [Question(f"d{i}", text, "ours", "offtopic", ()) for i, text in enumerate(texts)]


def main() -> None:
    guide = packaged_knowledge().get(Guide)
    on, off = load()
    tune, held = split(on)
    ours = _ours()
    for method in Method:
        index = GuideIndex(guide, method)
        print(f"{method.value}:")
        parts: list[tuple[str, list[Question], GuideIndex | Search]] = [
            ("tune", tune, by_site(tune, method))
        ]
        if "--held-out" in sys.argv:
            parts.append(("held-out", held, index))
        for name, part, search in parts:
            for origin in ("community", "help_centre"):
                subset = [q for q in part if q.origin == origin]
                print(_row(f"{name} {origin}", search, subset))
            print(_row(f"{name} all", search, part))
        print(f"  off-topic (ours, {len(ours)}) confident: {confident_share(index, ours):.2f}")
        if "--held-out" in sys.argv:
            print(f"  off-topic (real, {len(off)}) confident: {confident_share(index, off):.2f}")


if __name__ == "__main__":
    main()
