"""How much fits in one Telegram message, and splitting long replies into several.

Telegram counts a message's length in UTF-16 code units (an emoji counts two) and refuses
more than 4,096. Reports that can outgrow one message (a supplier audit, a scam check's full
report) are split here, at block boundaries, so no finding is ever cut in half.
"""

from __future__ import annotations

from collections.abc import Sequence

MAX_TEXT = 4096


def utf16_length(text: str) -> int:
    """Length as Telegram counts it."""
    return len(text.encode("utf-16-le")) // 2


def paginate(blocks: Sequence[str], limit: int = MAX_TEXT, separator: str = "\n\n") -> list[str]:
    """`blocks` joined by `separator` into as few messages as fit `limit` units each.

    A block longer than `limit` gets a message of its own; callers keep blocks small.
    """
    pages: list[list[str]] = [[]]
    used = 0
    gap = utf16_length(separator)
    for block in blocks:
        cost = utf16_length(block) + gap
        if pages[-1] and used + cost > limit:
            pages.append([])
            used = 0
        pages[-1].append(block)
        used += cost
    return [separator.join(page) for page in pages if page]
