"""Fuzzy matching of red-flag phrases in a normalised message, fast enough for every message.

Owns the phrase index, built once from the data file, and the search. Scoring every phrase
against every stretch of a message would be far too slow, so the search runs in two steps:
1. Candidates. Each phrase is reached through one or two of its rarest words ("anchors"). The
   index holds each anchor and, for longer words, every spelling with one letter deleted;
   looking up a message word and its own one-letter deletions finds anchors within one typo
   (a substitution, insertion, deletion or swap of neighbours). Two neighbouring message words
   are also looked up joined ("money gram" -> "moneygram"), and short phrases are also indexed
   joined ("westernunion").
2. Scoring. Around each anchor hit, a few word windows (one word longer or shorter, shifted by
   one) are scored with rapidfuzz against the phrases that share that anchor position, all of
   them in one call, with a per-phrase cutoff that allows more typos in longer phrases. A match
   must also contain every content word of the phrase (within one typo), so "the bank details"
   never passes for "new bank details", and agree with it on negation.
Cost grows with the number of words, not with the number of phrases.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from knowledge.red_flags import RedFlags, Severity, expand_variants
from knowledge.scam_context import ContextReader
from knowledge.scam_normalise import Message, normalise

# Words too common to find a phrase by; they still count in the similarity score. Possessives
# are not among them: "my personal account" is a red flag, "your personal account manager"
# is not.
_FUNCTION_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "to",
        "of",
        "for",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "we",
        "you",
        "i",
        "me",
        "us",
        "they",
        "them",
        "he",
        "she",
        "please",
        "can",
        "will",
        "would",
        "should",
        "could",
        "shall",
        "may",
        "might",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "as",
        "so",
        "if",
        "then",
        "than",
        "not",
        "no",
        "don",
        "t",
        "s",
        "r",
        "u",
        "into",
        "via",
        "through",
        "all",
        "any",
        "some",
        "let",
    }
)
_ANCHORS_PER_PHRASE = 2
_MIN_TYPO_WORD = 5  # shorter words must be spelled exactly (usd is not usdt)
_MIN_JOINED = 6  # shortest joined phrase worth indexing ("wechat")


def _typo_budget(length: int) -> int:
    """Letters that may differ in a phrase of `length` characters."""
    if length <= 4:
        return 0
    if length <= 11:
        return 1
    if length <= 19:
        return 2
    return 3


def _deletions(word: str) -> set[str]:
    """Every spelling of `word` with one letter left out."""
    return {word[:index] + word[index + 1 :] for index in range(len(word))}


@dataclass(frozen=True, slots=True)
class Variant:
    """One spelled-out phrase, normalised, with what a match of it means."""

    text: str
    words: tuple[str, ...]
    content: tuple[str, ...]  # the words that must all be present in a match
    category: str
    severity: Severity
    cutoff: float
    negative: bool  # the phrase itself carries a negation ("we do not allow inspection")


@dataclass(frozen=True, slots=True)
class _Group:
    """Variants reached through one anchor at the same word position with the same length."""

    position: int  # index of the anchor's first word within each variant
    span: int  # variant words the anchor covers (1, or all of them for a joined phrase)
    length: int  # words in each variant
    texts: tuple[str, ...]  # the choices handed to rapidfuzz
    members: tuple[int, ...]  # indices into PhraseMatcher.variants
    cutoff: float  # the lowest cutoff among the members


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """A phrase found on words first..last of a message."""

    variant: Variant
    first: int
    last: int
    similarity: float


class PhraseMatcher:
    """The phrase index of a red-flag knowledge base, and the search over one message."""

    def __init__(self, flags: RedFlags, context: ContextReader) -> None:
        self._context = context
        self.variants = self._spell_out(flags)
        self._groups: list[_Group] = []
        self._index: dict[str, tuple[int, ...]] = {}
        self._build_index()

    def _spell_out(self, flags: RedFlags) -> tuple[Variant, ...]:
        variants: dict[str, Variant] = {}
        for category in flags.categories:
            lines = [(line, category.severity) for line in category.phrases]
            lines += [(line, Severity.LOW) for line in category.weak_phrases]
            for line, severity in lines:
                for spelled in expand_variants(line):
                    words = tuple(normalise(spelled).words)
                    text = " ".join(words)
                    if not words or text in variants:
                        continue
                    content = tuple(w for w in words if w not in _FUNCTION_WORDS) or words
                    budget = _typo_budget(len(text))
                    variants[text] = Variant(
                        text=text,
                        words=words,
                        content=content,
                        category=category.id,
                        severity=severity,
                        # One typo costs two edits in rapidfuzz's ratio (delete and insert).
                        cutoff=100.0 * (1 - budget / len(text)) - 0.01,
                        negative=any(
                            self._context.negation_ends(list(words), i) for i in range(len(words))
                        ),
                    )
        return tuple(variants.values())

    def _build_index(self) -> None:
        # How many variants use each word: rarer words make better anchors.
        frequency = Counter(word for variant in self.variants for word in set(variant.content))
        grouped: dict[tuple[str, int, int, int], list[int]] = defaultdict(list)
        for number, variant in enumerate(self.variants):
            ranked = sorted(
                (i for i, w in enumerate(variant.words) if w in variant.content),
                key=lambda i: (frequency[variant.words[i]], -len(variant.words[i])),
            )
            for position in ranked[:_ANCHORS_PER_PHRASE]:
                grouped[(variant.words[position], position, 1, len(variant.words))].append(number)
            joined = "".join(variant.words)
            if 1 < len(variant.words) <= 3 and len(joined) >= _MIN_JOINED:
                grouped[(joined, 0, len(variant.words), len(variant.words))].append(number)
        index: dict[str, set[int]] = defaultdict(set)
        for (anchor, position, span, length), members in grouped.items():
            number = len(self._groups)
            self._groups.append(
                _Group(
                    position=position,
                    span=span,
                    length=length,
                    texts=tuple(self.variants[m].text for m in members),
                    members=tuple(members),
                    cutoff=min(self.variants[m].cutoff for m in members),
                )
            )
            index[anchor].add(number)
            if span == 1 and len(anchor) >= _MIN_TYPO_WORD:
                for spelling in _deletions(anchor):
                    index[spelling].add(number)
        self._index = {key: tuple(sorted(groups)) for key, groups in index.items()}

    def _groups_for(self, word: str) -> set[int]:
        """Groups whose anchor is `word` or within one typo of it."""
        found = set(self._index.get(word, ()))
        if len(word) >= _MIN_TYPO_WORD:
            for spelling in _deletions(word):
                found.update(self._index.get(spelling, ()))
        return found

    def find(self, message: Message) -> list[PhraseMatch]:
        """Every phrase match in the message, at most one per phrase group and place."""
        words, sentence = message.words, message.sentence
        seen_words: dict[str, set[int]] = {}
        candidates: set[tuple[int, int, int]] = set()  # (group, expected start, expected length)
        for index, word in enumerate(words):
            groups = seen_words.get(word)
            if groups is None:
                groups = seen_words[word] = self._groups_for(word)
            for number in groups:
                group = self._groups[number]
                candidates.add((number, index - group.position, group.length - group.span + 1))
        for index in range(len(words) - 1):
            if sentence[index] != sentence[index + 1]:
                continue
            for number in self._index.get(words[index] + words[index + 1], ()):
                group = self._groups[number]
                candidates.add((number, index - group.position, group.length - group.span + 2))
        matches = []
        for number, start, length in candidates:
            match = self._best_window(message, self._groups[number], start, length)
            if match is not None:
                matches.append(match)
        return matches

    def _best_window(
        self, message: Message, group: _Group, start: int, length: int
    ) -> PhraseMatch | None:
        words, sentence = message.words, message.sentence
        best: PhraseMatch | None = None
        for first in (start, start - 1, start + 1):
            for size in (length, length - 1, length + 1):
                last = first + size - 1
                if size < 1 or first < 0 or last >= len(words):
                    continue
                if sentence[first] != sentence[last]:
                    continue
                window = words[first : last + 1]
                scored = process.extract(
                    " ".join(window),
                    group.texts,
                    scorer=fuzz.ratio,
                    processor=None,
                    score_cutoff=group.cutoff,
                    limit=None,
                )
                for _, similarity, choice in scored:
                    variant = self.variants[group.members[choice]]
                    if best is not None and similarity <= best.similarity:
                        continue
                    if similarity >= variant.cutoff and self._agrees(variant, window):
                        best = PhraseMatch(variant, first, last, similarity)
        return best

    def _agrees(self, variant: Variant, window: list[str]) -> bool:
        """Every content word present (within one typo) and the same stance on negation."""
        negative = any(self._context.negation_ends(window, i) for i in range(len(window)))
        if negative != variant.negative:
            return False
        joined = "".join(window)
        for word in variant.content:
            if word in window:
                continue
            # Short words must appear as they are ("new" is not "renew").
            if len(word) < _MIN_TYPO_WORD:
                return False
            # Split or joined spellings ("money gram"), or one typo in a word.
            if word not in joined and not any(
                OSA.distance(word, other, processor=None, score_cutoff=1) <= 1 for other in window
            ):
                return False
        return True
