"""Taking over from the /vet list or a paused audit; reports and notices after hand-overs."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import BotApiStandIn, BotMessage, Event
from handlers.shared.callbacks import EXPIRED
from handlers.shared.message_size import utf16_length
from handlers.shared.services import App
from tests.handlers.shared.test_hidden_senders import anonymous_admin

from .support import (
    GROUP,
    TAKE_OVER,
    Team,
    make_team,
    notices,
    run_audit,
    running_audit,
    second_console_after_first_starts,
    services_of,
    texts,
)


@pytest.fixture
def team(app: App, standin: BotApiStandIn) -> Team:
    """Alex, Bea and Cy in one group chat."""
    return make_team(app, standin)


def sent_messages(events: list[Event]) -> list[BotMessage]:
    """The new messages the bot sent."""
    return [e.message for e in events if e.kind == "sent" and e.message is not None]


async def the_list(user: OfflineUser) -> BotMessage:
    """`/vet` alone: the message listing the chat's audits in progress."""
    listing, _name_question = sent_messages(await user.send("/vet"))
    assert "Audits in progress" in listing.text
    return listing


async def offer_from_list(user: OfflineUser, label: str = "▶ Acme (1/33)") -> BotMessage:
    """Continue on another member's audit in the list: the offer, sent to the chat."""
    events = await user.press(label, await the_list(user))
    assert notices(events) == []
    [offer] = sent_messages(events)
    assert [b.text for b in offer.flat_buttons()] == [TAKE_OVER]
    return offer


async def alex_has_answered_one(alex: OfflineUser) -> None:
    """Alex starts Acme and types the order value: he is now asked question 2."""
    await alex.send("/vet Acme")
    await alex.answer("5000")


async def test_continue_in_the_list_offers_the_take_over_like_vet_name(team: Team) -> None:
    """Bea taps Alex's audit in the list: the same offer, naming her; pressing it hands over."""
    alex, bea, _ = team
    await alex_has_answered_one(alex)
    offer = await offer_from_list(bea)
    assert offer.text.startswith("Bea: Alex is already vetting Acme (1 of 33 answered)")
    assert "the one answer so far is kept and you go on from question 2" in offer.text
    assert 'href="tg://user?id=2002"' in offer.html
    events = await bea.press(TAKE_OVER, offer)
    edited = [e.message.text for e in events if e.kind == "edited" and e.message is not None]
    assert "🔁 Bea took over the audit of Acme from Alex; 1 of 33 answers kept." in edited
    assert any("Question 2 of 33" in text for text in texts(events))
    record = await running_audit(bea)
    assert (record.started_by.display_name, dict(record.answers)) == ("Bea", {"order_usd": "5000"})


async def test_only_the_member_who_tapped_may_take_over(team: Team) -> None:
    """Cy pressing the offer Bea's tap produced gets a notice; the audit stays Alex's."""
    alex, bea, cy = team
    await alex_has_answered_one(alex)
    offer = await offer_from_list(bea)
    assert notices(await cy.press(TAKE_OVER, offer)) == [
        "Only the member who asked can answer this one."
    ]
    assert (await running_audit(alex)).started_by.display_name == "Alex"


async def test_the_vetters_own_tap_in_the_list_still_continues(team: Team) -> None:
    """Alex tapping his own audit gets his question back, no offer."""
    alex, bea, _ = team
    await alex_has_answered_one(alex)
    events = await alex.press("▶ Acme (1/33)", await the_list(bea))
    assert any("Question 2 of 33" in text for text in texts(events))
    assert all(TAKE_OVER not in [b.text for b in m.flat_buttons()] for m in sent_messages(events))


async def test_an_old_list_follows_the_audit_as_it_is_now(team: Team) -> None:
    """After Bea's take-over, Cy's tap offers Bea's audit; Bea's tap continues; an end ends."""
    alex, bea, cy = team
    await alex_has_answered_one(alex)
    old_list = await the_list(cy)
    await bea.press(TAKE_OVER, await offer_from_list(bea))
    events = await cy.press("▶ Acme (1/33)", old_list)
    [offer] = sent_messages(events)
    assert "Bea is already vetting Acme" in offer.text
    assert any("Question 2 of 33" in t for t in texts(await bea.press("▶ Acme (1/33)", old_list)))
    await run_audit(bea)
    assert notices(await cy.press("▶ Acme (1/33)", old_list)) == [
        "This audit has ended. /report shows its result."
    ]
    assert notices(await cy.press(TAKE_OVER, offer)) == [  # his offer, on an ended audit
        "This audit has ended. /report shows its result."
    ]


async def test_forged_continue_presses_offer_nothing(
    app: App, standin: BotApiStandIn, team: Team
) -> None:
    """An id the list does not show, or another chat's audit, gets no offer and moves nothing."""
    alex, bea, _ = team
    await alex.send("/vet Acme")
    listing = await the_list(bea)
    await alex.send("/vet Beta")  # started after the list was sent: not one of its buttons
    beta = (await running_audit(alex)).assessment_id
    assert notices(await bea.press_data(f"vet:resume:{beta}", listing)) == [
        "That button was already used."
    ]
    elsewhere = OfflineUser(app, standin, user_id=2002, chat_id=-300, first_name="Bea")
    await OfflineUser(app, standin, user_id=1001, chat_id=-300, first_name="Alex").send("/vet X")
    theirs = await the_list(elsewhere)
    assert notices(await elsewhere.press_data(f"vet:resume:{beta}", theirs)) == [EXPIRED]
    assert await services_of(app).vet_takeovers.list_takeovers(GROUP, beta) == []


async def test_a_private_chat_gets_no_offer(app: App, standin: BotApiStandIn) -> None:
    """A press by someone else in a private chat (forwarded buttons, say) is only refused."""
    alice = OfflineUser(app, standin, user_id=1001, first_name="Alice")
    await alice.send("/vet Acme")
    listing = await the_list(alice)
    stranger = OfflineUser(app, standin, user_id=2002, chat_id=1001, first_name="Bea")
    events = await stranger.press("▶ Acme (0/33)", listing)
    assert notices(events) == ["Only Alice can answer this audit's questions."]
    assert sent_messages(events) == []


async def test_a_shared_account_gets_no_offer(
    app: App, standin: BotApiStandIn, team: Team
) -> None:
    """A press that Telegram shows as its anonymous-admin account names no one person."""
    alex, bea, _ = team
    await alex.send("/vet Acme")
    listing = await the_list(bea)
    admin = anonymous_admin(app, standin)
    admin.chat_id = GROUP
    events = await admin.press("▶ Acme (0/33)", listing)
    assert notices(events) == ["Only Alex can answer this audit's questions."]
    assert sent_messages(events) == []


async def test_continue_on_the_old_vetters_paused_audit_hands_it_over(team: Team) -> None:
    """Alex paused; Bea taps his Continue: the offer, then his paused note points below."""
    alex, bea, _ = team
    await alex_has_answered_one(alex)
    paused = [e.message for e in await alex.press("⏸ Pause") if e.kind == "edited"]
    assert paused[0] is not None
    paused_note = paused[0]
    events = await bea.press("▶ Continue", paused_note)
    [offer] = sent_messages(events)
    assert "Alex is already vetting Acme" in offer.text
    await bea.press(TAKE_OVER, offer)
    note_now = bea.standin.messages[(GROUP, paused_note.message_id)]
    assert (note_now.text, note_now.flat_buttons()) == ("Acme: continued below.", [])
    aid = (await running_audit(bea)).assessment_id
    assert notices(await alex.press_data(f"vet:resume:{aid}", note_now)) == [
        "That button was already used."
    ]
    assert (await running_audit(bea)).answers == {"order_usd": "5000"}


async def test_an_audit_handed_back_and_forth_names_each_vetter_once(team: Team) -> None:
    """Alex to Bea, back to Alex, to Bea again: "Vetted by Alex, then Bea"."""
    alex, bea, _ = team
    await alex_has_answered_one(alex)
    await bea.press(TAKE_OVER, await offer_from_list(bea))
    await alex.press(TAKE_OVER, await offer_from_list(alex))
    report = texts(await bea.send("/report acme"))[0]
    assert "In progress: Alex (took over from Bea) is at question 2 of 33" in report
    await bea.press(TAKE_OVER, await offer_from_list(bea))
    await run_audit(bea)
    report = texts(await bea.send("/report acme"))[0]
    assert "Vetted by Alex, then Bea on" in report


async def test_three_vetters_are_named_in_the_order_they_joined(team: Team) -> None:
    """Alex, then Bea, then Cy: the finished report names all three."""
    alex, bea, cy = team
    await alex_has_answered_one(alex)
    await bea.press(TAKE_OVER, await offer_from_list(bea))
    await cy.press(TAKE_OVER, await offer_from_list(cy))
    await run_audit(cy)
    report = texts(await cy.send("/report acme"))[0]
    assert "Vetted by Alex, then Bea, then Cy on" in report


async def test_notices_naming_a_long_emoji_name_fit_telegrams_limit(
    app: App, standin: BotApiStandIn, team: Team
) -> None:
    """A 129-character emoji name in "runs this audit now" or "Only … can answer" still fits."""
    alex, _, cy = team
    emoji = OfflineUser(app, standin, user_id=4004, chat_id=GROUP, first_name="🦄" * 64)
    emoji.user["last_name"] = "🐉" * 64
    await alex.send("/vet Acme")
    cy_offer = await offer_from_list(cy, "▶ Acme (0/33)")
    await emoji.press(TAKE_OVER, await offer_from_list(emoji, "▶ Acme (0/33)"))
    [moved] = notices(await cy.press(TAKE_OVER, cy_offer))
    assert moved.endswith(
        "runs this audit now; nothing changed. Send /vet with its name to ask again."
    )
    question = emoji.latest_with_buttons()
    assert question is not None
    [not_yours] = notices(await cy.press("Skip ▶", question))
    assert not_yours.startswith("Only 🦄")
    assert max(utf16_length(moved), utf16_length(not_yours)) <= 200
    assert standin.refused == []


def test_two_consoles_hand_an_audit_over_from_the_list(tmp_path: Path) -> None:
    """User 2 sends /vet alone in a second console, taps User 1's audit, takes it over."""
    out = second_console_after_first_starts(tmp_path, "/vet\n#1\n#1\n5\n/report acme\n")
    assert "[1] ▶ Acme (1/33)" in out
    assert "User 2: User 1 is already vetting Acme (1 of 33 answered)" in out
    assert "User 2 took over the audit of Acme from User 1; 1 of 33 answers kept." in out
    assert "✓ Saved: 5 years" in out
    assert "In progress: User 2 (took over from User 1) is at question 3 of 33" in out


async def test_help_says_how_a_team_hands_an_audit_over(team: Team) -> None:
    """/help tells a group how to carry on a teammate's audit."""
    [reply] = texts(await team[0].send("/help"))
    assert "To carry on a teammate's audit, send /vet with its name" in reply
    assert "then tap Take over" in reply
