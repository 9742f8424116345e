"""Senders Telegram hides: an anonymous group admin, or a member posting as a channel.

Telegram shows every anonymous admin as one account (@GroupAnonymousBot) and everyone posting
as a channel as another (@Channel_Bot), with the group or channel in `sender_chat`. A flow
that belongs to one person (an audit only its vetter answers, a guided estimate) cannot tell
such senders apart, so it does not start for them: `refused_hidden_sender` says why and what
to do. What needs no single person (lists, reports, one-line estimates, checks) is unaffected.
This module decides nothing else about who may do what.
"""

from __future__ import annotations

from telegram import Message

HIDDEN = (
    "I can't tell who you are when you post {how}, so I can't keep {what} for you alone. "
    "{fix}, then send the command again."
)
_AS_GROUP = (
    "as the group (an anonymous admin)",
    "Turn off “Remain anonymous” in your admin settings",
)
_AS_CHANNEL = ("as a channel", "Switch to posting as yourself")


async def refused_hidden_sender(message: Message | None, what: str) -> bool:
    """Tell a hidden sender that `what` (e.g. "an audit") needs a person; True if refused."""
    if message is None or message.sender_chat is None:
        return False
    as_group = message.sender_chat.id == message.chat.id
    how, fix = _AS_GROUP if as_group else _AS_CHANNEL
    await message.reply_html(HIDDEN.format(how=how, what=what, fix=fix))
    return True
