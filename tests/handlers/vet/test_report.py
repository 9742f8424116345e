"""The report a buyer reads: band and payment advice, hard blocks first, why and what to do,
history, and the phone-sized split with a full report."""

from __future__ import annotations

import re

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import BotApiStandIn
from handlers.shared.services import App

from .support import full_report, run_audit, texts


async def test_western_union_makes_the_report_high_risk_with_the_block_first(
    alice: OfflineUser,
) -> None:
    """Western Union forces high risk whatever else; the hard block leads the findings."""
    await alice.send("/vet Acme")
    events = await run_audit(alice, {"pay_method": "Western Union or MoneyGram"})
    card = texts(events)[-1]
    assert "🔴 High risk" in card
    assert "A hard block forces high risk, whatever the score." in card
    assert "⛔ Payment method: Western Union or MoneyGram; needs Trade Assurance" in card
    assert "Do not pay this supplier anything." in card
    report = await full_report(alice)
    blocks = report.index("⛔ Hard blocks")
    assert blocks < report.index("How do they want to be paid?") < report.index("Next steps")
    assert "Answer: Western Union or MoneyGram (passes: Trade Assurance)" in report
    assert "Money sent this way cannot be recalled" in report
    assert "Clear every hard block before paying anything" in report


async def test_failed_and_unknown_items_say_why_and_what_to_do(alice: OfflineUser) -> None:
    """A young supplier and an unknown answer each come with why and the next action."""
    await alice.send("/vet Acme")
    events = await run_audit(alice, {"years": "1", "cert_genuine": "Not sure"})
    card = texts(events)[-1]
    assert "⚠️ Years in business: 1 year; needs at least 3 years" in card
    assert "❔ Certificates genuine: find out (not sure)" in card
    report = await full_report(alice)
    failed = report.index("⚠️ Failed or partly met")
    unknown = report.index("❔ Unknown")
    assert failed < report.index("How many years has the supplier") < unknown
    assert "Answer: 1 year (passes: at least 3 years)" in report
    assert "What to do: Young is not fraud by itself." in report
    assert "Answer: Not sure (passes: Yes)" in report
    assert "How to find out: Look the certificate number up" in report
    assert "Find out the unknown answer (it says how), then tap ✏️ Change an answer." in report


async def test_large_orders_get_inspection_and_legal_checks(alice: OfflineUser) -> None:
    """From 10,000 USD the next steps add the inspection and the legal check."""
    await alice.send("/vet Acme")
    card = texts(await run_audit(alice, {"order_usd": "25000"}))[-1]
    assert "order 25,000 USD" in card
    report = await full_report(alice)
    assert "Planned order: 25,000 USD" in report
    assert "Orders from 5,000 USD: book a third-party pre-shipment inspection" in report
    assert "Orders from 10,000 USD: also check their legal standing" in report


async def test_vetting_again_shows_the_previous_score_and_date(alice: OfflineUser) -> None:
    """A second audit of the same supplier is a new dated one that names the first result."""
    await alice.send("/vet Acme")
    first = texts(await run_audit(alice, {"years": "1"}))[-1]
    found = re.search(r"(\w+ risk) · (\d+)/100", first)
    assert found is not None
    [question, _] = texts(await alice.send("/vet Acme"))
    assert "Question 1 of 33" in question
    assert "Low risk · 100/100" in texts(await run_audit(alice))[-1]
    report = await full_report(alice)
    assert f"Previous audit: {found[2]}/100, {found[1].lower()}, " in report


async def test_a_report_too_long_for_one_message_has_a_full_report_button(
    alice: OfflineUser, standin: BotApiStandIn
) -> None:
    """All unknown: the card names the top three, and Full report pages hold every item."""
    await alice.send("/vet Acme")
    everything_unsure = {"order_usd": "Not sure"}
    events = await run_audit(alice, everything_unsure | _unsure_for_all())
    card = [e.message for e in events if e.kind == "sent" and e.message][-1]
    assert "0 of 33 answered, 33 unknown" in card.text
    assert [b.text for b in card.flat_buttons()] == [
        "📄 Full report", "✏️ Change an answer", "📑 PDF",
    ]  # fmt: skip
    pages = texts(await alice.press("📄 Full report", card))
    assert len(pages) >= 2
    assert pages[0].startswith("📄 Full report: Acme (1/")
    joined = "\n".join(pages)
    assert joined.count("How to find out:") == 32  # every scored question, once
    assert standin.refused == []  # every page fits Telegram's limit


def _unsure_for_all() -> dict[str, str]:
    from knowledge.loader import load_knowledge
    from knowledge.vet.checklist import Checklist

    return {item.id: "Not sure" for item in load_knowledge().get(Checklist).items}


async def test_suppliers_lists_band_score_completion_and_date(
    app: App, standin: BotApiStandIn, alice: OfflineUser
) -> None:
    """/suppliers shows each supplier's latest result and what is happening now."""
    await alice.send("/vet Acme")
    await run_audit(alice)
    await alice.send("/vet Bolt")
    await run_audit(alice, {"pay_method": "Crypto (USDT, Bitcoin...)", "tone_shift": "Not sure"})
    await alice.send("/vet Crane")
    await alice.send("/vet Acme")
    [listing] = texts(await alice.send("/suppliers"))
    assert listing.startswith("Suppliers (3)")
    assert "🟢 Acme\nLow risk · 100/100 · 33 of 33 answered · vetted" in listing
    assert "being vetted now" in listing
    assert "🔴 Bolt\nHigh risk" in listing
    assert "32 of 33 answered, 1 unknown" in listing
    assert "%" not in listing
    assert "⏳ Crane\nnot vetted to the end yet" in listing


async def test_an_unfinished_audit_gives_counts_not_a_verdict(alice: OfflineUser) -> None:
    """A half-done audit's card counts what is answered so far, with no band, score or
    payment advice (issue 12); the full report says what is left."""
    await alice.send("/vet Acme")
    await alice.answer("8000")
    await alice.answer("5")
    [card] = texts(await alice.send("/report Acme"))
    assert "In progress: Alice is at question 3 of 33" in card
    assert "2 of 33 answered · so far: 1 passed, 0 failed" in card
    assert "risk" not in card.lower()
    assert "/100" not in card
    assert "No payment advice until every question that can block is answered." in card
    report = await full_report(alice)
    assert "Finish the audit (31 questions left)" in report
    assert "risk" not in report.split("Next steps")[0].lower()


async def test_a_finished_audit_is_not_provisional(alice: OfflineUser) -> None:
    """Once every question is answered the band stands on its own."""
    await alice.send("/vet Acme")
    report = texts(await run_audit(alice))[-1]
    assert "so far" not in report
    assert "Provisional" not in report


async def test_a_clean_small_order_has_no_empty_next_steps(alice: OfflineUser) -> None:
    """Under 5,000 USD with nothing failed or unknown, no 'Next steps' heading stands alone."""
    await alice.send("/vet Acme")
    report = texts(await run_audit(alice, {"order_usd": "2000"}))[-1]
    assert "Low risk · 100/100" in report
    assert "Next steps" not in report
    assert not (await full_report(alice)).rstrip().endswith("Next steps")
    assert "pre-shipment inspection" not in report
