"""Which question a person's next message answers: the shapes behind the one text router.

Several features ask a person something and wait for a typed answer: /vet (a supplier name, a
typed answer, or a question with buttons), the guided /landed (a step, or a saved estimate's
name) and /aql (the quantity of an order). A reply names its question by the message it
replies to; a plain message in a private chat answers the question asked LAST (message ids
grow within a chat). This module owns only the shapes; what an answer means stays with each
feature, and the one query that finds the question lives in the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class Asker(StrEnum):
    """The features that wait for a typed answer (stable values: they name rows' owners)."""

    VET = "vet"
    LANDED = "landed"
    AQL = "aql"


@dataclass(frozen=True, slots=True)
class OpenQuestion:
    """A question the bot asked in a chat: which feature asked it, and its message."""

    asker: Asker
    message_id: int


class QuestionStore(Protocol):
    """Finds the question a message answers, across every feature, in one read."""

    async def get_open_question(self, chat_id: int, user_id: int) -> OpenQuestion | None:
        """The newest question still waiting for this person in this chat, or None."""
        ...

    async def find_question(self, chat_id: int, message_id: int) -> OpenQuestion | None:
        """The question the bot asked with `message_id` in this chat (open or answered)."""
        ...
