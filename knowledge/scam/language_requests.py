"""An executive's urgent payment request, or its opener, read in other languages.

Owns the second KIND of message the other-language reader knows (issue 15, round 10): the
fake boss who asks the reader to send a payment today or discreetly ("kunt u deze betaling
vandaag verzenden?", "Můžeme dnes odeslat expresní platbu?", "Vi måste se till att denna
betalning går ut i dag"), and the opener that prepares it ("bist du im Büro?", "você está
livre?") beside a task, a payment or a hurry. A payment word and an ask ("can you", "we
must") stand in one sentence, with a hurry or a secret in it or next to it. Warnings in the
message keep it low (`languages.py` checks them first). Pure: word lists in, word spans out.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.scam.language_cues import LanguageCues
from knowledge.scam.word_lists import Words, sentence_bounds

_HURRY_SENTENCES = 1  # sentences either side of the request a hurry or a secret may stand in


@dataclass(frozen=True, slots=True)
class Request:
    """A wire request ("wire") or an opener ("opener"): its kind and word span."""

    kind: str
    first: int
    last: int
    evidence: str


class RequestReader:
    """One language's executive-request lists, folded once."""

    def __init__(self, cues: LanguageCues) -> None:
        self.payments = Words(cues.payments)
        self.hurries = Words(cues.hurries)
        self.requests = Words(cues.requests)
        self.openers = Words(cues.openers)
        self.tasks = Words(cues.tasks)
        self.heads = frozenset(self.payments.heads | self.openers.heads)

    def read(
        self, words: list[str], sentence: list[int], present: frozenset[str]
    ) -> list[Request]:
        """The first wire request, else the first opener beside a task, payment or hurry."""
        if self.heads.isdisjoint(present):
            return []
        for index in [at for at, word in enumerate(words) if word in self.payments.heads]:
            found = self._wire(words, sentence, index)
            if found is not None:
                return [found]
        for index in [at for at, word in enumerate(words) if word in self.openers.heads]:
            last = self.openers.at(words, index)
            if last >= 0 and self._beside(words, present):
                evidence = " ".join(words[index : last + 1])
                return [Request("opener", index, last, evidence)]
        return []

    def _wire(self, words: list[str], sentence: list[int], index: int) -> Request | None:
        if self.payments.at(words, index) < 0:
            return None
        asked = self.requests.any_in(words, *sentence_bounds(sentence, index))
        if asked < 0:
            return None
        near = sentence_bounds(sentence, index, _HURRY_SENTENCES)
        if self.hurries.any_in(words, *near) < 0:
            return None
        first, last = min(asked, index), max(asked, index)
        evidence = f"{words[asked]} + {words[index]}"
        return Request("wire", first, last, evidence)

    def _beside(self, words: list[str], present: frozenset[str]) -> bool:
        return (
            self.tasks.anywhere(words, present)
            or self.payments.anywhere(words, present)
            or self.hurries.anywhere(words, present)
        )
