"""The sentence encoder /guide reads questions with: the real model, its shipped table of the
cards' texts, its checks, and what it must read alike."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import numpy as np
import pytest

from knowledge.guide import Guide
from knowledge.guide.encoder import TABLE, SentenceEncoder, _table, digest
from knowledge.guide.search import card_texts
from knowledge.loader import packaged_knowledge

SHIPPED_BYTES = 1_500_000  # the table and the tokenizer ship inside the package


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder.packaged()


def _cosine(encoder: SentenceEncoder, left: str, right: str) -> float:
    a, b = encoder.encode([left, right])
    return float(a @ b)


def test_the_shipped_table_covers_every_card_text() -> None:
    """Every text the search reads from the guide is in the table, so start-up encodes
    nothing. When this fails after a card edit: `python -m scripts.build_guide_sentences`."""
    table = _table(files("knowledge.guide").joinpath("sentences", TABLE))
    missing = [
        text for text in card_texts(packaged_knowledge().get(Guide)) if digest(text) not in table
    ]
    assert not missing, f"{len(missing)} card texts not in {TABLE}, e.g. {missing[0]!r}"


def test_the_table_holds_what_the_encoder_says(encoder: SentenceEncoder) -> None:
    """The stored rows are the encoder's own vectors (float16: cosine above 0.999)."""
    table = _table(files("knowledge.guide").joinpath("sentences", TABLE))
    for text in card_texts(packaged_knowledge().get(Guide))[::97]:
        fresh = encoder.encode([text])[0]
        assert float(table[digest(text)] @ fresh) > 0.999


def test_the_shipped_files_are_small() -> None:
    folder = files("knowledge.guide").joinpath("sentences")
    size = sum(len(folder.joinpath(name).read_bytes()) for name in (TABLE, "tokenizer.json.gz"))
    assert size <= SHIPPED_BYTES
    assert "Apache-2.0" in folder.joinpath("README.md").read_text(encoding="utf-8")


def test_same_meaning_in_other_words_lands_close(encoder: SentenceEncoder) -> None:
    """Paraphrases are nearer each other than unrelated questions are."""
    refund = _cosine(encoder, "how do i get my money back from alibaba", "asking for a refund")
    weather = _cosine(encoder, "how do i get my money back from alibaba", "will it rain today")
    assert refund > weather + 0.3


def test_unit_rows_for_any_text(encoder: SentenceEncoder) -> None:
    """Empty, emoji, HTML specials, other scripts and 4,000 characters: one unit row each."""
    texts = ["", "🙂🙂", "<b>&amp;</b>", "付款后供应商不发货", "dispute " * 500]
    rows = encoder.encode(texts)
    assert rows.shape == (len(texts), encoder.dims)
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-3)


def test_a_text_missing_from_the_table_is_encoded(encoder: SentenceEncoder) -> None:
    """A card edited since the build is read by the encoder itself: same answer, more time."""
    text = "a card text written after the table was built"
    assert np.allclose(encoder.embed([text])[0], encoder.encode([text])[0], atol=1e-6)


def test_real_words_are_known_and_typos_are_not(encoder: SentenceEncoder) -> None:
    assert encoder.knows("sample")
    assert encoder.knows("bought")
    assert not encoder.knows("sampel")


def test_a_model_file_that_is_not_the_recorded_one_is_refused(tmp_path: Path) -> None:
    """The model comes from a package: a changed file is never run."""
    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"not the model")
    with pytest.raises(ValueError, match="sha256"):
        SentenceEncoder.load(fake)
