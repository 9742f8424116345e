"""What a message's opening MEANS, in any of 16 languages: what the scam check's encoder reads.

Owns which text of a message the scam check's sentence encoder reads (`encoder_text`); the
encoder itself, Google's Universal Sentence Encoder Multilingual v3, is loaded and run by
`knowledge/text_encoder.py` (moved there in round 20 of issue 13, unchanged for the scam check,
so /guide can share the one model without importing this feature) and re-exported here. The
learned part adds the encoder's 512 numbers to its character features (`learned.py`), so that
what it learned of a request in one language can count in another, which character 4-grams
cannot do. It does so only in part: on batches collected later it raised twice as many scams
as 4-grams alone, yet a Turkish or Portuguese bank-change e-mail still reads low (issue 15,
round 19: bench/README.md). No network, no download.
"""

from __future__ import annotations

import re

from knowledge.scam.normalise import Message
from knowledge.text_encoder import DIMS, NAME, SentenceEncoder

__all__ = ["DIMS", "NAME", "READ_CHARS", "SentenceEncoder", "encoder_text"]

# The encoder reads a message's first READ_CHARS characters (white space collapsed): on the
# development data, by folds by source, 600 ranked scams as well as 1,500 (the longest item)
# at a third of the cost (issue 15, round 19).
READ_CHARS = 600

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
