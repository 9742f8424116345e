"""/start, /help and the answers for what no feature claims, through the real Application."""

from __future__ import annotations

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import BotApiStandIn
from handlers.shared.menu import MENU
from handlers.shared.services import App


def texts(events: list) -> list[str]:  # type: ignore[type-arg]
    return [e.message.text for e in events if e.message is not None]


async def test_start_greets_and_points_at_help(alice: OfflineUser) -> None:
    """/start says what the bot does and where to find examples."""
    [reply] = texts(await alice.send("/start"))
    assert "Sourcing assistant" in reply
    assert "/help" in reply


async def test_start_in_a_group_says_how_to_check_a_message_there(
    app: App, standin: BotApiStandIn
) -> None:
    """In a group forwards are not read on their own, so /start says to reply with /scam;
    in a private chat it says to forward."""
    team = OfflineUser(app, standin, user_id=1001, chat_id=-100, first_name="Alex")
    [reply] = texts(await team.send("/start"))
    assert "reply to it with /scam" in reply
    assert "Forward me" not in reply
    alone = OfflineUser(app, standin, user_id=1001, chat_id=1001, first_name="Alex")
    [reply] = texts(await alone.send("/start"))
    assert "Forward me a supplier's message to check it." in reply


async def test_help_lists_every_menu_command(alice: OfflineUser) -> None:
    """/help is generated from the one command menu."""
    [reply] = texts(await alice.send("/help"))
    for entry in MENU:
        assert f"/{entry.command}" in reply


async def test_start_with_unknown_deep_link_payload_greets(alice: OfflineUser) -> None:
    """A deep-link payload no feature owns falls back to the greeting."""
    [reply] = texts(await alice.send("/start nonsense-payload"))
    assert "Sourcing assistant" in reply


async def test_unknown_command_is_named_and_escaped(alice: OfflineUser) -> None:
    """An unknown command is echoed back escaped, with a pointer to /help."""
    [event] = await alice.send("/frobnicate<b>&")
    assert event.message is not None
    assert "/frobnicate<b>&" in event.message.text
    assert "/help" in event.message.text


async def test_stray_private_text_gets_an_answer(alice: OfflineUser) -> None:
    """Text no feature claims in a private chat is never met with silence."""
    assert "/help" in texts(await alice.send("hello <there> & 'you'"))[0]


async def test_group_chatter_is_left_alone(app: App, standin: BotApiStandIn) -> None:
    """Members talking among themselves in a group get no reply from the bot."""
    bob = OfflineUser(app, standin, user_id=2002, chat_id=-500, first_name="Bob")
    assert await bob.send("lunch at noon?") == []


async def test_stale_button_is_answered_politely(alice: OfflineUser) -> None:
    """A button payload nobody recognises gets the 'expired' notice, not an error."""
    await alice.send("/start")
    message = next(iter(alice.standin.messages.values()))
    [event] = await alice.press_data("vet:answer:999999:yes", message)
    assert event.kind == "notice"
    assert "expired" in event.text


async def test_forged_start_button_is_answered_politely(alice: OfflineUser) -> None:
    """A start button naming a command that has no button is treated as expired."""
    await alice.send("/start")
    message = next(iter(alice.standin.messages.values()))
    [event] = await alice.press_data("start:open:help", message)
    assert "expired" in event.text


async def test_set_my_commands_matches_the_menu(app: App, standin: BotApiStandIn) -> None:
    """post_init publishes exactly the menu to Telegram."""
    published = [(c["command"], c["description"]) for c in standin.commands]
    assert published == [(e.command, e.description) for e in MENU]


async def test_deep_links_open_the_same_thing_as_the_command(
    app: App, standin: BotApiStandIn
) -> None:
    """`/start <feature>` and a /start button answer exactly like the feature's command alone."""
    for number, entry in enumerate([e for e in MENU if e.start_button], start=1):
        by_command = OfflineUser(app, standin, user_id=5000 + number)
        by_link = OfflineUser(app, standin, user_id=6000 + number)
        by_button = OfflineUser(app, standin, user_id=7000 + number)
        expected = texts(await by_command.send(f"/{entry.command}"))
        assert expected, f"/{entry.command} alone gave no answer"
        assert texts(await by_link.send(f"/start {entry.command}")) == expected
        await by_button.send("/start")
        assert texts(await by_button.press(entry.start_button or "")) == expected


async def test_group_commands_for_other_bots_are_left_alone(
    app: App, standin: BotApiStandIn
) -> None:
    """In a group, an unknown `/cmd` or `/cmd@other_bot` may be another bot's: no answer;
    `/cmd@<this bot>` is ours and gets the pointer to /help."""
    bob = OfflineUser(app, standin, user_id=2002, chat_id=-500, first_name="Bob")
    assert await bob.send("/weather") == []
    assert await bob.send("/vet@another_bot Acme") == []
    [reply] = texts(await bob.send(f"/weather@{app.bot.username}"))
    assert "I don't know /weather" in reply


async def test_a_bare_number_in_private_points_at_the_commands_that_take_a_quantity(
    alice: OfflineUser,
) -> None:
    """'12,000' alone offers /aql 12000 and /landed 12000 pcs; '3.5' gets the /help pointer."""
    [reply] = texts(await alice.send("12,000"))
    assert "/aql 12000 for an inspection plan" in reply
    assert "/landed 12000 pcs @ PRICE" in reply
    for typed in ("3.5", "0", "1234567890123"):
        [other] = texts(await alice.send(typed))
        assert "I didn't understand that." in other
