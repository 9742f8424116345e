"""The vocabulary of the scam check's word-combination rules, and how a message word meets it.

Owns three things the combination rules need to survive wording they were not written for:
- concepts: named word groups from the data file (`@pay` stands for pay, transfer, remit,
  wire, ...), so one rule covers every way of saying an idea;
- inflections: a word written `transfer*` also stands for transfers, transferred and
  transferring (spelling rules for -s, -ed and -ing, generous rather than exact: a form no
  one writes costs nothing);
- typos: a message word one edit (a substitution, insertion, deletion or swap of neighbours)
  away from a long rule word counts as that word, if it starts with the same letter
  ("acount" is account, "finance" is not binance);
- amounts: the rule word `#number` stands for any word of digits ("return the 4,320 to our
  agent": "4", "320"), since no list can spell out every sum.
Each distinct rule word gets a number; `Lexicon.terms(word)` answers which numbers a message
word stands for, remembered between scans. Knows nothing of rules, categories or negation.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from rapidfuzz.distance import OSA

from knowledge.scam.normalise import normalise

__all__ = [
    "ANY_NUMBER",
    "EVERYDAY_WORDS",
    "FUNCTION_WORDS",
    "NO_TERMS",
    "Lexicon",
    "inflections",
    "spell_alternative",
]

# Words too common to find a phrase or a rule by; they still count where they stand.
# Possessives are not among them: "my personal account" is a red flag, "your personal account
# manager" is not.
FUNCTION_WORDS = frozenset(
    {
        *("a", "an", "the", "to", "of", "for", "in", "on", "at", "by", "with", "from", "and"),
        *("or", "is", "are", "was", "were", "be", "been", "being", "this", "that", "these"),
        *("those", "it", "its", "we", "you", "i", "me", "us", "they", "them", "he", "she"),
        *("please", "can", "will", "would", "should", "could", "shall", "may", "might", "do"),
        *("does", "did", "have", "has", "had", "as", "so", "if", "then", "than", "not", "no"),
        *("don", "t", "s", "r", "u", "into", "via", "through", "all", "any", "some", "let"),
    }
)
# Content words that are everywhere in supplier messages: poor anchors (each occurrence would
# wake many phrases), used only when a phrase has nothing rarer.
EVERYDAY_WORDS = frozenset(
    {
        *("my", "our", "your", "his", "her", "their", "pay", "payment", "paid", "send"),
        *("bank", "account", "new", "alibaba", "sample", "samples", "order", "price", "goods"),
        *("money", "today", "now", "need", "make", "use", "invoice", "details", "just"),
        "#number",
    }
)
# The rule word that any number written in digits stands for (normalising keeps digit runs
# as words; "#" never survives normalising, so no message word is this itself).
ANY_NUMBER = "#number"
NO_TERMS: frozenset[int] = frozenset()
_VOWELS = frozenset("aeiou")
_MIN_TYPO_TERM = 6  # shorter rule words must be written exactly ("limit" is not "limits")
_CACHE_LIMIT = 50_000  # distinct message words remembered before starting afresh


def _doubles_last(word: str) -> bool:
    """Whether -ed/-ing may double the last letter: one vowel before one final consonant."""
    return (
        len(word) >= 3
        and word[-1] not in _VOWELS
        and word[-1] not in "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    )


def inflections(word: str) -> tuple[str, ...]:
    """The word and its -s, -ed and -ing forms ("transfer" -> transfers, transferred, ...)."""
    forms = [word]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.append(word + "es")
    elif word.endswith("y") and word[-2:-1] not in _VOWELS:
        forms += [word[:-1] + "ies", word[:-1] + "ied"]
    else:
        forms.append(word + "s")
    if word.endswith("e"):
        forms += [word + "d", word[:-1] + "ing"]
    else:
        forms += [word + "ed", word + "ing"]
        if _doubles_last(word):  # transferred, cancelled (and the single-letter spellings)
            forms += [word + word[-1] + "ed", word + word[-1] + "ing"]
    return tuple(dict.fromkeys(forms))


def spell_alternative(
    alternative: str, concepts: Mapping[str, tuple[str, ...]]
) -> list[tuple[str, ...]]:
    """The normalised word sequences one alternative of a rule stands for.

    `@name` is every entry of that concept; a word ending in `*` stands for its inflections.
    """
    alternative = alternative.strip()
    if alternative.startswith("@"):
        entries: Iterable[str] = concepts[alternative[1:]]
    else:
        entries = (alternative,)
    spelled: list[tuple[str, ...]] = []
    for entry in entries:
        sequences: list[list[str]] = [[]]
        for token in entry.split():
            if token == ANY_NUMBER:
                sequences = [[*done, ANY_NUMBER] for done in sequences]
                continue
            forms = inflections(token[:-1]) if token.endswith("*") else (token,)
            sequences = [
                done + list(normalise(form).words) for done in sequences for form in forms
            ]
        spelled.extend(tuple(words) for words in sequences if words)
    return list(dict.fromkeys(spelled))


def _deletions(word: str) -> set[str]:
    return {word[:index] + word[index + 1 :] for index in range(len(word))}


class Lexicon:
    """Every word the rules use, numbered; looks up which of them a message word stands for."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}
        self._near: dict[str, set[int]] = defaultdict(set)  # one-deletion key -> long words
        self._words: list[str] = []
        self._cache: dict[str, frozenset[int]] = {}

    def number(self, word: str) -> int:
        """The number of a rule word, given when first seen (build time only)."""
        found = self._numbers.get(word)
        if found is None:
            found = self._numbers[word] = len(self._words)
            self._words.append(word)
            if len(word) >= _MIN_TYPO_TERM and word != ANY_NUMBER:
                for key in (word, *_deletions(word)):
                    self._near[key].add(found)
        return found

    def terms(self, word: str) -> frozenset[int]:
        """Numbers of the rule words `word` stands for: itself, or within one typo."""
        found = self._cache.get(word)
        if found is None:
            found = self._match(word)
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[word] = found
        return found

    def terms_of(self, words: list[str]) -> list[frozenset[int]]:
        """`terms` of each word in turn (the per-message form: one dictionary pass)."""
        try:  # every word seen before: one look-up each in C, no scan for a missing one
            return list(map(self._cache.__getitem__, words))
        except KeyError:
            return [self.terms(word) for word in words]

    def _match(self, word: str) -> frozenset[int]:
        exact = self._numbers.get(word)
        numbers = {exact} if exact is not None else set()
        if word.isdigit() and ANY_NUMBER in self._numbers:
            numbers.add(self._numbers[ANY_NUMBER])
        if len(word) >= _MIN_TYPO_TERM - 1:
            near = self._near
            for key in (word, *_deletions(word)):
                for number in near.get(key, ()):
                    other = self._words[number]
                    if (
                        number != exact
                        and other[0] == word[0]
                        and OSA.distance(word, other, processor=None, score_cutoff=1) <= 1
                    ):
                        numbers.add(number)
        return frozenset(numbers) if numbers else NO_TERMS
