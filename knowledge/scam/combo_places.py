"""Where a word-combination rule's groups stand in one sentence, and where they follow in order.

Owns the per-sentence search of `combos.ComboMatcher`: a word group's places (its one-word
and longer word sequences, as lexicon numbers, each longer one reached through its least
common word) and the spans where every group of a rule follows the one before within the
rule's window. Works on lexicon numbers; knows nothing of rules, categories or wording.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class WordGroup:
    """One group of a rule, for the search: its word sequences as lexicon numbers, each
    reached through its least common word (its key)."""

    keys: frozenset[int]  # the key words of all its sequences
    singles: frozenset[int]  # its one-word sequences
    # key -> each longer sequence reached through it: words before the key, words after
    # it, its first other word as (distance from the key, lexicon number), and the rest so.
    longer: dict[int, tuple[tuple[int, int, int, int, tuple[tuple[int, int], ...]], ...]]


def places(
    group: WordGroup, where: dict[int, list[int]], terms: list[frozenset[int]], low: int
) -> list[tuple[int, int]]:
    """Sorted (first, last) word spans where the group occurs (`where`: one sentence's,
    which starts at word `low`)."""
    # The group's key words in the sentence, found by walking the smaller of the two (a
    # concept can have a hundred words, a sentence a dozen).
    if len(group.keys) > len(where):
        keys: Set[int] = group.keys.intersection(where)
    else:
        keys = where.keys() & group.keys
    if not group.longer:  # one-word alternatives only, as most groups: no step per place
        if len(keys) == 1:  # one word of the group here: its places are sorted already
            spots = where[next(iter(keys))]
        else:
            spots = sorted(set().union(*map(where.__getitem__, keys)))
        return list(zip(spots, spots, strict=True))
    found: set[tuple[int, int]] = set()
    singles, longer, total = group.singles, group.longer, len(terms)
    for term in keys:
        spots = where[term]
        if term in singles:
            found.update(zip(spots, spots, strict=True))
        # The first other word tested directly (most sequences have just one), split off
        # when the group was built; the sequence must fit between `low` and the last word.
        for before, after, at, number, rest in longer.get(term, ()):
            lowest, highest = low + before, total - after
            for spot in spots:
                if (
                    lowest <= spot < highest
                    and number in terms[spot + at]
                    and (not rest or all(other in terms[spot + to] for to, other in rest))
                ):
                    found.add((spot - before, spot + after))
    return sorted(found)


def in_order(
    window: int, occurrences: list[list[tuple[int, int]]], sentence: list[int]
) -> list[tuple[int, int]]:
    """Spans where the groups (their places, in a rule's order) follow one another within
    `window` words and one sentence, one per place of the first group."""
    matches = []
    for first, first_end in occurrences[0]:
        end = first_end
        for places in occurrences[1:]:
            following = [
                (start, stop)
                for start, stop in places
                if end < start and stop - first < window and sentence[stop] == sentence[first]
            ]
            if not following:
                break
            end = min(following)[1]
        else:
            matches.append((first, end))
    return matches
