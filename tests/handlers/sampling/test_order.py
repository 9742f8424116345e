"""The plan for an order's quantity: the "Inspection plan" button, its question and the reply.

The button itself sits under a /vet report (tests/handlers/sampling/test_vet_report.py); here it is
pressed on any bot message, which is all the handler needs.
"""

from __future__ import annotations

from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn, BotMessage, Event
from handlers.sampling.answers import ANSWERED, SOMEONE_ELSE, ask_button
from handlers.shared.services import App
from tests.handlers.scam.support import BANK_SWAP


def only_message(events: list[Event]) -> BotMessage:
    [event] = events
    assert event.kind == "sent", event
    assert event.message is not None
    return event.message


async def ask(user: OfflineUser) -> BotMessage:
    """Press the report's button (on the /start message here) and return the question."""
    [start] = await user.send("/start")
    assert start.message is not None
    data = ask_button().callback_data
    assert isinstance(data, str)
    question = only_message(await user.press_data(data, start.message))
    assert question.force_reply
    return question


async def test_button_asks_for_the_quantity_and_the_reply_gets_the_plan(
    alice: OfflineUser,
) -> None:
    """Pressing asks how many units; replying 5000 shows the level II plan for 5,000 units."""
    question = await ask(alice)
    assert "How many units will the supplier ship?" in question.text
    plan = only_message(await alice.answer("5000"))
    assert "Inspection plan: lot of 5,000 units" in plan.text
    assert "Check 200 units, picked at random." in plan.text
    assert "• Major (AQL 2.5): accept with up to 10 defects, reject with 11 or more." in plan.text
    assert "✓ Level II" in [b.text for b in plan.flat_buttons()]


async def test_reply_may_carry_options(alice: OfflineUser) -> None:
    """`1,200 pcs major 1.5 level III` is read like the /aql arguments."""
    await ask(alice)
    plan = only_message(await alice.answer("1,200 pcs major 1.5 level III"))
    assert "Level III, normal inspection (ISO 2859-1), code letter K." in plan.text
    assert "• Major (AQL 1.5): accept with up to 5 defects, reject with 6 or more." in plan.text


async def test_bad_quantity_asks_again_with_the_reason(alice: OfflineUser) -> None:
    """`5.5` is refused with the reason and a fresh question; the next answer works."""
    await ask(alice)
    again = only_message(await alice.answer("5.5"))
    assert again.force_reply
    assert 'The lot size must be a whole number of units, not "5.5".' in again.text
    assert "How many units will the supplier ship?" in again.text
    plan = only_message(await alice.answer("5000"))
    assert "code letter L." in plan.text


async def test_private_chat_takes_plain_text_while_the_question_is_open(
    alice: OfflineUser,
) -> None:
    """In a private chat the quantity may be typed without replying to the question."""
    await ask(alice)
    plan = only_message(await alice.send("800"))
    assert "Inspection plan: lot of 800 units" in plan.text
    assert "A number on its own" in only_message(await alice.send("800")).text


async def test_answered_question_is_not_answered_twice(alice: OfflineUser) -> None:
    """A second reply to the same question says it was answered, and points at /aql."""
    question = await ask(alice)
    only_message(await alice.answer("5000"))
    assert only_message(await alice.send("6000", reply_to=question.message_id)).text == ANSWERED


async def test_in_a_group_only_the_asked_person_answers(app: App, standin: BotApiStandIn) -> None:
    """Bob pressed: the question mentions him, Carol's reply is turned away, Bob's is taken."""
    bob = OfflineUser(app, standin, user_id=2002, chat_id=-300, first_name="Bob <B>")
    carol = OfflineUser(app, standin, user_id=2003, chat_id=-300, first_name="Carol")
    question = await ask(bob)
    assert '<a href="tg://user?id=2002">Bob &lt;B&gt;</a>, how many units' in question.html
    turned = only_message(await carol.send("9000", reply_to=question.message_id))
    assert turned.text == SOMEONE_ELSE
    assert await carol.send("lunch?") == []
    plan = only_message(await bob.send("2000", reply_to=question.message_id))
    assert "Inspection plan: lot of 2,000 units" in plan.text


async def test_replies_to_other_bot_messages_are_left_alone(
    app: App, standin: BotApiStandIn
) -> None:
    """A reply to a plan (not a question) in a group reaches the usual stray-reply answer."""
    bob = OfflineUser(app, standin, user_id=2002, chat_id=-300, first_name="Bob")
    plan = only_message(await bob.send("/aql 5000"))
    stray = only_message(await bob.send("thanks", reply_to=plan.message_id))
    assert "I wasn't waiting for an answer there." in stray.text


async def test_question_survives_a_restart(
    alice: OfflineUser, settings: Settings, standin: BotApiStandIn
) -> None:
    """The question is in the database: a restarted bot still takes the reply."""
    question = await ask(alice)
    restarted = build_application(settings, request=standin)
    async with running(restarted):
        again = OfflineUser(restarted, standin, user_id=alice.user_id, first_name="Alice")
        plan = only_message(await again.send("5000", reply_to=question.message_id))
    assert "code letter L." in plan.text


async def test_forged_ask_button_has_expired(alice: OfflineUser) -> None:
    """`aql:ask` with arguments is not a button the bot makes."""
    [start] = await alice.send("/start")
    assert start.message is not None
    [event] = await alice.press_data("aql:ask:5000", start.message)
    assert event.kind == "notice"
    assert "expired" in event.text


async def test_a_pasted_message_while_the_question_is_open_is_checked(
    alice: OfflineUser,
) -> None:
    """A supplier's message pasted while the quantity question waits gets the scam check."""
    await ask(alice)
    report = only_message(await alice.send(BANK_SWAP))
    assert report.text.startswith("🔴 High risk")
    assert "Inspection plan: lot of 800 units" in only_message(await alice.send("800")).text
