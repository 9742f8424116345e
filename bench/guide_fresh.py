"""Measures /guide once on a fresh evaluation set nobody tuned on (run by hand, once).

    python -m bench.guide_fresh PATH [--misses]

PATH is a YAML file in the format of tests/data/guide_questions.yaml: `questions` (id, text,
site, origin, cards: the ids of the cards that answer it, best first, or [] when none does)
and `offtopic` (id, text, site). It prints, for each origin and for all questions: top-1 and
top-3 (a labelled card first / among the first three), the shares answered with a confident
card that is right and that is wrong, and for questions no card answers and for the
off-topic ones, the share answered with confidence anyway (the harm). The guide is searched
whole, as the bot ships it (no phrasing is left out: a fresh question cannot have been
written into a card). `--misses` also lists each question whose labelled card is not first;
it shows the fresh questions, so it is for after the measurement, never for tuning.
"""

from __future__ import annotations

import sys
from pathlib import Path

from knowledge.guide import Guide, GuideIndex
from knowledge.loader import packaged_knowledge
from tests.knowledge.guide.evaluation import Question, confident_share, load, measure

USAGE = "usage: python -m bench.guide_fresh PATH [--misses]"


def _row(label: str, index: GuideIndex, questions: list[Question]) -> str:
    f = measure(index, questions)
    return (
        f"  {label:<12} n={f.answerable:>3}  top1 {f.top1:.2f}  top3 {f.top3:.2f}  "
        f"confident right {f.confident_right:.2f}  wrong {f.confident_wrong:.2f}  "
        f"no-card confident {f.unanswerable_confident:.2f} (of {f.unanswerable})"
    )


def report(path: Path, *, misses: bool = False) -> list[str]:
    """The figures for the evaluation file at `path`, as printed lines."""
    on, off = load(path)
    index = GuideIndex(packaged_knowledge().get(Guide))
    known = {card.id for card in index.guide.cards}
    lines = [f"{path}: {len(on)} questions, {len(off)} off-topic; guide of {len(known)} cards"]
    unknown = sorted({card for q in on for card in q.cards} - known)
    if unknown:
        lines.append(f"  warning: labels name cards the guide lacks: {', '.join(unknown)}")
    for origin in sorted({q.origin for q in on}):
        lines.append(_row(origin, index, [q for q in on if q.origin == origin]))
    lines.append(_row("all", index, on))
    lines.append(f"  off-topic confident {confident_share(index, off):.2f} (of {len(off)})")
    if misses:
        for question in on:
            found = index.search(question.text)
            first = found.best.card.id if found.best else "-"
            if question.cards and first not in question.cards:
                sure = "confident" if found.confident else "not sure"
                lines.append(f"  miss {question.id}: {first} ({sure}), labelled {question.cards}")
    return lines


def main(argv: list[str]) -> int:
    paths = [arg for arg in argv if not arg.startswith("--")]
    if len(paths) != 1 or not Path(paths[0]).is_file():
        print(USAGE, file=sys.stderr)
        return 2
    try:
        lines = report(Path(paths[0]), misses="--misses" in argv)
    except ValueError as error:
        print(f"cannot read the evaluation file: {error}", file=sys.stderr)
        return 2
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
