"""The unread view beside today's rules, per kind: what a rules change adds on fresh3-fresh13.

Run from the repository root: `python bench/scam_unread_kinds.py [--ids]`. For the 824 items
whose rules verdict was recorded before anyone read their batch
(tests/data/scam_real/unseen_rules.json), it prints precision, recall and hard legit raised
of (1) those recorded verdicts ("unread") and (2) today's rules alone on the same items, overall
and per category family, and (3) the honest-mail sets (h7-hz) raised by today's rules.
`--ids` lists the ids whose verdict changed. Read (2) as a development figure: every batch
here was read and tuned on after its measurement; a rule written this round WITHOUT reading
them still moves only what the frozen rules missed, which is the point of the comparison
(issue 15, round 14). Needs no training.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.scam_quality import by_family, figures, rules_verdicts
from scripts.scam_data import real_items
from scripts.scam_powers import UNSEEN

_HONEST_SETS = ("h7", "h8", "h9", "hx", "hy", "hz")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ids", action="store_true", help="list the ids that changed")
    args = parser.parse_args(argv)
    recorded = json.loads(UNSEEN.read_text(encoding="utf-8"))["verdicts"]
    every = real_items()
    items = [item for item in every if item.id in recorded]
    unread = [bool(recorded[item.id][0]) for item in items]
    today = rules_verdicts(items)
    print(figures(items, unread).line(f"unread rules ({len(items)} items)"))
    print(figures(items, today).line("today's rules, same items"))
    before, after = by_family(items, unread), by_family(items, today)
    for name, found in after.items():
        print("   " + before[name].line(name + " (unread)"))
        print("   " + found.line(name + " (today)"))
    honest = [item for item in every if item.id.startswith(_HONEST_SETS)]
    raised = rules_verdicts(honest)
    for prefix in _HONEST_SETS:
        part = [flag for item, flag in zip(honest, raised, strict=True) if item.id[:2] == prefix]
        print(f"honest set {prefix}: {sum(part)} of {len(part)} raised by today's rules")
    if args.ids:
        changed = [
            f"{item.id}:{'+' if now else '-'}{'scam' if item.scam else 'legit'}"
            for item, was, now in zip(items, unread, today, strict=True)
            if was != now
        ]
        print("changed:", " ".join(changed))


if __name__ == "__main__":
    main()
