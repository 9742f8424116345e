"""The buttons of /guide and their payloads, built only through `BUTTONS`.

`guide:card:<id>` opens a card, `guide:src:<id>` its sources, `guide:topic:<id>` the cards of
a topic and `guide:topics` every topic. Buttons carry only public knowledge, so anyone in a
chat may press them; every id is still checked against the guide before use. Keyboards are
`FixedKeyboard`s: replies are cached and sent again, their JSON is made once.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from handlers.guide import texts
from handlers.shared import callbacks
from handlers.shared.keyboards import FixedKeyboard
from knowledge.guide import Card, Topic


class Action(StrEnum):
    """Every /guide button (stable values: old messages keep their buttons)."""

    CARD = "card"
    SOURCES = "src"
    TOPIC = "topic"
    TOPICS = "topics"


BUTTONS = callbacks.Buttons("guide", Action)
TOPICS_PER_ROW = 2  # topic titles are at most 24 characters: two fit a phone's width


def _card(card: Card, mark: str = "") -> InlineKeyboardButton:
    return InlineKeyboardButton(
        f"{mark}{card.title}", callback_data=BUTTONS.data(Action.CARD, card.id)
    )


def _topics_button() -> InlineKeyboardButton:
    return InlineKeyboardButton(texts.TOPICS_LABEL, callback_data=BUTTONS.data(Action.TOPICS))


def card_keyboard(
    card: Card, closest: Iterable[Card], see_also: Iterable[Card]
) -> InlineKeyboardMarkup:
    """Under a card: the next closest cards, its "see also" cards, then sources and topics."""
    rows: list[list[InlineKeyboardButton]] = []
    shown = {card.id}
    for other, mark in [*((c, "➡ ") for c in closest), *((c, "↪ ") for c in see_also)]:
        if other.id not in shown:
            shown.add(other.id)
            rows.append([_card(other, mark)])
    sources = InlineKeyboardButton(
        texts.SOURCES_LABEL, callback_data=BUTTONS.data(Action.SOURCES, card.id)
    )
    rows.append([sources, _topics_button()] if card.sources else [_topics_button()])
    return FixedKeyboard(rows)


def cards_keyboard(cards: Iterable[Card]) -> InlineKeyboardMarkup:
    """One button per card, then the topics."""
    rows = [[_card(card)] for card in cards]
    rows.append([_topics_button()])
    return FixedKeyboard(rows)


def topics_keyboard(topics: Iterable[Topic]) -> InlineKeyboardMarkup:
    """Topic buttons, two to a row."""
    buttons = [
        InlineKeyboardButton(topic.title, callback_data=BUTTONS.data(Action.TOPIC, topic.id))
        for topic in topics
    ]
    rows = [buttons[i : i + TOPICS_PER_ROW] for i in range(0, len(buttons), TOPICS_PER_ROW)]
    return FixedKeyboard(rows)


def back_keyboard(card: Card) -> InlineKeyboardMarkup:
    """Under the sources: back to the card."""
    back = InlineKeyboardButton(texts.BACK_LABEL, callback_data=BUTTONS.data(Action.CARD, card.id))
    return FixedKeyboard([[back, _topics_button()]])
