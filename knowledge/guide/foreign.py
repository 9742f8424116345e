"""/guide's questions in other languages, for the search: which questions they are, and the
cards as the multilingual reader reads them (issue 13, rounds 20 and 21), and the English words
of the trade words they name (`translated.py`, round 22).

Owns telling a question that does not read as English (`other_languages.EnglishWords`) and
the cards' meanings for such questions, built at the first one, not at start-up: most chats
never ask one, and encoding the cards costs about 1.2 s (round 20). Must not rank or decide
confidence (`search.py` does). Pure: no I/O but the encoder's own files.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from knowledge.guide.meaning import CardMeanings
from knowledge.guide.other_languages import EnglishWords, MultilingualReader
from knowledge.guide.translated import TradeWords


class ForeignQuestions:
    """The English router and, once needed, the cards read by the multilingual encoder."""

    def __init__(
        self,
        english: EnglishWords,
        phrasings: Sequence[Sequence[str]],
        wholes: Sequence[str],
        mend: Callable[[str], str],
        reader: MultilingualReader | None = None,
        trade_words: TradeWords | None = None,
    ) -> None:
        self._english = english
        self._phrasings = phrasings
        self._wholes = wholes
        self._mend = mend
        self._reader = reader
        self._meanings: CardMeanings | None = None
        self._trade_words = trade_words or TradeWords.packaged()

    def is_foreign(self, text: str) -> bool:
        """Whether `text` does not read as English (so the multilingual reader reads it)."""
        return not self._english.reads(text, self._mend)

    def english(self, text: str) -> list[str]:
        """The English words of the trade words `text` names in its own language (round 22),
        for BM25 to read beside the multilingual meaning."""
        return self._trade_words.english(text)

    def meanings(self) -> CardMeanings:
        """The cards read by the multilingual encoder, built once, on first need."""
        if self._meanings is None:
            self._meanings = CardMeanings(
                self._phrasings,
                self._wholes,
                self._mend,
                encoder=self._reader or MultilingualReader.packaged(),
            )
        return self._meanings
