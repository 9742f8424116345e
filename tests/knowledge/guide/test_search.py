"""The guide's search: paraphrases and typos find the card; nonsense finds nothing."""

from __future__ import annotations

import pytest

from knowledge.guide import Guide, GuideIndex, Method
from knowledge.loader import packaged_knowledge


@pytest.fixture(scope="module")
def index() -> GuideIndex:
    return GuideIndex(packaged_knowledge().get(Guide))


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("how do i get my money back alibaba", "trade-assurance-claim"),
        ("is paypal safe for samples", "paypal-for-suppliers"),
        ("what does gold supplier mean", "supplier-badges"),
        ("how do i open a dispute?", "trade-assurance-claim"),
        ("What does Gold Supplier MEAN??", "supplier-badges"),
        ("is paypall safe for sampels", "paypal-for-suppliers"),  # two typos
        ("supplier wants western union", "western-union-crypto"),
    ],
)
def test_buyers_phrasings_and_typos_find_the_card(
    index: GuideIndex, question: str, card: str
) -> None:
    """The issue's own examples, in other words and with typos, get their card confidently."""
    found = index.search(question)
    assert found.best is not None
    assert found.best.card.id == card
    assert found.confident


def test_a_question_made_of_typos_still_ranks_its_card_first(index: GuideIndex) -> None:
    """Three typos in four words: the right card comes first (offered, if not asserted)."""
    found = index.search("waht is a goldn sampel")
    assert found.best is not None
    assert found.best.card.id == "golden-sample"
    assert found.confident or found.related


@pytest.mark.parametrize(
    "question",
    [
        "<b>&amp;</b>",
        "tell me a joke",
        "will it rain in shenzhen tomorrow",
        "best pizza recipe with mozzarella",
    ],
)
def test_off_topic_is_never_answered_with_confidence(index: GuideIndex, question: str) -> None:
    """Markup, weather, jokes and cooking get no confident card."""
    assert not index.search(question).confident


@pytest.mark.parametrize("question", ["", "   ", "🙂🙂🙂", "?!", "👍🏽 🇨🇳"])
def test_no_words_means_nothing_to_search(index: GuideIndex, question: str) -> None:
    """Empty, emoji-only or markup-only input has no words to search: no cards, no topics."""
    found = index.search(question)
    assert found.words == 0
    assert found.hits == ()
    assert not found.confident


def test_a_huge_question_is_read_only_so_far(index: GuideIndex) -> None:
    """4,000 characters are searched (the first part) without error."""
    found = index.search("how do i open a dispute " * 170)
    assert found.best is not None
    assert found.best.card.id == "trade-assurance-claim"


@pytest.mark.parametrize("method", list(Method))
def test_every_method_ranks_every_card(method: Method) -> None:
    """BM25, fuzzy and the blend each return ranked cards with scores in 0..1."""
    index = GuideIndex(packaged_knowledge().get(Guide), method)
    found = index.search("letter of credit for a large order", limit=73)
    assert len(found.hits) == 73
    assert all(0.0 <= hit.score <= 1.0 for hit in found.hits)
    assert [hit.score for hit in found.hits] == sorted((h.score for h in found.hits), reverse=True)
