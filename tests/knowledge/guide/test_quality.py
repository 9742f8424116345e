"""The guide's quality on real questions, scored leave-one-site-out (a regression guard).

The issue's targets (top-1 >= 0.85, top-3 >= 0.95 on questions nobody tuned on) are NOT met:
the first set's held-out part read 0.62 / 0.78 (round 2, its last measurement) and the fresh
set 0.55 / 0.80 (measured once after round 3), the second fresh set 0.69 / 0.88 (once, after
round 4). All are spent: every real question of the three sets is tuning data, scored without
the card phrasings written from its own site, and the floors sit just under the figures at the
round 5 freeze (bench/README.md), so a change that makes retrieval worse fails here; they are
regression floors, not quality figures. Quality is measured once on a set collected apart
(bench/guide_fresh.py). The real off-topic questions of all three sets are checked, never tuned
on.
"""

from __future__ import annotations

import re

import pytest
from rapidfuzz.distance import Indel

from knowledge.guide import Guide, GuideIndex
from knowledge.loader import packaged_knowledge
from tests.knowledge.guide.evaluation import (
    by_site,
    confident_share,
    held_out_sites,
    load,
    load_all,
    measure,
    phrasing_sources,
    split,
)


@pytest.fixture(scope="module")
def index() -> GuideIndex:
    return GuideIndex(packaged_knowledge().get(Guide))


def test_the_evaluation_set_is_real_and_big_enough() -> None:
    """At least 150 on-topic questions and 30 off-topic ones, each with a source."""
    on, off = load()
    assert len(on) >= 150
    assert len(off) >= 30
    cards = {card.id for card in packaged_knowledge().get(Guide).cards}
    assert all(set(q.cards) <= cards for q in on)


def test_the_held_out_part_is_about_a_third_by_site() -> None:
    """Whole sites are held out, about a third of each origin's questions."""
    on, _ = load()
    tune, held = split(on)
    assert 0.28 <= len(held) / len(on) <= 0.40
    assert not {q.site for q in tune} & held_out_sites(on)


def test_card_phrasings_name_real_questions() -> None:
    """A phrasing written from an evaluation question names it. The held-out part is spent
    (measured twice), so since round 3 any question may be named, and since round 4 any of the
    fresh set's (development data); the evaluation still scores each question without the
    phrasings written from its own site."""
    on, _ = load_all()
    sources = phrasing_sources()
    named = frozenset().union(*sources.values())
    assert len(sources) >= 30
    assert named <= {q.id for q in on}


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.casefold())


# A phrasing written before a set was collected that a buyer of that set then happened to
# write inside a longer question: not a copy (its commit predates the question).
_BEFORE_THE_QUESTION = {
    # e17c25d (2026-12-06); g4009 "Do I need a Customs broker to clear my goods through CBP?"
    # was collected on 2026-12-07 by a collector who never read this card's phrasings.
    ("customs-broker", "Do I need a customs broker?"),
    # 66cf619 (2026-12-06); g8002 "Should I use a sourcing agent in China" (a Quora title) was
    # collected on 2026-12-07 by a collector who never read this card's phrasings.
    ("sourcing-agent", "Should I use a sourcing agent?"),
    ("sourcing-agent", "should i use a sourcing agent in china"),
}


def test_no_card_phrasing_copies_an_evaluation_question() -> None:
    """Phrasings are buyers' words in our own wording: none is (nearly) the text of an
    evaluation question (first or fresh set), word for word, nor a run of five or more of its
    words (unless the phrasing is older than the question: `_BEFORE_THE_QUESTION`)."""
    on, off = load_all()
    questions = [_words(q.text) for q in (*on, *off)]
    padded = [f" {' '.join(q)} " for q in questions]
    guide = packaged_knowledge().get(Guide)
    for card in guide.cards:
        for phrasing in (card.title, *card.questions):
            words = _words(phrasing)
            if (card.id, phrasing) in _BEFORE_THE_QUESTION:
                continue
            closest = max(Indel.normalized_similarity(words, q) for q in questions)
            assert closest < 0.85, (card.id, phrasing)
            if len(words) >= 5:
                assert not any(f" {' '.join(words)} " in q for q in padded), (card.id, phrasing)


# One index per left-out site (about 130 of them): about 45 s on a quiet machine, three times that
# on a busy one, so the default 120 s cut would fail it for load alone.
@pytest.mark.timeout(600)
def test_leave_one_site_out_accuracy_does_not_regress() -> None:
    """Top-1 and top-3 on all the real questions (six sets), each scored without the
    phrasings written from its own site, stay at least where they were measured at the round 5
    freeze (0.73 / 0.87 on three sets with the sentence encoder; round 4's static blend read
    0.63 / 0.82; 0.72 / 0.86 on 244 answerable once the third fresh set joined; 0.75 / 0.87
    with round 12's reading: the two best phrasings, the asking sentences; 0.75 / 0.87 on 261
    once the fourth fresh set joined; 0.77 / 0.88 with round 14's card wording that names
    each sibling card's stage and object; 0.75 / 0.87 on 276 once the fifth fresh set, which
    scored 0.47 / 0.67 measured once, joined; 0.754 / 0.870 with round 15's trade glossary;
    0.742 / 0.868 on 318 once the sixth fresh set (two parts, 0.66 / 0.84 and 0.70 / 0.90
    measured once) joined, confident right 0.126; 0.135 with round 17's lead over the whole
    field; 0.751 / 0.877 with round 20's multilingual reader for non-English questions; 0.731 /
    0.855 on 346 once the eighth fresh set, mostly not in English (0.43 / 0.52 measured
    once), joined, confident right 0.130; 0.746 / 0.870 with round 21's meaning alone for a
    question with no word BM25 reads, confident right 0.130; 0.724 / 0.857 on 377 once the
    ninth fresh set, half of it not in English (0.42 / 0.61 measured once), joined and
    confidence outside English was turned off, confident right 0.122, wrong 1 of 377).
    The encoder's scores run lower, so fewer answers clear the confidence bar (17% -> 12%
    confident right; 13.8% with the glossary); wrong confident answers 1 of 244 at round 12's
    freeze, 1 of 261 at round 14's, 1 of 276 with the fifth set and with the glossary."""
    on, _ = load_all()
    figures = measure(by_site(on), on)
    assert figures.top1 >= 0.72
    assert figures.top3 >= 0.85
    assert figures.confident_right >= 0.12
    assert figures.confident_wrong <= 0.01
    assert figures.unanswerable_confident <= 0.10


def test_real_off_topic_questions_rarely_get_a_confident_card(index: GuideIndex) -> None:
    """At most 5% of the real off-topic questions (both sets) are answered with confidence."""
    _, off = load_all()
    assert confident_share(index, off) <= 0.05
