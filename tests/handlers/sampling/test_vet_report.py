"""A /vet report whose order calls for an inspection offers the /aql plan for its quantity."""

from __future__ import annotations

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import BotApiStandIn, BotMessage, Event
from handlers.sampling.answers import BUTTON_LABEL
from handlers.shared.services import App
from tests.handlers.vet.support import run_audit


def report_of(events: list[Event]) -> BotMessage:
    sent = [e.message for e in events if e.kind == "sent" and e.message is not None]
    assert "Supplier audit" in sent[-1].text
    return sent[-1]


def labels(message: BotMessage) -> list[str]:
    return [b.text for b in message.flat_buttons()]


async def test_report_of_an_8000_usd_order_offers_the_plan(alice: OfflineUser) -> None:
    """8,000 USD: the report says to book an inspection, and its button leads to the plan."""
    await alice.send("/vet Acme")
    report = report_of(await run_audit(alice, {"order_usd": "8000"}))
    assert "order 8,000 USD" in report.text
    assert BUTTON_LABEL in labels(report)
    [question] = await alice.press(BUTTON_LABEL, report)
    assert question.message is not None
    assert "How many units will the supplier ship?" in question.message.text
    [plan] = await alice.answer("3,000 pcs")
    assert plan.message is not None
    assert "Inspection plan: lot of 3,000 units" in plan.message.text
    assert "code letter K." in plan.message.text
    assert "Check 125 units, picked at random." in plan.message.text
    assert "• Minor (AQL 4.0): accept with up to 10 defects, reject with 11 or more." in (
        plan.message.text
    )


async def test_report_of_a_small_order_offers_nothing(alice: OfflineUser) -> None:
    """2,000 USD needs no inspection: no plan button under the report."""
    await alice.send("/vet Acme")
    report = report_of(await run_audit(alice, {"order_usd": "2000"}))
    assert "pre-shipment inspection" not in report.text
    assert BUTTON_LABEL not in labels(report)


async def test_report_shown_again_with_report_keeps_the_offer(alice: OfflineUser) -> None:
    """/report NAME shows the same report with the same plan button."""
    await alice.send("/vet Acme")
    await run_audit(alice, {"order_usd": "12,000"})
    again = report_of(await alice.send("/report acme"))
    assert BUTTON_LABEL in labels(again)


async def test_report_of_an_audit_in_progress_offers_nothing_yet(alice: OfflineUser) -> None:
    """Mid-audit, /report shows the order but no plan button: the live question keeps its place."""
    await alice.send("/vet Acme")
    await alice.answer("8000")
    report = report_of(await alice.send("/report acme"))
    assert "In progress" in report.text
    assert "order 8,000 USD" in report.text
    assert BUTTON_LABEL not in labels(report)


async def test_a_teammate_may_ask_for_the_plan_in_a_group(
    app: App, standin: BotApiStandIn
) -> None:
    """Bob vetted; Carol presses the offer, is asked by name, and her reply gets the plan."""
    bob = OfflineUser(app, standin, user_id=2002, chat_id=-300, first_name="Bob")
    carol = OfflineUser(app, standin, user_id=2003, chat_id=-300, first_name="Carol")
    await bob.send("/vet Acme")
    report = report_of(await run_audit(bob, {"order_usd": "9000"}))
    [question] = await carol.press(BUTTON_LABEL, report)
    assert question.message is not None
    assert '<a href="tg://user?id=2003">Carol</a>, how many units' in question.message.html
    [plan] = await carol.send("500", reply_to=question.message.message_id)
    assert plan.message is not None
    assert "code letter H." in plan.message.text
