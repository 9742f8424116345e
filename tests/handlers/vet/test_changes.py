"""✏️ Change an answer after the end: any member may, each change is a new dated report version
with who changed what, and stale buttons, bad numbers and forged presses change nothing."""

from __future__ import annotations

import io

from pypdf import PdfReader

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import BotApiStandIn, BotMessage
from handlers.shared.services import App
from handlers.vet.buttons import BUTTONS, Action

from .support import notices, run_audit, services_of, texts

GROUP = -100
CHANGE = "✏️ Change an answer"
Pair = tuple[OfflineUser, OfflineUser]


def card_of(user: OfflineUser) -> BotMessage:
    """The newest message with a Change button in the user's chat."""
    found = [
        m
        for (chat, _), m in user.standin.messages.items()
        if chat == user.chat_id and any(b.text == CHANGE for b in m.flat_buttons())
    ]
    assert found, "no card with a Change button"
    return max(found, key=lambda m: m.message_id)


async def finished(alex: OfflineUser) -> BotMessage:
    """Alex finishes an audit of Acme with the certificates unknown; its card."""
    await alex.send("/vet Acme")
    await run_audit(alex, {"cert_genuine": "Not sure", "years": "1"})
    return card_of(alex)


async def test_a_teammate_changes_an_unknown_answer_and_the_report_names_her(team: Pair) -> None:
    """Bea picks the unknown question, taps Yes: the chat reads who changed what, the new card
    is version 2 with a higher score, and the answer is stored."""
    alex, bea = team
    card = await finished(alex)
    before = texts(await bea.send("/report acme"))[0]
    [menu] = texts(await bea.press(CHANGE, card))
    assert menu.index("Unknown answers") < menu.index("Your order")
    assert "25. Certificates genuine: Not sure" in menu
    events = await bea.press("25. Certificates genuine")
    [question] = texts(events)
    assert "Answer now: Not sure" in question
    shown = texts(await bea.press("Yes"))
    assert any("Bea changed “Certificates genuine” of Acme: Not sure → Yes" in t for t in shown)
    assert any("Report version 2" in t for t in shown)
    new_card = shown[-1]
    assert "v2, changed" in new_card
    assert "by Bea" in new_card
    assert "33 of 33 answered" in new_card
    score = lambda text: int(text.split("/100")[0].rsplit(" ", 1)[-1])  # noqa: E731
    assert score(new_card) > score(before)
    record = await services_of(alex.app).vet.get_assessment(GROUP, 1)
    assert record is not None
    assert record.answers["cert_genuine"] == "yes"
    assert record.version == 2
    [pdf] = [e.message for e in await alex.send("/report acme pdf") if e.message]
    assert pdf.document is not None
    pages = PdfReader(io.BytesIO(pdf.document)).pages
    history = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert "v2: Certificates genuine, Not sure → Yes" in history
    assert "Audit finished (v2)" in history


async def test_a_stale_change_button_says_so_and_changes_nothing(team: Pair) -> None:
    """After a change, the old card's Change shows the current list with a notice; an old
    question's answer buttons are refused."""
    alex, bea = team
    old_card = await finished(alex)
    await bea.press(CHANGE, old_card)
    old_question = (await bea.press("25. Certificates genuine"))[0].message
    assert old_question is not None
    await alex.press(CHANGE, old_card)
    await alex.press("25. Certificates genuine")
    await alex.press("No")
    assert notices(await bea.press("Yes", old_question)) == [
        "This report has changed since; use the newest ✏️ Change an answer."
    ]
    record = await services_of(alex.app).vet.get_assessment(GROUP, 1)
    assert record is not None
    assert record.answers["cert_genuine"] == "no"
    assert record.version == 2
    events = await bea.press(CHANGE, old_card)
    assert notices(events) == [
        "This report has changed since (now version 2). Here is the current list."
    ]
    assert "report version 2" in texts(events)[0]


async def test_a_question_number_is_typed_and_checked(team: Pair) -> None:
    """Replies to the list: a number out of range or not a number says what to send; a good
    one asks the question, and a typed number answer changes it."""
    alex, _ = team
    card = await finished(alex)
    menu = (await alex.press(CHANGE, card))[0].message
    assert menu is not None
    [said] = texts(await alex.send("99", reply_to=menu.message_id))
    assert "There is no question 99. Send a question number from 1 to 33" in said
    [said] = texts(await alex.send("years", reply_to=menu.message_id))
    assert "That is not a question number." in said
    events = await alex.send("2", reply_to=menu.message_id)
    assert "How many years has the supplier" in texts(events)[0]
    await alex.answer("7 years")
    record = await services_of(alex.app).vet.get_assessment(GROUP, 1)
    assert record is not None
    assert record.answers["years"] == "7"
    [said, _] = texts(await alex.send("2", reply_to=menu.message_id))  # the list still works
    assert "Answer now: 7 years" in said


async def test_the_same_answer_again_changes_nothing(team: Pair) -> None:
    """Tapping the answer it already has is no new version."""
    alex, _ = team
    card = await finished(alex)
    await alex.press(CHANGE, card)
    await alex.press("25. Certificates genuine")
    assert notices(await alex.press("Not sure")) == [
        "That is already its answer: nothing changed."
    ]
    record = await services_of(alex.app).vet.get_assessment(GROUP, 1)
    assert record is not None
    assert record.version == 1


async def test_an_audit_in_progress_is_not_changed_this_way(team: Pair) -> None:
    """A forged Change or Set on an audit still running is refused: Back is the way."""
    alex, _ = team
    await alex.send("/vet Acme")
    await alex.answer("5000")
    question = alex.latest_with_buttons()
    assert question is not None
    data = BUTTONS.data(Action.SET, 1, "years", "yes", 1)
    [notice] = notices(await alex.press_data(data, question))
    assert notice.startswith("Only a finished audit changes this way")
    record = await services_of(alex.app).vet.get_assessment(GROUP, 1)
    assert record is not None
    assert "years" not in record.answers


async def test_a_change_button_of_another_chat_is_expired(
    app: App, standin: BotApiStandIn
) -> None:
    """Audit ids are checked against the chat the press comes from."""
    alex = OfflineUser(app, standin, user_id=1001, chat_id=GROUP, first_name="Alex")
    card = await finished(alex)
    mallory = OfflineUser(app, standin, user_id=1001, chat_id=-300, first_name="Alex")
    await mallory.send("/vet Decoy")
    decoy = mallory.latest_with_buttons()
    assert decoy is not None
    data = next(b.callback_data for b in card.flat_buttons() if b.text == CHANGE)
    assert data is not None
    [notice] = notices(await mallory.press_data(data, decoy))
    assert "expired" in notice
