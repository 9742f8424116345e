"""Fuzzy matching of red-flag phrases in a normalised message, fast enough for every message.

Owns the phrase index, built once from the data file, and the search. Scoring every phrase
against every stretch of a message would be far too slow, so the search runs in two steps:
1. Candidates. Each phrase is reached through its rarest word (its "anchor"); its next
   rarest (its "partner") must be near, and its short words there as they are, before any
   scoring. The index holds each anchor and, for longer words, every spelling with one
   letter deleted; looking up a message word and its own one-letter deletions finds anchors
   within one typo (a substitution, insertion, deletion or swap of neighbours). Two
   neighbouring message words are also looked up joined ("money gram" -> "moneygram"), and
   short phrases are also indexed joined ("westernunion").
2. Scoring. Around each anchor hit, a few word windows (one word longer or shorter, shifted by
   one) are scored with rapidfuzz against the phrases that share that anchor position, all of
   them in one call, with a per-phrase cutoff that allows more typos in longer phrases. A match
   must also contain every content word of the phrase (within one typo), so "the bank details"
   never passes for "new bank details", and agree with it on negation.
Cost grows with the number of words, not with the number of phrases.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import accumulate, compress, count, repeat
from operator import and_, is_not

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from knowledge.red_flags import RedFlags, Severity, expand_variants
from knowledge.scam_context import ContextReader
from knowledge.scam_lexicon import EVERYDAY_WORDS, FUNCTION_WORDS
from knowledge.scam_normalise import Message, normalise

_WORD_CACHE_LIMIT = 50_000  # distinct words remembered between scans before starting afresh
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


def _by_partner(wakes: set[_Wake]) -> _Wakes:
    """Wakes grouped by their partner, in a stable order."""
    partners = sorted({wake[3] for wake in wakes})
    return tuple(
        (partner, tuple(sorted(wake for wake in wakes if wake[3] == partner)))
        for partner in partners
    )


def _any_between(spots: list[int], low: int, high: int) -> bool:
    """Whether the sorted `spots` hold a value in [low, high]."""
    at = bisect_left(spots, low)
    return at < len(spots) and spots[at] <= high


def _keys(word: str) -> tuple[str, ...]:
    """The lookup keys of a word: itself and, if long enough to allow a typo, its deletions.

    Two words within one typo of each other share at least one key."""
    if len(word) < _MIN_TYPO_WORD:
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
class _Group:
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
_Wake = tuple[int, int, int, int]
# The groups a key wakes, by partner: a partner absent from the message rules out all its
# groups at once.
_Wakes = tuple[tuple[int, tuple[_Wake, ...]], ...]
# An anchor hit: the groups it wakes, where in the message, and how many message words make
# up the anchor there (1, or 2 for neighbours joined).
_Hit = tuple[_Wakes, int, int]
_NOTHING: tuple[_Wakes, tuple[int, ...]] = ((), ())  # a word that wakes nothing


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
        self._index: dict[str, _Wakes] = {}
        self._partner_index: dict[str, tuple[int, ...]] = {}
        self._key_prefixes: frozenset[str] = frozenset()
        self._key_suffixes: frozenset[str] = frozenset()
        self._word_cache: dict[str, tuple[_Wakes, tuple[int, ...]]] = {}
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
                _Group(
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
        keys = (*self._index, *self._partner_index)
        self._key_prefixes = frozenset(key[:end] for key in keys for end in range(1, len(key)))
        self._key_suffixes = frozenset(key[end:] for key in keys for end in range(1, len(key)))

    def _short_words(self, members: list[int]) -> tuple[frozenset[str], ...] | None:
        found = tuple(
            frozenset(w for w in self.variants[m].content if len(w) < _MIN_TYPO_WORD)
            for m in members
        )
        return None if not all(found) else found

    def _wake(self, number: int) -> _Wake:
        group = self._groups[number]
        return (number, group.position, group.length - group.span, group.partner)

    def _lookup(self, word: str) -> tuple[_Wakes, tuple[int, ...]]:
        """Groups anchored on `word` and partner words it stands for, both within one typo.

        Remembered between scans (a pure function of the index), within a size limit."""
        found = self._word_cache.get(word)
        if found is None:
            keys = _keys(word)
            groups = _by_partner(
                {wake for key in keys for _, wakes in self._index.get(key, ()) for wake in wakes}
            )
            partners = {n for key in keys for n in self._partner_index.get(key, ())}
            found = (
                (tuple(sorted(groups)), tuple(sorted(partners)))
                if groups or partners
                else _NOTHING
            )
            if len(self._word_cache) >= _WORD_CACHE_LIMIT:
                self._word_cache.clear()
            self._word_cache[word] = found
        return found

    def find(self, message: Message) -> list[PhraseMatch]:
        """Every phrase match in the message, at most one per phrase group and place."""
        hits, partner_places = self._hits(message)
        candidates = self._candidates(hits, partner_places)
        # Characters in words[:i], to size windows without joining them.
        prefix = [0, *accumulate(map(len, message.words))]
        # Length of the shortest negation ending at each word (0: none), for _agrees.
        ends_negation = self._context.negation_lengths(message.words)
        words = message.words
        matches = []
        for number, start, length in candidates:
            group = self._groups[number]
            if group.short_words is not None:
                around = set(words[max(start - 1, 0) : start + length + 1])
                if not any(short <= around for short in group.short_words):
                    continue  # no member's short words are here: none can match
            match = self._best_window(message, prefix, ends_negation, group, start, length)
            if match is not None:
                matches.append(match)
        return matches

    def _hits(self, message: Message) -> tuple[list[_Hit], dict[int, list[int]]]:
        """Anchor hits (groups, place, words at the place) and the sorted places of partners.

        The per-word work is dictionary look-ups mapped over the words; Python steps only for
        the few words that wake something."""
        words, sentence = message.words, message.sentence
        found = list(map(self._word_cache.get, words))
        if None in found:  # words never seen before: look them up and remember them
            found = [self._lookup(word) for word in words]
        hits: list[_Hit] = []
        partner_places: dict[int, list[int]] = defaultdict(list)
        for index in compress(count(), map(is_not, found, repeat(_NOTHING))):
            groups, partners = found[index]  # type: ignore[misc]  # no None left, see above
            if groups:
                hits.append((groups, index, 1))
            for partner in partners:
                partner_places[partner].append(index)
        # Neighbours joined, so "money gram" finds "moneygram"; only where the first word can
        # start an index key and the second can end one.
        joinable = map(
            and_,
            map(self._key_prefixes.__contains__, words[:-1]),
            map(self._key_suffixes.__contains__, words[1:]),
        )
        joined_partners = False
        for index in compress(count(), joinable):
            if sentence[index] != sentence[index + 1]:
                continue
            pair = words[index] + words[index + 1]
            groups = self._index.get(pair, ())
            if groups:
                hits.append((groups, index, 2))
            for partner in self._partner_index.get(pair, ()):
                partner_places[partner].append(index)
                joined_partners = True
        if joined_partners:
            for spots in partner_places.values():
                spots.sort()
        return hits, partner_places

    def _candidates(
        self, hits: list[_Hit], partner_places: dict[int, list[int]]
    ) -> set[tuple[int, int, int]]:
        """(group, expected start, expected length) of every hit whose partner is near."""
        candidates: set[tuple[int, int, int]] = set()
        near_of = partner_places.get
        for groups, spot, found in hits:
            for partner, wakes in groups:
                if partner < 0:
                    candidates.update(
                        (number, spot - position, beyond + found)
                        for number, position, beyond, _ in wakes
                    )
                    continue
                near = near_of(partner)
                if near is None:
                    continue  # the partner word is nowhere in the message
                for number, position, beyond, _ in wakes:
                    start, length = spot - position, beyond + found
                    if _any_between(near, start - 1, start + length):
                        candidates.add((number, start, length))
        return candidates

    def _best_window(  # why: the per-message tables travel with the candidate
        self,
        message: Message,
        prefix: list[int],
        ends_negation: list[int],
        group: _Group,
        start: int,
        length: int,
    ) -> PhraseMatch | None:
        words, sentence = message.words, message.sentence
        last = start + length - 1
        if start >= 0 and last < len(words) and sentence[start] == sentence[last]:
            # Written exactly as a member: similarity 100, every word there, same negation.
            at = group.exact.get(" ".join(words[start : last + 1]))
            if at is not None:
                return PhraseMatch(self.variants[group.members[at]], start, last, 100.0)
        best: PhraseMatch | None = None
        # The expected window, then one word more or less at either end.
        for first, size in (
            (start, length),
            (start, length - 1),
            (start, length + 1),
            (start - 1, length + 1),
            (start + 1, length - 1),
        ):
            last = first + size - 1
            if size < 1 or first < 0 or last >= len(words) or sentence[first] != sentence[last]:
                continue
            # ratio can never beat 2 * shorter / (sum of lengths): skip hopeless windows.
            chars = prefix[last + 1] - prefix[first] + last - first  # with the spaces
            closest = min(max(chars, group.shortest), group.longest)
            if 200 * min(chars, closest) < group.cutoff * (chars + closest):
                continue
            window = words[first : last + 1]
            text = " ".join(window)
            if len(group.texts) == 1:  # most groups: one call, without extract's overhead
                score = fuzz.ratio(text, group.texts[0], processor=None, score_cutoff=group.cutoff)
                scored = [(group.texts[0], score, 0)] if score else []
            else:
                scored = process.extract(
                    text,
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
                if similarity >= variant.cutoff and self._agrees(
                    variant, window, ends_negation[first : last + 1]
                ):
                    best = PhraseMatch(variant, first, last, similarity)
            if best is not None and best.similarity >= 100:  # nothing can beat it
                break
        return best

    def _agrees(self, variant: Variant, window: list[str], ends_negation: list[int]) -> bool:
        """Every content word present (within one typo) and the same stance on negation (a
        negation that fits inside the window: `ends_negation` holds, for each word, the length
        of the shortest negation ending there)."""
        negative = any(0 < length <= at + 1 for at, length in enumerate(ends_negation))
        if negative != variant.negative:
            return False
        joined = "".join(window)
        for word in variant.content:
            if word in window:
                continue
            # Short words must appear as they are ("new" is not "renew").
            if len(word) < _MIN_TYPO_WORD:
                return False
            # Split or joined spellings ("money gram"), or one typo in a word; a typo keeps
            # the first letter, which is how "finance" stays clear of "binance".
            if word not in joined and not any(
                other[:1] == word[:1]
                and OSA.distance(word, other, processor=None, score_cutoff=1) <= 1
                for other in window
            ):
                return False
        return True
