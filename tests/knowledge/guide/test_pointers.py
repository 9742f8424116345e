"""Incoterms questions in /guide: the DDP and importer-of-record card, and the /incoterm pointer.

A regression set written here from a reported miss ("ddp to amazon fba" ranked the US toy
safety card first), not a measure of quality: the evaluation set's figures are in
bench/README.md and its floors in test_quality.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knowledge.guide import Guide, GuideIndex
from knowledge.loader import KnowledgeError, data_folder, load_file, packaged_knowledge


@pytest.fixture(scope="module")
def index() -> GuideIndex:
    return GuideIndex(packaged_knowledge().get(Guide))


@pytest.mark.parametrize(
    "question",
    [
        "ddp to amazon fba",
        "DDP to Amazon FBA?",
        "is ddp good for amazon fba",
        "ddp shipping to an amazon warehouse",
        "importer of record under ddp",
    ],
)
def test_ddp_to_amazon_answers_with_the_importer_of_record_card(
    index: GuideIndex, question: str
) -> None:
    """The DDP card about who imports comes first, with confidence, not the toy-safety card."""
    found = index.search(question)
    assert found.best is not None
    assert found.best.card.id == "ddp-importer-of-record"
    assert found.confident
    assert found.pointer == "/incoterm"


def test_the_card_says_what_ddp_makes_the_seller_do(index: GuideIndex) -> None:
    """Per the ICC split in KNOWLEDGE.md: the seller clears import and pays duty and VAT."""
    card = index.guide.card("ddp-importer-of-record")
    assert card is not None
    assert "cleared for import with duty and import VAT paid" in card.answer
    assert "ready for unloading" in card.answer
    assert "/incoterm ddp to amazon fba" in card.answer
    assert card.sources


@pytest.mark.parametrize(
    ("question", "pointer"),
    [
        ("fob or ddp", "/incoterm"),
        ("what does CIF mean", "/incoterm"),
        ("which incoterms for a first order", "/incoterm"),
        ("is paypal safe for samples", None),
        ("fobbed off by the supplier", None),  # a word that only starts like a code
    ],
)
def test_a_question_naming_a_rule_is_pointed_to_incoterm(
    index: GuideIndex, question: str, pointer: str | None
) -> None:
    """The pointer follows the words typed, whatever card ranks first."""
    assert index.search(question).pointer == pointer


def test_the_pointer_does_not_change_the_ranking(index: GuideIndex) -> None:
    """The same cards, scores and confidence with and without the pointers."""
    guide = index.guide
    bare = GuideIndex(guide.model_copy(update={"pointers": ()}))
    for question in ("fob or ddp", "what is cif", "ddp to amazon fba"):
        with_pointer, without = index.search(question), bare.search(question)
        assert with_pointer.hits == without.hits
        assert with_pointer.confident == without.confident
        assert without.pointer is None


def test_a_pointer_to_an_unknown_command_stops_start_up(tmp_path: Path) -> None:
    """A pointer must name one of the bot's commands."""
    raw = yaml.safe_load((data_folder() / "guide.yaml").read_text(encoding="utf-8"))
    raw["pointers"] = [{"command": "/nope", "words": ["fob"]}]
    path = tmp_path / "guide.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="pointers"):
        load_file(path, Guide)
