"""The text router's one read: which question a message answers, across every feature.

Implements `knowledge.questions.QuestionStore` with one query over the tables where features
keep what they asked: /vet's forced-reply prompts and its audits' button questions, the guided
/landed's waiting step and saved-estimate names, and /aql's quantity questions. What the
answer means stays with each feature's own store; this module only finds whose question it is.
"""

from __future__ import annotations

from bot.storage.database import Database
from knowledge.questions import Asker, OpenQuestion

# Each feature's newest question still waiting for this person in this chat: the newest of
# all wins (message ids grow within a chat). /vet's button question is the message of the
# person's running audit with the latest activity, as the audit itself picks it.
_OPEN = """
SELECT asker, message_id FROM (
    SELECT 'vet' AS asker, message_id FROM vet_prompts
     WHERE chat_id = :chat AND user_id = :user AND is_open = 1
    UNION ALL
    SELECT 'vet', (SELECT a.question_message_id FROM vet_assessments a
                    WHERE a.chat_id = :chat AND a.started_by = :user
                      AND a.status = 'in_progress'
                    ORDER BY MAX(a.active_at,
                                 COALESCE((SELECT MAX(v.answered_at) FROM vet_answers v
                                           WHERE v.assessment_id = a.assessment_id), '')) DESC,
                             a.assessment_id DESC
                    LIMIT 1)
    UNION ALL
    SELECT 'landed', message_id FROM landed_drafts WHERE chat_id = :chat AND user_id = :user
    UNION ALL
    SELECT 'landed', naming_message_id FROM landed_estimates
     WHERE chat_id = :chat AND naming_user_id = :user
    UNION ALL
    SELECT 'aql', message_id FROM aql_prompts
     WHERE chat_id = :chat AND user_id = :user AND is_open = 1
)
WHERE message_id IS NOT NULL AND message_id > 0
ORDER BY message_id DESC
LIMIT 1
"""

# The question the bot asked with one message, answered or not (a late reply is told so).
# An audit's button question is not here: buttons take taps, not replies.
_BY_MESSAGE = """
SELECT 'vet' AS asker FROM vet_prompts WHERE chat_id = :chat AND message_id = :message
UNION ALL
SELECT 'landed' FROM landed_drafts WHERE chat_id = :chat AND message_id = :message
UNION ALL
SELECT 'landed' FROM landed_estimates WHERE chat_id = :chat AND naming_message_id = :message
UNION ALL
SELECT 'aql' FROM aql_prompts WHERE chat_id = :chat AND message_id = :message
LIMIT 1
"""


class SqliteQuestionStore:
    """Open questions read from the features' own tables."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def get_open_question(self, chat_id: int, user_id: int) -> OpenQuestion | None:
        row = await self._db.fetch_one(_OPEN, {"chat": chat_id, "user": user_id})
        return OpenQuestion(Asker(row["asker"]), int(row["message_id"])) if row else None

    async def find_question(self, chat_id: int, message_id: int) -> OpenQuestion | None:
        row = await self._db.fetch_one(_BY_MESSAGE, {"chat": chat_id, "message": message_id})
        return OpenQuestion(Asker(row["asker"]), message_id) if row else None
