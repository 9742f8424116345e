"""Compares the /guide retrieval methods on every real question the project holds (run by hand).

Prints, for BM25, the fuzzy phrasing match, meaning (static word vectors), the first blend
(BM25 + fuzzy) and the blend in use (BM25 + meaning): top-1 and top-3 on the first set
(tests/data/guide_questions.yaml), on the fresh set (tests/data/guide_questions_fresh.yaml), on
the second fresh set (tests/data/guide_questions_fresh2.yaml) and on all, split into community
questions and help-centre titles, the shares answered with confidence (right, wrong, and of
questions no card answers), and the share of off-topic questions answered with confidence.

All of it is tuning data: the first set's held-out third was measured twice and is spent (round
3); the fresh set was measured once after round 3 (0.55 / 0.80) and is development data since
round 4; the second fresh set was measured once after round 4 (0.69 / 0.88) and is development
data since round 5. So every question is scored leave-one-site-out: with the card phrasings
written from any question of its own site left out (`by_site`), so a question never meets its
own words. These are regression figures; quality is measured once on a set collected apart
(bench/guide_fresh.py). The real off-topic questions are printed as a check, never tuned on.
`--split` adds the first set's old tuning / held-out rows, for comparison with the round 1-2
figures in bench/README.md.

    python -m bench.guide_quality [--split]
"""

from __future__ import annotations

import sys

import yaml

from knowledge.guide import Guide
from knowledge.guide.search import GuideIndex, Method
from knowledge.loader import packaged_knowledge
from tests.knowledge.guide.evaluation import (
    DATA,
    FRESH,
    FRESH2,
    Question,
    Search,
    by_site,
    confident_share,
    load,
    load_all,
    measure,
    split,
)


def _row(label: str, index: GuideIndex | Search, questions: list[Question]) -> str:
    f = measure(index, questions)
    return (
        f"  {label:<30} n={f.answerable:>3}  top1 {f.top1:.2f}  top3 {f.top3:.2f}  "
        f"conf-right {f.confident_right:.2f}  conf-wrong {f.confident_wrong:.2f}  "
        f"no-card confident {f.unanswerable_confident:.2f} (of {f.unanswerable})"
    )


def _ours() -> list[Question]:
    dev = DATA.parent / "guide_offtopic_dev.yaml"
    texts = yaml.safe_load(dev.read_text(encoding="utf-8"))["questions"]
    return [Question(f"d{i}", text, "ours", "offtopic", ()) for i, text in enumerate(texts)]


def main() -> None:
    guide = packaged_knowledge().get(Guide)
    first, _ = load()
    fresh_ids = {q.id for q in load(FRESH)[0]}
    fresh2_ids = {q.id for q in load(FRESH2)[0]}
    on, off = load_all()
    tune, held = split(first)
    ours = _ours()
    for method in Method:
        index = GuideIndex(guide, method)
        print(f"{method.value}:")
        loso = by_site(on, method)  # phrasings may come from any question: all scored LOSO
        parts: list[tuple[str, list[Question], GuideIndex | Search]] = [
            ("first set (LOSO)", first, loso),
            ("fresh set (LOSO)", [q for q in on if q.id in fresh_ids], loso),
            ("fresh2 set (LOSO)", [q for q in on if q.id in fresh2_ids], loso),
            ("all real (LOSO)", on, loso),
        ]
        if "--split" in sys.argv:
            parts += [("tune (LOSO)", tune, loso), ("held-out (LOSO)", held, loso)]
        for name, part, search in parts:
            for origin in ("community", "help_centre"):
                subset = [q for q in part if q.origin == origin]
                print(_row(f"{name} {origin}", search, subset))
            print(_row(f"{name} all", search, part))
        print(f"  off-topic (ours, {len(ours)}) confident: {confident_share(index, ours):.2f}")
        print(f"  off-topic (real, {len(off)}) confident: {confident_share(index, off):.2f}")


if __name__ == "__main__":
    main()
