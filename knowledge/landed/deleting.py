"""Who may delete a saved landed-cost estimate: the rule, apart from Telegram and storage.

In a private chat the one member owns every estimate. In a group, the member who saved
(named) the estimate may delete it; anyone else needs to be a chat admin, which only Telegram
can tell, so the rule says when to ask. Estimates saved before the saver was kept count as
saved by whoever computed them. No storage, no Telegram here.
"""

from __future__ import annotations

from enum import StrEnum

from knowledge.landed.saved import SavedEstimate


class DeleteRight(StrEnum):
    """What a member needs to delete one saved estimate."""

    GRANTED = "granted"  # a private chat, or the member who saved it
    ADMIN_ONLY = "admin_only"  # anyone else in a group: only a chat admin may


def saved_by(record: SavedEstimate) -> int:
    """The member who saved the estimate (its creator for estimates saved before this)."""
    return record.created_by if record.saved_by is None else record.saved_by


def delete_right(record: SavedEstimate, user_id: int, *, private: bool) -> DeleteRight:
    """Whether `user_id` may delete `record`, or must be a chat admin to."""
    if private or user_id == saved_by(record):
        return DeleteRight.GRANTED
    return DeleteRight.ADMIN_ONLY
