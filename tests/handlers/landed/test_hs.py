"""HS codes in /landed through the real Application: the origin asked once, lines to pick.

Rates checked by hand in the schedule (see tests/knowledge/landed/tariffs); estimates made on
2026-12-06.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.offline.chat_user import OfflineUser
from tests.handlers.landed.support import amount, assert_phone_sized, pre_lines, reply, sent


@pytest.fixture
def estimate_day() -> date:
    """December 2026: forced-labour duty in force, FY2027 fees."""
    return date(2026, 12, 6)


async def test_the_origin_is_asked_once_and_remembered(alice: OfflineUser) -> None:
    """No origin yet: buttons ask where the goods are made; China is kept for the next line."""
    question = reply(await alice.send("/landed 1000 pcs @ 10 usd fob hs 8204.20.00 to US sea"))
    assert "Where are these goods made?" in question.text
    assert [b.text for b in question.flat_buttons()] == ["China", "Vietnam", "India", "Other…"]
    assert question.text.endswith("/landed 1000 pcs @ 10 usd fob hs 8204.20.00 to US sea")
    events = await alice.press("China")
    estimate = sent(events)[-1]
    lines = pre_lines(estimate)
    # 10,000 FOB: MFN 9% = 900, List 3 25% = 2,500, forced labour 12.5% = 1,250.
    assert amount(lines, "MFN 9%") == "900.00"
    assert amount(lines, "Section 301 List 3 25%") == "2,500.00"
    assert_phone_sized(estimate)
    again = reply(await alice.send("/landed 100 pcs @ 10 usd fob hs 8204.20.00 to US air"))
    assert amount(pre_lines(again), "MFN 9%") == "90.00"
    assert "origin CN" in again.text


async def test_a_short_code_offers_its_lines_as_buttons(alice: OfflineUser) -> None:
    """`hs 8516` lists tariff lines, phone-short; picking one estimates with it."""
    await alice.send("/landed origin CN")
    question = reply(await alice.send("/landed 1000 pcs @ 10 usd fob hs 8516 to US sea"))
    labels = [b.text for b in question.flat_buttons()]
    assert "28 tariff lines" in question.text
    assert "HTS 2026 Revision 4, effective 2026-02-24" in question.text
    assert all(len(label) <= 40 for label in labels)
    toasters = next(label for label in labels if label.startswith("8516.72.00.00"))
    events = await alice.press(toasters)
    estimate = sent(events)[-1]
    # 8516.72.00.00 toasters: MFN 5.3% of 10,000 = 530.
    assert amount(pre_lines(estimate), "MFN 5.3%") == "530.00"
    assert "hs 8516720000" in estimate.text or "8516.72.00.00" in estimate.text


async def test_words_after_hs_search_the_schedule(alice: OfflineUser) -> None:
    """`hs lithium ion batteries` offers 8507.60.00 first."""
    await alice.send("/landed origin CN")
    question = reply(
        await alice.send("/landed 1000 pcs @ 10 usd fob hs lithium ion batteries to US sea")
    )
    assert question.flat_buttons()[0].text.startswith("8507.60.00")
    events = await alice.press(1)
    # 8507.60.00: MFN 3.4%; 2024-review increase 25% from 2026-01-01 (9903.91.06).
    lines = pre_lines(sent(events)[-1])
    assert amount(lines, "MFN 3.4%") == "340.00"


async def test_origin_command_and_a_typed_origin(alice: OfflineUser) -> None:
    """`/landed origin` shows and sets the chat's; `from VN` in a line beats it."""
    assert "No origin set" in reply(await alice.send("/landed origin")).text
    assert "made in CN" in reply(await alice.send("/landed origin china")).text
    vietnam = reply(await alice.send("/landed 1000 pcs @ 10 usd fob hs 8204.20.00 from VN us sea"))
    assert not any(line.startswith("Section 301") for line in pre_lines(vietnam))
    assert "unknown" not in reply(await alice.send("/landed origin")).text


async def test_a_specific_rate_without_weight_asks_for_it(alice: OfflineUser) -> None:
    """Beef at 4.4¢/kg: the reply asks for the net weight, with the syntax."""
    await alice.send("/landed origin VN")
    message = reply(await alice.send("/landed 1000 pcs @ 10 usd fob hs 0201.10.05 to US sea"))
    assert "add the net weight, e.g. wt 500kg" in message.text


async def test_a_forged_hs_button_has_expired(alice: OfflineUser) -> None:
    """A press with a code that is not digits changes nothing."""
    await alice.send("/landed origin CN")
    question = reply(await alice.send("/landed 1000 pcs @ 10 usd fob hs 8516 to US sea"))
    events = await alice.press_data("landed:hs:85<b>", question)
    assert any("expired" in (e.text or "") for e in events)
