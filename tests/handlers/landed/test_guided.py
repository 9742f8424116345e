"""The guided /landed through the real Application: buttons, forced replies, restarts, groups."""

from __future__ import annotations

from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn
from handlers.shared.services import App
from tests.handlers.landed.support import assert_phone_sized, pre_lines, reply, sent


async def answer_basics(user: OfflineUser) -> None:
    """Quantity and price: the two typed answers every estimate needs."""
    await user.send("/landed")
    await user.answer("1000 pcs")
    await user.answer("10 usd")


async def test_guide_example_end_to_end(alice: OfflineUser) -> None:
    """Buttons and typed answers give the guide's 15,150.00 and the one-line form."""
    await answer_basics(alice)
    await alice.press("FOB")
    await alice.press("None")
    await alice.press("Not sure")
    await alice.answer("2000")
    await alice.answer("15%")
    message = reply(await alice.answer("ins 150 broker 300 other 500 cont 700"))
    lines = pre_lines(message)
    assert any(line.startswith("Landed cost") and line.endswith("15,150.00") for line in lines)
    assert any(line.startswith("Per unit") and line.endswith("15.15") for line in lines)
    assert "Next time, in one line: /landed qty 1000 pcs @ 10 usd fob freight 2000" in message.text
    assert_phone_sized(message)


async def test_questions_are_forced_replies_and_choices_are_buttons(alice: OfflineUser) -> None:
    """Numbers are asked with a forced reply; the Incoterm with buttons that show the choice."""
    [question] = sent(await alice.send("/landed"))
    assert question.force_reply
    await alice.answer("500")
    [incoterms] = sent(await alice.answer("$4.20"))
    assert [b.text for b in incoterms.flat_buttons()][:3] == ["EXW", "FCA", "CPT"]
    events = await alice.press("CIF")
    edited = next(e.message for e in events if e.kind == "edited" and e.message)
    assert "✓ CIF" in edited.text
    assert edited.buttons == []


async def test_a_wrong_answer_is_explained_and_asked_again(alice: OfflineUser) -> None:
    """A bad answer gets what was wrong and the same question, nothing is lost."""
    await alice.send("/landed")
    [again] = sent(await alice.answer("lots"))
    assert "Please type a number, e.g. 1000." in again.text
    assert again.force_reply
    assert "Unit price" in sent(await alice.answer("1000"))[0].text


async def test_restart_mid_way_loses_nothing(
    app: App, settings: Settings, standin: BotApiStandIn
) -> None:
    """After a restart the same buttons and questions carry on from the database."""
    alice = OfflineUser(app, standin, user_id=1001, first_name="Alice")
    await answer_basics(alice)
    await alice.press("FOB")
    async with running(build_application(settings, request=standin)) as second:
        alice.app = second
        await alice.press("US")
        await alice.press("sea")
        await alice.answer("2000")
        await alice.answer("skip")  # no tariff code (asked for the US): the duty is typed
        await alice.answer("15%")
        message = reply(await alice.answer("ins 150 broker 300 other 500 cont 700"))
        assert "to United States · sea" in message.text
        assert any(line.startswith("HMF") for line in pre_lines(message))
        alice.app = app


async def test_landed_alone_resumes_and_cancel_drops(alice: OfflineUser) -> None:
    """/landed again re-asks the open question; /landed cancel drops the draft."""
    await answer_basics(alice)
    [resumed] = sent(await alice.send("/landed"))
    assert "Carrying on where you left off" in resumed.text
    assert resumed.flat_buttons()[0].text == "EXW"
    assert "dropped" in reply(await alice.send("/landed cancel")).text
    assert "step by step" in reply(await alice.send("/landed")).text


async def test_group_flow_belongs_to_who_started_it(app: App, standin: BotApiStandIn) -> None:
    """In a group, Bob cannot press or answer Alice's questions; Alice carries on."""
    alice = OfflineUser(app, standin, user_id=11, chat_id=-300, first_name="Alice")
    bob = OfflineUser(app, standin, user_id=12, chat_id=-300, first_name="Bob")
    [question] = sent(await alice.send("/landed"))
    assert "Alice" in question.text
    bob.pending_question = question
    refused = reply(await bob.answer("999"))
    assert "That question is Alice's" in refused.text
    await alice.answer("1000")
    incoterms = next(m for m in sent(await alice.answer("10 usd")) if m.buttons)
    [notice] = await bob.press("FOB", incoterms)
    assert notice.text == "Only Alice can answer this one."
    await alice.press("FOB", incoterms)
    destinations = alice.latest_with_buttons()
    assert destinations is not None
    assert "Where are the goods going?" in destinations.text


async def test_group_chatter_during_a_flow_is_left_alone(app: App, standin: BotApiStandIn) -> None:
    """Plain group messages that reply to nobody are not taken as answers."""
    alice = OfflineUser(app, standin, user_id=11, chat_id=-300, first_name="Alice")
    await alice.send("/landed")
    assert await alice.send("1000") == []


async def test_stale_and_forged_buttons_are_refused(alice: OfflineUser) -> None:
    """An old button expires; a value the step does not offer is refused."""
    await answer_basics(alice)
    incoterms = alice.latest_with_buttons()
    assert incoterms is not None
    [forged] = await alice.press_data("landed:pick:incoterm:XYZ", incoterms)
    assert forged.text == "That choice is not offered here."
    await alice.press("FOB", incoterms)
    [stale] = await alice.press_data("landed:pick:incoterm:CIF", incoterms)
    assert "expired" in stale.text


async def test_missing_rate_at_the_end_keeps_the_answers(alice: OfflineUser) -> None:
    """Without the rate the answers are kept; after /fx, /landed shows the estimate."""
    await alice.send("/landed")
    await alice.answer("100")
    await alice.answer("32 cny")
    await alice.press("Not sure")
    await alice.press("None")
    await alice.press("Not sure")
    await alice.answer("100 usd")  # freight in another currency: now a rate is needed
    await alice.answer("skip")
    error = reply(await alice.answer("skip"))
    assert "No exchange rate for CNY" in error.text
    assert "Then send /landed to see the estimate." in error.text
    await alice.send("/fx CNY 8")
    message = reply(await alice.send("/landed"))
    assert any(line.endswith("400.00") for line in pre_lines(message))


async def test_start_button_opens_the_guided_flow(alice: OfflineUser) -> None:
    """The 'Landed cost' button on /start asks the first question."""
    await alice.send("/start")
    [question] = sent(await alice.press("💰 Landed cost"))
    assert "How many units?" in question.text


async def test_text_while_buttons_wait_is_left_to_other_features(alice: OfflineUser) -> None:
    """Buttons are waiting: plain chatter is not an answer; a reply to them gets a pointer."""
    await answer_basics(alice)
    stray = reply(await alice.send("hello"))
    assert "Please use the buttons" not in stray.text
    incoterms = alice.latest_with_buttons()
    assert incoterms is not None
    pointer = reply(await alice.send("hello", reply_to=incoterms.message_id))
    assert "Please use the buttons" in pointer.text
    taken = reply(await alice.send("fob", reply_to=incoterms.message_id))
    assert "Where are the goods going?" in taken.text


async def test_forwarded_message_is_not_taken_as_an_answer(alice: OfflineUser) -> None:
    """A forward during the flow (say, for the scam check) never answers the question."""
    await alice.send("/landed")
    events = await alice.forward("1000")
    assert all("Unit price" not in (e.message.text if e.message else "") for e in events)
    assert "Unit price" in reply(await alice.answer("1000")).text
