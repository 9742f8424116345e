"""Does the trade glossary or the stage words of guide.yaml help /guide find the right card?
(round 15 of issue 13; run by hand)

    python -m bench.guide_terms [--ranks TERM STAGE]

Scores every real question of the development sets leave-one-site-out and the real off-topic
ones against the whole guide, exactly as `bench/guide_siblings.py` does (same figures, same
shipped confidence rule), once per lift: the glossary's (`search.TERM_BOOST`) and the stage
words' (`search.STAGE_BOOST`) from 0 (neither) upwards, and prints the confidence bars for
the chosen pair. The indexes are built once; a lift is read at search time. `--ranks` prints
one line per question for one pair, for diffing against 0 0. All regression figures: every set
has been read and tuned on.
"""

from __future__ import annotations

import sys

import numpy as np

from bench.guide_siblings import figures, score
from knowledge.guide import Guide, GuideIndex
from knowledge.guide import search as engine
from knowledge.loader import packaged_knowledge
from tests.knowledge.guide.evaluation import by_site, load_all

LIFTS = ((0.0, 0.0), (0.02, 0.0), (0.04, 0.0), (0.06, 0.0), (0.08, 0.0), (0.12, 0.0))
STAGES = ((0.0, 0.02), (0.0, 0.04), (0.0, 0.06))


def main(argv: list[str]) -> None:
    on, off = load_all()
    pick = by_site(on)
    whole = GuideIndex(packaged_knowledge().get(Guide))
    indexes = [pick(q) for q in on]  # built once, reused by every lift
    if "--ranks" in argv:
        at = argv.index("--ranks")
        engine.TERM_BOOST, engine.STAGE_BOOST = float(argv[at + 1]), float(argv[at + 2])
        for index, q in zip(indexes, on, strict=True):
            s = score(index, q)
            rank = next((n for n, c in enumerate(s.order) if c in q.cards), -1) + 1
            print(f"rank {q.id} {rank} {s.order[0] if s.order else '-'}")
        return
    pairs = [tuple(float(x) for x in p.split(",")) for p in argv] or [*LIFTS, *STAGES]
    for term, stage in pairs:
        engine.TERM_BOOST, engine.STAGE_BOOST = term, stage
        scored_on = [score(index, q) for index, q in zip(indexes, on, strict=True)]
        scored_off = [score(whole, q) for q in off]
        print(f"term {term:.2f} stage {stage:.2f}: {figures(scored_on, scored_off)}", flush=True)
        if len(pairs) == 1:
            for bar in np.arange(0.58, 0.665, 0.01):
                for lead in (0.04, 0.05, 0.06):
                    print("  ", figures(scored_on, scored_off, float(bar), lead))


if __name__ == "__main__":
    main(sys.argv[1:])
