"""How /guide ranks the real development questions that do not read as English, in particular
those with no word BM25 can read (Chinese, Japanese, Thai, most Korean). (round 21 of issue 13;
run by hand)

    python -m bench.guide_cjk [--each] [--scores] [--no-trade-words]

Every real question of the development sets (`load_all`) that the shipped router sends to the
multilingual reader (`other_languages.EnglishWords`), scored as `bench/guide_quality.py` does:
through the real `GuideIndex`, leave-one-site-out (the guide without the phrasings written
from the question's own site); the real off-topic ones that the router sends likewise,
through the whole guide. Split into "no word BM25 reads" (the search's `words` would have
been 0 before round 21) and the rest. Prints top-1 / top-3 of the answerable ones, how many
got no card at all, were answered with confidence (right / wrong), or were offered the
closest cards ("related"); for labelled "no card" and off-topic ones (the real ones and our own
`guide_offtopic_dev.yaml`), how many got a
confident card or closest cards. `--each` lists every question with its labelled card's
rank; `--scores` prints the first card's score per outcome, the figures a confidence or
"related" bar would be fitted on. **Development figures**: every set has been read and tuned
on. `--no-trade-words` runs the search without round 22's translated trade words
(`search.TRADE_WORDS`), for the "before" column.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import yaml

from knowledge.guide import Guide, GuideIndex
from knowledge.guide import search as engine
from knowledge.guide.other_languages import EnglishWords
from knowledge.guide.search import card_texts
from knowledge.guide.words import stems, surface_words
from knowledge.loader import packaged_knowledge
from tests.knowledge.guide.evaluation import DATA, Question, by_site, load_all


@dataclass(frozen=True, slots=True)
class Outcome:
    """One question's outcome through the search."""

    question: Question
    order: tuple[str, ...]
    confident: bool
    related: bool
    score: float
    readable: bool  # BM25 reads at least one of its words

    @property
    def rank(self) -> int:
        """The labelled card's place (1 = first; 99: not offered or no label)."""
        return next((n + 1 for n, c in enumerate(self.order) if c in self.question.cards), 99)


def outcome(index: GuideIndex, question: Question) -> Outcome:
    found = index.search(question.text, limit=len(index.guide.cards))
    best = found.best
    readable = bool(stems(surface_words(question.text)))
    return Outcome(
        question,
        tuple(hit.card.id for hit in found.hits),
        found.confident,
        found.related,
        best.score if best else 0.0,
        readable,
    )


def summary(label: str, outcomes: list[Outcome]) -> str:
    labelled = [o for o in outcomes if o.question.cards]
    bare = [o for o in outcomes if not o.question.cards]
    n = max(len(labelled), 1)
    top1 = sum(o.rank == 1 for o in labelled)
    top3 = sum(o.rank <= 3 for o in labelled)
    none = sum(not o.order for o in labelled)
    right = sum(o.confident and o.rank == 1 for o in labelled)
    wrong = sum(o.confident and o.rank != 1 for o in labelled)
    related = sum(o.related for o in labelled)
    return (
        f"  {label:<26} answerable {len(labelled):>2}: top-1 {top1}/{len(labelled)} "
        f"({top1 / n:.2f}) top-3 {top3} ({top3 / n:.2f}); no card {none}, confident "
        f"{right} right / {wrong} wrong, closest cards offered {related}; "
        f"'no card' {len(bare)}: confident {sum(o.confident for o in bare)}, closest cards "
        f"{sum(o.related for o in bare)}"
    )


def main(argv: list[str]) -> None:
    if "--no-trade-words" in argv:
        engine.TRADE_WORDS = False  # round 21's search
    guide = packaged_knowledge().get(Guide)
    whole = GuideIndex(guide)
    english = EnglishWords(card_texts(guide))
    mend = whole._speller.mend  # a bench reads inside

    def foreign(q: Question) -> bool:
        return not english.reads(q.text, mend)

    on, off = load_all()
    ours = yaml.safe_load((DATA.parent / "guide_offtopic_dev.yaml").read_text(encoding="utf-8"))
    off += [Question(f"d{n}", text, "ours", "offtopic", ()) for n, text in enumerate(ours)]
    on = [q for q in on if foreign(q)]
    off = [q for q in off if foreign(q)]
    pick = by_site(on)
    scored = [outcome(pick(q), q) for q in on]
    scored_off = [outcome(whole, q) for q in off]
    print(f"non-English development questions: {len(on)} on-topic, {len(off)} off-topic")
    print(summary("all", scored))
    print(summary("no word BM25 reads", [o for o in scored if not o.readable]))
    print(summary("some word BM25 reads", [o for o in scored if o.readable]))
    for label, part in (
        ("off-topic all", scored_off),
        ("off-topic no word BM25", [o for o in scored_off if not o.readable]),
    ):
        print(
            f"  {label:<26} {len(part)}: confident {sum(o.confident for o in part)}, "
            f"closest cards {sum(o.related for o in part)}, "
            f"nothing {sum(not o.order for o in part)}"
        )
    if "--each" in argv:
        for o in [*scored, *scored_off]:
            first = o.order[0] if o.order else "-"
            mark = "C" if o.confident else ("r" if o.related else ".")
            rank = o.rank if o.question.cards else "-"
            text = " ".join(o.question.text.split())[:50]
            print(f"   {o.question.id:<6} rank {rank!s:>2} {mark} {o.score:.3f} {first}: {text}")
    if "--scores" in argv:
        for label, part in (
            ("right first", [o for o in scored if o.question.cards and o.rank == 1]),
            ("wrong first", [o for o in scored if o.question.cards and o.rank != 1]),
            ("labelled no card", [o for o in scored if not o.question.cards]),
            ("off-topic", scored_off),
        ):
            values = sorted(round(o.score, 3) for o in part if o.order)
            print(f"  {label}: {values}")


if __name__ == "__main__":
    main(sys.argv[1:])
