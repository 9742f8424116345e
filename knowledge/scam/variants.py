"""The phrase-variant syntax of the red-flag data: `pay {to|into} my {|own} account`.

Owns spelling out a phrase line into every variant it stands for, with the limits that keep
one data line small. It reads no data file and matches nothing: `knowledge/scam/red_flags.py`
validates the lines with it and `knowledge/scam/phrase_index.py` indexes the variants.
"""

from __future__ import annotations

_MAX_VARIANTS = 64  # keeps one data line from silently turning into hundreds of phrases
_MAX_PHRASE = 80  # characters of one spelled-out variant


def _split_top(body: str) -> list[str]:
    """Split the inside of a brace group at its own `|`, not at those of nested groups."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in body:
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        depth += (char == "{") - (char == "}")
        current.append(char)
    parts.append("".join(current))
    return parts


def _expand(text: str) -> list[str]:
    opening = text.find("{")
    if opening < 0:
        if "}" in text:
            raise ValueError("a closing brace without an opening one")
        return [text]
    depth = 0
    for index in range(opening, len(text)):
        depth += (text[index] == "{") - (text[index] == "}")
        if depth == 0:
            break
    else:
        raise ValueError("an opening brace without a closing one")
    head, body, tail = text[:opening], text[opening + 1 : index], text[index + 1 :]
    if "}" in head:
        raise ValueError("a closing brace without an opening one")
    alternatives = [variant for part in _split_top(body) for variant in _expand(part)]
    return [head + alt + rest for alt in alternatives for rest in _expand(tail)]


def expand_variants(phrase: str) -> tuple[str, ...]:
    """Every spelling a phrase line stands for: `pay {to|into} my {|own} account`.

    Braces hold alternatives separated by `|` and may nest; an empty alternative makes the
    group optional. Whitespace is collapsed, so an optional word leaves no double space.
    """
    try:
        variants = [" ".join(variant.split()) for variant in _expand(phrase)]
    except ValueError as exc:
        raise ValueError(f"phrase {phrase!r}: {exc}") from None
    if len(variants) > _MAX_VARIANTS:
        raise ValueError(f"phrase {phrase!r} expands to more than {_MAX_VARIANTS} variants")
    too_long = [variant for variant in variants if len(variant) > _MAX_PHRASE]
    if too_long:
        raise ValueError(f"phrase variant {too_long[0]!r} is longer than {_MAX_PHRASE}")
    return tuple(dict.fromkeys(variant for variant in variants if variant))
