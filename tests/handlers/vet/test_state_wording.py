"""Every text of a report fits the audit's state (issue 12 follow-up): an audit in progress or
stopped is never told to "tap Change an answer" (only a finished one changes that way), its
PDF says where it stands instead of "Vetted by", questions not reached are no unknown answers,
and a supplier's earlier verdict or merged name is not lost from the card and the PDF."""

from __future__ import annotations

from bot.offline.chat_user import OfflineUser

from .support import (
    VALID_USCC,
    current_item,
    full_report,
    passing_reply,
    reply_to_question,
    run_audit,
    texts,
)
from .test_pdf import documents, read

GROUP = -100
Pair = tuple[OfflineUser, OfflineUser]
CHANGE_NOW = "then tap ✏️ Change an answer"
CHANGE_LATER = "once the audit is finished, tap ✏️ Change an answer"


async def _one_unknown_so_far(alice: OfflineUser) -> None:
    """Acme, 8,000 USD, then "Not sure" to the second question: 1 answered, 1 unknown."""
    await alice.send("/vet Acme")
    await alice.answer("8000")
    item = await current_item(alice)
    assert item is not None
    await reply_to_question(alice, item, "Not sure")


async def test_a_pdf_in_progress_offers_no_change_and_says_where_it_stands(
    alice: OfflineUser,
) -> None:
    """The bug: mid-audit the PDF said "then tap Change an answer" and "Vetted by"."""
    await _one_unknown_so_far(alice)
    [document] = documents(await alice.send("/report acme pdf"))
    _, text = read(document)
    flat = " ".join(text.split())
    assert "then tap Change an answer" not in flat
    assert CHANGE_LATER.replace("✏️ ", "") in flat
    assert "Vetted by" not in flat
    assert "In progress: Alice is at question 3 of 33" in flat
    assert "Finish the audit (31 questions left): send /vet to continue." in flat
    assert "No payment advice until every question that can block is answered." in flat
    # 31 questions not asked yet print as such, not as 31 more unknown answers.
    assert flat.count("NOT YET") == 31
    assert flat.count("UNKNOWN") == 1


async def test_the_full_report_in_progress_offers_no_change(alice: OfflineUser) -> None:
    """The same step in the chat's full report."""
    await _one_unknown_so_far(alice)
    await alice.send("/report acme")
    report = await full_report(alice)
    assert CHANGE_NOW not in report
    assert CHANGE_LATER in report


async def test_a_stopped_audit_reads_as_stopped_everywhere(alice: OfflineUser) -> None:
    """Stopped with /cancel: the PDF's verdict box says STOPPED (not IN PROGRESS), its steps
    say how to continue, and no text offers a change."""
    await _one_unknown_so_far(alice)
    await alice.send("/cancel")
    [card] = texts(await alice.send("/report acme"))
    assert "Stopped early" in card
    report = await full_report(alice)
    assert CHANGE_NOW not in report
    assert "This audit was stopped; /vet with the name continues it." in report
    [document] = documents(await alice.send("/report acme pdf"))
    _, text = read(document)
    flat = " ".join(text.split())
    assert "STOPPED" in flat
    assert "IN PROGRESS" not in flat
    assert "It was stopped before the end." in flat
    assert "This audit was stopped; /vet with the name continues it." in flat
    assert "then tap Change an answer" not in flat
    assert "not reached yet" not in flat
    assert flat.count("NOT YET") == 31


async def test_a_finished_audit_still_says_change_an_answer(alice: OfflineUser) -> None:
    """Once finished, the step points at the button the card has."""
    await alice.send("/vet Acme")
    await run_audit(alice, {"order_usd": "8000", "years": "Not sure"})
    report = await full_report(alice)
    assert "Find out the unknown answer (it says how), then tap ✏️ Change an answer." in report
    [document] = documents(await alice.send("/report acme pdf"))
    flat = " ".join(read(document)[1].split())
    assert "then tap Change an answer" in flat
    assert "NOT YET" not in flat
    assert "Vetted by Alice" in flat


async def test_one_question_left_is_singular(alice: OfflineUser) -> None:
    """ "1 question left", not "1 questions left"."""
    await alice.send("/vet Acme")
    for _ in range(32):
        item = await current_item(alice)
        assert item is not None
        await reply_to_question(alice, item, passing_reply(item))
    await alice.send("/report acme")
    assert "Finish the audit (1 question left)" in await full_report(alice)


async def test_a_new_audit_in_progress_shows_the_last_verdict(alice: OfflineUser) -> None:
    """/suppliers shows the last finished result while a new audit runs: so do the card and
    the PDF, as the previous audit."""
    await alice.send("/vet Acme")
    await run_audit(alice)
    await alice.send("/vet Acme")
    await alice.answer("5000")
    [card] = texts(await alice.send("/report acme"))
    assert "In progress" in card
    assert "Previous audit: 100/100, low risk" in card
    [document] = documents(await alice.send("/report acme pdf"))
    assert "Previous audit: 100/100, low risk" in " ".join(read(document)[1].split())


async def test_a_merged_supplier_pdf_names_the_merged_name(team: Pair) -> None:
    """Once Zenith Works is filed under Acme Co, the PDF (read outside the chat, its history
    holding Zenith's audit) says so."""
    alex, bea = team
    await alex.send("/vet Acme Co")
    await run_audit(alex, {"uscc": VALID_USCC})
    await bea.send("/vet Zenith Works")
    await run_audit(bea, {"uscc": VALID_USCC})
    offer = next(
        m
        for (chat, _), m in bea.standin.messages.items()
        if chat == GROUP and "same unified social credit code" in m.text
    )
    await alex.press("Merge into Acme Co", offer)
    [document] = documents(await bea.send("/report Zenith Works pdf"))
    flat = " ".join(read(document)[1].split())
    assert "also filed as Zenith Works" in flat
    assert flat.count("Audit finished") == 2
