"""/aql buttons through the real Application: level and AQL switches, inspections, forgeries."""

from __future__ import annotations

import pytest
from telegram import Update

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import BotApiStandIn, BotMessage, Event, chat_json
from handlers.shared.services import App


def edited(events: list[Event]) -> BotMessage:
    [event] = events
    assert event.kind == "edited", event
    assert event.message is not None
    return event.message


def selected(message: BotMessage) -> list[str]:
    return [b.text for b in message.flat_buttons() if b.text.startswith("✓")]


async def plan_message(user: OfflineUser, typed: str = "/aql 5000") -> BotMessage:
    [event] = await user.send(typed)
    assert event.message is not None
    return event.message


async def test_plan_buttons_mark_the_current_settings(alice: OfflineUser) -> None:
    """The plan shows level and AQL buttons, the current ones ticked, all within 64 bytes."""
    message = await plan_message(alice)
    assert selected(message) == ["✓ Level II", "✓ Major 2.5", "✓ Minor 4.0"]
    assert all(len(b.callback_data or "") <= 64 for b in message.flat_buttons())


async def test_level_button_redraws_the_plan_in_place(alice: OfflineUser) -> None:
    """Level III at 5,000 units: the same message now shows M, 315 units, 14/15 and 21/22."""
    message = await plan_message(alice)
    shown = edited(await alice.press("Level III"))
    assert shown.message_id == message.message_id
    assert "code letter M." in shown.text
    assert "Check 315 units" in shown.text
    assert "• Major (AQL 2.5): accept with up to 14 defects, reject with 15 or more." in shown.text
    assert selected(shown) == ["✓ Level III", "✓ Major 2.5", "✓ Minor 4.0"]


async def test_aql_buttons_keep_the_other_settings(alice: OfflineUser) -> None:
    """Major 1.5 then minor 6.5 keep level III and the typed critical AQL."""
    await plan_message(alice, "/aql 5000 level III critical 0.065")
    edited(await alice.press("Major 1.5"))
    shown = edited(await alice.press("Minor 6.5"))
    assert "Level III" in shown.text
    assert "• Critical (AQL 0.065)" in shown.text
    assert (
        "• Major (AQL 1.5), 315 units: accept with up to 10 defects, reject with 11" in shown.text
    )
    assert "• Minor (AQL 6.5), row L, 200 units: accept with up to 21 defects" in shown.text
    assert selected(shown) == ["✓ Level III", "✓ Major 1.5", "✓ Minor 6.5"]


async def test_special_levels_open_behind_a_button_and_come_back(alice: OfflineUser) -> None:
    """`S levels` swaps only the buttons; S-2 redraws the plan; Back restores the usual buttons."""
    message = await plan_message(alice)
    more = edited(await alice.press("S levels ▸"))
    assert more.text == message.text
    assert [b.text for b in more.flat_buttons()] == ["S-1", "S-2", "S-3", "S-4", "◂ Back"]
    s2 = edited(await alice.press("S-2"))
    assert "Level S-2, normal inspection (ISO 2859-1), code letter D." in s2.text
    assert "Row D asks for 8 units" in s2.text
    assert "draw 13 units at random" in s2.text
    assert "✓ S-2 ▸" in [b.text for b in s2.flat_buttons()]
    again = edited(await alice.press("✓ S-2 ▸"))
    back = edited(await alice.press("◂ Back", again))
    assert back.text == s2.text
    assert back.buttons == s2.buttons


async def test_pressing_the_current_setting_changes_nothing(alice: OfflineUser) -> None:
    """A ticked button is only answered: Telegram refuses an edit that changes nothing."""
    await plan_message(alice)
    assert await alice.press("✓ Level II") == []
    assert await alice.press("✓ Major 2.5") == []


async def test_double_press_of_one_button_edits_once(alice: OfflineUser) -> None:
    """A second press from the old keyboard is refused by Telegram and handled quietly."""
    old = await plan_message(alice)
    edited(await alice.press("Level I", old))
    assert await alice.press("Level I", old) == []
    assert [method for method, _ in alice.standin.refused] == ["editMessageText"]
    assert "not modified" in alice.standin.refused[0][1]
    alice.standin.refused.clear()  # the refusal was the point of this test


async def test_anyone_in_the_group_may_switch_the_view(app: App, standin: BotApiStandIn) -> None:
    """The plan is public arithmetic: a teammate's press redraws it for the whole group."""
    bob = OfflineUser(app, standin, user_id=2002, chat_id=-300, first_name="Bob")
    carol = OfflineUser(app, standin, user_id=2003, chat_id=-300, first_name="Carol")
    await plan_message(bob, "/aql 1000")
    shown = edited(await carol.press("Level I"))
    assert "code letter G." in shown.text


@pytest.mark.parametrize(
    "data",
    [
        "aql:plan:5000:II:0:2.5",  # a field missing
        "aql:plan:5000:II:0:2.5:4.0:x",  # a field too many
        "aql:plan:5000:IV:0:2.5:4.0",  # no such level
        "aql:plan:5000:ii:0:2.5:4.0",  # not as the bot writes it
        "aql:plan:1:II:0:2.5:4.0",  # a lot under 2 units
        "aql:plan:0005000:II:0:2.5:4.0",  # leading zeros
        "aql:plan:999999999:II:0:2.5:4.0",  # over the largest lot
        "aql:plan:5e3:II:0:2.5:4.0",  # not digits
        "aql:plan:5000:II:0:3:4.0",  # no such AQL column
        "aql:plan:5000:II:0:2.50:4.0",  # an AQL not as the table writes it
        "aql:plan:5000:II:NaN:2.5:4.0",
        "aql:more:5000:II:0:2.5:-4.0",
        "aql:plan:５000:II:0:2.5:4.0",  # full-width digit
        "aql:type:nowhere",
        "aql:type:",
        "aql:type:pre_shipment:extra",
        "aql:guide:x",
        "aql:bogus",
        "aql:",
        "aql",
    ],
)
async def test_forged_or_malformed_buttons_have_expired(alice: OfflineUser, data: str) -> None:
    """A payload the bot would never write gets the expired notice and changes nothing."""
    message = await plan_message(alice)
    [event] = await alice.press_data(data, message)
    assert event.kind == "notice"
    assert "expired" in event.text


async def test_button_on_a_message_telegram_no_longer_has(app: App, alice: OfflineUser) -> None:
    """A press whose message is inaccessible (deleted or too old) is answered as expired."""
    query = {
        "id": "77",
        "from": alice.user,
        "chat_instance": "1",
        "message": {"chat": chat_json(alice.chat_id), "message_id": 999, "date": 0},
        "data": "aql:plan:5000:III:0:2.5:4.0",
    }
    update = Update.de_json({"update_id": 1_000_000, "callback_query": query}, app.bot)
    start = len(alice.standin.events)
    await app.process_update(update)
    [event] = alice.standin.events[start:]
    assert event.kind == "notice"
    assert "expired" in event.text


async def test_inspection_buttons_show_details_and_come_back(alice: OfflineUser) -> None:
    """PSI shows its timing, when to book it and what is checked; Back returns the overview."""
    [intro] = await alice.send("/aql")
    assert intro.message is not None
    psi = edited(await alice.press("PSI"))
    assert "Pre-shipment inspection (PSI)" in psi.text
    assert "Also called: Final random inspection, FRI." in psi.text
    assert "at least 80% of the order quantity is packed" in psi.text
    assert "Packing, cartons, labels, markings and documents." in psi.text
    assert [b.text for b in psi.flat_buttons()] == ["PPI", "DUPRO", "CLC", "◂ All inspections"]
    clc = edited(await alice.press("CLC"))
    assert "seal number" in clc.text
    back = edited(await alice.press("◂ All inspections"))
    assert back.text == intro.message.text


async def test_start_button_and_deep_link_open_the_overview(alice: OfflineUser) -> None:
    """/start offers /aql as a button; it and `/start aql` both show the overview."""
    await alice.send("/start")
    [event] = await alice.press("🔍 Inspection plan")
    assert event.message is not None
    assert "Which inspection, when" in event.message.text
    [linked] = await alice.send("/start aql")
    assert linked.message is not None
    assert linked.message.text == event.message.text
