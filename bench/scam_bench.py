"""Scam-check benchmark: scan latency by message length, and the naive baseline beside it.

Run from the repository root: `python bench/scam_bench.py` (add `--quick` for a short run).
Prints, for 300-, 1,000- and 4,096-character messages built from the evaluation set's
sentences (two workloads: "typical", 15% of sentences from scam messages, and "dense", 50%),
p50 and p99 latency of `ScamScanner.scan` with the full knowledge base over every call, the
p99 of each message's fastest round ("p99 best": the cost without other processes getting
in the way, which on a shared machine inflate the plain p99), and the cost per 1,000
characters (flat means linear growth); beside them the same calls in CPU time of this process
(`time.process_time_ns`: p50, p99, the mean and the p99 of each message's best round), which
other processes on a shared machine disturb far less than wall time. Then the naive
baseline: rapidfuzz `partial_ratio` of every spelled-out phrase against the whole
normalised text, a phrase counting when it scores at least BASELINE_CUTOFF; its verdict
uses the same scoring rule. Both are timed on the same messages and scored (precision,
recall, F1) on the evaluation set and on the held-out batches.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml
from rapidfuzz import fuzz

# The project is not installed: make the repository root importable before importing it.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from knowledge.loader import load_knowledge
from knowledge.scam.learned_model import LearnedModel
from knowledge.scam.normalise import normalise
from knowledge.scam.red_flags import RedFlags, Severity
from knowledge.scam.scanner import Risk, ScamScanner

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
EVAL_FILE = DATA / "scam_eval.yaml"
# Held-out batches, scored beside the evaluation set (batch 7 has never been tuned on).
HELD_OUT = tuple(f"scam_holdout{n}.yaml" for n in ("", "2", "3", "4", "5", "6", "7"))
LENGTHS = (300, 1_000, 4_096)
# (name, share of sentences taken from scam messages): a supplier e-mail with a red flag or
# two, and a stress case where every other sentence is one.
WORKLOADS = (("typical", 0.15), ("dense", 0.5))
BASELINE_CUTOFF = 90.0  # partial_ratio score (0-100) at which a phrase counts as found


class Baseline:
    """Every phrase variant against the whole normalised text; no index, no context."""

    def __init__(self, flags: RedFlags, scanner: ScamScanner) -> None:
        self._flags = flags
        self._variants = [(v.text, v.category, v.severity) for v in scanner.phrase_variants]
        self._hard = {c.id for c in flags.categories if c.hard_block}

    def risk(self, text: str) -> Risk:
        normalised = normalise(text).normalised
        strongest: dict[str, int] = {}
        blocking = False
        for phrase, category, severity in self._variants:
            if fuzz.partial_ratio(
                phrase, normalised, processor=None, score_cutoff=BASELINE_CUTOFF
            ):
                weight = self._flags.scoring.weights[severity]
                strongest[category] = max(strongest.get(category, 0), weight)
                blocking = blocking or (category in self._hard and severity is Severity.HIGH)
        score = min(100, sum(strongest.values()))
        if blocking or score >= self._flags.scoring.high_at:
            return Risk.HIGH
        return Risk.MEDIUM if score >= self._flags.scoring.medium_at else Risk.LOW


def messages_of_length(
    legit: list[str], scam: list[str], *, share: float, length: int, count: int, seed: int
) -> list[str]:
    """`count` messages of exactly `length` characters: real sentences from the evaluation
    set, each drawn from the scam messages with probability `share`, else from legit ones."""
    rng = random.Random(seed)
    made = []
    for _ in range(count):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < length:
            parts.append(rng.choice(scam if rng.random() < share else legit))
        made.append(" ".join(parts)[:length])
    return made


def latencies(
    run: Callable[[str], object], texts: list[str], rounds: int
) -> tuple[list[list[float]], list[list[float]]]:
    """Wall and CPU (process) time in milliseconds of each call: one list per text, one entry
    per round. CPU time counts only this process's work, so on a shared machine it moves far
    less than wall time when other processes take the cores."""
    times: list[list[float]] = [[] for _ in texts]
    cpu: list[list[float]] = [[] for _ in texts]
    for _ in range(rounds):
        for text, spent, used in zip(texts, times, cpu, strict=True):
            start, start_cpu = time.perf_counter_ns(), time.process_time_ns()
            run(text)
            used.append((time.process_time_ns() - start_cpu) / 1e6)
            spent.append((time.perf_counter_ns() - start) / 1e6)
    return times, cpu


def p(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def quality(predict: Callable[[str], bool], messages: list[dict[str, str]]) -> str:
    tp = fp = fn = 0
    for message in messages:
        predicted, actual = predict(message["text"]), message["label"] == "scam"
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (
        f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  (tp {tp} fp {fp} fn {fn})"
    )


def sentences(messages: list[dict[str, str]], label: str) -> list[str]:
    return [
        part.strip() + "."
        for message in messages
        if message["label"] == label
        for part in message["text"].split(".")
        if part.strip()
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer messages and rounds")
    args = parser.parse_args()
    count, rounds, baseline_count = (40, 3, 5) if args.quick else (200, 10, 20)

    started = time.perf_counter()
    flags = load_knowledge().get(RedFlags)
    scanner = ScamScanner(flags, load_knowledge().get(LearnedModel))
    built = (time.perf_counter() - started) * 1000
    # The index is thousands of long-lived objects: freezing them keeps the garbage collector
    # from walking them on every full collection (the bot does the same after start-up).
    gc.freeze()
    print(f"knowledge loaded and scanner built in {built:.0f} ms; "
          f"{scanner.phrase_count} phrase variants")  # fmt: skip

    messages = yaml.safe_load(EVAL_FILE.read_text(encoding="utf-8"))["messages"]
    legit, scam = sentences(messages, "legit"), sentences(messages, "scam")
    baseline = Baseline(flags, scanner)

    for name, share in WORKLOADS:
        print(f"\n{name}: {share:.0%} of sentences from scam messages; "
              f"{count} messages x {rounds} rounds per length; times in ms")  # fmt: skip
        print(f"{'chars':>6} {'p50':>7} {'p99':>7} {'p99 best':>9} {'p50 per 1k chars':>17} | "
              f"{'cpu p50':>7} {'cpu p99':>7} {'cpu best mean':>13} {'cpu p99 best':>12} | "
              f"baseline ({baseline_count} msgs) {'p50':>7} {'p99':>7}")  # fmt: skip
        for length in LENGTHS:
            texts = messages_of_length(
                legit, scam, share=share, length=length, count=count, seed=length
            )
            for text in texts:
                scanner.scan(text)  # warm the per-word cache, as a running bot has it
            per_text, per_text_cpu = latencies(scanner.scan, texts, rounds)
            ours = [spent for spents in per_text for spent in spents]
            best = [min(spents) for spents in per_text]
            cpu = [used for useds in per_text_cpu for used in useds]
            cpu_best = [min(useds) for useds in per_text_cpu]
            theirs = [
                s
                for spents in latencies(baseline.risk, texts[:baseline_count], 1)[0]
                for s in spents
            ]
            print(f"{length:>6} {p(ours, 50):>7.3f} {p(ours, 99):>7.3f} {p(best, 99):>9.3f} "
                  f"{p(ours, 50) / length * 1000:>17.3f} | "
                  f"{p(cpu, 50):>7.3f} {p(cpu, 99):>7.3f} {statistics.fmean(cpu_best):>13.3f} "
                  f"{p(cpu_best, 99):>12.3f} | "
                  f"{'':>19} {p(theirs, 50):>7.2f} {p(theirs, 99):>7.2f}")  # fmt: skip

    print(f"\nscam = risk medium or high; baseline counts partial_ratio >= {BASELINE_CUTOFF:g}")
    for name in ("scam_eval.yaml", *HELD_OUT):
        labelled = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["messages"]
        print(f"{name}: {len(labelled)} messages")
        print(f"  scanner : {quality(lambda t: scanner.scan(t).risk is not Risk.LOW, labelled)}")
        print(f"  baseline: {quality(lambda t: baseline.risk(t) is not Risk.LOW, labelled)}")


if __name__ == "__main__":
    main()
