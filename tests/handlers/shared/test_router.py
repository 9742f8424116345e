"""Plain text in a private chat while several features wait: the question asked last wins,
pasted messages still reach the scam check, and answers typed for buttons are understood."""

from __future__ import annotations

from bot.offline.chat_user import OfflineUser
from handlers.shared.services import App
from tests.handlers.scam.support import BANK_SWAP, sent
from tests.handlers.vet.support import running_audit, services_of

VERDICTS = ("🔴", "🟠", "🟡", "⚪")


def texts(events: list[object]) -> list[str]:
    """What the user reads in the messages the bot sent."""
    return [message.text for message in sent(events)]  # type: ignore[arg-type]


async def test_a_number_answers_the_newest_question_not_an_older_audit(
    alice: OfflineUser,
) -> None:
    """/vet asks the order value, then /landed asks units: a plain "1000" is the units."""
    await alice.send("/vet Acme")
    await alice.send("/landed")
    answered = texts(await alice.send("1000"))  # typed, not as a reply
    assert any("Unit price" in text for text in answered)
    assert (await running_audit(alice)).answers == {}


async def test_a_number_answers_the_audit_when_it_asked_last(alice: OfflineUser) -> None:
    """/landed asks units, then /vet asks the order value: a plain "8000" is the order value."""
    await alice.send("/landed")
    await alice.send("/vet Acme")
    await alice.send("8000")
    assert list((await running_audit(alice)).answers.values()) == ["8000"]


async def test_a_pasted_message_while_a_number_question_waits_is_checked(
    alice: OfflineUser,
) -> None:
    """A supplier's message pasted while /vet waits for a number gets the scam check."""
    await alice.send("/vet Acme")
    [report] = texts(await alice.send(BANK_SWAP))
    assert report.startswith("🔴 High risk")
    assert (await running_audit(alice)).answers == {}
    await alice.send("8000")  # the question is still open
    assert list((await running_audit(alice)).answers.values()) == ["8000"]


async def test_a_short_wrong_answer_is_still_asked_again(alice: OfflineUser) -> None:
    """A short text that is not a number is a wrong answer, not a message to check."""
    await alice.send("/vet Acme")
    [again] = texts(await alice.send("about eight k"))
    assert "could not read a number" in again
    assert not again.startswith(VERDICTS)


async def test_a_question_typed_for_a_number_is_told_to_pause(alice: OfflineUser) -> None:
    """A question typed as the reply to /vet's number question (as the console and a phone's
    forced reply send it) is not read as a long number: the reply says it reads like a
    question and how to ask it first; the audit keeps waiting. (Typed without replying, a
    question goes to the guide.)"""
    await alice.send("/vet Acme")
    [again] = texts(await alice.answer("is it safe to pay by wire transfer to a supplier?"))
    assert "reads like a question" in again
    assert "pause the audit" in again
    await alice.send("8000")
    assert list((await running_audit(alice)).answers.values()) == ["8000"]


async def test_yes_typed_for_a_button_question_says_to_tap(alice: OfflineUser) -> None:
    """Typing an answer that has a button gets a pointer to the button, not a scam report."""
    await alice.send("/vet Acme")
    await alice.answer("8000")
    await alice.answer("5")  # years: the next question (the badge) has buttons
    [hint] = texts(await alice.send("gold supplier"))
    assert "Tap “Gold Supplier”" in hint
    assert not hint.startswith(VERDICTS)
    assert len((await running_audit(alice)).answers) == 2


async def test_a_pasted_message_while_buttons_wait_is_checked(alice: OfflineUser) -> None:
    """A supplier's message pasted while a /vet question shows buttons gets the scam check."""
    await alice.send("/vet Acme")
    await alice.answer("8000")
    await alice.answer("5")
    [report] = texts(await alice.send(BANK_SWAP))
    assert report.startswith("🔴 High risk")


async def test_an_incoterm_typed_in_the_guided_estimate_is_taken(alice: OfflineUser) -> None:
    """Typing "fob" while the guided /landed shows Incoterm buttons picks FOB."""
    await alice.send("/landed")
    await alice.answer("1000")
    await alice.answer("10 usd")
    answered = texts(await alice.send("fob"))
    assert any("Where are the goods going?" in text for text in answered)


async def test_a_country_typed_for_the_destination_is_taken(alice: OfflineUser) -> None:
    """Typing "Japan" while the destination buttons wait goes on to the mode."""
    await alice.send("/landed")
    await alice.answer("1000")
    await alice.answer("10 usd")
    await alice.press("FOB")
    events = await alice.send("Japan")
    edited = [e.message.text for e in events if e.kind == "edited" and e.message is not None]
    assert edited == ["Where are the goods going?\n✓ Japan"]  # its buttons are gone
    assert any("How will the goods travel?" in text for text in texts(events))


async def test_cancel_stops_a_guided_estimate_when_no_audit_runs(
    app: App, alice: OfflineUser
) -> None:
    """/cancel with only a guided /landed open drops it instead of saying nothing is open."""
    await alice.send("/landed")
    [reply] = texts(await alice.send("/cancel"))
    assert "estimate" in reply.lower()
    assert await services_of(app).landed_drafts.get_draft(alice.chat_id, alice.user_id) is None


async def test_cancel_stops_the_newest_flow_and_leaves_the_audit(alice: OfflineUser) -> None:
    """With an audit running, /cancel after /landed drops the estimate, not the audit."""
    await alice.send("/vet Acme")
    await alice.answer("8000")
    await alice.send("/landed")
    [reply] = texts(await alice.send("/cancel"))
    assert "estimate dropped" in reply
    assert list((await running_audit(alice)).answers.values()) == ["8000"]
    [stopped] = texts(await alice.send("/cancel"))
    assert "Stopped the audit of Acme" in stopped
