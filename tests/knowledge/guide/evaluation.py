"""The /guide evaluation: real questions, the held-out split by source site, and the figures.

Shared by the quality test (tests/knowledge/guide/test_quality.py), the comparison bench
(bench/guide_quality.py) and the fresh-set bench (bench/guide_fresh.py). The split is a rule,
not a field, so nobody can move a question between parts by hand: within each origin
(community questions, help-centre titles) the sites are ordered by the SHA-256 of their name
and whole sites go to the held-out part until it holds a third of that origin's questions (a
site that would overshoot by more than a tenth is passed over).

The held-out part is SPENT: it was measured twice (issue 13, rounds 1 and 2), so from round 3
on all of tests/data/guide_questions.yaml is tuning data and its figures are regression
figures. `split` stays for the record (and for the round 1-2 figures in bench/README.md).
The fresh set (tests/data/guide_questions_fresh.yaml) was measured once after round 3: 0.55 /
0.80; it is development data since round 4, scored leave-one-site-out with the first set
(`load_all`). The second fresh set (tests/data/guide_questions_fresh2.yaml) was measured once
after round 4: 0.69 / 0.88; development data since round 5, scored the same way; the third
(guide_questions_fresh3.yaml), measured once after round 5 (0.57 / 0.86 on 14), likewise; the
fourth (guide_questions_fresh4.yaml), measured once after round 12 (0.76 / 0.88 on 17), too;
the fifth (guide_questions_fresh5.yaml), measured once after round 14 (0.47 / 0.67 on 15), too;
the sixth (guide_questions_fresh6.yaml and fresh6b.yaml), measured once after round 15 (0.66 /
0.84 on 32 and 0.70 / 0.90 on 10), too; the seventh (guide_questions_fresh7.yaml), measured
once after round 17 (0.86 / 1.00 on 7 answerable; 1 of 20 off-topic confident), too; the
eighth (guide_questions_fresh8.yaml, most of it not in English), measured once after round 20
(0.43 / 0.52 on 21 answerable; none confident), too; the ninth (guide_questions_fresh9.yaml,
half of it not in English), measured once after round 22 (0.42 / 0.61 on 31 answerable; 2
confident, right; 2 of 19 off-topic confident, so confidence outside English was turned off),
too.
Quality is measured on a set collected apart, once, with bench/guide_fresh.py.

Card phrasings written from evaluation questions carry a `# tuning qNNN` (or `gfNNN`, from the
fresh set, `g2NNN` from the second) comment in guide.yaml. Scoring a question with them would
score it against its own words, so `by_site` scores each question with the phrasings written
from its own SITE removed (leave-one-site-out); a test checks that no phrasing copies a
question's text. Answer text is never left out: an answer written after reading a question
still meets it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import yaml

from knowledge.guide import Guide
from knowledge.guide.search import GuideIndex, Method

DATA = Path(__file__).parents[2] / "data" / "guide_questions.yaml"
# Collected apart and measured once after round 3 (top-1 0.55, top-3 0.80); development data
# since round 4, scored leave-one-site-out together with DATA.
FRESH = DATA.parent / "guide_questions_fresh.yaml"
# Collected apart and measured once after round 4 (top-1 0.69, top-3 0.88); development data
# since round 5, scored leave-one-site-out with the others.
FRESH2 = DATA.parent / "guide_questions_fresh2.yaml"
# Collected apart and measured once after round 5 (14 answerable: top-1 0.57, top-3 0.86);
# development data since, scored leave-one-site-out with the others.
FRESH3 = DATA.parent / "guide_questions_fresh3.yaml"
# Collected apart and measured once after round 12 (17 answerable: top-1 0.76, top-3 0.88);
# development data since round 13, scored leave-one-site-out with the others.
FRESH4 = DATA.parent / "guide_questions_fresh4.yaml"
# Collected apart and measured once after round 14 (15 answerable: top-1 0.47, top-3 0.67);
# development data since round 15, scored leave-one-site-out with the others.
FRESH5 = DATA.parent / "guide_questions_fresh5.yaml"
# Collected apart (two collectors) and measured once after round 15 (32 answerable: 0.66 / 0.84;
# 10 answerable: 0.70 / 0.90); development data since round 16.
FRESH6 = DATA.parent / "guide_questions_fresh6.yaml"
FRESH6B = DATA.parent / "guide_questions_fresh6b.yaml"
# Collected apart and measured once after round 17 (7 answerable: 0.86 / 1.00; off-topic
# confident 1 of 20); development data since round 18.
FRESH7 = DATA.parent / "guide_questions_fresh7.yaml"
FRESH8 = DATA.parent / "guide_questions_fresh8.yaml"
FRESH9 = DATA.parent / "guide_questions_fresh9.yaml"
GUIDE = files("knowledge").joinpath("data", "guide.yaml")
# A phrasing written from questions: "# tuning q012", "gf031", "g2004" (first, fresh, second).
_TAG = re.compile(r"#\s*tuning\s+((?:gf|g|q)\d+(?:\s+(?:gf|g|q)\d+)*)\s*$")


@dataclass(frozen=True, slots=True)
class Question:
    """One real question and the cards that answer it (none: the guide has no answer)."""

    id: str
    text: str
    site: str
    origin: str  # "community" or "help_centre"
    cards: tuple[str, ...]


def load(path: Path = DATA) -> tuple[list[Question], list[Question]]:
    """The on-topic questions and the off-topic ones of an evaluation file (this project's
    by default); a malformed file raises ValueError naming the entry and the field."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or not isinstance(raw.get("questions"), list):
        raise ValueError(f"{path}: expected a mapping with a 'questions' list")
    on = [_question(path, n, entry, on_topic=True) for n, entry in enumerate(raw["questions"])]
    off = [
        _question(path, n, entry, on_topic=False)
        for n, entry in enumerate(raw.get("offtopic") or [])
    ]
    return on, off


def _question(path: Path, number: int, entry: object, *, on_topic: bool) -> Question:
    part = "questions" if on_topic else "offtopic"
    where = f"{path.name}: {part}[{number}]"
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: expected a mapping with id, text, site ...")
    required = ("id", "text", "site", "origin", "cards") if on_topic else ("id", "text", "site")
    missing = [field for field in required if field not in entry]
    if missing:
        raise ValueError(f"{where} ({entry.get('id', '?')}): missing {', '.join(missing)}")
    cards = entry["cards"] if on_topic else []
    if not isinstance(cards, list) or not all(isinstance(card, str) for card in cards):
        raise ValueError(f"{where} ({entry['id']}): cards must be a list of card ids")
    origin = str(entry["origin"]) if on_topic else "offtopic"
    return Question(str(entry["id"]), str(entry["text"]), str(entry["site"]), origin, tuple(cards))


def load_all() -> tuple[list[Question], list[Question]]:
    """Every real question this project has tuned on: the first set and the seven fresh sets
    (development data since rounds 4, 5, 6, 13, 15, 16 and 18), on-topic and off-topic."""
    on: list[Question] = []
    off: list[Question] = []
    for path in (
        DATA,
        FRESH,
        FRESH2,
        FRESH3,
        FRESH4,
        FRESH5,
        FRESH6,
        FRESH6B,
        FRESH7,
        FRESH8,
        FRESH9,
    ):
        more_on, more_off = load(path)
        on += more_on
        off += more_off
    return on, off


def held_out_sites(questions: Iterable[Question]) -> frozenset[str]:
    """The sites whose questions form the held-out third, per origin."""
    chosen: set[str] = set()
    by_origin: dict[str, dict[str, int]] = {}
    for question in questions:
        sites = by_origin.setdefault(question.origin, {})
        sites[question.site] = sites.get(question.site, 0) + 1
    for sites in by_origin.values():
        target, taken = sum(sites.values()) / 3, 0
        for site in sorted(sites, key=lambda name: hashlib.sha256(name.encode()).hexdigest()):
            # A big site that would overshoot the third by more than a tenth waits its turn
            # behind smaller ones, so the held-out part stays close to a third.
            if taken < target and taken + sites[site] <= target * 1.1:
                chosen.add(site)
                taken += sites[site]
    return frozenset(chosen)


def split(questions: list[Question]) -> tuple[list[Question], list[Question]]:
    """(tuning part, held-out part)."""
    held = held_out_sites(questions)
    return (
        [q for q in questions if q.site not in held],
        [q for q in questions if q.site in held],
    )


@dataclass(frozen=True, slots=True)
class Figures:
    """Quality on one set of questions."""

    answerable: int
    top1: float  # best card is one of the labelled cards
    top3: float  # one of the first three is
    confident_right: float  # answered with confidence, and right
    confident_wrong: float  # answered with confidence, and wrong (the harm)
    unanswerable: int
    unanswerable_confident: float  # no card answers it, yet one was given with confidence


def phrasing_sources() -> dict[str, frozenset[str]]:
    """Each tagged phrasing line of guide.yaml -> the ids of the questions it was written from."""
    found: dict[str, frozenset[str]] = {}
    for line in GUIDE.read_text(encoding="utf-8").splitlines():
        tag = _TAG.search(line)
        if tag:
            found[line] = frozenset(tag.group(1).split())
    return found


def guide_without(question_ids: frozenset[str]) -> Guide:
    """The guide with every phrasing written from any of `question_ids` left out."""
    sources = phrasing_sources()
    kept = [
        line
        for line in GUIDE.read_text(encoding="utf-8").splitlines()
        if not sources.get(line, frozenset()) & question_ids
    ]
    return Guide.model_validate(yaml.safe_load("\n".join(kept)))


Search = Callable[[Question], GuideIndex]


def by_site(questions: list[Question], method: Method = Method.BLEND) -> Search:
    """The index to score each question with: the guide without the phrasings written from
    questions of that question's site (built once per site)."""
    indexes: dict[str, GuideIndex] = {}

    def index_for(question: Question) -> GuideIndex:
        if question.site not in indexes:
            same_site = frozenset(q.id for q in questions if q.site == question.site)
            indexes[question.site] = GuideIndex(guide_without(same_site), method)
        return indexes[question.site]

    return index_for


def measure(index: GuideIndex | Search, questions: list[Question]) -> Figures:
    """Top-1, top-3 and confidence figures on `questions`, with one index for all or, given a
    `Search`, the index it names for each question (`by_site`)."""
    if isinstance(index, GuideIndex):
        whole = index
        pick: Search = lambda _: whole  # noqa: E731 - one index for every question
    else:
        pick = index
    labelled = [q for q in questions if q.cards]
    bare = [q for q in questions if not q.cards]
    top1 = top3 = right = wrong = 0
    for question in labelled:
        found = pick(question).search(question.text)
        ids = [hit.card.id for hit in found.hits]
        top1 += bool(ids) and ids[0] in question.cards
        top3 += any(card in question.cards for card in ids[:3])
        if found.confident:
            right += ids[0] in question.cards
            wrong += ids[0] not in question.cards
    bare_confident = sum(pick(q).search(q.text).confident for q in bare)
    n = max(len(labelled), 1)
    return Figures(
        answerable=len(labelled),
        top1=top1 / n,
        top3=top3 / n,
        confident_right=right / n,
        confident_wrong=wrong / n,
        unanswerable=len(bare),
        unanswerable_confident=bare_confident / max(len(bare), 1),
    )


def confident_share(index: GuideIndex, questions: list[Question]) -> float:
    """Share of `questions` answered with a confident card (for off-topic ones: the harm)."""
    return sum(index.search(q.text).confident for q in questions) / max(len(questions), 1)
