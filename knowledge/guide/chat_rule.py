"""Who gets a plain text typed in a private chat: the guide, or the scam check.

The rule (issue 13): text a buyer TYPES AS A QUESTION goes to the guide ("how do i open a
dispute?", "is paypal safe for samples"); everything else that reaches this point (a pasted
or forwarded supplier message, chat, a statement) stays with the scam check. Answers to the
bot's open questions never get here: the text router hands them to the feature that asked.

A question is short (a typed question fits in a few lines), has at least two words, and
either ends with a question mark or opens like one ("how", "can i", "what is"). It is NOT the
guide's when it reads as a supplier talking to the buyer, even phrased as a question: a
greeting such as "dear friend", a request to pay or send money ("please pay", "kindly
transfer", "can you pay the balance"), or, when no third party ("supplier", "factory",
"seller") is named, "pay to our/new account" or "you/your" together with "we/our/us": buyers
talk ABOUT their supplier; suppliers talk TO the buyer about themselves. Text written mostly
in other letters (Chinese, Japanese, Korean, Cyrillic ...) is read the same way by the words of
its own language (`other_scripts.py`, round 22). Pure functions.
"""

from __future__ import annotations

import re
from enum import StrEnum

from knowledge.guide import other_scripts

QUESTION_CHARS = 300  # longer than this, or more than QUESTION_LINES lines, it was pasted
QUESTION_LINES = 3
_OPENERS = (
    "how",
    "what",
    "whats",
    "what's",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "when",
    "why",
    "is",
    "are",
    "am",
    "can",
    "could",
    "should",
    "shall",
    "do",
    "does",
    "did",
    "will",
    "would",
    "may",
    "must",
    "any",
    "anyone",
    "has",
    "have",
    "explain",
)
_WORDS = re.compile(r"[a-z0-9']+")
_SALUTATION = re.compile(r"^\W*(dear|my (dear )?friend|hello dear|hi dear|respected)\b")
_PAY = r"(pay|send|transfer|remit|wire|deposit|make (the )?payment|arrange (the )?payment)"
# Asking the reader to pay: a supplier's line, whoever else it names.
_PAY_REQUEST = re.compile(
    rf"\b(please|pls|plz|kindly)\s+(help\s+)?{_PAY}\b"
    rf"|\b(can|could|would|will)\s+(you|u)\s+(please\s+|kindly\s+)?{_PAY}\b"
)
# Paying into "our" or a "new" account: a supplier's line unless a buyer is reporting it.
_PAY_TO_ACCOUNT = re.compile(
    rf"\b{_PAY}\b[^.?!]*\b(to|into)\s+(our|this|the new|new)\s+(\w+\s+)?(account|bank)\b"
)
_SECOND = re.compile(r"\b(you|your|yours|u)\b")
_FIRST_PLURAL = re.compile(r"\b(we|our|ours|us)\b")
_THIRD_PARTY = re.compile(
    r"\b(suppliers?|factor(y|ies)|manufacturers?|sellers?|vendors?|exporters?|alibaba|agents?)\b"
)


class PrivateText(StrEnum):
    """Where a plain private text goes."""

    GUIDE = "guide"  # a buyer's question: the guide answers it
    SCAM_CHECK = "scam_check"  # anything else: the scam check (and its pointers) as before


def reads_as_question(text: str) -> bool:
    """True for short typed text that asks something."""
    stripped = text.strip()
    if not stripped or len(stripped) > QUESTION_CHARS or stripped.count("\n") >= QUESTION_LINES:
        return False
    if other_scripts.written_in_other_letters(stripped):
        return other_scripts.asks(stripped, QUESTION_CHARS, QUESTION_LINES)
    words = _WORDS.findall(stripped.casefold())
    if len(words) < 2:
        return False
    ends_asking = stripped.rstrip(" .!)\u200d\ufe0f").endswith(("?", "？"))
    return ends_asking or words[0] in _OPENERS


def sounds_like_supplier(text: str) -> bool:
    """True when the text reads as a supplier writing to a buyer (greeting, a request to pay,
    or "you" and "we" with no third party named)."""
    if other_scripts.written_in_other_letters(text):
        return other_scripts.sounds_like_supplier(text)
    folded = text.casefold()
    if _SALUTATION.search(folded) or _PAY_REQUEST.search(folded):
        return True
    talks_to_reader = bool(_SECOND.search(folded) and _FIRST_PLURAL.search(folded))
    about_someone = bool(_THIRD_PARTY.search(folded))
    return (talks_to_reader or bool(_PAY_TO_ACCOUNT.search(folded))) and not about_someone


def route_private_text(text: str) -> PrivateText:
    """The guide for a buyer's typed question; the scam check for everything else."""
    if reads_as_question(text) and not sounds_like_supplier(text):
        return PrivateText.GUIDE
    return PrivateText.SCAM_CHECK
