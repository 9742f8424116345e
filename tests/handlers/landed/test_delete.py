"""Deleting a saved estimate through the real Application: confirm, rights, stale presses."""

from __future__ import annotations

from pathlib import Path

from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn, BotMessage, Event
from handlers.shared.callbacks import EXPIRED
from handlers.shared.services import App
from tests.handlers.landed.support import reply, sent
from tests.handlers.landed.test_saved import save_as
from tests.handlers.shared.test_hidden_senders import anonymous_admin
from tests.handlers.vet.support import services_of
from tests.scripted_console import run_console

GROUP = -100
LINE = "1000 pcs @ 10 usd fob freight 2000 to US sea"
DELETE, KEEP = "🗑 Delete", "Keep it"


def notices(events: list[Event]) -> list[str]:
    """The toasts shown for button presses."""
    return [e.text for e in events if e.kind == "notice"]


def edited(events: list[Event]) -> list[str]:
    """The texts of messages the bot edited."""
    return [e.message.text for e in events if e.kind == "edited" and e.message is not None]


async def saved_names(app: App, chat_id: int) -> list[str | None]:
    """The chat's saved estimates, straight from the database."""
    return [r.name for r in await services_of(app).estimates.list_saved(chat_id)]


async def confirm(user: OfflineUser, name: str) -> BotMessage:
    """`/landed delete NAME` answered with the confirm buttons."""
    message = reply(await user.send(f"/landed delete {name}"))
    assert [b.text for b in message.flat_buttons()] == [DELETE, KEEP], message.text
    return message


async def test_delete_asks_first_then_deletes_for_good(alice: OfflineUser) -> None:
    """A close spelling finds the estimate; 🗑 Delete removes it; a second press changes nothing."""
    await save_as(alice, LINE, "Mugs FOB US")
    await save_as(alice, LINE, "Cups")
    asked = await confirm(alice, "mugs fob")
    assert "Delete this saved estimate for good?" in asked.text
    assert "Mugs FOB US: 12.05 USD/unit" in asked.text
    assert await saved_names(alice.app, alice.chat_id) == ["Cups", "Mugs FOB US"]  # not yet
    assert edited(await alice.press(DELETE, asked)) == [
        "🗑 Deleted “Mugs FOB US”. /landed list shows the rest."
    ]
    assert await saved_names(alice.app, alice.chat_id) == ["Cups"]
    stale = asked.flat_buttons()[0].callback_data or ""
    assert notices(await alice.press_data(stale, asked)) == ["That estimate is already deleted."]
    now_shown = alice.standin.messages[(alice.chat_id, asked.message_id)]
    assert notices(await alice.press_data(stale, now_shown)) == ["That button was already used."]
    assert (
        "No saved estimate called “Mugs FOB US”"
        in reply(await alice.send("/landed show Mugs FOB US")).text
    )


async def test_keep_it_deletes_nothing(alice: OfflineUser) -> None:
    """Keep it leaves the estimate where it was and says so in place."""
    await save_as(alice, LINE, "Mugs")
    assert edited(await alice.press(KEEP, await confirm(alice, "Mugs"))) == [
        "Kept “Mugs”: nothing was deleted."
    ]
    assert await saved_names(alice.app, alice.chat_id) == ["Mugs"]


async def test_missing_and_unknown_names_get_clear_answers(alice: OfflineUser) -> None:
    """No name, no saved estimates, or a name nobody saved: what to send instead."""
    assert "e.g. /landed delete Mugs FOB US" in reply(await alice.send("/landed delete")).text
    assert (
        "No saved estimates in this chat yet"
        in reply(await alice.send("/landed delete Mugs")).text
    )
    await save_as(alice, LINE, "Mugs")
    unknown = reply(await alice.send("/landed delete Kettles"))
    assert unknown.text == "No saved estimate called “Kettles”. /landed list shows them all."
    assert unknown.flat_buttons() == []
    assert "command word" in sent(await _save_named(alice, "delete"))[0].text


async def _save_named(user: OfflineUser, name: str) -> list[Event]:
    await user.send(f"/landed {LINE}")
    await user.press("💾 Save")
    return await user.answer(name)


async def test_in_a_group_the_saver_or_an_admin_may_delete(
    app: App, standin: BotApiStandIn
) -> None:
    """Bea may not delete Alex's estimate until she is an admin; Cy can't press her buttons."""
    alex = OfflineUser(app, standin, user_id=1001, chat_id=GROUP, first_name="Alex")
    bea = OfflineUser(app, standin, user_id=2002, chat_id=GROUP, first_name="Bea")
    cy = OfflineUser(app, standin, user_id=3003, chat_id=GROUP, first_name="Cy")
    await save_as(alex, LINE, "Mugs")
    refused = reply(await bea.send("/landed delete Mugs"))
    assert refused.text.startswith("Only the member who saved “Mugs”, or a group admin")
    assert refused.flat_buttons() == []
    standin.admins[GROUP] = {2002}
    asked = await confirm(bea, "Mugs")
    assert notices(await cy.press(DELETE, asked)) == ["Only Bea can answer this one."]
    assert await saved_names(app, GROUP) == ["Mugs"]
    standin.admins[GROUP] = set()  # demoted before pressing: the press checks again
    assert notices(await bea.press(DELETE, asked)) == [
        "Only the member who saved “Mugs”, or a group admin, can delete it."
    ]
    assert await saved_names(app, GROUP) == ["Mugs"]
    await alex.press(DELETE, await confirm(alex, "Mugs"))  # the saver needs no admin rights
    assert await saved_names(app, GROUP) == []


async def test_two_confirms_delete_once(alice: OfflineUser) -> None:
    """Two confirm messages for one estimate: the second press finds it already gone."""
    await save_as(alice, LINE, "Mugs")
    first, second = await confirm(alice, "Mugs"), await confirm(alice, "Mugs")
    await alice.press(DELETE, first)
    assert notices(await alice.press(DELETE, second)) == ["That estimate is already deleted."]


async def test_forged_presses_delete_nothing(app: App, standin: BotApiStandIn) -> None:
    """Another chat's estimate id, a malformed payload or a forged asker change nothing."""
    theirs = OfflineUser(app, standin, user_id=1001, chat_id=-300, first_name="Alex")
    await save_as(theirs, LINE, "Theirs")
    [their_id] = [r.id for r in await services_of(app).estimates.list_saved(-300)]
    mallory = OfflineUser(app, standin, user_id=6006, chat_id=-400, first_name="Mallory")
    await save_as(mallory, LINE, "Mine")
    asked = await confirm(mallory, "Mine")
    for data, notice in (
        (f"landed:del:{their_id}:6006", "That button was already used."),
        (f"landed:del:{their_id}:1001", "Only the member who asked can answer this one."),
        ("landed:del:x:6006", EXPIRED),
        ("landed:del:1", EXPIRED),
    ):
        assert notices(await mallory.press_data(data, asked)) == [notice], data
    assert await saved_names(app, -300) == ["Theirs"]
    assert await saved_names(app, -400) == ["Mine"]


async def test_a_restart_between_question_and_press_still_deletes(
    alice: OfflineUser, settings: Settings
) -> None:
    """The confirm carries ids checked against the database: a new Application honours it."""
    await save_as(alice, LINE, "Mugs")
    asked = await confirm(alice, "Mugs")
    fresh = BotApiStandIn(first_message_id=10_000)
    fresh.messages.update(alice.standin.messages)
    async with running(build_application(settings, request=fresh)) as second:
        again = OfflineUser(second, fresh, user_id=alice.user_id, first_name="Alex")
        assert edited(await again.press(DELETE, asked)) == [
            "🗑 Deleted “Mugs”. /landed list shows the rest."
        ]
        assert await saved_names(second, alice.chat_id) == []
        assert fresh.refused == []


async def test_an_anonymous_admin_is_asked_to_post_as_themselves(
    app: App, standin: BotApiStandIn
) -> None:
    """The confirm buttons belong to one person, so hidden senders are refused like for /vet."""
    alex = OfflineUser(app, standin, user_id=1001, chat_id=-800, first_name="Alex")
    await save_as(alex, LINE, "Mugs")
    [refusal] = sent(await anonymous_admin(app, standin).send("/landed delete Mugs"))
    assert "Remain anonymous" in refusal.text
    assert await saved_names(app, -800) == ["Mugs"]


def test_the_console_deletes_after_the_confirm(tmp_path: Path) -> None:
    """Save, list, delete with #1 and list again, from a piped script."""
    script = f"/landed {LINE}\n#1\nMugs\n/landed delete mugs\n#1\n/landed list\n"
    done = run_console(tmp_path, script, "--db", str(tmp_path / "landed.sqlite3"))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "[1] 🗑 Delete  [2] Keep it" in out
    assert "🗑 Deleted “Mugs”. /landed list shows the rest." in out
    assert out.rstrip().endswith("Tap 💾 Save under an estimate to keep it.")
