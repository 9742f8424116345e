"""Finds the trade vocabulary of `guide.yaml`'s glossary in a question (round 15 of issue 13).

Owns the matching of the glossary's phrases ("hmrc", "bill of lading", "air waybill") against
a question's stems: a phrase counts when its words, stemmed and without common words exactly
as the search reads the question (`words.py`), appear in a row (a name, not a bag of words:
"air" alone is no "air freight"). It says
which cards the phrases found belong to; how much that counts is the search's business
(`search.py`). Pure: built once from the guide.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.guide.models import Card, Term
from knowledge.guide.words import stems, surface_words


class TermCards:
    """The cards a question's phrases point to, for one list of terms."""

    def __init__(self, terms: Sequence[Term], cards: Sequence[Card]) -> None:
        number = {card.id: n for n, card in enumerate(cards)}
        # Each phrase as its run of stems, filed under its first stem: a question only
        # looks up the phrases that can start at each of its words.
        self._runs: dict[str, list[tuple[tuple[str, ...], tuple[int, ...]]]] = {}
        for term in terms:
            owners = tuple(number[card] for card in term.cards)
            for phrase in term.words:
                run = tuple(stems(surface_words(phrase)))
                if run:
                    self._runs.setdefault(run[0], []).append((run, owners))

    def __bool__(self) -> bool:
        return bool(self._runs)

    def cards_named(self, query: Sequence[str]) -> frozenset[int]:
        """The card numbers whose phrases appear in `query` (the question's stems, in order)."""
        found: set[int] = set()
        for start, stem in enumerate(query):
            for run, owners in self._runs.get(stem, ()):
                if tuple(query[start : start + len(run)]) == run:
                    found.update(owners)
        return frozenset(found)
