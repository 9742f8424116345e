"""Which sibling cards does /guide confuse, and what does each wording change do? (round 14 of
issue 13; run by hand)

    python -m bench.guide_siblings [--misses] [--bars] [--ranks]

Every real question (tests/data/guide_questions*.yaml, the five development sets) is scored
leave-one-site-out (`by_site`: the card phrasings written from its own site left out), the real
off-topic ones against the whole guide, exactly as `bench/guide_quality.py` does, through the
real `GuideIndex` and its shipped confidence rule. Prints top-1, top-3, confident right /
wrong, labelled-`[]` confident and off-topic confident, community and help centre apart.
`--misses` lists the misses whose labelled card is 2nd-5th, grouped by the pair of cards
confused (labelled card, card put first), each with its question (for reading the labels,
never for writing phrasings). `--bars` re-scores the confidence rule at other bars and leads
(the search's scores are kept per question, so a bar costs nothing). All regression figures:
every set has been read and tuned on.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from knowledge.guide import Guide, GuideIndex
from knowledge.guide import search as engine
from knowledge.loader import packaged_knowledge
from tests.knowledge.guide.evaluation import Question, by_site, load_all


@dataclass(frozen=True)
class Scored:
    """One question's outcome: the cards in order, and what the confidence rule reads."""

    question: Question
    order: tuple[str, ...]
    score: float
    lead: float
    coverage: float
    sure: bool
    share: float = 0.0  # the first card's share of the whole field (round 17)


def score(index: GuideIndex, question: Question) -> Scored:
    found = index.search(question.text, limit=len(index.guide.cards))
    order = tuple(hit.card.id for hit in found.hits)
    if not found.hits:
        return Scored(question, (), 0.0, 0.0, 0.0, False)
    first, second = found.hits[0], found.hits[1]
    # `sure` is the search's own (both scorers agree, or a phrasing says the same): recovered
    # from the shipped rule, which holds it together with the bar, lead and coverage.
    text = question.text[: engine.QUESTION_CHARS]
    words = index._mended(engine.surface_words(text))
    scores, sure = index._ranked(text, words, engine.stems(words))  # a bench reads inside
    lead = first.score - second.score
    share = engine.field_share(scores)
    return Scored(question, order, first.score, lead, first.coverage, sure, share)


def confident(s: Scored, bar: float = engine.MIN_SCORE, lead: float = engine.MIN_MARGIN) -> bool:
    if not s.order:
        return False
    if engine.is_confident(s.sure, s.score, s.lead, s.coverage, bar, lead):
        return True
    stands_out = s.sure and s.coverage >= engine.MIN_COVERAGE
    return stands_out and s.share >= engine.FIELD_SHARE


def figures(
    on: list[Scored],
    off: list[Scored],
    bar: float = engine.MIN_SCORE,
    lead: float = engine.MIN_MARGIN,
) -> str:
    labelled = [s for s in on if s.question.cards]
    bare = [s for s in on if not s.question.cards]

    def part(items: list[Scored]) -> tuple[float, float]:
        n = max(len(items), 1)
        top1 = sum(bool(s.order) and s.order[0] in s.question.cards for s in items) / n
        top3 = sum(any(c in s.question.cards for c in s.order[:3]) for s in items) / n
        return top1, top3

    right = sum(confident(s, bar, lead) and s.order[0] in s.question.cards for s in labelled)
    wrong = sum(confident(s, bar, lead) and s.order[0] not in s.question.cards for s in labelled)
    top1, top3 = part(labelled)
    com = part([s for s in labelled if s.question.origin == "community"])
    help_ = part([s for s in labelled if s.question.origin == "help_centre"])
    return (
        f"bar {bar:.2f} lead {lead:.2f}: n={len(labelled)} top1 {top1:.3f} top3 {top3:.3f}  "
        f"confident right {right} ({right / len(labelled):.3f}) wrong {wrong}  "
        f"[]-confident {sum(confident(s, bar, lead) for s in bare)} of {len(bare)}  "
        f"off-topic confident {sum(confident(s, bar, lead) for s in off)} of {len(off)}  "
        f"community {com[0]:.2f}/{com[1]:.2f} help centre {help_[0]:.2f}/{help_[1]:.2f}"
    )


def misses(on: list[Scored]) -> list[str]:
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for s in on:
        if not s.question.cards or s.order[0] in s.question.cards:
            continue
        rank = next((n for n, c in enumerate(s.order) if c in s.question.cards), 99) + 1
        if 2 <= rank <= 5:
            label = next(c for c in s.order if c in s.question.cards)
            text = " ".join(s.question.text.split())[:110]
            pairs[(label, s.order[0])].append(f"    {s.question.id} #{rank}: {text}")
    lines = []
    for (label, first), found in sorted(pairs.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        lines.append(f"  {label} <- {first} ({len(found)})")
        lines += found
    total = sum(len(found) for found in pairs.values())
    return [f"misses with the labelled card 2nd-5th: {total}", *lines]


def main(argv: list[str]) -> None:
    on, off = load_all()
    pick = by_site(on)
    whole = GuideIndex(packaged_knowledge().get(Guide))
    scored_on = [score(pick(q), q) for q in on]
    scored_off = [score(whole, q) for q in off]
    print(figures(scored_on, scored_off))
    if "--bars" in argv:
        for bar in np.arange(0.56, 0.665, 0.01):
            for lead in (0.04, 0.05, 0.06):
                print(figures(scored_on, scored_off, float(bar), lead))
    if "--misses" in argv:
        print("\n".join(misses(scored_on)))
    if "--ranks" in argv:  # one line per question, for diffing two runs
        for s in scored_on:
            rank = next((n for n, c in enumerate(s.order) if c in s.question.cards), -1) + 1
            print(f"rank {s.question.id} {rank} {s.order[0] if s.order else '-'}")


if __name__ == "__main__":
    main(sys.argv[1:])
