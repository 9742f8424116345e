"""A team vets in a group: one member answers, everyone reads; stale, forged and foreign presses
change nothing; a restart mid-audit loses nothing."""

from __future__ import annotations

import pytest

from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn
from handlers.shared.callbacks import EXPIRED
from handlers.shared.services import App
from knowledge.vet.records import AuditStatus

from .support import current_item, notices, run_audit, running_audit, services_of, texts

GROUP = -100


@pytest.fixture
def team(app: App, standin: BotApiStandIn) -> tuple[OfflineUser, OfflineUser]:
    """Alice and Bob in the same group chat."""
    alice = OfflineUser(app, standin, user_id=1001, chat_id=GROUP, first_name="Alice")
    bob = OfflineUser(app, standin, user_id=2002, chat_id=GROUP, first_name="Bob")
    return alice, bob


async def test_only_the_vetter_answers_while_the_team_reads(
    team: tuple[OfflineUser, OfflineUser],
) -> None:
    """Bob's presses and replies on Alice's audit get a notice; he still sees reports and lists."""
    alice, bob = team
    [_question, prompt] = texts(await alice.send("/vet Acme"))
    assert "Alice, reply with an amount" in prompt  # the forced reply names who should answer
    bob.pending_question = alice.pending_question
    [refused] = texts(await bob.answer("9999"))
    assert "Only Alice can answer" in refused
    await alice.answer("5000")
    await alice.answer("5")
    before = dict((await running_audit(alice)).answers)
    assert notices(await bob.press("Verified Supplier", alice.latest_with_buttons())) == [
        "Only Alice can answer this audit's questions."
    ]
    assert notices(await bob.press("⏸ Pause", alice.latest_with_buttons())) == [
        "Only Alice can answer this audit's questions."
    ]
    assert (await running_audit(alice)).answers == before
    [busy] = texts(await bob.send("/vet acme"))
    assert "Alice is already vetting Acme (2 of 33 answered)" in busy
    assert "Nothing to cancel" in texts(await bob.send("/cancel"))[0]
    assert "In progress: Alice is at question 3 of 33" in texts(await bob.send("/report acme"))[0]
    await run_audit(alice)
    assert "Low risk" in texts(await bob.send("/suppliers"))[0]
    assert "Vetted by Alice" in texts(await bob.send("/report Acme"))[0]


async def test_a_private_chat_keeps_its_suppliers_to_itself(
    app: App, standin: BotApiStandIn, team: tuple[OfflineUser, OfflineUser]
) -> None:
    """Alice's private audit does not show in the group, nor the group's in her private chat."""
    alice_in_group, _ = team
    alice = OfflineUser(app, standin, user_id=1001, first_name="Alice")
    await alice.send("/vet Private Supplier")
    await alice_in_group.send("/vet Team Supplier")
    assert "Private Supplier" not in texts(await alice_in_group.send("/suppliers"))[0]
    assert "Team Supplier" not in texts(await alice.send("/suppliers"))[0]
    assert "No supplier" in texts(await alice.send("/report Team Supplier"))[0]


async def test_a_button_naming_another_chats_audit_changes_nothing(
    app: App, standin: BotApiStandIn, team: tuple[OfflineUser, OfflineUser]
) -> None:
    """A forged payload with another chat's audit id gets "expired"; that audit is untouched."""
    alice, _ = team
    await alice.send("/vet Acme")
    theirs = await running_audit(alice)
    mallory = OfflineUser(app, standin, user_id=1001, chat_id=-300, first_name="Alice")
    await mallory.send("/vet Decoy")
    mine = mallory.latest_with_buttons()
    assert mine is not None
    aid = theirs.assessment_id
    for forged in (
        f"vet:answer:{aid}:order_usd:unsure",
        f"vet:skip:{aid}:order_usd",
        f"vet:pause:{aid}",
        f"vet:resume:{aid}",
        f"vet:full:{aid}",
        f"vet:report:{theirs.supplier_id}",
    ):
        assert notices(await mallory.press_data(forged, mine)) == [EXPIRED], forged
    after = await services_of(app).vet.get_assessment(GROUP, aid)
    assert after is not None
    assert (after.status, after.answers) == (AuditStatus.IN_PROGRESS, {})


@pytest.mark.parametrize(
    "data",
    [
        "vet:answer",
        "vet:answer:abc:order_usd:unsure",
        "vet:answer:1:order_usd",
        "vet:back:1",
        "vet:answer:99999999999999:order_usd:unsure",
        "vet:answer:1:order_usd:<script>",
        "vet:explode:1",
        "vet:pause:1:2",
        "vet:" + "x" * 80,
    ],
)
async def test_malformed_buttons_are_expired(alice: OfflineUser, data: str) -> None:
    """Payloads of the wrong shape get the polite notice and store nothing."""
    await alice.send("/vet Acme")
    message = alice.latest_with_buttons()
    assert message is not None
    assert notices(await alice.press_data(data, message)) == [EXPIRED]
    assert (await running_audit(alice)).answers == {}


async def test_questions_not_reached_and_unknown_ids_are_refused(alice: OfflineUser) -> None:
    """A forged press on a later question or an unknown one changes nothing."""
    await alice.send("/vet Acme")
    message = alice.latest_with_buttons()
    assert message is not None
    aid = (await running_audit(alice)).assessment_id
    assert notices(await alice.press_data(f"vet:answer:{aid}:pay_method:wu_mg", message)) == [
        EXPIRED
    ]
    assert notices(await alice.press_data(f"vet:answer:{aid}:nope:yes", message)) == [EXPIRED]
    assert notices(await alice.press_data(f"vet:answer:{aid}:order_usd:maybe", message)) == [
        EXPIRED
    ]
    assert (await running_audit(alice)).answers == {}


async def test_buttons_of_an_ended_audit_say_so(alice: OfflineUser) -> None:
    """After /cancel, an old question message's button says the audit has ended."""
    await alice.send("/vet Acme")
    message = alice.latest_with_buttons()
    assert message is not None
    skip = next(b.callback_data for b in message.flat_buttons() if b.text == "Skip ▶")
    assert skip is not None
    await alice.send("/cancel")
    assert notices(await alice.press_data(skip, message)) == [
        "This audit has ended. /report shows its result."
    ]


async def test_a_second_tap_on_back_or_pause_is_already_used(alice: OfflineUser) -> None:
    """Buttons replaced by an edit are stale: the second tap does nothing."""
    await alice.send("/vet Acme")
    await alice.answer("5000")
    await alice.press("Skip ▶")
    question = alice.latest_with_buttons()
    assert question is not None
    back = next(b.callback_data for b in question.flat_buttons() if b.text == "◀ Back")
    assert back is not None
    await alice.press("◀ Back")
    # Telegram sends the message as it is now, with the buttons the edit put there.
    now = alice.standin.messages[(alice.chat_id, question.message_id)]
    assert notices(await alice.press_data(back, now)) == ["That button was already used."]
    pause = next(b.callback_data for b in now.flat_buttons() if b.text == "⏸ Pause")
    assert pause is not None
    await alice.press("⏸ Pause")
    now = alice.standin.messages[(alice.chat_id, question.message_id)]
    assert notices(await alice.press_data(pause, now)) == ["That button was already used."]


async def test_a_reply_to_an_old_prompt_is_already_answered(alice: OfflineUser) -> None:
    """Replying again to a typed question already answered stores nothing new."""
    await alice.send("/vet Acme")
    old = alice.pending_question
    assert old is not None
    await alice.answer("5000")
    [said] = texts(await alice.send("7000", reply_to=old.message_id))
    assert "already answered" in said
    assert (await running_audit(alice)).answers == {"order_usd": "5000"}


async def test_a_restart_mid_audit_continues_at_the_right_question(
    settings: Settings, standin: BotApiStandIn, app: App
) -> None:
    """A new Application on the same database file takes the next press, reply and /vet."""
    alice = OfflineUser(app, standin, user_id=1001, chat_id=GROUP, first_name="Alice")
    await alice.send("/vet Acme")
    await alice.answer("5000")
    prompt = alice.pending_question
    await app.shutdown()  # the fixture's teardown runs again on an idle app, which is fine
    if app.post_shutdown:
        await app.post_shutdown(app)
    async with running(build_application(settings, request=standin)) as second:
        again = OfflineUser(second, standin, user_id=1001, chat_id=GROUP, first_name="Alice")
        again.pending_question = prompt
        await again.answer("5")  # the reply to the prompt sent before the restart
        assert (await running_audit(again)).answers == {"order_usd": "5000", "years": "5"}
        await again.press("Verified Supplier")  # a button of a message sent before the restart
    async with running(build_application(settings, request=standin)) as third:
        last = OfflineUser(third, standin, user_id=1001, chat_id=GROUP, first_name="Alice")
        [question] = texts(await last.send("/vet acme"))
        assert "Question 4 of 33" in question
        item = await current_item(last)
        assert item is not None
        assert item.id == "report_match"
        await run_audit(last)
        record = await services_of(third).vet.get_latest_assessment(
            GROUP, (await services_of(third).vet.list_supplier_refs(GROUP))[0].supplier_id
        )
        assert record is not None
        assert record.status is AuditStatus.FINISHED


async def test_a_reply_to_an_audit_left_for_another_is_still_taken(
    team: tuple[OfflineUser, OfflineUser],
) -> None:
    """Alice starts a second audit, then replies to the first one's open question: it counts
    (the reply names its question), rather than "already answered" for an unanswered one."""
    alice, _bob = team
    await alice.send("/vet Acme")
    acme_question = alice.pending_question
    assert acme_question is not None
    await alice.send("/vet Beta")
    shown = texts(await alice.send("5000", reply_to=acme_question.message_id))
    assert not any("already answered" in text for text in shown)
    acme = next(
        a for a in await services_of(alice.app).vet.list_audits_in_progress(GROUP)
        if a.supplier_name == "Acme"
    )  # fmt: skip
    record = await services_of(alice.app).vet.get_assessment(GROUP, acme.assessment_id)
    assert record is not None
    assert record.answers["order_usd"] == "5000"


async def test_someone_elses_audit_is_named_in_reply_to_who_asked(
    team: tuple[OfflineUser, OfflineUser],
) -> None:
    """In a busy group, "Alice is already vetting Acme" answers Bob's own /vet message."""
    alice, bob = team
    await alice.send("/vet Acme")
    events = await bob.send("/vet ACME ")
    [busy] = [e.message for e in events if e.kind == "sent" and e.message is not None]
    asked = max(mid for (chat, mid) in bob.standin.user_messages if chat == GROUP)
    assert busy.reply_to == asked
