"""Messages and helpers shared by the scam-check tests through the real Application."""

from __future__ import annotations

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import BotMessage, Event

# Six findings in four categories: more than the first reply shows.
BANK_SWAP = (
    "Dear buyer, our bank account has changed, please pay to our new account today. "
    "You can also pay via Western Union or USDT. Contact me on WhatsApp +86 138 0013 8000."
)
LEGITIMATE = (
    "Hello, thank you for your inquiry. Quotation attached: 30% deposit, 70% before shipment "
    "by T/T, FOB Ningbo, lead time 25 days. We are happy to take a Trade Assurance order and "
    "to send samples first."
)
HOSTILE = "Please pay via Western <script>Union</script> & send USDT"
RAISED = ("🔴", "🟠")  # how a medium or high answer opens


def sent(events: list[Event]) -> list[BotMessage]:
    """The messages the bot sent, in order."""
    return [e.message for e in events if e.kind == "sent" and e.message is not None]


def only_reply(events: list[Event]) -> BotMessage:
    """The one message the bot sent; fails if it sent none or several."""
    [message] = sent(events)
    return message


def last_message_id(user: OfflineUser) -> int:
    """The id of the latest message anyone typed in `user`'s chat."""
    ids = [mid for (chat, mid) in user.standin.user_messages if chat == user.chat_id]
    return max(ids)


async def honest_low_twin_raised(user: OfflineUser, kind: str, honest: str, twin: str) -> None:
    """The honest look-alike of `kind` is answered below medium, its scam twin medium or high."""
    calm = only_reply(await user.forward(honest))
    assert not calm.text.startswith(RAISED), (kind, calm.text.splitlines()[0])
    alarm = only_reply(await user.forward(twin))
    assert alarm.text.startswith(RAISED), (kind, alarm.text.splitlines()[0])
