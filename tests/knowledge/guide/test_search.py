"""The guide's search: paraphrases and typos find the card; nonsense finds nothing."""

from __future__ import annotations

import numpy as np
import pytest

from knowledge.guide import Guide, GuideIndex, Method
from knowledge.guide.search import BM25_HALF
from knowledge.guide.words import Speller, stems, surface_words
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


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("waht is a goldn sampel", "golden-sample"),  # three typos in four words
        ("my inspectoin faild what now", "failed-inspection"),  # two slips in a long word
    ],
)
def test_a_near_question_still_ranks_its_card_first(
    index: GuideIndex, question: str, card: str
) -> None:
    """Typos, or a near tie with a neighbouring card: the right card comes first (offered as
    the closest card, if not asserted)."""
    found = index.search(question)
    assert found.best is not None
    assert found.best.card.id == card
    assert found.confident or found.related


def test_a_near_tie_offers_both_cards_without_asserting(index: GuideIndex) -> None:
    """ "how do i open a dispute?" sits between the claim card (its phrasing "how do i open a
    dispute on alibaba") and the card titled "I opened a dispute. What happens next?", which
    the sentence encoder reads as a little nearer (cosine 0.81 against 0.76; the same in full
    precision): both are offered, none asserted. Round 4's static blend put the claim card
    first by 0.01."""
    found = index.search("how do i open a dispute?")
    assert {hit.card.id for hit in found.hits[:2]} == {
        "trade-assurance-claim",
        "dispute-after-opening",
    }
    assert found.related
    assert not found.confident


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
    """4,000 characters are searched (the first part) without error, and find a dispute card:
    opening one (the claim card) and what follows are a near tie for this wording (round 5),
    which the two-best-phrasings reading of round 12 breaks the other way."""
    found = index.search("how do i open a dispute " * 170)
    assert found.best is not None
    assert found.best.card.id in {"trade-assurance-claim", "dispute-after-opening"}
    assert {hit.card.id for hit in found.hits[:2]} == {
        "trade-assurance-claim",
        "dispute-after-opening",
    }


@pytest.mark.parametrize("method", list(Method))
def test_every_method_ranks_every_card(method: Method) -> None:
    """BM25, fuzzy, meaning and the blend each return every card ranked, scores in 0..1."""
    guide = packaged_knowledge().get(Guide)
    index = GuideIndex(guide, method)
    found = index.search("letter of credit for a large order", limit=len(guide.cards))
    assert len(found.hits) == len(guide.cards)
    assert all(0.0 <= hit.score <= 1.0 for hit in found.hits)
    assert [hit.score for hit in found.hits] == sorted((h.score for h in found.hits), reverse=True)


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("the goods came broken", "damage-on-arrival"),
        ("how do i keep my invention secret from the factory", "nnn-vs-nda"),
    ],
)
def test_a_paraphrase_in_other_words_finds_its_card_by_meaning(question: str, card: str) -> None:
    """Words the card never uses ("broken", "secret") still find it through their meaning,
    where BM25 alone ranks another card first."""
    guide = packaged_knowledge().get(Guide)
    bm25 = GuideIndex(guide, Method.BM25).search(question).best
    blend = GuideIndex(guide).search(question).best
    assert bm25 is not None
    assert blend is not None
    assert bm25.card.id != card
    assert blend.card.id == card


@pytest.mark.parametrize(
    "question",
    ["how do i get my money back alibaba", "tt tt deposit 30 70", "zzz", "fob cif exw ddp"],
)
def test_bm25_rows_add_up_to_bm25s_own_scores(index: GuideIndex, question: str) -> None:
    """The per-word rows read at start-up give what bm25s gives for the whole question
    (repeated words included), so the faster sum changes no ranking."""
    query = [stem for stem in stems(surface_words(question)) if stem in index._stem_row]
    ours = index._bm25_scores(query)
    if not query:
        assert not ours.any()
        return
    raw = np.asarray(index._bm25.get_scores(query), dtype=float)
    assert np.allclose(ours, raw / (raw + BM25_HALF), atol=1e-6)


@pytest.mark.parametrize(
    ("typed", "mended"),
    [
        ("paypall", "paypal"),  # the guide's word with the same stem
        ("whcih", "which"),  # a common word, so the search drops it
        ("osme", "some"),  # four letters: a common word one slip away
        ("temu", "temu"),  # four letters, no common word near: left as typed
        ("etsy", "etsy"),
        ("fop", "fop"),  # three letters: never touched
    ],
)
def test_slips_are_mended_to_the_guides_words_or_to_common_ones(typed: str, mended: str) -> None:
    speller = Speller(["paypal", "payment", "sample", "samples"])
    assert speller.mend(typed) == mended


def test_a_slip_in_a_common_word_does_not_weigh_like_a_rare_word(index: GuideIndex) -> None:
    """ "waht" and "ling" are "what" and "long": dropped like them, not read as strangers."""
    clean = index.search("how long does an alibaba refund take")
    slipped = index.search("waht how ling does an alibaba refund take")
    assert clean.best is not None
    assert slipped.best is not None
    assert slipped.best.card.id == clean.best.card.id == "refund-timing"
    assert slipped.words == clean.words
