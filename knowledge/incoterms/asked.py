"""Which costs a question about a rule asks who bears: "who pays unloading under DAP?".

Owns the reading of cost words in a question (the phrases buyers use for each cost line are
`asked_as` in `knowledge/data/incoterms.yaml`) and the words that make it a "who bears it"
question. It answers nothing itself: the lookup attaches the costs to the rule it found, and
the handler says who pays each before the rule's card.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.cost_split import CostLine
from knowledge.incoterms.models import Incoterms
from knowledge.incoterms.words import normal

# Words that make a named cost a question about who bears it ("who pays", "is ... included").
_WHO_WORDS = frozenset(
    ("who", "whom", "pay", "pays", "paid", "paying", "responsible", "responsibility",
     "included", "include", "includes", "cover", "covers", "covered", "handle", "handles",
     "arrange", "arranges", "book", "books", "bears", "bear")
)  # fmt: skip


class AskedCosts:
    """The cost phrases of one knowledge base, longest first."""

    def __init__(self, book: Incoterms) -> None:
        asked = [
            (tuple(normal(phrase).split()), line)
            for line, info in book.labels.cost_lines.items()
            for phrase in info.asked_as
        ]
        # Longest first, so "export customs" is export clearance before "customs" is import.
        self._phrases = sorted(asked, key=lambda item: len(item[0]), reverse=True)

    def find(self, tokens: Sequence[str]) -> tuple[CostLine, ...]:
        """The cost lines `tokens` ask who bears ("who pays unloading and duty"), in the
        order of the shipment; none unless they ask who (pays, is responsible, is included)."""
        if not _WHO_WORDS.intersection(tokens):
            return ()
        padded, found = f" {' '.join(tokens)} ", set[CostLine]()
        for phrase, line in self._phrases:
            spelled = f" {' '.join(phrase)} "
            if spelled in padded:
                found.add(line)
                padded = padded.replace(spelled, " | ")  # its words do not count again
        return tuple(line for line in CostLine if line in found)
