"""Senders Telegram hides behind one shared account: anonymous admins and channels in a group."""

from __future__ import annotations

import time

from telegram import Update

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import BotApiStandIn, chat_json
from handlers.shared.services import App
from tests.handlers.scam.support import sent
from tests.handlers.vet.support import services_of

GROUP = -800
CHANNEL = {"id": -1001234, "type": "channel", "title": "Acme Buyers News"}


def anonymous_admin(app: App, standin: BotApiStandIn) -> OfflineUser:
    """An admin posting as the group: Telegram shows @GroupAnonymousBot for every such admin."""
    admin = OfflineUser(app, standin, user_id=1087968824, chat_id=GROUP, first_name="Group")
    admin.user.update(is_bot=True, username="GroupAnonymousBot")
    admin.sender_chat = chat_json(GROUP)
    return admin


def channel_poster(app: App, standin: BotApiStandIn) -> OfflineUser:
    """A member posting as their channel: Telegram shows @Channel_Bot for every channel."""
    poster = OfflineUser(app, standin, user_id=136817688, chat_id=GROUP, first_name="Channel")
    poster.user.update(is_bot=True, username="Channel_Bot")
    poster.sender_chat = CHANNEL
    return poster


async def test_an_anonymous_admin_is_told_to_vet_as_themselves(
    app: App, standin: BotApiStandIn
) -> None:
    """Anonymous admins share one account, so an audit that only its vetter answers can't start."""
    [reply] = sent(await anonymous_admin(app, standin).send("/vet Acme"))
    assert "Remain anonymous" in reply.text
    assert reply.force_reply is False
    assert await services_of(app).vet.list_audits_in_progress(GROUP) == []


async def test_a_channel_poster_gets_no_audit_and_no_name_question(
    app: App, standin: BotApiStandIn
) -> None:
    """/vet alone sent as a channel asks no name: any other channel poster could answer it."""
    [reply] = sent(await channel_poster(app, standin).send("/vet"))
    assert "as a channel" in reply.text
    assert reply.force_reply is False


async def test_an_anonymous_admin_gets_no_guided_estimate(
    app: App, standin: BotApiStandIn
) -> None:
    """The guided /landed belongs to one person: it is not started for a shared account."""
    [reply] = sent(await anonymous_admin(app, standin).send("/landed"))
    assert "Remain anonymous" in reply.text
    assert await services_of(app).landed_drafts.get_draft(GROUP, 1087968824) is None


async def test_an_anonymous_admin_still_reads_the_teams_records(
    app: App, standin: BotApiStandIn
) -> None:
    """What needs no one person (lists, one-line estimates, checks) works for them as usual."""
    admin = anonymous_admin(app, standin)
    [listing] = sent(await admin.send("/suppliers"))
    assert "No suppliers vetted here yet" in listing.text
    [estimate] = sent(await admin.send("/landed 100 pcs @ 10 usd"))
    assert estimate.text.startswith("Landed cost estimate")


async def test_channel_posts_get_no_answer(app: App, standin: BotApiStandIn) -> None:
    """A channel the bot was added to has no person to answer: commands there are ignored."""
    post = {
        "message_id": 1, "date": int(time.time()), "chat": CHANNEL, "sender_chat": CHANNEL,
        "text": "/help", "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
    }  # fmt: skip
    before = len(standin.events)
    update = {"update_id": standin.next_update_id(), "channel_post": post}
    await app.process_update(Update.de_json(update, app.bot))
    assert standin.events[before:] == []
