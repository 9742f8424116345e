"""Payment diversion read in other European languages, from the data file's word lists.

Owns one reading for one KIND of message, in every language `red_flags.yaml` `foreign:` lists
(German, French, Italian, Spanish, Dutch, Portuguese, Polish, Czech, Swedish): the sender's
bank account is new or changed ("Unsere Bankverbindung hat sich geändert", "nouveau RIB",
"nuovo IBAN"), said as the sender's own ("our", "we") or with a request to use it ("please",
"from now on", "the following"). The same context rules as the English and Chinese readings:
a refusal in the clause ("hat sich NICHT geändert", "non sono stati cambiati") or a warning
anywhere in the message (fraud, scammers, police: a notice or an explainer) keeps it low.

Speed: one set intersection over the message's words finds the languages whose markers and
account nouns are both present; text in English (or with no account noun) stops there.
Pure: it knows words, not Telegram or storage; it returns word spans for the scanner.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from knowledge.scam.language_cues import LanguageCues, LanguagesCues
from knowledge.scam.normalise import fold

_REACH = 8  # words either side of an account noun a change word may stand in
_NEW_REACH = 3  # words before an account noun a "new" may stand in ("nos nouvelles coordonnées")
_REFUSAL_REACH = 6  # words before (or 3 after) the change word a refusal may stand in
_NO_LONGER_REACH = 3  # words after a refusal that make it "no longer"


@dataclass(frozen=True, slots=True)
class DiversionHit:
    """A changed account read in `language`: word span and the words that made it."""

    language: str  # the language's English name
    first: int
    last: int
    evidence: str


class _Words:
    """A list of entries split into single words, phrases (tuples) and stems."""

    def __init__(self, entries: Iterable[str]) -> None:
        self.single: set[str] = set()
        self.phrases: dict[str, list[tuple[str, ...]]] = {}
        self.stems: tuple[str, ...] = ()
        stems: list[str] = []
        for entry in entries:
            words = tuple(fold(entry)[0].replace("'", " ").replace("-", " ").split())
            if len(words) == 1 and words[0].endswith("*"):
                stems.append(words[0][:-1])
            elif len(words) == 1:
                self.single.add(words[0])
            else:
                self.phrases.setdefault(words[0], []).append(words)
        self.stems = tuple(stems)

    @property
    def heads(self) -> set[str]:
        """The words a match can begin with (stems excluded)."""
        return self.single | set(self.phrases)

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


class _Language:
    """One language's lists, folded and split once."""

    def __init__(self, cues: LanguageCues) -> None:
        self.name = cues.name
        self.min_markers = cues.min_markers
        self.markers = frozenset(fold(marker)[0] for marker in cues.markers)
        self.accounts = _Words(cues.accounts)
        self.changed_accounts = _Words(cues.changed_accounts)
        self.news = _Words(cues.news)
        self.changes = _Words(cues.changes)
        self.ours = _Words(cues.ours)
        self.asks = _Words(cues.asks)
        self.refusals = _Words(cues.refusals)
        self.no_longer = _Words(cues.no_longer)
        self.warnings = _Words(cues.warnings)
        self.heads = frozenset(self.accounts.heads | self.changed_accounts.heads)

    def read(self, words: list[str], sentence: list[int]) -> list[DiversionHit]:
        """The first unrefused changed account in the message (none when it warns)."""
        present = frozenset(words)
        if self.warnings.anywhere(words, present):
            return []
        heads = self.heads & present
        # The first changed account is the finding: more of them say nothing new.
        for index in [at for at, word in enumerate(words) if word in heads]:
            hit = self._at(words, sentence, index)
            if hit is not None:
                return [hit]
        return []

    def _at(self, words: list[str], sentence: list[int], index: int) -> DiversionHit | None:
        """A changed account whose account noun starts at `index`, or None."""
        if words[index] not in self.heads:
            return None
        both = self.changed_accounts.at(words, index)
        last = both if both >= 0 else self.accounts.at(words, index)
        if last < 0:
            return None
        low, high = self._sentence_bounds(sentence, index)
        change = index
        if both < 0:
            change = self.news.any_in(words, max(low, index - _NEW_REACH), index - 1)
            if change < 0:
                change = self.changes.any_in(words, max(low, index - _REACH), index - 1)
            if change < 0:
                change = self.changes.any_in(words, last + 1, min(high, last + _REACH))
            if change < 0:
                return None
        if self._refused(words, low, high, min(index, change), max(last, change)):
            return None
        # The sender's own account, or a request to use it, in this sentence or the next.
        _, ask_high = self._sentence_bounds(sentence, min(high + 1, len(words) - 1))
        voiced = self.ours.any_in(words, low, high) >= 0
        if not voiced and self.asks.any_in(words, low, max(high, ask_high)) < 0:
            return None
        first, end = min(index, change), max(last, change)
        evidence = " ".join(words[first : end + 1]) if end - first < 10 else words[index]
        return DiversionHit(self.name, first, end, evidence)

    def _refused(self, words: list[str], low: int, high: int, first: int, last: int) -> bool:
        """A refusal near the match, in the same sentence, that is not a "no longer"."""
        start, stop = max(low, first - _REFUSAL_REACH), min(high, last + 3)
        for at in range(start, stop + 1):
            if self.refusals.at(words, at) < 0:
                continue
            if self.no_longer.any_in(words, at + 1, min(high, at + _NO_LONGER_REACH)) < 0:
                return True
        return False

    @staticmethod
    def _sentence_bounds(sentence: list[int], index: int) -> tuple[int, int]:
        """The first and last word index of the sentence word `index` is in."""
        number = sentence[index]
        low = index
        while low > 0 and sentence[low - 1] == number:
            low -= 1
        high = index
        while high + 1 < len(sentence) and sentence[high + 1] == number:
            high += 1
        return low, high


class LanguageReader:
    """Every language's diversion reading behind one gate; build once per scanner."""

    def __init__(self, cues: LanguagesCues) -> None:
        self._languages = [_Language(language) for language in cues.languages]
        self._vocabulary = frozenset().union(
            *(language.markers | language.heads for language in self._languages)
        )

    def find(self, words: list[str], sentence: list[int]) -> list[DiversionHit]:
        """Changed accounts read in any language the message is written in."""
        present = self._vocabulary.intersection(words)
        if len(present) < 3:
            return []
        hits: list[DiversionHit] = []
        for language in self._languages:
            if present.isdisjoint(language.heads):
                continue
            if len(present & language.markers) < language.min_markers:
                continue
            hits.extend(language.read(words, sentence))
        return hits
