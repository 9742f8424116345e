"""The sourcing guide behind /guide: answer cards as data, the search that finds the right one,
and the rule that tells a buyer's typed question from a pasted supplier message.

Pure domain code: the cards (`models`, validated from `knowledge/data/guide.yaml`), the
retrieval that tolerates paraphrase and typos and knows when nothing fits (`search`, over the
words of `words` and the sentence encoder of `encoder`), and `route_private_text`
(`chat_rule`). Nothing here knows Telegram or a database; handlers import this face only.
"""

from __future__ import annotations

from knowledge.guide.chat_rule import PrivateText, reads_as_question, route_private_text
from knowledge.guide.found import Found, Hit
from knowledge.guide.models import ANSWER_CHARS, Card, Guide, Pointer, Source, Topic
from knowledge.guide.search import GuideIndex, Method

__all__ = [
    "ANSWER_CHARS",
    "Card",
    "Found",
    "Guide",
    "GuideIndex",
    "Hit",
    "Method",
    "Pointer",
    "PrivateText",
    "Source",
    "Topic",
    "reads_as_question",
    "route_private_text",
]
