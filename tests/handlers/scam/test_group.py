"""The scam check in a team group: `/scam` as a reply, silence for chatter, shared history."""

from __future__ import annotations

import re
import time

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import BotApiStandIn
from handlers.shared.services import App
from tests.handlers.scam.support import BANK_SWAP, LEGITIMATE, last_message_id, only_reply

GROUP = -500


def member(app: App, standin: BotApiStandIn, user_id: int, name: str) -> OfflineUser:
    return OfflineUser(app, standin, user_id=user_id, chat_id=GROUP, first_name=name)


async def test_scam_as_reply_checks_the_replied_message(app: App, standin: BotApiStandIn) -> None:
    """Replying `/scam` to a pasted supplier message checks it and answers that message."""
    carol, bob = member(app, standin, 3003, "Carol"), member(app, standin, 2002, "Bob")
    assert await carol.send(BANK_SWAP) == []  # chatter: the bot stays silent
    supplier_message = last_message_id(carol)
    reply = only_reply(await bob.send("/scam", reply_to=supplier_message))
    assert reply.text.startswith("🔴 High risk")
    assert "“our bank account has changed”" in reply.text
    assert reply.reply_to == supplier_message


async def test_scam_as_reply_to_a_forward_mentions_its_origin(
    app: App, standin: BotApiStandIn
) -> None:
    """A forward shared in the group keeps its origin note when a member checks it."""
    carol, bob = member(app, standin, 3003, "Carol"), member(app, standin, 2002, "Bob")
    assert await carol.forward(LEGITIMATE, sender_name="Lily") == []  # forwards too: silence
    shared = last_message_id(carol)
    reply = only_reply(await bob.send("/scam@sourcing_offline_bot", reply_to=shared))
    assert reply.text.startswith("⚪ No red flags found")
    assert "Forwarded from “Lily”. The sender hid their account" in reply.text
    assert "safe" not in reply.text.lower()


async def test_group_chatter_and_stray_text_are_ignored(app: App, standin: BotApiStandIn) -> None:
    """Members talking, even about Western Union, get no answer without /scam."""
    bob = member(app, standin, 2002, "Bob")
    assert await bob.send("did they really ask for Western Union?") == []
    assert await bob.send("lunch at noon?") == []


async def test_scam_alone_in_group_explains(app: App, standin: BotApiStandIn) -> None:
    """`/scam` with no reply and no text explains how to use it in a group."""
    reply = only_reply(await member(app, standin, 2002, "Bob").send("/scam"))
    assert "Here: reply to the supplier's message with /scam" in reply.text


async def test_scam_as_reply_to_a_photo_without_caption_says_so(
    app: App, standin: BotApiStandIn
) -> None:
    """A replied message with no words gets a clear answer, not a verdict."""
    bob = member(app, standin, 2002, "Bob")
    photo_id = standin.next_message_id(GROUP)
    standin.remember_user_message({
        "message_id": photo_id, "date": int(time.time()),
        "chat": {"id": GROUP, "type": "group", "title": "Sourcing team"},
        "from": {"id": 3003, "is_bot": False, "first_name": "Carol"},
        "photo": [{"file_id": "p", "file_unique_id": "p", "width": 10, "height": 10}],
    })  # fmt: skip
    reply = only_reply(await bob.send("/scam", reply_to=photo_id))
    assert "no text or caption I can read" in reply.text


async def test_team_hears_a_message_was_already_checked(app: App, standin: BotApiStandIn) -> None:
    """A second member checking the same words (respaced) is told the team already did."""
    carol, bob = member(app, standin, 3003, "Carol"), member(app, standin, 2002, "Bob")
    first = only_reply(await carol.send(f"/scam {BANK_SWAP}"))
    assert "already checked" not in first.text
    again = only_reply(await bob.send("/scam " + "  ".join(BANK_SWAP.upper().split())))
    when = r"\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d UTC"
    assert re.search(rf"ℹ️ Your team already checked this message on {when}\.", again.text)


async def test_other_chats_never_hear_of_a_teams_checks(app: App, standin: BotApiStandIn) -> None:
    """The same message checked by another chat is news to this one."""
    await member(app, standin, 3003, "Carol").send(f"/scam {BANK_SWAP}")
    alone = OfflineUser(app, standin, user_id=4004, first_name="Dan")
    assert "already checked" not in only_reply(await alone.forward(BANK_SWAP)).text


async def test_scam_as_reply_to_the_bots_own_message_checks_nothing(
    app: App, standin: BotApiStandIn
) -> None:
    """A /scam aimed at the bot's report (a wrong tap on a phone) is not read as a supplier's."""
    carol, bob = member(app, standin, 3003, "Carol"), member(app, standin, 2002, "Bob")
    report = only_reply(await carol.send(f"/scam {BANK_SWAP}"))
    reply = only_reply(await bob.send("/scam", reply_to=report.message_id))
    assert "my own message" in reply.text
    assert "High risk" not in reply.text


async def test_scam_alone_in_a_group_does_not_promise_to_read_forwards(
    app: App, standin: BotApiStandIn
) -> None:
    """In a group the bot checks only what /scam replies to, so its help says no more."""
    reply = only_reply(await member(app, standin, 2002, "Bob").send("/scam"))
    assert "forward the message to me" not in reply.text
    assert "I don't read forwards on their own in a group" in reply.text
