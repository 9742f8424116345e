"""Compares the /guide retrieval methods on the real evaluation set (run by hand).

Prints, for BM25, fuzzy phrasing match and their blend: top-1 and top-3 on the tuning part
and on the held-out part (by source site), split into community questions and help-centre
titles, the share of confident wrong answers, and the share of real off-topic questions
answered with confidence. Only the held-out and off-topic figures measure quality; the
tuning part is what the weights and thresholds were chosen on. `--tune` also prints ours.

    python -m bench.guide_quality
"""

from __future__ import annotations

import sys

import yaml

from knowledge.guide import Guide
from knowledge.guide.search import GuideIndex, Method
from knowledge.loader import packaged_knowledge
from tests.knowledge.guide.evaluation import DATA, Question, confident_share, load, measure, split


def _row(label: str, index: GuideIndex, questions: list[Question]) -> str:
    f = measure(index, questions)
    return (
        f"  {label:<22} n={f.answerable:>3}  top1 {f.top1:.2f}  top3 {f.top3:.2f}  "
        f"conf-right {f.confident_right:.2f}  conf-wrong {f.confident_wrong:.2f}  "
        f"no-card confident {f.unanswerable_confident:.2f} (of {f.unanswerable})"
    )


def main() -> None:
    guide = packaged_knowledge().get(Guide)
    on, off = load()
    tune, held = split(on)
    dev = DATA.parent / "guide_offtopic_dev.yaml"
    ours = [
        Question(f"d{i}", text, "ours", "offtopic", ())
        for i, text in enumerate(yaml.safe_load(dev.read_text(encoding="utf-8"))["questions"])
    ]
    for method in Method:
        index = GuideIndex(guide, method)
        print(f"{method.value}:")
        for name, part in (("tune", tune), ("held-out", held)):
            for origin in ("community", "help_centre"):
                subset = [q for q in part if q.origin == origin]
                print(_row(f"{name} {origin}", index, subset))
            print(_row(f"{name} all", index, part))
        print(f"  off-topic (real, {len(off)}) confident: {confident_share(index, off):.2f}")
        if "--tune" in sys.argv:
            print(f"  off-topic (ours, {len(ours)}) confident: {confident_share(index, ours):.2f}")


if __name__ == "__main__":
    main()
