"""What a question MEANS, as a vector: the static word-vector table (rounds 2-4 of /guide).

Since round 5 the bot reads meaning with the sentence encoder (`encoder.py`); this table is
kept for the comparison methods (`Method.MEANING`, `Method.STATIC_BLEND`: bench/guide_quality.py
and bench/guide_encoder.py) and is loaded only by them.

Owns reading `word_table/guide_words.npz` (built by scripts/build_guide_vectors.py from the
sentence encoder all-MiniLM-L6-v2, Apache-2.0; see word_table/README.md) and turning words into
one unit vector: each word's row (a word the table lacks is cut into the encoder's word
pieces, longest first, as the encoder itself would), weighted by rarity, averaged. Two texts
that say the same thing in other words ("get my money back" and "refund") land near each
other, which stems and typo mending cannot do. numpy only: no model, no download, no I/O but
reading its own table once.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib.resources import files

import numpy as np

TABLE = "guide_words.npz"
FORMAT = 1
_PIECE_PREFIX = "##"  # a piece that continues a word, in the encoder's vocabulary
_LONGEST_WORD = 100  # longer "words" are noise; the encoder reads them as unknown too


class WordVectors:
    """The word-vector table: rows, rarity weights and the row of each entry."""

    def __init__(self, words: Iterable[str], vectors: np.ndarray, weights: np.ndarray) -> None:
        self._row = {word: number for number, word in enumerate(words)}
        self._vectors = vectors
        # Each row's weight over its length, once: a text's vector is then one small product.
        lengths = np.sqrt(np.einsum("ij,ij->i", vectors, vectors, dtype=np.int32))
        self._scale = weights.astype(np.float32) / np.maximum(lengths, 1e-9)
        self.dims = int(vectors.shape[1])

    @classmethod
    def packaged(cls) -> WordVectors:
        """The table shipped with the bot (read once per process)."""
        return _packaged()

    def pieces(self, word: str) -> list[int]:
        """The rows of a word: its own, or its word pieces' (longest match first); none
        when part of it matches nothing (the encoder's "unknown")."""
        found = self._row.get(word)
        if found is not None:
            return [found]
        if len(word) > _LONGEST_WORD:
            return []
        rows: list[int] = []
        start = 0
        while start < len(word):
            for end in range(len(word), start, -1):
                piece = word[start:end] if start == 0 else _PIECE_PREFIX + word[start:end]
                row = self._row.get(piece)
                if row is not None:
                    rows.append(row)
                    start = end
                    break
            else:
                return []
        return rows

    def embed(self, words: Iterable[str]) -> np.ndarray | None:
        """The unit vector of a text's words (rarity-weighted mean), or None if none is known."""
        rows = [row for word in words for row in self.pieces(word)]
        if not rows:
            return None
        mean = self._scale[rows] @ self._vectors[rows].astype(np.float32)
        norm = float(np.sqrt(mean @ mean))
        return mean / norm if norm > 0 else None


@cache
def _packaged() -> WordVectors:
    resource = files("knowledge.guide").joinpath("word_table", TABLE)
    with resource.open("rb") as handle, np.load(handle, allow_pickle=False) as table:
        if int(table["format"]) != FORMAT:
            raise ValueError(f"{TABLE}: format {int(table['format'])}, expected {FORMAT}")
        return WordVectors(table["words"].tolist(), table["vectors"], table["weights"])
