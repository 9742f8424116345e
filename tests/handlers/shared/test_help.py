"""/help and /start read well on a phone: commands grouped by task, the core features first."""

from __future__ import annotations

from bot.offline.chat_user import OfflineUser
from tests.handlers.shared.test_start import texts


async def test_help_groups_commands_under_task_headings(alice: OfflineUser) -> None:
    """Each task heading comes before its commands, in the order a buyer needs them."""
    [reply] = texts(await alice.send("/help"))
    lines = reply.splitlines()
    order = [
        "Suppliers", "/vet", "/report", "/suppliers",
        "Supplier messages", "/scam",
        "Costs", "/landed", "/fx", "/currency",
        "Terms and inspections", "/incoterm", "/aql",
        "Anytime", "/cancel", "/help", "/start",
    ]  # fmt: skip
    found = [next(i for i, line in enumerate(lines) if line.startswith(word)) for word in order]
    assert found == sorted(found)


async def test_help_says_a_forward_is_checked_and_groups_need_replies(
    alice: OfflineUser,
) -> None:
    """The two things no command shows: forwarding a message, and replying in a group."""
    [reply] = texts(await alice.send("/help"))
    assert "Forward me a supplier's message" in reply
    assert "In a group, reply to my questions" in reply


async def test_help_lines_are_short(alice: OfflineUser) -> None:
    """No description line wraps more than once on a phone (about 50 characters)."""
    [reply] = texts(await alice.send("/help"))
    descriptions = [line for line in reply.splitlines() if line.startswith("/")]
    assert max(len(line) for line in descriptions) <= 50


async def test_start_offers_the_core_features_first(alice: OfflineUser) -> None:
    """/start's buttons: vetting, the scam check, costs, terms and inspections, the guide."""
    events = await alice.send("/start")
    [message] = [e.message for e in events if e.message is not None]
    labels = [button.text for button in message.flat_buttons()]
    assert labels == [
        "🛡️ Vet a supplier",
        "🚩 Scam check",
        "💰 Landed cost",
        "📦 Incoterms",
        "🔍 Inspection plan",
        "📖 Sourcing guide",
    ]
    assert "forward" in message.text.lower()
