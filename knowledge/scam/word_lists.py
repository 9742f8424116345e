"""Word lists for the other-language readings: single words, phrases and stems, folded once.

Owns matching one list's entries at a word position of a folded message (`languages.py` and
`language_requests.py` read with it). Entries are folded like messages; `word*` is a stem,
several words a phrase matched word by word. It knows no language and no red flag.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from knowledge.scam.normalise import fold

# Umlauts typed without them ("geaendert" for "geändert"): folding alone gives "geandert".
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _spellings(entries: Iterable[str]) -> list[str]:
    """Each entry, and its spelling with umlauts written out when it has any."""
    spelled: list[str] = []
    for entry in entries:
        spelled.append(entry)
        written = entry.translate(_UMLAUTS)
        if written != entry:
            spelled.append(written)
    return spelled


class Words:
    """A list of entries split into single words, phrases (tuples) and stems."""

    def __init__(self, entries: Iterable[str]) -> None:
        self.single: set[str] = set()
        self.phrases: dict[str, list[tuple[str, ...]]] = {}
        self.stems: tuple[str, ...] = ()
        stems: list[str] = []
        for entry in _spellings(entries):
            words = tuple(fold(entry)[0].replace("'", " ").replace("-", " ").split())
            if len(words) == 1 and words[0].endswith("*"):
                stems.append(words[0][:-1])
            elif len(words) == 1:
                self.single.add(words[0])
            else:
                self.phrases.setdefault(words[0], []).append(words)
        self.stems = tuple(stems)
        # The words a match can begin with (stems excluded); built once, asked per word.
        self.heads: frozenset[str] = frozenset(self.single | set(self.phrases))

    def at(self, words: list[str], index: int) -> int:
        """The index of the last word of a match starting at `index`, or -1."""
        word = words[index]
        for phrase in self.phrases.get(word, ()):
            if tuple(words[index : index + len(phrase)]) == phrase:
                return index + len(phrase) - 1
        if word in self.single or (self.stems and word.startswith(self.stems)):
            return index
        return -1

    def anywhere(self, words: list[str], present: frozenset[str]) -> bool:
        """Whether any entry is in the message (`present`: its distinct words)."""
        if not self.single.isdisjoint(present):
            return True
        if self.stems and any(word.startswith(self.stems) for word in present):
            return True
        heads = set(self.phrases) & present
        return any(self.at(words, i) >= 0 for i, word in enumerate(words) if word in heads)

    def any_in(self, words: list[str], first: int, last: int) -> int:
        """The index of a match starting in words[first..last], or -1."""
        for index in range(max(0, first), min(len(words), last + 1)):
            if self.at(words, index) >= 0:
                return index
        return -1


def sentence_bounds(sentence: list[int], index: int, reach: int = 0) -> tuple[int, int]:
    """The first and last word index of the sentences `reach` either side of word `index`'s
    (sentence numbers never go down along the message, so two bisections find them)."""
    number = sentence[index]
    return bisect_left(sentence, number - reach), bisect_right(sentence, number + reach) - 1
