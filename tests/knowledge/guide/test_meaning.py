"""Round 12's reading of a question: the two best phrasings of a card, and a story's asking
sentences read beside the whole (knowledge/guide/meaning.py, words.asked_sentences)."""

from __future__ import annotations

import numpy as np
import pytest

from knowledge.guide import Guide, GuideIndex
from knowledge.guide.meaning import (
    ASKED_WEIGHT,
    CARD_MEANING_WEIGHT,
    SAME_MEANING,
    CardMeanings,
)
from knowledge.guide.words import asked_sentences, is_filler, respelled, sentences
from knowledge.loader import packaged_knowledge


@pytest.fixture(scope="module")
def meanings() -> CardMeanings:
    found = GuideIndex(packaged_knowledge().get(Guide))._meaning
    assert found is not None
    return found


def test_a_story_is_cut_into_sentences_and_keeps_decimals_and_shorthand() -> None:
    """Split after ".", "!", "?" followed by a space, and at line breaks; "1.5" and "T/T" stay."""
    text = "We paid 1.5k by T/T. They stopped replying!\nWhat now? Thanks"
    assert sentences(text) == [
        "We paid 1.5k by T/T.",
        "They stopped replying!",
        "What now?",
        "Thanks",
    ]


@pytest.mark.parametrize(
    ("sentence", "filler"),
    [
        ("Thanks in advance!", True),
        ("Can anyone help?", True),
        ("Hello everyone, good morning.", True),
        ("Can anyone help me get my deposit back?", False),
        ("Is PayPal safe?", False),
    ],
)
def test_filler_is_greetings_and_thanks_only(sentence: str, filler: bool) -> None:
    assert is_filler(sentence) is filler


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("is paypal safe for samples?", []),  # one sentence: read whole only
        ("Our supplier stopped replying. We paid a deposit.", []),  # asks nothing with "?"
        (
            "Hi all. We paid 30% by T/T and the factory went silent. How do we get it back? "
            "Can anyone help? Thanks in advance!",
            ["How do we get it back?"],
        ),
        (
            "The goods failed inspection. Can I refuse them?\nWho pays for the re-inspection?",
            ["Can I refuse them?", "Who pays for the re-inspection?"],
        ),
    ],
)
def test_the_asking_sentences_of_a_story(text: str, asked: list[str]) -> None:
    assert asked_sentences(text) == asked


def test_a_card_scores_by_the_mean_of_its_two_best_phrasings(meanings: CardMeanings) -> None:
    """The meaning score per card: 0.7 x the mean of its two best phrasing cosines + 0.3 x the
    whole card's cosine (floored at 0); the second value is the best phrasing alone."""
    rng = np.random.default_rng(12)
    noise = rng.normal(size=meanings.rows.shape[1]).astype(np.float32)
    question = meanings.rows[5] + 0.5 * noise / np.linalg.norm(noise)  # near one phrasing
    question /= np.linalg.norm(question)
    score, best = meanings.encoded(question)
    cosines = meanings.rows @ question
    scale = CARD_MEANING_WEIGHT / (1 - CARD_MEANING_WEIGHT)
    for card in range(meanings.cards):
        own = np.sort(cosines[: meanings.phrasing_rows][meanings.owner == card])
        whole = cosines[meanings.phrasing_rows + card] / scale
        read = own[-1] if own[-1] >= SAME_MEANING else own[-2:].mean()
        expected = (1 - CARD_MEANING_WEIGHT) * read + CARD_MEANING_WEIGHT * whole
        assert score[card] == pytest.approx(max(expected, 0.0), abs=1e-5)
        assert best[card] == pytest.approx(own[-1], abs=1e-6)
    assert score.max() > 0.3


def test_a_story_is_read_whole_and_by_its_asking_sentences(meanings: CardMeanings) -> None:
    """Half the whole text's meaning, half the mean of its asking sentences'; a one-sentence
    question is read whole only."""
    encoder = meanings._encoder
    assert encoder is not None
    story = (
        "We have bought from this factory for three years. The last order arrived broken. "
        "Who pays for the damage? Can we claim from the shipping line?"
    )
    read = respelled(story, meanings.respell)
    whole, best = meanings.encoded(encoder.encode([read])[0])
    asked = [meanings.encoded(encoder.encode([s])[0])[0] for s in asked_sentences(read)]
    assert len(asked) == 2
    score, best_found = meanings.of(story, [])
    expected = (1 - ASKED_WEIGHT) * whole + ASKED_WEIGHT * np.mean(asked, axis=0)
    np.testing.assert_allclose(score, expected, atol=1e-5)
    np.testing.assert_allclose(best_found, best, atol=1e-6)
    single = "who pays for damage in transit"
    alone, _ = meanings.encoded(encoder.encode([single])[0])
    np.testing.assert_allclose(meanings.of(single, [])[0], alone, atol=1e-6)


def test_a_question_saying_what_a_phrasing_says_needs_no_second_phrasing(
    meanings: CardMeanings,
) -> None:
    """A card's own phrasing, asked as typed, scores by that phrasing alone (not diluted by
    the card's second best), so the claim card keeps its confident answer against its near
    sibling (what happens after a dispute is opened)."""
    index = GuideIndex(packaged_knowledge().get(Guide))
    found = index.search("how do i open a dispute on alibaba?")
    assert found.best is not None
    assert found.best.card.id == "trade-assurance-claim"
    assert found.confident
    score, best = meanings.of("how do i open a dispute on alibaba", [])
    card = [c.id for c in index.guide.cards].index("trade-assurance-claim")
    assert best[card] >= SAME_MEANING
    scale = CARD_MEANING_WEIGHT / (1 - CARD_MEANING_WEIGHT)
    encoder = meanings._encoder
    assert encoder is not None
    whole = float(meanings.rows[meanings.phrasing_rows + card] @ encoder.encode(
        ["how do i open a dispute on alibaba"])[0]) / scale  # fmt: skip
    expected = (1 - CARD_MEANING_WEIGHT) * best[card] + CARD_MEANING_WEIGHT * whole
    assert score[card] == pytest.approx(expected, abs=1e-5)
