"""The six problems a new team of two met with /vet (issue 12), each replayed through the real
Application in a group chat: a teammate's spelling, stopped empty audits, a half-done report
read as a verdict, an answer that cannot be changed, a report too long to read, counts that
disagree."""

from __future__ import annotations

import re

import pytest

from bot.offline.chat_user import OfflineUser

from .support import (
    current_item,
    passing_reply,
    reply_to_question,
    run_audit,
    running_audit,
    texts,
)

GROUP = -100

Pair = tuple[OfflineUser, OfflineUser]


async def test_a_teammates_other_spelling_is_offered_the_existing_supplier(team: Pair) -> None:
    """Problem 1: "ningbo bright" after "Ningbo Bright Home Co" asks, and /report finds the
    finished low-risk report instead of an empty copy."""
    alex, bea = team
    await alex.send("/vet Ningbo Bright Home Co")
    await run_audit(alex)
    [asked] = texts(await bea.send("/vet ningbo bright"))
    assert "Did you mean Ningbo Bright Home Co?" in asked
    labels = [
        b.text for b in (bea.latest_with_buttons() or pytest.fail("no buttons")).flat_buttons()
    ]
    assert labels == ["Yes, that one", "No, a new supplier"]
    report = "\n".join(texts(await bea.send("/report ningbo bright")))
    assert "Ningbo Bright Home Co" in report
    assert "Low risk" in report
    assert "Do not pay" not in report


async def test_stopped_empty_audits_are_not_listed_as_suppliers(team: Pair) -> None:
    """Problem 2: an audit stopped before any answer (a name or a store link) is no supplier."""
    alex, _ = team
    await alex.send("/vet Empty Trading Co")
    await alex.send("/cancel")
    await alex.send("/vet https://emptystore.en.alibaba.com/index.html")
    await alex.send("/cancel")
    listed = "\n".join(texts(await alex.send("/suppliers")))
    assert "Empty Trading" not in listed
    assert "emptystore" not in listed


async def test_a_half_done_audit_does_not_read_as_a_verdict(team: Pair) -> None:
    """Problem 3: six good answers give "6 of 33 answered · so far", no band, no payment
    advice."""
    alex, bea = team
    await alex.send("/vet Acme")
    for _ in range(6):
        item = await current_item(alex)
        assert item is not None
        await reply_to_question(alex, item, passing_reply(item))
    report = "\n".join(texts(await bea.send("/report acme")))
    assert "6 of 33 answered · so far" in report
    assert "High risk" not in report
    assert "risk" not in report.split("so far")[0].lower()
    assert "Do not pay" not in report


async def test_one_answer_can_be_changed_after_the_end(team: Pair) -> None:
    """Problem 4: a finished report offers "Change an answer"; a cancelled audit resumes."""
    alex, bea = team
    await alex.send("/vet Acme")
    events = await run_audit(alex, {"cert_genuine": "Not sure"})
    card = alex.latest_with_buttons()
    assert card is not None
    assert "✏️ Change an answer" in [b.text for b in card.flat_buttons()]
    assert "run the audit again" not in "\n".join(texts(events))
    await bea.send("/vet Other Supplier Ltd")
    await bea.answer("5000")
    await bea.send("/cancel")
    [offer] = texts(await bea.send("/vet Other Supplier Ltd"))
    assert "Continue where you stopped" in offer or "continue where you stopped" in offer.lower()


async def test_the_report_fits_one_phone_screen(team: Pair) -> None:
    """Problem 5: the report at the end is a card of at most ~900 characters and 15 lines,
    with a PDF button."""
    alex, _ = team
    await alex.send("/vet Acme")
    events = await run_audit(alex, {"years": "1", "cert_genuine": "Not sure"})
    card = texts(events)[-1]
    assert len(card) <= 900, len(card)
    assert len(card.splitlines()) <= 15, card
    buttons = [
        b.text for b in (alex.latest_with_buttons() or pytest.fail("no buttons")).flat_buttons()
    ]
    assert any("PDF" in label for label in buttons)


async def test_counts_agree_everywhere(team: Pair) -> None:
    """Problem 6: the /vet list and /report give one count; 32 of 33 is no "96%"; the
    unknown count is the number not answered."""
    alex, bea = team
    await alex.send("/vet Acme")
    await alex.answer("5000")
    item = await current_item(alex)
    assert item is not None
    await reply_to_question(alex, item, "Not sure")
    listed = "\n".join(texts(await bea.send("/vet")))
    reported = "\n".join(texts(await bea.send("/report acme")))
    in_list = re.search(r"(\d+) of 33 answered", listed)
    in_report = re.search(r"(\d+) of 33 answered", reported)
    assert in_list is not None
    assert in_report is not None
    assert in_list.group(1) == in_report.group(1)
    record = await running_audit(alex)
    assert len(record.answers) == 2
    await run_audit(alex)
    everything = "\n".join(texts(await bea.send("/report acme")))
    assert "%" not in everything.split("How to pay")[0]
    assert "32 of 33 answered" in everything
    assert "1 unknown" in everything
    assert "unknown answers" not in everything  # one, not "the 32 unknown answers"
