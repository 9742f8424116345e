"""Does the trade glossary of guide.yaml help /guide find the right card? (round 15 of issue
13; run by hand)

    python -m bench.guide_terms [LIFT ...] [--ranks LIFT]

Scores every real question of the development sets leave-one-site-out and the real off-topic
ones against the whole guide, exactly as `bench/guide_siblings.py` does (same figures, same
shipped confidence rule), once per glossary lift (`search.TERM_BOOST`, 0 = no glossary), and
the confidence rule at other bars and leads when one lift is given. The indexes are built
once; the lift is read at search time. `--ranks LIFT` lists the questions whose labelled card's
rank, first card or confidence moves between no lift and LIFT. All regression figures: every
set has been read and tuned on. (Round 15's stage-word rule was measured the same way, with a
second lift, and dropped: bench/README.md.)
"""

from __future__ import annotations

import sys

import numpy as np

from bench.guide_siblings import confident, figures, score
from knowledge.guide import Guide, GuideIndex
from knowledge.guide import search as engine
from knowledge.loader import packaged_knowledge
from tests.knowledge.guide.evaluation import by_site, load_all

LIFTS = (0.0, 0.02, 0.04, 0.06, 0.08, 0.12)


def main(argv: list[str]) -> None:
    on, off = load_all()
    pick = by_site(on)
    whole = GuideIndex(packaged_knowledge().get(Guide))
    indexes = [pick(q) for q in on]  # built once, reused by every lift
    if "--ranks" in argv:
        lift = float(argv[argv.index("--ranks") + 1])
        for index, q in zip(indexes, on, strict=True):
            ranks = []
            for engine.TERM_BOOST in (0.0, lift):
                s = score(index, q)
                rank = next((n for n, c in enumerate(s.order) if c in q.cards), -1) + 1
                ranks.append(f"{rank} {s.order[0] if s.order else '-'} {confident(s)}")
            if ranks[0] != ranks[1]:
                print(f"{q.id}: {ranks[0]} -> {ranks[1]}  {' '.join(q.text.split())[:90]}")
        return
    lifts = [float(x) for x in argv] or list(LIFTS)
    for lift in lifts:
        engine.TERM_BOOST = lift
        scored_on = [score(index, q) for index, q in zip(indexes, on, strict=True)]
        scored_off = [score(whole, q) for q in off]
        print(f"lift {lift:.2f}: {figures(scored_on, scored_off)}", flush=True)
        if len(lifts) == 1:
            for bar in np.arange(0.58, 0.665, 0.01):
                for lead in (0.04, 0.05, 0.06):
                    print("  ", figures(scored_on, scored_off, float(bar), lead))


if __name__ == "__main__":
    main(sys.argv[1:])
