"""Named lists of word sequences, found in a message's words in one pass.

Owns the index the structure reader (`stance.py`) looks its cues up in: each list's
sequences (normalised), found at every word where one starts, the longest per list and word.
It knows nothing of what the lists mean.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress, count

from knowledge.scam.normalise import normalise

Spots = dict[str, list[tuple[int, int]]]  # cue list name -> (first, last) of each occurrence


class CueIndex:
    """Named lists of word sequences, found in one pass over a message's words (only the
    words that start some sequence are visited)."""

    def __init__(self, lists: dict[str, Iterable[str]]) -> None:
        # First word -> (the second words of its longer sequences, the names of the lists
        # holding it as a one-word sequence, and (length, sequence -> list names) of its
        # longer ones, longest first): at a word, its next word rules out most sequences
        # ("the" starts about thirty), then one look-up per length.
        by_first: dict[str, dict[int, dict[tuple[str, ...], list[str]]]] = {}
        for name, entries in lists.items():
            for entry in entries:
                words = tuple(normalise(entry).words)
                if words:
                    names = by_first.setdefault(words[0], {}).setdefault(len(words), {})
                    names.setdefault(words, []).append(name)
        self._by_first = {
            first: (
                frozenset(cue[1] for size, cues in sizes.items() if size > 1 for cue in cues),
                tuple(
                    dict.fromkeys(name for names in sizes.get(1, {}).values() for name in names)
                ),
                tuple(
                    (size, {cue: tuple(dict.fromkeys(names)) for cue, names in cues.items()})
                    for size, cues in sorted(sizes.items(), reverse=True)
                    if size > 1
                ),
            )
            for first, sizes in by_first.items()
        }

    def spots(self, words: list[str]) -> Spots:
        """Each list's occurrences in `words`, in order; one (the longest) per list and word."""
        by_first = self._by_first
        found: Spots = {}
        for at in compress(count(), map(by_first.__contains__, words)):
            seconds, singles, longer = by_first[words[at]]
            if at + 1 >= len(words) or words[at + 1] not in seconds:
                # Most visits: no longer sequence can start here, only the one-word ones
                # (no set of lists already found to build and ask).
                for name in singles:
                    found.setdefault(name, []).append((at, at))
                continue
            done: set[str] = set()
            for size, cues in longer:
                for name in cues.get(tuple(words[at : at + size]), ()):
                    if name not in done:
                        found.setdefault(name, []).append((at, at + size - 1))
                        done.add(name)
            for name in singles:
                if name not in done:
                    found.setdefault(name, []).append((at, at))
        return found
