"""Round 20: a question not typed in English is read by the shared multilingual encoder
(knowledge/guide/other_languages.py, knowledge/text_encoder.py); English ones as before."""

from __future__ import annotations

import numpy as np
import pytest

from knowledge.guide import Guide, GuideIndex
from knowledge.guide import search as engine
from knowledge.guide.other_languages import EnglishWords, MultilingualReader
from knowledge.guide.search import card_texts
from knowledge.loader import packaged_knowledge
from knowledge.text_encoder import SentenceEncoder


@pytest.fixture(scope="module")
def guide() -> Guide:
    return packaged_knowledge().get(Guide)


@pytest.fixture(scope="module")
def index(guide: Guide) -> GuideIndex:
    return GuideIndex(guide)


@pytest.mark.parametrize(
    "question",
    [
        "how do i open a dispute?",
        "what does gold supplier mean",
        "is paypal safe for samples",
        "fob vs cif vs exw",
        "how do i opne a dispute on alibaba",
        "waht is a goldn sampel",
    ],
)
def test_a_buyer_s_english_question_reads_as_english(
    guide: Guide, index: GuideIndex, question: str
) -> None:
    """Typos (mended by the guide's speller), shorthand and trade terms do not make a
    question foreign."""
    assert EnglishWords(card_texts(guide)).reads(question, index._speller.mend)


@pytest.mark.parametrize(
    "question",
    [
        "¿Cómo abro una disputa en Alibaba?",
        "Wie eröffne ich einen Streitfall bei Alibaba?",
        "Comment ouvrir un litige sur Alibaba ?",
        "如何在阿里巴巴上发起纠纷？",
        "",
    ],
)
def test_a_question_in_another_language_does_not(
    guide: Guide, index: GuideIndex, question: str
) -> None:
    """Spanish, German, French, Chinese (and an empty text) do not read as English."""
    assert not EnglishWords(card_texts(guide)).reads(question, index._speller.mend)


@pytest.mark.parametrize(
    "question",
    [
        "¿Cómo abro una disputa en Alibaba?",
        "Wie eröffne ich einen Streitfall bei Alibaba?",
        "Comment ouvrir un litige sur Alibaba ?",
    ],
)
def test_a_dispute_question_in_another_language_finds_the_english_claim_card(
    index: GuideIndex, question: str
) -> None:
    """The multilingual encoder puts the claim card first; MiniLM did not for German."""
    found = index.search(question)
    assert found.best is not None
    assert found.best.card.id == "trade-assurance-claim"


def test_an_english_question_is_ranked_as_without_the_multilingual_reader(
    guide: Guide, index: GuideIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Routing touches only questions that do not read as English: same scores either way."""
    question = "is paypal safe for paying a supplier, or should I use T/T?"
    routed = index.search(question, limit=len(guide.cards))
    monkeypatch.setattr(engine, "OTHER_LANGUAGES", False)
    plain = GuideIndex(guide).search(question, limit=len(guide.cards))
    assert [hit.card.id for hit in routed.hits] == [hit.card.id for hit in plain.hits]
    assert [hit.score for hit in routed.hits] == [hit.score for hit in plain.hits]
    assert routed.confident == plain.confident


def test_the_cards_texts_read_in_one_batch_match_one_at_a_time() -> None:
    """The batch at start-up gives each card text the vector it gets alone."""
    encoder = SentenceEncoder.packaged()
    texts = ["Opening a Trade Assurance dispute or refund", "What does a freight forwarder do?"]
    batch = MultilingualReader(encoder).embed(texts)
    alone = np.vstack([encoder.embed(text) for text in texts])
    assert np.allclose(batch, alone, atol=1e-5)


def test_the_encoder_knows_a_spanish_word_but_not_a_typo() -> None:
    """A word of another language is no slip for the speller to mend; a typo is."""
    encoder = SentenceEncoder.packaged()
    assert encoder.knows("disputa")
    assert not encoder.knows("sampel")


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("如何在中国注册商标？", "register-trademark-china"),
        ("如何在阿里巴巴上发起纠纷？", "trade-assurance-claim"),
        ("サンプルの送料は誰が払いますか？", "sample-payment"),
        ("상표를 중국에 등록하려면 어떻게 해야 하나요?", "register-trademark-china"),
    ],
)
def test_a_question_with_no_word_bm25_reads_is_ranked_by_its_meaning(
    index: GuideIndex, question: str, card: str
) -> None:
    """Round 21: Chinese, Japanese and Korean give BM25 nothing, yet the multilingual reader
    puts the card first, offered as closest, never asserted."""
    found = index.search(question)
    assert found.words > 0
    assert found.best is not None
    assert found.best.card.id == card
    assert not found.confident
    assert found.related
    assert found.topics


@pytest.mark.parametrize("question", ["明天深圳会下雨吗？", "天气预报无法返回数据", "ขอคืนเงิน"])
def test_a_question_read_by_meaning_alone_is_never_confident(
    index: GuideIndex, question: str
) -> None:
    """Weather in Chinese (off-topic) or a bare Thai phrase: cards ranked, none asserted."""
    found = index.search(question)
    assert found.hits
    assert not found.confident


@pytest.mark.parametrize("question", ["what is the", "how do i", "🙂 ?!"])
def test_english_filler_with_no_word_to_search_still_finds_nothing(
    index: GuideIndex, question: str
) -> None:
    """Only a question in another language or script is read by meaning alone: English
    filler and emoji stay "nothing to search"."""
    found = index.search(question)
    assert found.words == 0
    assert found.hits == ()


def test_with_meaning_alone_off_a_chinese_question_finds_nothing(
    guide: Guide, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The switch restores round 20 (with round 22's trade words off too: they give this
    question English words): no word BM25 reads, nothing searched."""
    monkeypatch.setattr(engine, "MEANING_ALONE", False)
    monkeypatch.setattr(engine, "TRADE_WORDS", False)
    found = GuideIndex(guide).search("如何在中国注册商标？")
    assert found.words == 0
    assert found.hits == ()
