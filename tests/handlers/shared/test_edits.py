"""Edited messages through the real Application: read once when sent, never run again."""

from __future__ import annotations

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import BotApiStandIn
from handlers.shared.services import App
from tests.handlers.scam.support import last_message_id, sent
from tests.handlers.vet.support import running_audit

GROUP = -700
NOT_READ = "I read each message once, when it is sent"


def member(app: App, standin: BotApiStandIn, user_id: int, name: str) -> OfflineUser:
    return OfflineUser(app, standin, user_id=user_id, chat_id=GROUP, first_name=name)


async def test_an_edited_audit_answer_changes_nothing_and_says_so(
    app: App, standin: BotApiStandIn
) -> None:
    """Fixing a typed audit answer by editing it keeps the saved answer and points at ◀ Back."""
    ann = member(app, standin, 11, "Ann")
    await ann.send("/vet Acme")
    await ann.answer("50000")
    answer_id = last_message_id(ann)
    [reply] = sent(await ann.edit(answer_id, "5000"))
    assert NOT_READ in reply.text
    assert "◀ Back" in reply.text
    assert reply.reply_to == answer_id
    assert (await running_audit(ann)).answers["order_usd"] == "50000"


async def test_an_edited_command_is_not_run_again(app: App, standin: BotApiStandIn) -> None:
    """Editing `/vet Acme` to another name starts no second audit and asks for no name."""
    ann = member(app, standin, 11, "Ann")
    await ann.send("/vet Acme")
    command_id = min(mid for (chat, mid) in standin.user_messages if chat == GROUP)
    [reply] = sent(await ann.edit(command_id, "/vet Acme Ltd"))
    assert NOT_READ in reply.text
    assert (await running_audit(ann)).supplier_name == "Acme"


async def test_edited_chatter_in_a_group_gets_no_answer(app: App, standin: BotApiStandIn) -> None:
    """A member correcting their own chatter is none of the bot's business."""
    bob = member(app, standin, 12, "Bob")
    assert await bob.send("lunch at noon?") == []
    assert await bob.edit(last_message_id(bob), "lunch at one?") == []


async def test_an_edited_command_for_another_bot_gets_no_answer(
    app: App, standin: BotApiStandIn
) -> None:
    """An edit of `/cmd@other_bot` in a group is for that bot."""
    bob = member(app, standin, 12, "Bob")
    await bob.send("/stats@other_bot")
    assert await bob.edit(last_message_id(bob), "/stats@other_bot week") == []


async def test_an_edited_paste_in_private_is_not_checked_twice(alice: OfflineUser) -> None:
    """A pasted supplier message edited afterwards gets the note, not a second scam check."""
    await alice.send("Our bank account has changed, please pay the new account today")
    [reply] = sent(await alice.edit(last_message_id(alice), "Our bank account has changed"))
    assert NOT_READ in reply.text
