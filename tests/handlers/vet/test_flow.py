"""A buyer vets a supplier alone: start, answer, back, skip, pause, resume, cancel, finish."""

from __future__ import annotations

from bot.offline.chat_user import OfflineUser
from knowledge.vet.records import AuditStatus

from .support import (
    checklist_of,
    current_item,
    full_report,
    notices,
    passing_reply,
    reply_to_question,
    run_audit,
    running_audit,
    services_of,
    texts,
)


async def test_a_whole_audit_ends_with_a_low_risk_report(alice: OfflineUser) -> None:
    """Passing every question finishes the audit, stores its summary and sends the report."""
    [question, prompt] = texts(await alice.send("/vet Shenzhen Acme Electronics"))
    assert "Question 1 of 33" in question
    assert "Reply with an amount in US dollars" in prompt
    record = await running_audit(alice)
    events = await run_audit(alice)
    report = texts(events)[-1]
    assert "Supplier audit: Shenzhen Acme Electronics" in report
    assert "Vetted by Alice on" in report
    assert "33 of 33 answered" in report
    assert "Low risk · 100/100" in report
    assert "Deposit at most 30% of the order value." in report
    assert "Next steps" in await full_report(alice)
    done = await services_of(alice.app).vet.get_assessment(alice.chat_id, record.assessment_id)
    assert done is not None
    assert done.status is AuditStatus.FINISHED
    assert len(done.answers) == 33
    assert done.summary is not None
    assert (done.summary.score, done.summary.band) == (100, "low")


async def test_each_answer_is_stored_before_the_next_question(alice: OfflineUser) -> None:
    """The database holds the answer by the time the next question shows."""
    await alice.send("/vet Acme")
    await alice.answer("12,500")
    await alice.answer("4 years")
    record = await running_audit(alice)
    assert record.answers == {"order_usd": "12500", "years": "4"}
    item = await current_item(alice)
    assert item is not None
    assert item.id == "badge"
    [edited] = [e for e in await alice.press("Gold Supplier") if e.kind == "edited"]
    assert edited.message is not None
    assert "✓ Saved: Gold Supplier" in edited.message.text
    assert "Question 4 of 33" in edited.message.text
    assert (await running_audit(alice)).answers["badge"] == "gold"


async def test_a_double_press_records_once(alice: OfflineUser) -> None:
    """Pressing the same answer twice stores one answer and tells the second press so."""
    await alice.send("/vet Acme")
    await alice.answer("5000")
    await alice.answer("5")
    question = alice.latest_with_buttons()
    assert question is not None
    stale = next(b.callback_data for b in question.flat_buttons() if b.text == "Verified Supplier")
    assert stale is not None
    await alice.press("Verified Supplier")
    second = await alice.press_data(stale, question)
    assert notices(second) == ["Already answered. Use ◀ Back to change an answer."]
    assert (await running_audit(alice)).answers["badge"] == "verified"
    item = await current_item(alice)
    assert item is not None
    assert item.id == "report_match"


async def test_back_shows_the_previous_answer_and_revising_replaces_it(
    alice: OfflineUser,
) -> None:
    """Back shows the earlier question with its answer; a new tap replaces it and moves on."""
    await alice.send("/vet Acme")
    await alice.answer("5000")
    await alice.answer("5")
    await alice.press("Gold Supplier")
    [back] = [e for e in await alice.press("◀ Back") if e.kind == "edited"]
    assert back.message is not None
    assert "Which badge" in back.message.text
    assert "Your answer: Gold Supplier" in back.message.text
    [moved] = [e for e in await alice.press("Assessed Supplier") if e.kind == "edited"]
    assert moved.message is not None
    assert "Question 4 of 33" in moved.message.text
    record = await running_audit(alice)
    assert record.answers["badge"] == "assessed"
    assert len(record.answers) == 3


async def test_back_to_a_typed_question_takes_a_new_typed_answer(alice: OfflineUser) -> None:
    """A typed answer can be changed after Back with a reply; Keep leaves another as it was."""
    await alice.send("/vet Acme")
    await alice.answer("5000")
    await alice.answer("5")
    await alice.press("◀ Back")
    assert alice.pending_question is not None
    assert "reply with a new one" in (alice.latest_with_buttons() or alice.pending_question).text
    await alice.answer("2")
    record = await running_audit(alice)
    assert record.answers["years"] == "2"
    item = await current_item(alice)
    assert item is not None
    assert item.id == "badge"


async def test_giving_the_same_answer_after_back_moves_on(alice: OfflineUser) -> None:
    """Back, then the same tap or the same typed value again, goes on like Keep."""
    await alice.send("/vet Acme")
    await alice.answer("5000")
    await alice.answer("5")
    await alice.press("Gold Supplier")
    await alice.press("◀ Back")
    [moved] = [e for e in await alice.press("Gold Supplier") if e.kind == "edited"]
    assert moved.message is not None
    assert "Question 4 of 33" in moved.message.text
    await alice.press("◀ Back")
    await alice.press("◀ Back")
    await alice.answer("5")
    item = await current_item(alice)
    assert item is not None
    assert item.id == "report_match"
    assert (await running_audit(alice)).answers["years"] == "5"


async def test_skip_leaves_a_gap_and_keep_leaves_the_answer(alice: OfflineUser) -> None:
    """Skip stores "skipped" (a gap, never a pass); Keep on a revisited question keeps it."""
    await alice.send("/vet Acme")
    await alice.press("Skip ▶")
    await alice.press("Skip ▶")
    await alice.press("Gold Supplier")
    await alice.press("◀ Back")
    await alice.press("Keep ▶")
    record = await running_audit(alice)
    assert record.answers == {"order_usd": "skipped", "years": "skipped", "badge": "gold"}
    item = await current_item(alice)
    assert item is not None
    assert item.id == "report_match"


async def test_bad_numbers_are_asked_again_with_the_reason(alice: OfflineUser) -> None:
    """Words, out-of-range values and fractions get a clear re-ask; nothing is stored."""
    await alice.send("/vet Acme")
    await alice.answer("5000")
    [reask] = texts(await alice.answer("many"))
    assert "I could not read a number there" in reask
    assert "a number of years from 0 to 100, for example 5" in reask
    [reask] = texts(await alice.answer("250"))
    assert "250 is out of range" in reask
    await alice.answer("5")
    await alice.press("Verified Supplier")
    await alice.press("Yes")
    [reask] = texts(await alice.answer("12.34%"))
    assert "fewer decimals" in reask
    record = await running_audit(alice)
    assert "resp_rate" not in record.answers
    await alice.answer("92.5%")
    assert (await running_audit(alice)).answers["resp_rate"] == "92.5"


async def test_i_dont_know_typed_in_full_is_not_sure(alice: OfflineUser) -> None:
    """'I don't know.' typed to a number question is a gap like the Not sure button, not a
    number it could not read (found in the console after issue 12)."""
    await alice.send("/vet Acme")
    events = await alice.answer("I don't know.")
    assert not any("could not read a number" in t for t in texts(events))
    assert (await running_audit(alice)).answers["order_usd"] == "unsure"


async def test_a_wrong_check_character_is_kept_with_a_warning(alice: OfflineUser) -> None:
    """A credit code that fails its check is stored, and the next question warns about it."""
    await alice.send("/vet Acme")
    answers = {"uscc": "91110000600037341A"}
    while (item := await current_item(alice)) is not None and item.id != "names_match":
        events = await reply_to_question(alice, item, answers.get(item.id, passing_reply(item)))
    assert any("does not match the rest of the code" in t for t in texts(events))
    assert (await running_audit(alice)).answers["uscc"] == "91110000600037341A"


async def test_private_chat_accepts_plain_text_for_a_typed_question(alice: OfflineUser) -> None:
    """In a private chat the answer need not be a reply."""
    await alice.send("/vet Acme")
    await alice.send("7000")
    assert (await running_audit(alice)).answers == {"order_usd": "7000"}


async def test_pause_then_continue_picks_up_at_the_same_question(alice: OfflineUser) -> None:
    """Pause leaves a Continue button; Continue shows the question the answers lead to."""
    await alice.send("/vet Acme")
    await alice.answer("5000")
    [paused] = [e for e in await alice.press("⏸ Pause") if e.kind == "edited"]
    assert paused.message is not None
    assert "paused at question 2 of 33" in paused.message.text
    assert [b.text for b in paused.message.flat_buttons()] == ["▶ Continue"]
    assert "/help" in texts(await alice.send("6"))[0]  # not taken as an answer while paused
    [shown] = [e for e in await alice.press("▶ Continue") if e.kind == "edited"]
    assert shown.message is not None
    assert "Question 2 of 33" in shown.message.text
    await alice.answer("6")
    assert (await running_audit(alice)).answers["years"] == "6"


async def test_vet_alone_lists_audits_in_progress_and_asks_for_a_name(
    alice: OfflineUser,
) -> None:
    """/vet with no name offers to continue open audits and asks for a new name."""
    await alice.send("/vet Acme")
    await alice.answer("5000")
    listing, ask = texts(await alice.send("/vet"))
    assert "Acme: 1 of 33 answered, by Alice" in listing
    assert "Which supplier do you want to vet?" in ask
    events = await alice.press("▶ Acme (1/33)")
    assert "Question 2 of 33" in texts(events)[0]
    assert "Welcome back" in texts(events)[0]


async def test_a_name_sent_as_a_reply_starts_the_audit(alice: OfflineUser) -> None:
    """/vet, then the name as a reply, starts the audit of that supplier."""
    await alice.send("/vet")
    [question, _prompt] = texts(await alice.answer("Ningbo Bolt Co"))
    assert "Ningbo Bolt Co" in question
    assert (await running_audit(alice)).supplier_name == "Ningbo Bolt Co"


async def test_an_alibaba_store_link_names_the_supplier(alice: OfflineUser) -> None:
    """A store link is accepted as the name, and another link into the same store resumes it."""
    await alice.send("/vet https://acme-tools.en.alibaba.com/productlist.html")
    await alice.answer("5000")
    [question, _prompt] = texts(await alice.send("/vet acme-tools.fr.alibaba.com"))
    assert "Question 2 of 33" in question
    record = await running_audit(alice)
    assert record.supplier_name == "https://acme-tools.en.alibaba.com/productlist.html"


async def test_cancel_stops_the_audit_and_keeps_its_answers(alice: OfflineUser) -> None:
    """/cancel ends the audit, removes its buttons, and keeps every answer for /report."""
    await alice.send("/vet Acme")
    await alice.answer("5000")
    await alice.answer("5")
    record = await running_audit(alice)
    [reply] = texts(await alice.send("/cancel"))
    assert "Stopped the audit of Acme at question 3 of 33" in reply
    assert "The 2 answers given are kept" in reply
    after = await services_of(alice.app).vet.get_assessment(alice.chat_id, record.assessment_id)
    assert after is not None
    assert after.status is AuditStatus.CANCELLED
    assert after.answers == {"order_usd": "5000", "years": "5"}
    assert alice.latest_with_buttons() is None
    assert "Nothing to cancel" in texts(await alice.send("/cancel"))[0]
    report = texts(await alice.send("/report Acme"))[0]
    assert "Stopped" in report
    assert "/vet with the name continues it or starts again" in report
    [offer] = texts(await alice.send("/vet Acme"))
    assert "Continue where you stopped, or start again?" in offer
    [question, _] = texts(await alice.press("↺ Start again"))
    assert "Question 1 of 33" in question


async def test_the_start_button_opens_vet(alice: OfflineUser) -> None:
    """/start shows a button for /vet that asks for a supplier name."""
    await alice.send("/start")
    [ask] = texts(await alice.press("🛡️ Vet a supplier"))
    assert "Which supplier do you want to vet?" in ask
    await alice.answer("Acme")
    assert (await running_audit(alice)).supplier_name == "Acme"


async def test_menu_lists_the_vet_commands(alice: OfflineUser) -> None:
    """/help shows /vet, /report, /suppliers and /cancel with examples."""
    [reply] = texts(await alice.send("/help"))
    for command in ("/vet", "/report", "/suppliers", "/cancel"):
        assert command in reply
    assert checklist_of(alice.app).items
