"""The scam check's phrase index: every red-flag phrase spelled out, reached by its rarest word.

Owns what is built once from the data file for the phrase search (`scam_phrases`): each
phrase line spelled out into normalised variants with their typo budget and negation stance;
variants grouped by their anchor (their rarest word, at one position, with one length) and
the partner word that must be near it; the anchor keys (each anchor and, for longer words,
its one-letter deletions, so a look-up finds it within one typo), joined keys for short
phrases, and the word look-up remembered between scans. It searches nothing itself.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from knowledge.scam.context import ContextReader
from knowledge.scam.lexicon import EVERYDAY_WORDS, FUNCTION_WORDS
from knowledge.scam.normalise import normalise
from knowledge.scam.red_flags import RedFlags, Severity
from knowledge.scam.variants import expand_variants

_WORD_CACHE_LIMIT = 50_000  # distinct words remembered between scans before starting afresh
MIN_TYPO_WORD = 5  # shorter words must be spelled exactly (usd is not usdt)
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


def _by_partner(wakes: set[Wake]) -> Wakes:
    """Wakes grouped by their partner, in a stable order, each group with its reach."""
    partners = sorted({wake[3] for wake in wakes})
    grouped = []
    for partner in partners:
        mine = tuple(sorted(wake for wake in wakes if wake[3] == partner))
        # Where, from the anchor's place, a partner can stand for any of these wakes: a
        # wake wants it in [start - 1, start + length], start = place - position, length
        # = beyond + (1 or 2 anchor words); the union is checked once before each wake.
        low = min(-position for _, position, _, _ in mine) - 1
        high = max(beyond - position for _, position, beyond, _ in mine) + 2
        grouped.append((partner, low, high, mine))
    return tuple(grouped)


def _keys(word: str) -> tuple[str, ...]:
    """The lookup keys of a word: itself and, if long enough to allow a typo, its deletions.

    Two words within one typo of each other share at least one key."""
    if len(word) < MIN_TYPO_WORD:
        return (word,)
    return (word, *_deletions(word))


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
class Group:
    """Variants reached through one anchor at the same word position with the same length."""

    position: int  # index of the anchor's first word within each variant
    span: int  # variant words the anchor covers (1, or all of them for a joined phrase)
    length: int  # words in each variant
    texts: tuple[str, ...]  # the choices handed to rapidfuzz
    members: tuple[int, ...]  # indices into PhraseMatcher.variants
    cutoff: float  # the lowest cutoff among the members
    shortest: int  # characters in the shortest and longest member, to skip hopeless windows
    longest: int
    # A second content word that must be near the anchor (within one typo) before any
    # scoring: its number in PhraseMatcher's partner list, or -1 when there is none.
    partner: int
    # For each member, its short content words: a match must hold them as they are (see
    # _agrees), so a stretch without them is skipped before any scoring. None when some
    # member has no short content word (nothing to check).
    short_words: tuple[frozenset[str], ...] | None
    exact: dict[str, int]  # member text -> member's index: an exact window needs no scoring


# What a search needs of a group, by anchor key: (group number, anchor position, words in
# each variant beyond the anchor's own, partner number or -1).
Wake = tuple[int, int, int, int]
# The groups a key wakes, by partner, with the reach (lowest, highest word offset from the
# anchor's place) where that partner can help any of them: a partner absent from the
# message, or from that reach, rules out all its groups at once.
Wakes = tuple[tuple[int, int, int, tuple[Wake, ...]], ...]
# An anchor hit: the groups it wakes, where in the message, and how many message words make
# up the anchor there (1, or 2 for neighbours joined).
Hit = tuple[Wakes, int, int]
NOTHING: tuple[Wakes, tuple[int, ...]] = ((), ())  # a word that wakes nothing


class PhraseIndex:
    """The phrase index of a red-flag knowledge base, built once."""

    def __init__(self, flags: RedFlags, context: ContextReader) -> None:
        self._context = context
        self.variants = self._spell_out(flags)
        self._groups: list[Group] = []
        self._index: dict[str, Wakes] = {}
        self._partner_index: dict[str, tuple[int, ...]] = {}
        self._keys: frozenset[str] = frozenset()  # every key of both indexes
        self._word_cache: dict[str, tuple[Wakes, tuple[int, ...]]] = {}
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
                    content = tuple(w for w in words if w not in FUNCTION_WORDS) or words
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
        grouped: dict[tuple[str, int, int, int, str], list[int]] = defaultdict(list)
        for number, variant in enumerate(self.variants):
            ranked = sorted(
                (i for i, w in enumerate(variant.words) if w in variant.content),
                key=lambda i: (
                    variant.words[i] in EVERYDAY_WORDS,
                    frequency[variant.words[i]],
                    -len(variant.words[i]),
                ),
            )[:2]
            length = len(variant.words)
            # The rarest word is the anchor; the next, if any, its partner. One anchor is
            # enough: a match must hold every content word within one typo (see _agrees),
            # and the look-up already finds the anchor within one typo.
            position = ranked[0]
            partner = variant.words[ranked[1]] if len(ranked) > 1 else ""
            grouped[(variant.words[position], position, 1, length, partner)].append(number)
            joined = "".join(variant.words)
            if 1 < length <= 3 and len(joined) >= _MIN_JOINED:
                grouped[(joined, 0, length, length, "")].append(number)
        index: dict[str, set[int]] = defaultdict(set)
        partners: dict[str, int] = {}
        for (anchor, position, span, length, partner), members in grouped.items():
            number = len(self._groups)
            self._groups.append(
                Group(
                    position=position,
                    span=span,
                    length=length,
                    texts=tuple(self.variants[m].text for m in members),
                    members=tuple(members),
                    cutoff=min(self.variants[m].cutoff for m in members),
                    shortest=min(len(self.variants[m].text) for m in members),
                    longest=max(len(self.variants[m].text) for m in members),
                    partner=partners.setdefault(partner, len(partners)) if partner else -1,
                    short_words=self._short_words(members),
                    exact={self.variants[m].text: at for at, m in enumerate(members)},
                )
            )
            for key in _keys(anchor) if span == 1 else (anchor,):
                index[key].add(number)
        self._index = {
            key: _by_partner({self._wake(number) for number in groups})
            for key, groups in index.items()
        }
        by_key: dict[str, set[int]] = defaultdict(set)
        for partner, number in partners.items():
            for key in _keys(partner):
                by_key[key].add(number)
        self._partner_index = {key: tuple(numbers) for key, numbers in by_key.items()}
        self._keys = frozenset((*self._index, *self._partner_index))

    def _short_words(self, members: list[int]) -> tuple[frozenset[str], ...] | None:
        found = tuple(
            frozenset(w for w in self.variants[m].content if len(w) < MIN_TYPO_WORD)
            for m in members
        )
        return None if not all(found) else found

    def _wake(self, number: int) -> Wake:
        group = self._groups[number]
        return (number, group.position, group.length - group.span, group.partner)

    def _lookup(self, word: str) -> tuple[Wakes, tuple[int, ...]]:
        """Groups anchored on `word` and partner words it stands for, both within one typo.

        Remembered between scans (a pure function of the index), within a size limit."""
        found = self._word_cache.get(word)
        if found is None:
            keys = _keys(word)
            groups = _by_partner(
                {wake for key in keys for *_, wakes in self._index.get(key, ()) for wake in wakes}
            )
            partners = {n for key in keys for n in self._partner_index.get(key, ())}
            found = (
                (tuple(sorted(groups)), tuple(sorted(partners))) if groups or partners else NOTHING
            )
            if len(self._word_cache) >= _WORD_CACHE_LIMIT:
                self._word_cache.clear()
            self._word_cache[word] = found
        return found
