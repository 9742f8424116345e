"""The bot as a subprocess over real HTTP: greeting, help, fallbacks, buttons, ordering."""

from __future__ import annotations

from handlers.shared.menu import MENU
from tests.e2e.botprocess import BotProcess
from tests.e2e.double import BotApiDouble
from tests.e2e.users import HttpUser


async def test_start_greets_over_http(alice: HttpUser) -> None:
    """/start travels through getUpdates and the greeting comes back by sendMessage."""
    await alice.send("/start")
    reply = await alice.reply_text()
    assert "Sourcing assistant" in reply
    assert "/help" in reply


async def test_help_lists_every_menu_command(alice: HttpUser) -> None:
    """/help names every command of the menu."""
    await alice.send("/help")
    reply = await alice.reply_text()
    for entry in MENU:
        assert f"/{entry.command}" in reply


async def test_bot_publishes_the_menu_at_start(double: BotApiDouble, bot: BotProcess) -> None:
    """setMyCommands at start-up carries exactly the menu."""
    published = [(c["command"], c["description"]) for c in double.commands]
    assert published == [(e.command, e.description) for e in MENU]


async def test_unknown_command_and_stray_text_are_answered(alice: HttpUser) -> None:
    """An unknown command is named back escaped; stray text gets a pointer to /help."""
    await alice.send("/frobnicate<b>&")
    assert "I don't know /frobnicate<b>&" in await alice.reply_text()
    await alice.send("hello <there> & 'you'")
    assert "/help" in await alice.reply_text()


async def test_replies_arrive_in_the_order_sent(alice: HttpUser) -> None:
    """Five quick messages get five replies, one each, in order."""
    commands = ["/help", "/nope1", "/start", "/nope2", "/help"]
    for command in commands:
        await alice.send(command)
    texts = [event.message.text for event in await alice.replies(5) if event.message]
    assert "Commands" in texts[0]
    assert "/nope1" in texts[1]
    assert "Sourcing assistant" in texts[2]
    assert "/nope2" in texts[3]
    assert "Commands" in texts[4]


async def test_group_chatter_gets_no_reply(double: BotApiDouble, bot: BotProcess) -> None:
    """Plain talk in a group is left alone: the first reply there answers the later command."""
    bob = HttpUser(double, user_id=2002, chat_id=-500, first_name="Bob")
    await bob.send("lunch at noon?")
    await bob.send("/help")
    assert "Commands" in await bob.reply_text()


async def test_forged_button_gets_the_expired_notice(alice: HttpUser) -> None:
    """A press with data no feature owns is answered with the polite notice, over HTTP."""
    await alice.send("/start")
    [greeting] = await alice.replies(1)
    assert greeting.message is not None
    await alice.press_data("vet:answer:999999:yes", greeting.message)
    [notice] = await alice.replies(1)
    assert notice.kind == "notice"
    assert "expired" in notice.text
