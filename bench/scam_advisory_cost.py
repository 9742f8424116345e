"""What round 14's advisory shapes cost a scan: the whole scan with and without them, in one
process, alternated.

Run from the repository root: `python bench/scam_advisory_cost.py [ROUNDS] [SHAPES]` (default 6
rounds and `advisory_lures`; round 15's short openers: `fragment_lures`). Builds the scan
benchmark's "typical" messages (`bench/scam_bench.py`: 200 messages of 300, 1,000 and 4,096
characters, 15% of the sentences from scam messages), then scans each message ROUNDS times with
`knowledge.scam.lures.advisory_lures` (or SHAPES) switched on, off, and off again (a control) in
an order turned each round, and keeps each message's fastest time each way: on a machine shared
with other work the best of several alternated runs is what the code costs, where two separate
runs of `scam_bench.py` differ by more than the shapes do. Prints p50 and p99 of the best times
with and without, the median of the per-message difference beside the control's (two identical
runs: the harness's noise floor), and the shapes alone on the folded texts.
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import scam_bench
from knowledge.loader import load_knowledge
from knowledge.scam import lures
from knowledge.scam.learned_model import LearnedModel
from knowledge.scam.lure_text import Lure
from knowledge.scam.normalise import normalise
from knowledge.scam.red_flags import RedFlags
from knowledge.scam.scanner import ScamScanner

_SWITCH = "advisory_lures"  # the name `find_lures` calls round 14's shapes by (round 15's:
# "fragment_lures", given as the second argument)


def _none(folded: str) -> list[Lure]:
    return []


def _best(run: Callable[[str], object], text: str, best: float) -> float:
    started = time.perf_counter()
    run(text)
    return min(best, time.perf_counter() - started)


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * q) - 1)] * 1000


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    switch = sys.argv[2] if len(sys.argv) > 2 else _SWITCH
    knowledge = load_knowledge()
    scanner = ScamScanner(knowledge.get(RedFlags), knowledge.get(LearnedModel))
    messages = yaml.safe_load(scam_bench.EVAL_FILE.read_text(encoding="utf-8"))["messages"]
    legit = scam_bench.sentences(messages, "legit")
    scam = scam_bench.sentences(messages, "scam")
    shapes: Callable[[str], list[Lure]] = getattr(lures, switch)
    gc.freeze()  # as the bot does after start-up
    print(f"typical messages, 200 per length, best of {rounds} alternated runs; ms")
    for length in (300, 1_000, 4_096):
        texts = scam_bench.messages_of_length(
            legit, scam, share=0.15, length=length, count=200, seed=length
        )
        for text in texts:
            scanner.scan(text)  # warm the per-word caches
        # three ways, their order turned each round: the shapes, none, and none again (the
        # control: what the harness reports between two identical runs is its noise floor)
        ways: list[tuple[Callable[[str], list[Lure]], list[float]]] = [
            (shapes, [float("inf")] * len(texts)),
            (_none, [float("inf")] * len(texts)),
            (_none, [float("inf")] * len(texts)),
        ]
        for turn in range(rounds):
            for way, best in ways[turn % 3 :] + ways[: turn % 3]:
                setattr(lures, switch, way)
                for k, text in enumerate(texts):
                    best[k] = _best(scanner.scan, text, best[k])
        setattr(lures, switch, shapes)
        on, off, control = (best for _, best in ways)
        added = statistics.median(a - b for a, b in zip(on, off, strict=True)) * 1000
        floor = statistics.median(a - b for a, b in zip(control, off, strict=True)) * 1000
        folded = [normalise(text).folded for text in texts]
        alone = [float("inf")] * len(folded)
        for _ in range(rounds):
            for k, text in enumerate(folded):
                alone[k] = _best(shapes, text, alone[k])
        print(
            f"{length:5} chars: scan without p50 {_p(off, 0.5):.3f} p99 {_p(off, 0.99):.3f} | "
            f"with p50 {_p(on, 0.5):.3f} p99 {_p(on, 0.99):.3f} | added per message (median) "
            f"{added:.3f}, control {floor:.3f} | shapes alone p50 {_p(alone, 0.5):.3f} "
            f"p99 {_p(alone, 0.99):.3f}"
        )


if __name__ == "__main__":
    main()
