"""Supplier names as buyers type them: hostile text kept exactly, long names refused, fuzzy
/report with "did you mean"."""

from __future__ import annotations

import pytest

from bot.offline.chat_user import OfflineUser
from handlers.shared.callbacks import EXPIRED

from .support import notices, run_audit, running_audit, texts

HOSTILE = [
    "<b>Acme</b> & Sons",
    'Acme "Best" Factory\'s',
    "🏭 Shenzhen Sunrise 🌅",
    "شركة النور للتجارة",
    "Robert'); DROP TABLE vet_suppliers;--",
    "&amp; &lt;not a tag&gt;",
]


@pytest.mark.parametrize("name", HOSTILE)
async def test_hostile_names_are_stored_and_shown_exactly(alice: OfflineUser, name: str) -> None:
    """Markup, quotes, emoji, right-to-left text and SQL come back exactly as typed."""
    [question, _prompt] = texts(await alice.send(f"/vet {name}"))
    assert question.startswith(name)
    assert (await running_audit(alice)).supplier_name == name
    listing = texts(await alice.send("/suppliers"))[0]
    assert name in listing
    report = texts(await alice.send(f"/report {name}"))[0]
    assert f"Supplier audit: {name}" in report


async def test_names_over_100_characters_get_a_clear_message(alice: OfflineUser) -> None:
    """A pasted paragraph is not a name: say the limit and ask again."""
    long_name = "Acme " * 30
    [said] = texts(await alice.send(f"/vet {long_name}"))
    assert "That name has 149 characters; I keep at most 100." in said
    assert "Which supplier do you want to vet?" in said
    assert "No suppliers" in texts(await alice.send("/suppliers"))[0]
    await alice.answer("Acme")
    assert (await running_audit(alice)).supplier_name == "Acme"


async def test_report_finds_a_misspelt_name(alice: OfflineUser) -> None:
    """A small typo still finds the one supplier it means."""
    await alice.send("/vet Shenzhen Sunrise Electronics")
    await run_audit(alice)
    report = texts(await alice.send("/report shenzen sunrise electronics"))[0]
    assert "Supplier audit: Shenzhen Sunrise Electronics" in report


async def test_report_offers_did_you_mean_buttons(alice: OfflineUser) -> None:
    """An uncertain name lists the candidates as buttons that open their reports."""
    for name in ("Acme Tools Ltd", "Acme Toys Ltd"):
        await alice.send(f"/vet {name}")
        await alice.answer("5000")  # an audit stopped before any answer makes no supplier
        await alice.send("/cancel")
    [ask] = texts(await alice.send("/report acme to"))
    assert "Did you mean" in ask
    offered = alice.latest_with_buttons()
    assert offered is not None
    labels = [b.text for b in offered.flat_buttons()]
    assert set(labels) == {"Acme Tools Ltd", "Acme Toys Ltd"}
    [report] = texts(await alice.press("Acme Toys Ltd"))
    assert "Supplier audit: Acme Toys Ltd" in report


async def test_report_with_no_match_says_what_to_do(alice: OfflineUser) -> None:
    """A name nothing resembles gets /suppliers and /vet as the way forward."""
    await alice.send("/vet Acme")
    [said] = texts(await alice.send("/report Zhejiang <Quartz> Works"))
    assert "No supplier like “Zhejiang <Quartz> Works” here" in said
    assert "/suppliers" in said


async def test_report_alone_offers_the_recent_suppliers(alice: OfflineUser) -> None:
    """/report with no name shows a button per recent supplier."""
    assert "No suppliers here yet" in texts(await alice.send("/report"))[0]
    await alice.send("/vet Acme")
    await alice.answer("5000")
    await alice.send("/cancel")
    [ask] = texts(await alice.send("/report"))
    assert "Which supplier" in ask
    assert "Supplier audit: Acme" in texts(await alice.press("Acme"))[0]


async def test_a_report_button_of_another_chat_is_expired(alice: OfflineUser) -> None:
    """Supplier ids are checked against this chat."""
    await alice.send("/vet Acme")
    message = alice.latest_with_buttons()
    assert message is not None
    assert notices(await alice.press_data("vet:report:999", message)) == [EXPIRED]
