"""The report a buyer reads: band and payment advice, hard blocks first, why and what to do,
history, and the phone-sized split with a full report."""

from __future__ import annotations

import re

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import BotApiStandIn
from handlers.shared.services import App

from .support import run_audit, texts


async def test_western_union_makes_the_report_high_risk_with_the_block_first(
    alice: OfflineUser,
) -> None:
    """Western Union forces high risk whatever else; the hard block leads the findings."""
    await alice.send("/vet Acme")
    events = await run_audit(alice, {"pay_method": "Western Union or MoneyGram"})
    report = texts(events)[-1]
    assert "🔴 High risk" in report
    assert "A hard block forces high risk, whatever the score." in report
    assert "Do not pay this supplier anything." in report
    blocks = report.index("⛔ Hard blocks")
    assert blocks < report.index("How do they want to be paid?") < report.index("Next steps")
    assert "Answer: Western Union or MoneyGram (passes: Trade Assurance)" in report
    assert "Money sent this way cannot be recalled" in report
    assert "Clear every hard block before paying anything" in report


async def test_failed_and_unknown_items_say_why_and_what_to_do(alice: OfflineUser) -> None:
    """A young supplier and an unknown answer each come with why and the next action."""
    await alice.send("/vet Acme")
    events = await run_audit(alice, {"years": "1", "cert_genuine": "Not sure"})
    report = texts(events)[-1]
    failed = report.index("⚠️ Failed or partly met")
    unknown = report.index("❔ Unknown")
    assert failed < report.index("How many years has the supplier") < unknown
    assert "Answer: 1 year (passes: at least 3 years)" in report
    assert "What to do: Young is not fraud by itself." in report
    assert "Answer: Not sure (passes: Yes)" in report
    assert "How to find out: Look the certificate number up" in report
    assert "Find out the unknown answer (it says how) and run the audit again." in report


async def test_large_orders_get_inspection_and_legal_checks(alice: OfflineUser) -> None:
    """From 10,000 USD the next steps add the inspection and the legal check."""
    await alice.send("/vet Acme")
    report = texts(await run_audit(alice, {"order_usd": "25000"}))[-1]
    assert "Planned order: 25,000 USD" in report
    assert "Orders from 5,000 USD: book a third-party pre-shipment inspection" in report
    assert "Orders from 10,000 USD: also check their legal standing" in report


async def test_vetting_again_shows_the_previous_score_and_date(alice: OfflineUser) -> None:
    """A second audit of the same supplier is a new dated one that names the first result."""
    await alice.send("/vet Acme")
    first = texts(await run_audit(alice, {"years": "1"}))[-1]
    found = re.search(r"(\w+ risk) · score (\d+)/100", first)
    assert found is not None
    [question, _] = texts(await alice.send("/vet Acme"))
    assert "Question 1 of 33" in question
    report = texts(await run_audit(alice))[-1]
    assert "Low risk · score 100/100" in report
    assert f"Previous audit: {found[2]}/100, {found[1].lower()}, " in report


async def test_a_report_too_long_for_one_message_has_a_full_report_button(
    alice: OfflineUser, standin: BotApiStandIn
) -> None:
    """All unknown: the message keeps the top items, and Full report pages hold the rest."""
    await alice.send("/vet Acme")
    everything_unsure = {"order_usd": "Not sure"}
    events = await run_audit(alice, everything_unsure | _unsure_for_all())
    report = [e.message for e in events if e.kind == "sent" and e.message][-1]
    assert "more items: tap Full report." in report.text
    assert [b.text for b in report.flat_buttons()] == ["📄 Full report"]
    pages = texts(await alice.press("📄 Full report"))
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
    assert "🟢 Acme\nLow risk · 100/100 · 100% answered · vetted" in listing
    assert "being vetted now" in listing
    assert "🔴 Bolt\nHigh risk" in listing
    assert "96% answered" in listing
    assert "⏳ Crane\nnot vetted to the end yet" in listing


async def test_an_unfinished_audit_reports_a_provisional_band(alice: OfflineUser) -> None:
    """A half-done audit's report says its band is so far, because unreached questions count
    as unknown."""
    await alice.send("/vet Acme")
    await alice.answer("8000")
    await alice.answer("5")
    [report] = texts(await alice.send("/report Acme"))
    assert "In progress: Alice is at question 3 of 33" in report
    assert re.search(r"risk so far · score \d+/100", report)
    assert "Provisional: the 31 questions not reached yet count as unknown" in report
    assert "Finish the audit (31 questions left)" in report


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
    assert "Low risk · score 100/100" in report
    assert not report.rstrip().endswith("Next steps")
    assert "pre-shipment inspection" not in report
