"""Benchmark of the Incoterms lookup: speed, and how well it survives typos in rule names.

Run by hand (`python -m bench.incoterms_lookup`); prints its figures and asserts nothing. It
makes every one-edit typo of each rule's full name (a letter dropped, doubled, swapped with
its neighbour, or replaced by a neighbouring key) and a sample of two-edit typos, alone and
followed by a place, and counts
how often the lookup finds the right rule, only suggests it, finds a wrong one, or finds
nothing.
"""

from __future__ import annotations

import random
import statistics
import time
from collections import Counter

from knowledge.incoterms.lookup import IncotermsGuide
from knowledge.incoterms.matches import RuleMatch, Suggestions
from knowledge.incoterms.models import Incoterms
from knowledge.loader import load_knowledge

QWERTY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def neighbours(letter: str) -> str:
    """Keys beside `letter` on a QWERTY keyboard: the usual slip of a thumb."""
    for row in QWERTY_ROWS:
        at = row.find(letter)
        if at >= 0:
            return row[max(at - 1, 0) : at] + row[at + 1 : at + 2]
    return ""


def one_edit_typos(name: str) -> set[str]:
    """Every spelling one slip away from `name` (letters only; spaces stay)."""
    text = name.lower()
    typos: set[str] = set()
    for i, letter in enumerate(text):
        if not letter.isalpha():
            continue
        typos.add(text[:i] + text[i + 1 :])
        typos.add(text[:i] + letter + text[i:])
        if i + 1 < len(text) and text[i + 1].isalpha():
            typos.add(text[:i] + text[i + 1] + letter + text[i + 2 :])
        typos.update(text[:i] + near + text[i + 1 :] for near in neighbours(letter))
    typos.discard(text)
    return typos


def classify(guide: IncotermsGuide, query: str, code: str) -> str:
    """How the lookup fared on `query`, whose intended rule is `code`."""
    result = guide.find_rule(query)
    if isinstance(result, RuleMatch):
        return "found right" if result.rule.code == code else "found WRONG"
    if isinstance(result, Suggestions):
        keys = [entry.key for entry in result.entries]
        return "suggested" if code in keys else "suggested other"
    return "nothing"


def main() -> None:
    """Print build time, lookup latency and typo robustness."""
    book = load_knowledge().get(Incoterms)
    started = time.perf_counter()
    guide = IncotermsGuide(book)
    print(f"guide built in {(time.perf_counter() - started) * 1000:.2f} ms")

    cases = [(typo, rule.code) for rule in book.rules for typo in one_edit_typos(rule.name)]
    random.seed(7)
    # Two slips in one name: a random sample of one-edit typos of one-edit typos.
    doubles = [
        (second, code)
        for typo, code in random.sample(cases, 400)
        for second in random.sample(sorted(one_edit_typos(typo)), 3)
    ]
    runs = (
        ("one typo", cases, ""),
        ("one typo + place", cases, " shanghai"),
        ("two typos", doubles, ""),
        ("two typos + place", doubles, " rotterdam"),
    )
    for label, queries, suffix in runs:
        counts = Counter(classify(guide, typo + suffix, code) for typo, code in queries)
        total = sum(counts.values())
        found = counts["found right"] + counts["found WRONG"]
        precision = counts["found right"] / found if found else 0.0
        print(f"{label}: {total} queries")
        for outcome in ("found right", "suggested", "found WRONG", "suggested other", "nothing"):
            print(f"  {outcome:16} {counts[outcome]:5}  {counts[outcome] / total:6.1%}")
        recall = counts["found right"] / total
        print(f"  precision of 'found' {precision:.1%}, recall {recall:.1%}")

    sample = [typo + random.choice(["", " rotterdam"]) for typo, _ in random.sample(cases, 200)]
    sample += ["fob", "CIF Rotterdam", "hello world", "is cif insurance enough", "fob destination"]
    timings = []
    for query in sample * 20:
        started = time.perf_counter()
        guide.find_rule(query)
        timings.append((time.perf_counter() - started) * 1_000_000)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95)]
    print(f"find_rule over {len(timings)} calls: median {statistics.median(timings):.0f} µs,")
    print(f"  p95 {p95:.0f} µs, max {timings[-1]:.0f} µs")


if __name__ == "__main__":
    main()
