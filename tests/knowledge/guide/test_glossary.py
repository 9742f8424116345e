"""The trade glossary of guide.yaml (round 15): validated at load, matched as whole names, and
lifting the cards it maps to without ever making a card "sure" on its own."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knowledge.guide import Guide, GuideIndex
from knowledge.guide import search as engine
from knowledge.guide.terms import TermCards
from knowledge.guide.words import stems, surface_words
from knowledge.loader import KnowledgeError, data_folder, load_file, packaged_knowledge


@pytest.fixture(scope="module")
def guide() -> Guide:
    return packaged_knowledge().get(Guide)


@pytest.fixture(scope="module")
def index(guide: Guide) -> GuideIndex:
    return GuideIndex(guide)


def _load_with(tmp_path: Path, entry: dict[str, object]) -> str:
    raw = yaml.safe_load((data_folder() / "guide.yaml").read_text(encoding="utf-8"))
    raw["glossary"] = [*raw["glossary"], entry]
    path = tmp_path / "guide.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_file(path, Guide)
    return str(caught.value)


def test_every_term_names_its_source_and_real_cards(guide: Guide) -> None:
    """Each entry has a public page or a named section of the guide behind it."""
    assert len(guide.glossary) >= 30
    ids = {card.id for card in guide.cards}
    for term in guide.glossary:
        assert set(term.cards) <= ids
        assert term.source.startswith(("https://", "http://", "sourcing guide:", "KNOWLEDGE.md:"))


def test_a_term_pointing_at_no_card_stops_start_up(tmp_path: Path) -> None:
    entry = {"words": ["demurrage"], "means": "port charge", "cards": ["no-such-card"],
             "source": "https://example.org/glossary"}  # fmt: skip
    message = _load_with(tmp_path, entry)
    assert "glossary" in message
    assert "no-such-card" in message


def test_a_term_in_capitals_stops_start_up(tmp_path: Path) -> None:
    entry = {"words": ["HMRC"], "means": "uk customs", "cards": ["eu-eori"],
             "source": "https://example.org/glossary"}  # fmt: skip
    assert "lower case" in _load_with(tmp_path, entry)


def _named(guide: Guide, question: str) -> set[str]:
    table = TermCards(guide.glossary, guide.cards)
    return {guide.cards[n].id for n in table.cards_named(stems(surface_words(question)))}


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("What is an AIR WAYBILL?", "track-shipment"),
        ("where do i find the bills of lading", "shipping-documents"),  # plural, stemmed
        ("HMRC sent me a letter", "eu-import-vat"),
        ("is T/T ok", "deposit-30-70"),  # joined shorthand
        ("need an msds &amp; coc", "fake-test-reports"),  # HTML specials around the words
    ],
)
def test_terms_are_found_in_many_spellings(guide: Guide, question: str, card: str) -> None:
    assert card in _named(guide, question)


def test_a_term_counts_only_as_a_whole_name(guide: Guide) -> None:
    """ "air" and "freight" apart are not "air freight"; text with no term names nothing."""
    assert "air-vs-sea-vs-express" not in _named(guide, "air conditioner freight cost")
    assert _named(guide, "🙂🙂🙂") == set()
    assert _named(guide, "what is the weather in Paris 2,5k") == set()


def test_a_named_term_lifts_its_cards(index: GuideIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    """Our own probe (not an evaluation question): "air waybill" is a tracking document."""
    question = "what is an air waybill"
    monkeypatch.setattr(engine, "TERM_BOOST", 0.0)
    before = [hit.card.id for hit in index.search(question).hits]
    monkeypatch.setattr(engine, "TERM_BOOST", 0.08)
    after = index.search(question)
    assert before[0] == "air-vs-sea-vs-express"
    assert after.best is not None
    assert after.best.card.id in {"track-shipment", "shipping-documents"}
    assert not after.confident  # lifted over what both scorers said: never sure


def test_a_lone_term_gives_no_confident_answer(index: GuideIndex) -> None:
    """A bare term the cards never use is offered as the closest card, not asserted."""
    found = index.search("3pl")
    assert not found.confident
