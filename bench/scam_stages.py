"""Scam-check stage timing: where one scan's time goes, measured inside real scans.

Run from the repository root: `python bench/scam_stages.py [--length N] [--share S]`. Builds
the bench's messages (`bench/scam_bench.py`: real sentences of the evaluation set, `--share`
of them from scam messages; 200 messages of `--length` characters), warms the per-word caches
as a running bot has them, then scans every message five times with each stage of
`ScamScanner.scan` wrapped in a timer: normalising, the phrase search, the combination rules,
the clause cues and negation, the pattern detectors, the name cross-check, the structure
reader, the account threats, the lure shapes, the context adjustments, merging, and the learned
part (when the rules let it run). Prints each stage's milliseconds per scan and its share of the
whole; what is left is the scanner's own glue (building findings, the verdict, the
fingerprint). Stages are timed in place, so their memory traffic counts where it happens (a
stage timed alone in a tight loop runs 1.3-2x faster than inside a scan). Not a latency
benchmark: the timers add about 0.01 ms per scan; `bench/scam_bench.py` gives the latency.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from the root

import knowledge.scam.scanner as scanner_module
from bench import scam_bench
from knowledge.loader import load_knowledge
from knowledge.scam.learned_model import LearnedModel
from knowledge.scam.red_flags import RedFlags

ROUNDS = 5
# Functions the scanner module calls by name, and the parts (attribute, method) it holds.
MODULE_STAGES = ("normalise", "mismatches", "find_lures", "in_context", "added_up", "merge")
PART_STAGES = (
    ("_phrases", "find"),
    ("_combos", "find"),
    ("_context", "read"),
    ("_context", "is_negated"),
    ("_excuses", "excuse"),
    ("_patterns", "find"),
    ("_languages", "find"),
    ("_stance", "read"),
    ("_threats", "find"),
    ("_addressing", "gate"),
    ("_learned", "score"),
)


def timed(name: str, function: Callable[..., Any], spent: dict[str, float]) -> Callable[..., Any]:
    """`function`, adding its wall time to `spent[name]` on every call."""
    clock = time.perf_counter

    def run(*args: Any, **kwargs: Any) -> Any:
        started = clock()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += clock() - started

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=4_096, help="characters per message")
    parser.add_argument("--share", type=float, default=0.15, help="share of scam sentences")
    args = parser.parse_args()

    knowledge = load_knowledge()
    scanner = scanner_module.ScamScanner(knowledge.get(RedFlags), knowledge.get(LearnedModel))
    gc.freeze()  # as the bot does after start-up
    messages = yaml.safe_load(scam_bench.EVAL_FILE.read_text(encoding="utf-8"))["messages"]
    legit = scam_bench.sentences(messages, "legit")
    scam = scam_bench.sentences(messages, "scam")
    texts = scam_bench.messages_of_length(
        legit, scam, share=args.share, length=args.length, count=200, seed=args.length
    )
    for text in texts:
        scanner.scan(text)  # warm the per-word caches

    spent: dict[str, float] = defaultdict(float)
    for name in MODULE_STAGES:
        function = getattr(scanner_module, name)
        setattr(scanner_module, name, timed(name, function, spent))
    for part_name, method in PART_STAGES:
        part = getattr(scanner, part_name)
        if part is not None:
            setattr(part, method, timed(f"{part_name[1:]}.{method}", getattr(part, method), spent))

    started = time.perf_counter()
    for _ in range(ROUNDS):
        for text in texts:
            scanner.scan(text)
    scans = ROUNDS * len(texts)
    total = (time.perf_counter() - started) / scans * 1000
    print(f"{len(texts)} messages of {args.length} characters, {args.share:.0%} scam sentences, "
          f"{ROUNDS} rounds: {total:.3f} ms per scan")  # fmt: skip
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        ms = seconds / scans * 1000
        print(f"  {name:24s} {ms:7.3f} ms  {ms / total:6.1%}")
    glue = total - sum(spent.values()) / scans * 1000
    print(f"  {'(the scanner itself)':24s} {glue:7.3f} ms  {glue / total:6.1%}")


if __name__ == "__main__":
    main()
