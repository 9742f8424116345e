"""What every /vet callback shares: the checklist, the clock, who is vetting, the short notices.

Owns the wording of the refusals a press or a reply can get (stale, ended, someone else's)
and the small Telegram chores around them. No rules live here: whether a press may act is
decided by `knowledge.vet.progress` and the store.
"""

from __future__ import annotations

import html
import logging
from datetime import UTC, datetime

from telegram import CallbackQuery, User
from telegram.error import BadRequest

from handlers.shared import callbacks
from handlers.shared.services import Context, services
from knowledge.vet import Checklist, PressCheck, SaveOutcome, Vetter

_LOGGER = logging.getLogger(__name__)
NAME_CHARS_IN_NOTICE = 60

ENDED = "This audit has ended. /report shows its result."
ALREADY_ANSWERED = "Already answered. Use ◀ Back to change an answer."
USED = "That button was already used."
AT_START = "This is the first question."


def checklist(context: Context) -> Checklist:
    """The audit checklist loaded at start-up."""
    return services(context).knowledge.get(Checklist)


def now() -> datetime:
    """The current time, UTC, as the store wants it."""
    return datetime.now(UTC)


def vetter(user: User) -> Vetter:
    """The person behind an update, with the name reports show."""
    return Vetter(user.id, user.full_name or str(user.id))


def not_yours(owner: Vetter) -> str:
    """The notice for someone pressing another member's audit."""
    name = owner.display_name[:NAME_CHARS_IN_NOTICE]
    return f"Only {name} can answer this audit's questions."


def mention(person: Vetter) -> str:
    """An HTML mention, so a forced reply in a group targets that person."""
    return f'<a href="tg://user?id={person.user_id}">{html.escape(person.display_name)}</a>'


def refusal(check: PressCheck | SaveOutcome, owner: Vetter) -> str:
    """What to tell someone whose press or reply cannot act."""
    if check in (PressCheck.ENDED, SaveOutcome.ENDED):
        return ENDED
    if check in (PressCheck.NOT_YOURS, SaveOutcome.NOT_YOURS):
        return not_yours(owner)
    if check in (PressCheck.ALREADY_ANSWERED, SaveOutcome.ALREADY_ANSWERED):
        return ALREADY_ANSWERED
    if check is SaveOutcome.UNCHANGED:
        return ALREADY_ANSWERED
    if check is PressCheck.AT_START:
        return AT_START
    return callbacks.EXPIRED  # unknown or not-yet-reached question: stale or forged


async def notice(query: CallbackQuery, text: str) -> None:
    """Answer a press with a short toast; nothing else changes."""
    await query.answer(text)


async def retire_message(
    context: Context, chat_id: int, message_id: int, text: str | None = None
) -> None:
    """Take the buttons off an old question message, rewriting it as `text` when given.

    The message may have been deleted meanwhile, which is fine: nothing depends on it.
    """
    try:
        if text is None:
            await context.bot.edit_message_reply_markup(chat_id, message_id, reply_markup=None)
        else:
            await context.bot.edit_message_text(text, chat_id, message_id, reply_markup=None)
    except BadRequest as exc:  # deleted by the user, or already without buttons
        _LOGGER.info("Old question %s in chat %s kept its state: %s", message_id, chat_id, exc)
