"""Fuzzy matching of red-flag phrases in a normalised message, fast enough for every message.

Owns the search over one message, on the index `scam_phrase_index` builds once. Scoring
every phrase against every stretch of a message would be far too slow, so the search runs in
two steps:
1. Candidates. Each phrase is reached through its rarest word (its "anchor"); its next
   rarest (its "partner") must be near, and its short words there as they are, before any
   scoring. Looking up a message word and its own one-letter deletions finds anchors within
   one typo (a substitution, insertion, deletion or swap of neighbours). Two neighbouring
   message words are also looked up joined ("money gram" -> "moneygram"), as short phrases
   are also indexed joined ("westernunion"). The look-ups are dictionary gets mapped over the
   words; Python steps only for the few words that wake something.
2. Scoring. Around each anchor hit, a few word windows (one word longer or shorter, shifted by
   one) are scored with rapidfuzz against the phrases that share that anchor position, all of
   them in one call, with a per-phrase cutoff that allows more typos in longer phrases. A match
   must also contain every content word of the phrase (within one typo), so "the bank details"
   never passes for "new bank details", and agree with it on negation. A window written
   exactly as a phrase needs no scoring.
Cost grows with the number of words, not with the number of phrases.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from itertools import accumulate, compress, count, islice, repeat
from operator import add, itemgetter

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from knowledge.scam.normalise import Message
from knowledge.scam.phrase_index import (
    MIN_TYPO_WORD,
    Group,
    Hit,
    PhraseIndex,
    Variant,
)


def _hopeless(chars: int, group: Group) -> bool:
    """Whether a window of `chars` characters can never reach the group's cutoff: ratio can
    never beat 2 * shorter / (sum of lengths), and a window as long as some member's text
    always has a chance."""
    if chars < group.shortest:
        return 200 * chars < group.cutoff * (chars + group.shortest)
    return chars > group.longest and 200 * group.longest < group.cutoff * (chars + group.longest)


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """A phrase found on words first..last of a message."""

    variant: Variant
    first: int
    last: int
    similarity: float


class PhraseMatcher(PhraseIndex):
    """The search for red-flag phrases over one message, on the index it is built with."""

    def find(self, message: Message) -> list[PhraseMatch]:
        """Every phrase match in the message, at most one per phrase group and place."""
        hits, partner_places = self._hits(message)
        candidates = self._candidates(hits, partner_places)
        # Characters in words[:i], to size windows without joining them.
        prefix = [0, *accumulate(map(len, message.words))]
        words = message.words
        matches = []
        for number, start, length in candidates:
            group = self._groups[number]
            if group.short_words is not None:
                around = set(words[start - 1 if start > 0 else 0 : start + length + 1])
                for short in group.short_words:
                    if short <= around:
                        break
                else:
                    continue  # no member's short words are here: none can match
            match = self._best_window(message, prefix, group, start, length)
            if match is not None:
                matches.append(match)
        return matches

    def _hits(self, message: Message) -> tuple[list[Hit], dict[int, list[int]]]:
        """Anchor hits (groups, place, words at the place) and the sorted places of partners.

        The per-word work is dictionary look-ups mapped over the words; Python steps only for
        the few words that wake something."""
        words, sentence = message.words, message.sentence
        try:  # every word seen before: one look-up each in C, no scan for a missing one
            found = list(map(self._word_cache.__getitem__, words))
        except KeyError:  # words never seen before: look them up and remember them
            found = [self._lookup(word) for word in words]
        # Anchors and partners taken apart in C; the anchor hits are zipped without a Python
        # step per word (most words wake nothing: their entries are empty and compressed out).
        anchors = list(map(itemgetter(0), found))
        hits: list[Hit] = list(
            zip(compress(anchors, anchors), compress(count(), anchors), repeat(1))
        )
        partners = list(map(itemgetter(1), found))
        partner_places: dict[int, list[int]] = defaultdict(list)
        for index in compress(count(), partners):
            for partner in partners[index]:
                partner_places[partner].append(index)
        # Neighbours joined, so "money gram" finds "moneygram": every pair is joined and
        # tested against the keys in C; Python steps only for the few that are keys.
        joined_partners = False
        pairs = list(map(add, words, islice(words, 1, None)))
        for index in compress(count(), map(self._keys.__contains__, pairs)):
            if sentence[index] != sentence[index + 1]:
                continue
            pair = pairs[index]
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
        self, hits: list[Hit], partner_places: dict[int, list[int]]
    ) -> set[tuple[int, int, int]]:
        """(group, expected start, expected length) of every hit whose partner is near."""
        candidates: set[tuple[int, int, int]] = set()
        near_of = partner_places.get
        for groups, spot, found in hits:
            for partner, low, high, wakes in groups:
                if partner < 0:
                    candidates.update(
                        (number, spot - position, beyond + found)
                        for number, position, beyond, _ in wakes
                    )
                    continue
                near = near_of(partner)
                if near is None:
                    continue  # the partner word is nowhere in the message
                # No partner place within reach of any of these wakes: none can match (one
                # bisect for them all; bisect written out: this runs hundreds of times).
                at = bisect_left(near, spot + low)
                if at == len(near) or near[at] > spot + high:
                    continue
                for number, position, beyond, _ in wakes:
                    start, length = spot - position, beyond + found
                    # A partner place in [start - 1, start + length].
                    at = bisect_left(near, start - 1)
                    if at < len(near) and near[at] <= start + length:
                        candidates.add((number, start, length))
        return candidates

    def _best_window(  # why: the per-message tables travel with the candidate
        self,
        message: Message,
        prefix: list[int],
        group: Group,
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
        cutoff = group.cutoff
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
            chars = prefix[last + 1] - prefix[first] + last - first  # with the spaces
            if _hopeless(chars, group):
                continue
            window = words[first : last + 1]
            text = " ".join(window)
            if len(group.texts) == 1:  # most groups: one call, without extract's overhead
                score = fuzz.ratio(text, group.texts[0], processor=None, score_cutoff=cutoff)
                scored = [(group.texts[0], score, 0)] if score else []
            else:
                scored = process.extract(
                    text,
                    group.texts,
                    scorer=fuzz.ratio,
                    processor=None,
                    score_cutoff=cutoff,
                    limit=None,
                )
            for _, similarity, choice in scored:
                variant = self.variants[group.members[choice]]
                if best is not None and similarity <= best.similarity:
                    continue
                if similarity >= variant.cutoff and self._agrees(variant, words, first, last):
                    best = PhraseMatch(variant, first, last, similarity)
            if best is not None and best.similarity >= 100:  # nothing can beat it
                break
        return best

    def _agrees(self, variant: Variant, words: list[str], first: int, last: int) -> bool:
        """Every content word present in words first..last (within one typo) and the same
        stance on negation (a negation that fits inside those words)."""
        if self._context.negation_inside(words, first, last) != variant.negative:
            return False
        window = words[first : last + 1]
        joined = "".join(window)
        for word in variant.content:
            if word in window:
                continue
            # Short words must appear as they are ("new" is not "renew").
            if len(word) < MIN_TYPO_WORD:
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
