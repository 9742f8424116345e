"""The shipped word-vector table: small, readable with numpy alone, and meaningful."""

from __future__ import annotations

from importlib.resources import files

import numpy as np
import pytest

from knowledge.guide.vectors import TABLE, WordVectors

MAX_BYTES = 3_000_000  # the table ships inside the package: a phone bot needs no big model


@pytest.fixture(scope="module")
def vectors() -> WordVectors:
    return WordVectors.packaged()


def _cosine(vectors: WordVectors, left: str, right: str) -> float:
    a, b = vectors.embed(left.split()), vectors.embed(right.split())
    assert a is not None
    assert b is not None
    return float(a @ b)


def test_the_table_is_small_and_documented() -> None:
    """Under ~3 MB, with its source and licence beside it."""
    folder = files("knowledge.guide").joinpath("word_table")
    assert len(folder.joinpath(TABLE).read_bytes()) <= MAX_BYTES
    note = folder.joinpath("README.md").read_text(encoding="utf-8")
    assert "Apache-2.0" in note
    assert "all-MiniLM-L6-v2" in note
    assert "scripts/build_guide_vectors.py" in note


def test_a_text_becomes_one_unit_vector(vectors: WordVectors) -> None:
    """Any known words give one vector of length 1; no known word gives None."""
    found = vectors.embed(["refund", "supplier"])
    assert found is not None
    assert found.shape == (vectors.dims,)
    assert np.isclose(np.linalg.norm(found), 1.0, atol=1e-5)
    assert vectors.embed([]) is None
    assert vectors.embed(["🙂", "ж" * 120]) is None


def test_a_word_the_table_lacks_is_read_by_its_pieces(vectors: WordVectors) -> None:
    """An unknown word is cut into the encoder's word pieces, longest first; a character
    no piece covers makes the word unknown."""
    assert len(vectors.pieces("refund")) == 1
    assert len(vectors.pieces("refundability")) >= 2
    assert vectors.pieces("refundé") == []


def test_words_that_mean_the_same_sit_closer_than_words_that_do_not(
    vectors: WordVectors,
) -> None:
    """Paraphrase, not spelling: "money back" is nearer "refund" than "container" is."""
    assert _cosine(vectors, "refund", "money back") > _cosine(vectors, "refund", "container")
    assert _cosine(vectors, "broken", "damaged") > _cosine(vectors, "broken", "invoice")
    assert _cosine(vectors, "factory", "manufacturer") > _cosine(vectors, "factory", "weather")
