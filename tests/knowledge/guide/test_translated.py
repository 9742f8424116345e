"""Round 22: the trade words of a question not typed in English are read into English words
(knowledge/guide/translated.py), so BM25 ranks it beside the multilingual meaning."""

from __future__ import annotations

import re
from importlib.resources import files

import pydantic
import pytest
import yaml

from knowledge.guide import Guide, GuideIndex
from knowledge.guide import search as engine
from knowledge.guide.translated import TradeWords, load_lexicon
from knowledge.loader import packaged_knowledge
from tests.knowledge.guide.evaluation import DATA

LEXICON = files("knowledge.guide").joinpath("lexicon", "trade_words.yaml")


@pytest.fixture(scope="module")
def index() -> GuideIndex:
    return GuideIndex(packaged_knowledge().get(Guide))


@pytest.mark.parametrize(
    ("question", "english"),
    [
        ("怎么申请退款？", "refund"),
        ("サンプル代は払うべき？", "sample"),
        ("검품은 어떻게 하나요?", "inspection"),
        ("Wie hoch sind die Zollgebühren?", "duty"),
        ("Wer macht die Verzollung?", "customs"),
        ("¿Cómo elijo un transitario?", "forwarder"),
        ("Как зарегистрировать товарный знак?", "trademark"),
    ],
)
def test_a_trade_word_in_another_language_names_its_english_words(
    question: str, english: str
) -> None:
    """Chinese, Japanese, Korean (anywhere in the text), German, Spanish, Russian (a word's
    start: "Zollgebühren" names the duty, "Verzollung" the customs)."""
    assert english in TradeWords.packaged().english(question)


def test_a_form_names_nothing_inside_another_word() -> None:
    """ "usine" (French: factory) is no word of "business"; English words name nothing."""
    words = TradeWords.packaged()
    assert words.english("my business partner") == []
    assert words.english("how do i open a dispute?") == []


def test_a_form_too_short_or_a_missing_field_stops_the_load() -> None:
    """A one-letter form would match everywhere; an entry with no forms says nothing."""
    with pytest.raises(pydantic.ValidationError):
        load_lexicon("edition: 1\nwritten: x\nentries:\n- en: refund\n  said: [退]\n")
    with pytest.raises(pydantic.ValidationError):
        load_lexicon("edition: 1\nwritten: x\nentries:\n- en: refund\n  said: []\n")


def test_no_form_of_two_words_or_more_is_a_run_of_an_evaluation_question() -> None:
    """The lexicon was written from the cards' needs, not copied from the questions it is
    measured on: no form of several words (or of five or more Chinese / Japanese / Korean
    characters) appears in any evaluation question or off-topic one."""
    lexicon = load_lexicon(LEXICON.read_text(encoding="utf-8"))
    texts: list[str] = []
    for path in [
        *DATA.parent.glob("guide_questions*.yaml"),
        DATA.parent / "guide_offtopic_dev.yaml",
    ]:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        for item in [*(raw.get("questions") or []), *(raw.get("offtopic") or [])]:
            texts.append((item["text"] if isinstance(item, dict) else item).casefold())
    long_dense = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{5}")
    phrases = [
        form.casefold()
        for entry in lexicon.entries
        for form in entry.said
        if " " in form.strip() or long_dense.search(form)
    ]
    assert [form for form in phrases if any(form in text for text in texts)] == []


def test_a_foreign_question_gets_bm25_beside_the_meaning(index: GuideIndex) -> None:
    """ "Which freight forwarder should I choose?" in Spanish ranks the forwarder cards first
    with the trade words, and an English question is untouched by them."""
    found = index.search("¿Cómo elijo un transitario de confianza?")
    assert found.hits[0].card.id in ("choose-freight-forwarder", "freight-forwarder-role")
    english = index.search("how do i choose a freight forwarder?")
    saved = engine.TRADE_WORDS
    try:
        engine.TRADE_WORDS = False
        assert index.search("how do i choose a freight forwarder?") == english
    finally:
        engine.TRADE_WORDS = saved


def test_an_off_topic_foreign_question_is_never_confident(index: GuideIndex) -> None:
    """A Chinese login problem and a Spanish weather question name no card with confidence."""
    for question in ("淘宝账号登录不了怎么办？", "¿Va a llover mañana en Madrid?"):
        assert not index.search(question).confident
