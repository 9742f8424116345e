"""/guide in a chat: the command, the presses on its buttons, and the reply to a question.

`/guide QUESTION` answers with the best card when the search is confident, with the closest
cards when it is only near, and with the closest topics when nothing fits, and points a
question that names an Incoterms rule to /incoterm (the guide's `pointers`); `/guide` alone
shows the topics. A press edits the message it sits on (a card, its sources, a topic, the
topics), so a phone screen does not fill up. Button payloads are checked against the guide;
a stale or forged one gets the "expired" notice.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from html import escape

from telegram import InlineKeyboardMarkup, Message, Update

from handlers.guide import buttons, texts, views
from handlers.guide.buttons import Action
from handlers.shared import callbacks
from handlers.shared.services import Context, services
from knowledge.guide import Card, GuideIndex

POINTED_CHARS = 120  # of the question, copied after the command it is pointed to
CLOSEST_CARDS = 2  # the next closest cards offered under an answer (the issue: 2-3)
NEAR_CARDS = 3  # offered when no card is a confident answer
STATIC_REPLIES = 1024


@dataclass(frozen=True, slots=True)
class Reply:
    """A message to send or to edit into: HTML text and its buttons."""

    html: str
    keyboard: InlineKeyboardMarkup | None = None


def card_reply(index: GuideIndex, card: Card, closest: tuple[Card, ...] = ()) -> Reply:
    """A card with its buttons: the next closest cards, then its "see also" cards."""
    return _card_reply(index, card.id, tuple(other.id for other in closest))


# The same card with the same neighbours is the same reply: built once, then reused (the
# HTML and seven buttons cost about half a millisecond). Bounded by cards x neighbour sets.
@lru_cache(maxsize=STATIC_REPLIES)
def _card_reply(index: GuideIndex, card_id: str, closest_ids: tuple[str, ...]) -> Reply:
    guide = index.guide
    card = guide.card(card_id)
    assert card is not None  # noqa: S101 - ids come from the guide itself
    closest = tuple(found for other in closest_ids if (found := guide.card(other)))
    see_also = tuple(found for link in card.see_also if (found := guide.card(link)))
    return Reply(views.card(card), buttons.card_keyboard(card, closest, see_also))


def answer_question(index: GuideIndex, question: str) -> Reply:
    """The reply to a typed question: a card, the closest cards, or the closest topics, and
    the command that answers it in full when it names one's words (an Incoterms rule)."""
    found = index.search(question)
    best = found.best
    if found.words == 0 or best is None:
        return _topics_reply(index, texts.NO_WORDS, ())
    if found.confident:
        closest = tuple(hit.card for hit in found.hits[1 : 1 + CLOSEST_CARDS])
        reply = card_reply(index, best.card, closest)
    elif found.related:
        reply = _near_reply(index, tuple(hit.card.id for hit in found.hits[:NEAR_CARDS]))
    else:
        reply = _topics_reply(index, texts.NOTHING, tuple(topic.id for topic in found.topics))
    return _pointed(reply, found.pointer, question)


def _pointed(reply: Reply, command: str | None, question: str) -> Reply:
    """`reply` with the line pointing to `command`, unless the reply already names it."""
    line = texts.POINTER.get(command or "")
    if line is None or f"{command} " in reply.html:
        return reply
    shown = escape(" ".join(question.split())[:POINTED_CHARS])
    return Reply(f"{reply.html}\n\n{line.format(question=shown)}", reply.keyboard)


# "Not sure" and "nothing fits" replies depend only on the cards or topics offered: built
# once per set, like the cards (bounded: a few cards of one guide, a few of its topics).
@lru_cache(maxsize=STATIC_REPLIES)
def _near_reply(index: GuideIndex, card_ids: tuple[str, ...]) -> Reply:
    cards = tuple(found for card_id in card_ids if (found := index.guide.card(card_id)))
    return Reply(texts.NOT_SURE, buttons.cards_keyboard(cards))


@lru_cache(maxsize=STATIC_REPLIES)
def _topics_reply(index: GuideIndex, text: str, topic_ids: tuple[str, ...]) -> Reply:
    topics = tuple(found for topic_id in topic_ids if (found := index.guide.topic(topic_id)))
    return Reply(text, buttons.topics_keyboard(topics or index.guide.topics))


@lru_cache(maxsize=4)
def intro(index: GuideIndex) -> Reply:
    """`/guide` alone: how to ask, and every topic."""
    return Reply(texts.INTRO, buttons.topics_keyboard(index.guide.topics))


async def ask(update: Update, context: Context) -> None:
    """/guide [question]: the answer, or the topics."""
    message = update.effective_message
    if message is None:
        return
    index = services(context).guide
    typed = " ".join(context.args or ())
    reply = answer_question(index, typed) if typed.strip() else intro(index)
    await message.reply_html(reply.html, reply_markup=reply.keyboard)


def _reply_to_press(index: GuideIndex, data: str | None) -> Reply | None:
    """What a button asks to show, or None when its payload names nothing we know."""
    press = buttons.BUTTONS.read(data)
    if press is None:
        return None
    if press.action is Action.TOPICS:
        return intro(index) if not press.args else None
    key = press.args[0] if len(press.args) == 1 else ""
    topic = index.guide.topic(key) if press.action is Action.TOPIC else None
    if topic is not None:
        return Reply(views.topic(topic), buttons.cards_keyboard(index.guide.cards_of(key)))
    card = index.guide.card(key)
    if card is not None and press.action is Action.SOURCES and card.sources:
        return Reply(views.sources(index.guide, card), buttons.back_keyboard(card))
    if card is not None and press.action is Action.CARD:
        return card_reply(index, card)
    return None


async def show_pressed(update: Update, context: Context) -> None:
    """A card, its sources, a topic or the topics, pressed: shown in place of the message."""
    query = update.callback_query
    if query is None:
        return
    reply = _reply_to_press(services(context).guide, query.data)
    if reply is None or not isinstance(query.message, Message):
        await callbacks.answer_expired(query)
        return
    await query.answer()
    await callbacks.show_in_place(query.message, reply.html, reply.keyboard, context.bot)
