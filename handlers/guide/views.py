"""The HTML of /guide: a card, its sources, a topic, and the "nothing fits" replies.

Every interpolated string is escaped (cards are our data, but a typo in a card must never
break the HTML). A card is sized for a phone: its answer, numbered steps and tools stay
under CARD_CHARS; the sources sit behind a button.
"""

from __future__ import annotations

from html import escape

from handlers.guide import texts
from knowledge.guide import Card, Guide, Topic

CARD_CHARS = 1000  # the most a card may take on screen, as sent (tests hold every card to it)


def card(found: Card) -> str:
    """A card: title, answer, steps, tools."""
    parts = [f"<b>{escape(found.title)}</b>", escape(found.answer)]
    if found.steps:
        parts.append("\n".join(f"{n}. {escape(step)}" for n, step in enumerate(found.steps, 1)))
    missing = [command for command in found.commands if command not in found.answer]
    if missing:
        parts.append(f"{texts.TOOLS} {' '.join(missing)}")
    return "\n\n".join(parts)


def sources(guide: Guide, found: Card) -> str:
    """Where the card's facts were checked, with dates, and what could not be confirmed."""
    lines = [f"📚 <b>{escape(found.title)}</b>"]
    for number, source in enumerate(found.sources, 1):
        link = f'<a href="{escape(source.url, quote=True)}">{escape(source.title)}</a>'
        lines.append(
            f"{number}. {link}\n   {escape(source.supports)} "
            f"({texts.CHECKED} {source.checked:%d %b %Y})"
        )
    if found.unverified:
        lines.append(f"<i>{texts.NOT_CONFIRMED} {escape(found.unverified)}</i>")
    lines.append(f"{texts.GUIDE_AS_OF} {guide.as_of:%d %b %Y}.")
    return "\n\n".join(lines)


def topic(shown: Topic) -> str:
    """The heading over a topic's cards."""
    return f"<b>{escape(shown.title)}</b>\n{texts.PICK_CARD}"
