"""Which of many literal cue strings occur in a text, found in one pass instead of one each.

Owns the scam check's multi-cue pre-filter: a stage that asks `any(cue in folded for cue in
cues)` for dozens of cues reads the whole 4 KB text once per cue (about 4 µs each, 0.2 ms for
the European readings' 56 cues), where an Aho-Corasick automaton (pyahocorasick, in C) reads
it once for all of them (0.04 ms). `present` answers exactly what the `in` tests answer:
every occurrence is reported, overlapping ones included. Also owns `gated`: a long pattern of
alternatives (a reading's words in thirteen languages) asked only of a text holding one of
the literal strings that every match of it holds (`required`, read off the pattern itself, so
a word added to the pattern is covered): 0.2-1.1 ms per 4 KB English text for each pattern
asked, against 0.02-0.08 ms for the automaton (issue 15, round 22). Knows nothing of what the
cues mean; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from operator import itemgetter

# The parser of `re` and its operation codes, whose parsed form `required` reads (typeshed
# does not describe these modules of the standard library).
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import ahocorasick


class Literals:
    """A fixed set of literal strings, searched for together; build once, reuse."""

    def __init__(self, cues: Iterable[str]) -> None:
        distinct = tuple(dict.fromkeys(cues))
        self._empty = "" in distinct  # in every text: kept out of the automaton
        self._automaton = ahocorasick.Automaton()
        for cue in distinct:
            if cue:
                self._automaton.add_word(cue, cue)
        self._ready = len(self._automaton) > 0
        if self._ready:
            self._automaton.make_automaton()

    def present(self, text: str) -> set[str]:
        """The cues that occur in `text` (as `cue in text` would say, for each)."""
        found: set[str] = {""} if self._empty else set()
        if self._ready:
            found.update(map(itemgetter(1), self._automaton.iter(text)))
        return found


@lru_cache(maxsize=32)
def literals(cue_lists: tuple[tuple[str, ...], ...]) -> Literals:
    """One automaton per set of cue lists, built the first time it is asked for (the lists
    are module constants, so this builds once per caller)."""
    return Literals(cue for cues in cue_lists for cue in cues)


class Gated:
    """A compiled pattern asked only of texts that hold the literal strings it `required`:
    its `search` answers as the pattern's own for a whole text, None without asking it when
    they are not all there."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        needs = required(pattern)
        self._gate = None if needs is None else (needs, Literals(_strings(needs)))

    def search(self, text: str) -> re.Match[str] | None:
        """`pattern.search(text)`, skipped when it cannot match."""
        if self._gate is not None:
            needs, literals = self._gate
            if not _holds(needs, literals.present(text)):
                return None
        return self.pattern.search(text)


def gated(pattern: re.Pattern[str]) -> Gated:
    """`pattern`, asked only where it can match (`Gated`)."""
    return Gated(pattern)


# What a match needs, read off the parsed pattern: a literal string, all of some needs (a
# sequence), or any of them (alternatives).
Need = tuple[str, str] | tuple[str, tuple["Need", ...]]


def required(pattern: re.Pattern[str]) -> Need | None:
    """The literal strings a text must hold for `pattern` to match in it, as a tree of all /
    any (None when nothing is needed, or the pattern ignores case).

    A sequence needs all of its parts that must match: each run of literal characters, each
    group, each repeat of at least once; alternatives need any of theirs, and one that needs
    nothing spoils the lot. Anchors, classes, lookarounds and optional parts need nothing, so
    they are passed over: the tree is necessary, not sufficient, and the pattern decides.
    """
    if pattern.flags & re.IGNORECASE:
        return None
    return _needed(_parser.parse(pattern.pattern, pattern.flags))


def _needed(items: Iterable[tuple[Any, Any]]) -> Need | None:
    """What a match of this parsed sequence needs, or None."""
    parts: list[Need | None] = []
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            parts.append(("literal", "".join(run)))
            run = []
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, inner = arg
            parts.append(None if add_flags or del_flags else _needed(inner))
        elif op is sre.BRANCH:
            parts.append(_either(arg[1]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
            parts.append(_needed(arg[2]))
    if run:
        parts.append(("literal", "".join(run)))
    needs = tuple(part for part in parts if part is not None)
    if not needs:
        return None
    return needs[0] if len(needs) == 1 else ("all", needs)


def _either(branches: Sequence[Iterable[tuple[Any, Any]]]) -> Need | None:
    """Any of the alternatives' needs, or None when one needs nothing."""
    needs = []
    for branch in branches:
        found = _needed(branch)
        if found is None:
            return None
        needs.append(found)
    return ("any", tuple(needs))


def _strings(need: Need) -> Iterable[str]:
    """Every literal string in `need`."""
    _kind, body = need
    if isinstance(body, str):
        yield body
    else:
        for part in body:
            yield from _strings(part)


def _holds(need: Need, present: set[str]) -> bool:
    """Whether a text holding the literals `present` meets `need`."""
    kind, body = need
    if isinstance(body, str):
        return body in present
    if kind == "all":
        return all(_holds(part, present) for part in body)
    return any(_holds(part, present) for part in body)
