"""The guide's trade words in other languages: the English words a question not typed in
English names (issue 13, round 22).

A question that does not read as English ("怎么申请退款？", "Wieviel Zoll muss ich zahlen?")
shares no word with the English cards, so BM25 could not rank it: round 21 ranked such a
question by the multilingual reader's meaning alone, and never with confidence. This module
owns a small hand-written lexicon (`lexicon/trade_words.yaml`: each entry, the English words of
one need the cards answer and how it is said in eleven languages) and reads the English words a
question names through it, so that BM25 reads them beside the multilingual meaning and the two
readers can cross-check each other (`search.py` decides what that is worth). Must not rank or
decide confidence. Pure: the lexicon is read once.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

# Scripts written without spaces between words: a form of them matches anywhere in the text.
_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
MIN_DENSE = 2  # characters of a Chinese / Japanese / Korean form
MIN_SPACED = 3  # letters of a form in a script with spaces (a stem: "zoll", "iva")


class Entry(BaseModel):
    """One need the cards answer: its English words and how other languages say it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    en: str = Field(min_length=2)
    said: tuple[str, ...] = Field(min_length=1)

    @field_validator("said")
    @classmethod
    def _long_enough(cls, said: tuple[str, ...]) -> tuple[str, ...]:
        for form in said:
            least = MIN_DENSE if _DENSE.search(form) else MIN_SPACED
            if len(form.strip()) < least:
                raise ValueError(f"form {form!r} is shorter than {least} characters")
        return said


class Lexicon(BaseModel):
    """The lexicon file: its edition, when it was written, and its entries."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    edition: int
    written: str
    entries: tuple[Entry, ...] = Field(min_length=1)


class TradeWords:
    """Finds the lexicon's forms in a question and returns their English words."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._english: dict[str, tuple[str, ...]] = {}
        for entry in lexicon.entries:
            for form in entry.said:
                self._english.setdefault(form.casefold(), tuple(entry.en.split()))
        forms = sorted(self._english, key=len, reverse=True)  # the longest form wins
        spaced = [re.escape(form) for form in forms if not _DENSE.search(form)]
        dense = [re.escape(form) for form in forms if _DENSE.search(form)]
        # A spaced form starts a word ("zollgebühren" names "zoll"; "business" names no
        # "usine"); a dense one may sit anywhere.
        self._pattern = re.compile(
            rf"(?<![^\W\d_])(?:{'|'.join(spaced)})|(?:{'|'.join(dense)})", re.IGNORECASE
        )

    @classmethod
    def packaged(cls) -> TradeWords:
        """The lexicon the bot ships (read once per process)."""
        return _packaged()

    def english(self, text: str) -> list[str]:
        """The English words of every entry whose form `text` holds, each entry once."""
        found: dict[tuple[str, ...], None] = {}
        for match in self._pattern.finditer(text.casefold()):
            found[self._english[match.group()]] = None
        return [word for words in found for word in words]


def load_lexicon(text: str) -> Lexicon:
    """The lexicon from its YAML text (a malformed file raises pydantic's ValidationError)."""
    return Lexicon.model_validate(yaml.safe_load(text))


@cache
def _packaged() -> TradeWords:
    resource = files("knowledge.guide").joinpath("lexicon", "trade_words.yaml")
    return TradeWords(load_lexicon(resource.read_text(encoding="utf-8")))
