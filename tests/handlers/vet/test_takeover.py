"""Taking over a group audit: the offer, the hand-over, stale and forged presses, a restart."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn, BotMessage
from handlers.shared.callbacks import EXPIRED
from handlers.shared.services import App
from knowledge.vet.records import AuditStatus
from tests.handlers.shared.test_hidden_senders import anonymous_admin

from .support import (
    GROUP,
    TAKE_OVER,
    Team,
    current_item,
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


async def offer_to(user: OfflineUser, name: str = "acme") -> BotMessage:
    """`/vet NAME` by a member while someone else vets it: the reply with the offer."""
    events = await user.send(f"/vet {name}")
    [message] = [e.message for e in events if e.kind == "sent" and e.message is not None]
    assert [b.text for b in message.flat_buttons()] == [TAKE_OVER]
    return message


async def test_bea_takes_over_and_carries_on_with_every_answer(team: Team) -> None:
    """The chat reads one line; the question goes to Bea; the report names Alex, then Bea."""
    alex, bea, _ = team
    await alex.send("/vet Acme")
    await alex.answer("5000")  # Alex is now asked the years, with a forced reply
    offer = await offer_to(bea)
    assert "Alex is already vetting Acme (1 of 33 answered)" in offer.text
    assert "the one answer so far is kept and you go on from question 2" in offer.text
    events = await bea.press(TAKE_OVER, offer)
    edited = [e.message.text for e in events if e.kind == "edited" and e.message is not None]
    assert "🔁 Bea took over the audit of Acme from Alex; 1 of 33 answers kept." in edited
    assert "Acme: continued below." in edited  # Alex's question message lost its buttons
    question, prompt = texts(events)
    assert "Question 2 of 33" in question
    assert "Bea, reply with" in prompt
    record = await running_audit(bea)
    assert (record.started_by.display_name, dict(record.answers)) == ("Bea", {"order_usd": "5000"})
    await bea.answer("5")
    await run_audit(bea)
    report = texts(await bea.send("/report acme"))[0]
    assert "Vetted by Alex, then Bea on" in report


async def test_the_old_vetters_typed_answer_no_longer_lands(team: Team) -> None:
    """Alex replies to the question he was asked before the take-over: refused, nothing saved."""
    alex, bea, _ = team
    await alex.send("/vet Acme")
    await alex.answer("5000")
    old_question = alex.latest_with_buttons()
    assert old_question is not None
    await bea.press(TAKE_OVER, await offer_to(bea))
    [refused] = texts(await alex.answer("7"))  # his forced reply from before
    assert "Only Bea can answer" in refused
    stale = f"vet:answer:{(await running_audit(bea)).assessment_id}:years:7"
    assert notices(await alex.press_data(stale, old_question)) == [
        "Only Bea can answer this audit's questions."
    ]
    assert dict((await running_audit(bea)).answers) == {"order_usd": "5000"}
    assert "Nothing to cancel" in texts(await alex.send("/cancel"))[0]
    report = texts(await alex.send("/report acme"))[0]
    assert "In progress: Bea (took over from Alex) is at question 2 of 33" in report


async def test_only_the_member_asked_may_press_and_stale_offers_change_nothing(
    team: Team,
) -> None:
    """Cy on Bea's offer: not his; his own offer after Bea's take-over or a finish: says so."""
    alex, bea, cy = team
    await alex.send("/vet Acme")
    bea_offer = await offer_to(bea)
    cy_offer = await offer_to(cy)
    assert notices(await cy.press(TAKE_OVER, bea_offer)) == ["Only Bea can answer this one."]
    assert (await running_audit(alex)).started_by.display_name == "Alex"
    await bea.press(TAKE_OVER, bea_offer)
    shown_now = bea.standin.messages[(GROUP, bea_offer.message_id)]
    assert shown_now.flat_buttons() == []  # the offer became the one line
    assert notices(await cy.press(TAKE_OVER, cy_offer)) == [
        "Bea runs this audit now; nothing changed. Send /vet with its name to ask again."
    ]
    aid = (await running_audit(bea)).assessment_id
    mine = f"vet:take:{aid}:1001:2002"
    assert notices(await bea.press_data(mine, cy_offer)) == [
        "You run this audit already: its question is in the chat."
    ]
    await run_audit(bea)
    assert notices(await cy.press(TAKE_OVER, cy_offer)) == [
        "This audit has ended. /report shows its result."
    ]
    takeovers = await services_of(bea.app).vet_takeovers.list_takeovers(GROUP, aid)
    assert [t.to_vetter.display_name for t in takeovers] == ["Bea"]


@pytest.mark.parametrize(
    "data",
    [
        "vet:take",
        "vet:take:1:1001",
        "vet:take:x:1001:2002",
        "vet:take:1:1001:2002:9",
        "vet:take:999999:1001:2002",
    ],
)
async def test_malformed_or_unknown_offers_are_expired(team: Team, data: str) -> None:
    """Payloads of the wrong shape, or naming no audit here, get the polite notice."""
    alex, bea, _ = team
    await alex.send("/vet Acme")
    offer = await offer_to(bea)
    assert notices(await bea.press_data(data, offer)) == [EXPIRED]
    assert (await running_audit(alex)).started_by.display_name == "Alex"


async def test_forged_offers_change_nothing(app: App, standin: BotApiStandIn, team: Team) -> None:
    """Another chat's audit id, or a payload the pressed message does not show, moves nothing."""
    alex, bea, cy = team
    await alex.send("/vet Acme")
    aid = (await running_audit(alex)).assessment_id
    elsewhere = OfflineUser(app, standin, user_id=2002, chat_id=-300, first_name="Bea")
    await OfflineUser(app, standin, user_id=1001, chat_id=-300, first_name="Alex").send("/vet X")
    decoy = await offer_to(elsewhere, "x")
    assert notices(await elsewhere.press_data(f"vet:take:{aid}:1001:2002", decoy)) == [EXPIRED]
    # Cy forges an offer to himself on Bea's message: it is not a button of that message.
    bea_offer = await offer_to(bea)
    forged = f"vet:take:{aid}:1001:3003"
    assert notices(await cy.press_data(forged, bea_offer)) == ["That button was already used."]
    record = await running_audit(alex)
    assert (record.status, record.started_by.display_name) == (AuditStatus.IN_PROGRESS, "Alex")
    assert await services_of(app).vet_takeovers.list_takeovers(GROUP, aid) == []


async def test_a_restart_between_offer_and_press_loses_nothing(
    app: App, settings: Settings, team: Team
) -> None:
    """The offer and the audit live in the database: a new Application honours both."""
    alex, bea, _ = team
    await alex.send("/vet Acme")
    await alex.answer("5000")
    offer = await offer_to(bea)
    fresh = BotApiStandIn(first_message_id=10_000)
    fresh.messages.update(bea.standin.messages)  # what the group still shows after a restart
    async with running(build_application(settings, request=fresh)) as second:
        bea2 = OfflineUser(second, fresh, user_id=2002, chat_id=GROUP, first_name="Bea")
        texts_seen = texts(await bea2.press(TAKE_OVER, offer))
        assert any("Question 2 of 33" in text for text in texts_seen)
        await bea2.answer("5")
        item = await current_item(bea2)
        assert item is not None
        assert item.id == "badge"
        assert fresh.refused == []


async def test_an_anonymous_admin_gets_no_offer(
    app: App, standin: BotApiStandIn, team: Team
) -> None:
    """Hidden senders share one account, so they cannot take over an audit either."""
    alex, _, _ = team
    await alex.send("/vet Acme")
    events = await anonymous_admin(app, standin).send("/vet Acme")
    [reply] = [e.message for e in events if e.message is not None]
    assert "Remain anonymous" in reply.text
    assert reply.flat_buttons() == []


def test_two_consoles_hand_an_audit_over(tmp_path: Path) -> None:
    """User 1 starts in one console; User 2, in another on the same database, takes over."""
    out = second_console_after_first_starts(tmp_path, "/vet acme\n#1\n5\n/report acme\n")
    assert "User 1 is already vetting Acme (1 of 33 answered)" in out
    assert "[1] 🔁 Take over" in out
    assert "User 2 took over the audit of Acme from User 1; 1 of 33 answers kept." in out
    assert "User 2, reply with" in out
    assert "In progress: User 2 (took over from User 1) is at question 3 of 33" in out
