"""What one /guide search found: the ranked cards and how sure the search is (`search.py`
builds it; handlers and benches read it). Plain data, no logic but the first hit.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.guide.models import Card, Topic


@dataclass(frozen=True, slots=True)
class Hit:
    """A card and how well it matched."""

    card: Card
    score: float  # 0..1, higher is better
    coverage: float  # share of the question's weight (IDF) found in the card's words


@dataclass(frozen=True, slots=True)
class Found:
    """The outcome of one question: ranked cards, whether the first is a confident answer,
    and the topics nearest to the question (for "nothing fits well")."""

    hits: tuple[Hit, ...]
    confident: bool
    related: bool  # not confident, but the first cards are close enough to offer
    topics: tuple[Topic, ...]
    words: int  # meaningful words read from the question (0: nothing to search)
    pointer: str | None = None  # a command that answers this kind of question in full

    @property
    def best(self) -> Hit | None:
        """The best card, confident or not."""
        return self.hits[0] if self.hits else None
