"""Phone-sized labels (at most 40 characters) for HTS lines, built from the indent tree.

Owns one rule: a line's own description, prefixed with its nearest ancestors while the text
says little on its own ("Other", "Males", "Of cotton"), and, when short, with the parent
anyway ("Horses: purebred breeding animals"). The line's own words are kept; ancestors are cut
on a word with "…" to the room left within 40 characters.
Used by the build script only. Standard library only.
"""

from __future__ import annotations

import re

MAX = 40
ENRICH_BELOW = 25  # a label this short gets its parent in front when both fit
MIN_PREFIX = 10  # an ancestor cut shorter than this says nothing: leave it out
_WEAK_WORDS = frozenset(
    {
        "other",
        "others",
        "male",
        "males",
        "female",
        "females",
        "parts",
        "parts thereof",
        "new",
        "used",
        "other parts",
        "thereof",
        "n.e.s.",
        "nesoi",
    }
)
# A clause starting so qualifies something named above it ("Of cotton", "Valued over $5").
_QUALIFIER_STARTS = (
    "of ",
    "in ",
    "for ",
    "with ",
    "without ",
    "valued ",
    "weighing ",
    "having ",
    "containing ",
    "not ",
    "exceeding ",
    "over ",
    "measuring ",
    "each ",
    "whether ",
    "the foregoing",
    "described ",
    "if ",
    "and ",
    "or ",
    "excluding ",
)
WEAK_OTHER_BELOW = 18  # "Other, of wool" is weak; "Other electro-thermal appliances" is not


def clause(text: str) -> str:
    """The leading clause of a description, bracketed asides dropped: before a colon or
    semicolon, then before a comma when still long."""
    plain = text
    while True:
        shorter = re.sub(r"\s*\([^()]*\)", "", plain)
        if shorter == plain:
            break
        plain = shorter
    plain = plain.strip() or text
    plain = re.split(r"[:;]", plain, maxsplit=1)[0].strip()
    if len(plain) > MAX:
        plain = plain.split(",", 1)[0].strip()
    return plain


def weak(text: str) -> bool:
    """True when a clause says little without its parent."""
    low = text.lower().strip(" .:")
    if low in _WEAK_WORDS or len(low) < 5 or low.startswith(_QUALIFIER_STARTS):
        return True
    return low.startswith("other") and len(low) < WEAK_OTHER_BELOW


def _join(ancestor: str, label: str) -> str:
    if label.lower().startswith("other") and ancestor.lower().startswith("other"):
        return f"{ancestor}, {label[0].lower()}{label[1:]}"
    return f"{ancestor}: {label[0].lower()}{label[1:]}" if label else ancestor


def cut(text: str, limit: int = MAX) -> str:
    """The text within `limit` characters, cut after a word with an ellipsis."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-(")
    return f"{head}…"


def label_for(index: int, descriptions: list[str], parent: list[int]) -> str:
    """The leaf kept whole where it fits; the ancestors it needs shortened to the room left."""
    chain = [clause(descriptions[index])]
    node = parent[index]
    while weak(chain[-1]) and node != -1:
        chain.append(clause(descriptions[node]))
        node = parent[node]
    label = cut(chain[0])
    for ancestor in chain[1:]:
        room = MAX - len(label) - 2
        if room < MIN_PREFIX:
            break
        label = _join(cut(ancestor, room), label)
    if len(label) < ENRICH_BELOW and node != -1:
        richer = _join(clause(descriptions[node]), label)
        if len(richer) <= MAX:
            label = richer
    return label


def short_labels(codes: list[str], descriptions: list[str], parent: list[int]) -> list[str]:
    """A label for every coded line of 8 or 10 digits; "" for the other rows."""
    return [
        label_for(i, descriptions, parent) if len(code) in (8, 10) else ""
        for i, code in enumerate(codes)
    ]
