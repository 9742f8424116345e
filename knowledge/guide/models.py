"""The sourcing guide behind /guide as frozen models, validated from `guide.yaml`.

Owns the shape of the answer cards (topic, title, the questions each answers, a phone-sized
answer, steps, "see also" links, commands, and the sources its facts were checked against),
the commands some questions are pointed to, and the rules that keep the guide honest at
start-up: every card answers at least one question, every link points at a real card, and
every figure (a deadline, fee, threshold, standard number or date) comes with a dated
source. It does no searching (`search.py`).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Self

from pydantic import Field, model_validator

from knowledge.base import Frozen

ANSWER_CHARS = 700  # a card's answer fits one phone screen
COMMANDS = ("/vet", "/aql", "/landed", "/incoterm", "/scam")  # what a card may point to
CardId = str

# A digit in the answer or the steps is a figure someone must have checked: 30 days, 5,000
# USD, EN 71, 2025/2509. Command examples ("/aql 5000") are the bot's own syntax, not facts.
_FIGURE = re.compile(r"\d")
_COMMAND_EXAMPLE = re.compile(r"/[a-z]+(?: [\w.,]+)?")


class Topic(Frozen):
    """A shelf of the guide, shown as a button by `/guide` alone."""

    id: str = Field(pattern=r"^[a-z_]+$")
    title: str = Field(min_length=3, max_length=24)


class Pointer(Frozen):
    """A command that answers some questions in full: a question naming one of its words (an
    Incoterms rule's code, for /incoterm) is pointed to it, whichever card answers."""

    command: str
    words: tuple[str, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _known_command(self) -> Self:
        if self.command not in COMMANDS:
            raise ValueError(f"pointers: command: unknown {self.command!r}")
        if any(word != word.casefold().strip() or not word for word in self.words):
            raise ValueError(f"pointers: {self.command}: words must be lower case, one each")
        return self


class Source(Frozen):
    """Where a card's facts were checked, and when."""

    url: str = Field(pattern=r"^https?://\S+$")
    title: str = Field(min_length=3)
    checked: date
    supports: str = Field(min_length=3)  # which fact of the card this page backs


class Term(Frozen):
    """A word buyers use for something the cards name otherwise (an authority, a scheme, a
    carrier, a document, a role), and the cards it belongs to.
    Written from public glossaries and the sourcing guide, never from evaluation questions:
    `source` names where its meaning was checked."""

    words: tuple[str, ...] = Field(min_length=1)  # its spellings, lower case ("hmrc")
    means: str = Field(min_length=3)  # what it is, in our words (for whoever maintains it)
    cards: tuple[CardId, ...] = Field(min_length=1, max_length=3)
    source: str = Field(min_length=3)  # a public glossary's address, or the guide's section

    @model_validator(mode="after")
    def _plain_words(self) -> Self:
        if any(word != word.casefold().strip() or not word for word in self.words):
            raise ValueError(f"glossary: {self.words[0]!r}: words must be lower case")
        return self


class Card(Frozen):
    """One answer: a short, sourced reply to a family of buyers' questions."""

    id: CardId = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    topic: str
    title: str = Field(min_length=3, max_length=48)
    questions: tuple[str, ...] = Field(min_length=1)
    answer: str = Field(min_length=20, max_length=ANSWER_CHARS)
    steps: tuple[str, ...] = Field(default=(), max_length=6)
    see_also: tuple[CardId, ...] = Field(default=(), max_length=4)
    commands: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    # What could not be confirmed, for whoever maintains the card; shown under the sources.
    unverified: str | None = None

    @model_validator(mode="after")
    def _figures_are_sourced(self) -> Self:
        if any(not question.strip() for question in self.questions):
            raise ValueError(f"card {self.id!r}: questions: an empty question")
        unknown = [command for command in self.commands if command not in COMMANDS]
        if unknown:
            raise ValueError(f"card {self.id!r}: commands: unknown {unknown[0]!r}")
        text = _COMMAND_EXAMPLE.sub("", " ".join((self.answer, *self.steps)))
        if _FIGURE.search(text) and not self.sources:
            raise ValueError(
                f"card {self.id!r}: sources: the answer states a figure but names no source"
            )
        return self


class Guide(Frozen):
    """Every card of the guide, with the cross-card rules checked once at load."""

    as_of: date
    topics: tuple[Topic, ...] = Field(min_length=1)
    # Buyers' shorthand and the words it stands for ("tt": "telegraphic transfer ..."):
    # a question using the key also searches its words.
    shorthand: dict[str, str] = Field(default_factory=dict)
    pointers: tuple[Pointer, ...] = ()
    glossary: tuple[Term, ...] = ()  # trade vocabulary -> the cards it belongs to (round 15)
    cards: tuple[Card, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _links_resolve(self) -> Self:
        topics = {topic.id for topic in self.topics}
        seen: set[CardId] = set()
        for card in self.cards:
            if card.id in seen:
                raise ValueError(f"card {card.id!r}: id: used twice")
            seen.add(card.id)
            if card.topic not in topics:
                raise ValueError(f"card {card.id!r}: topic: unknown topic {card.topic!r}")
        for card in self.cards:
            broken = [link for link in card.see_also if link not in seen or link == card.id]
            if broken:
                raise ValueError(f"card {card.id!r}: see_also: no card {broken[0]!r}")
        for term in self.glossary:
            unknown = [card for card in term.cards if card not in seen]
            if unknown:
                raise ValueError(f"glossary: {term.words[0]!r}: no card {unknown[0]!r}")
        return self

    def card(self, card_id: CardId) -> Card | None:
        """The card with this id, if any."""
        return next((card for card in self.cards if card.id == card_id), None)

    def topic(self, topic_id: str) -> Topic | None:
        """The topic with this id, if any."""
        return next((topic for topic in self.topics if topic.id == topic_id), None)

    def cards_of(self, topic_id: str) -> tuple[Card, ...]:
        """The cards of one topic, in file order."""
        return tuple(card for card in self.cards if card.topic == topic_id)
