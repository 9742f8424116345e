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

from dataclasses import dataclass

from knowledge.scam.language_cues import LanguageCues, LanguagesCues
from knowledge.scam.language_requests import RequestReader
from knowledge.scam.normalise import fold
from knowledge.scam.word_lists import Words, sentence_bounds

_REACH = 8  # words either side of an account noun a change word may stand in
_NEW_REACH = 3  # words before an account noun a "new" may stand in ("nos nouvelles coordonnées")
_REFUSAL_REACH = 6  # words before (or 3 after) the change word a refusal may stand in
_NO_LONGER_REACH = 3  # words after a refusal that make it "no longer"
_POLITE_SPAN = 3  # words a polite formula may start before the refusal it holds
# Words several languages and English share: they say nothing about the language.
_SHARED = frozenset({"iban", "urgent", "direct", "express", "service", "transfer"})


@dataclass(frozen=True, slots=True)
class LanguageHit:
    """A finding read in `language`: its kind ("diversion", or an executive's "wire" request
    or "opener"), word span and the words that made it."""

    language: str  # the language's English name
    kind: str
    first: int
    last: int
    evidence: str


class _Language:
    """One language's lists, folded and split once."""

    def __init__(self, cues: LanguageCues) -> None:
        self.name = cues.name
        self.min_markers = cues.min_markers
        self.markers = frozenset(fold(marker)[0] for marker in cues.markers)
        self.accounts = Words(cues.accounts)
        self.changed_accounts = Words(cues.changed_accounts)
        self.news = Words(cues.news)
        self.changes = Words(cues.changes)
        self.ours = Words(cues.ours)
        self.asks = Words(cues.asks)
        self.refusals = Words(cues.refusals)
        self.no_longer = Words(cues.no_longer)
        self.polite = Words(cues.polite)
        self.warnings = Words(cues.warnings)
        self.heads = frozenset(self.accounts.heads | self.changed_accounts.heads)
        self.requests = RequestReader(cues)
        # What says the message is in this language: its markers, and its own single words
        # for the two kinds (a short "Můžeme dnes odeslat expresní platbu?" has no marker).
        own = (
            self.accounts,
            self.changes,
            self.news,
            self.requests.payments,
            self.requests.hurries,
        )
        own_words = frozenset().union(*(lists.single for lists in own)) - _SHARED
        self.markers = self.markers | own_words
        self.wakers = self.heads | self.requests.heads  # words one of the kinds starts at

    def read(self, words: list[str], sentence: list[int]) -> list[LanguageHit]:
        """The first unrefused changed account and the first executive request (none when
        the message warns)."""
        present = frozenset(words)
        if self.warnings.anywhere(words, present):
            return []
        hits: list[LanguageHit] = []
        heads = self.heads & present
        # The first changed account is the finding: more of them say nothing new.
        for index in [at for at, word in enumerate(words) if word in heads]:
            hit = self._at(words, sentence, index)
            if hit is not None:
                hits.append(hit)
                break
        hits.extend(
            LanguageHit(self.name, found.kind, found.first, found.last, found.evidence)
            for found in self.requests.read(words, sentence, present)
        )
        return hits

    def _at(self, words: list[str], sentence: list[int], index: int) -> LanguageHit | None:
        """A changed account whose account noun starts at `index`, or None."""
        if words[index] not in self.heads:
            return None
        both = self.changed_accounts.at(words, index)
        last = both if both >= 0 else self.accounts.at(words, index)
        if last < 0:
            return None
        low, high = sentence_bounds(sentence, index)
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
        _, ask_high = sentence_bounds(sentence, min(high + 1, len(words) - 1))
        voiced = self.ours.any_in(words, low, high) >= 0
        if not voiced and self.asks.any_in(words, low, max(high, ask_high)) < 0:
            return None
        first, end = min(index, change), max(last, change)
        evidence = " ".join(words[first : end + 1]) if end - first < 10 else words[index]
        return LanguageHit(self.name, "diversion", first, end, evidence)

    def _refused(self, words: list[str], low: int, high: int, first: int, last: int) -> bool:
        """A refusal near the match, in the same sentence, that is not a "no longer"."""
        start, stop = max(low, first - _REFUSAL_REACH), min(high, last + 3)
        polite = self._polite(words, start, stop)
        for at in range(start, stop + 1):
            if at in polite or self.refusals.at(words, at) < 0:
                continue
            if self.no_longer.any_in(words, at + 1, min(high, at + _NO_LONGER_REACH)) < 0:
                return True
        return False

    def _polite(self, words: list[str], start: int, stop: int) -> set[int]:
        """Word positions inside a polite formula ("non esitate", "zögern Sie nicht"): a
        "not" there refuses nothing."""
        covered: set[int] = set()
        for at in range(max(0, start - _POLITE_SPAN), stop + 1):
            end = self.polite.at(words, at)
            if end >= 0:
                covered.update(range(at, end + 1))
        return covered


class LanguageReader:
    """Every language's readings behind one gate; build once per scanner."""

    def __init__(self, cues: LanguagesCues) -> None:
        self._languages = [_Language(language) for language in cues.languages]
        self._vocabulary = frozenset().union(
            *(language.markers | language.wakers for language in self._languages)
        )

    def find(self, words: list[str], sentence: list[int]) -> list[LanguageHit]:
        """What the languages the message is written in read in it."""
        present = self._vocabulary.intersection(words)
        if len(present) < 3:
            return []
        hits: list[LanguageHit] = []
        for language in self._languages:
            if present.isdisjoint(language.wakers):
                continue
            if len(present & language.markers) < language.min_markers:
                continue
            hits.extend(language.read(words, sentence))
        return hits
