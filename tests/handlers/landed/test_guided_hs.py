"""The guided /landed's tariff code and origin steps through the real Application.

Rates checked by hand in HTS 2026 Revision 4: 8204.20.00 socket wrenches 9%, List 3
(9903.88.03); 8516.72.00.00 toasters 5.3%, List 4B only (suspended). Estimates made on
2026-12-06: the forced-labour duty (9903.05.31, from 2026-07-24) is in force.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn
from handlers.shared.services import App
from tests.handlers.landed.support import amount, pre_lines, reply, sent


@pytest.fixture
def estimate_day() -> date:
    """December 2026: forced-labour duty in force, FY2027 fees."""
    return date(2026, 12, 6)


async def to_the_code(user: OfflineUser) -> None:
    """1000 pcs @ 10 usd FOB to the US by sea, freight 2000: the code is asked next."""
    await user.send("/landed")
    await user.answer("1000")
    await user.answer("10 usd")
    await user.press("FOB")
    await user.press("US")
    await user.press("sea")
    [question] = sent(await user.answer("2000"))
    assert "US tariff code (HS)" in question.text
    assert question.force_reply


async def test_a_code_and_china_give_the_schedules_duties(alice: OfflineUser) -> None:
    """The origin is asked with buttons, no duty rate is asked, the line has `hs` and `from`."""
    await to_the_code(alice)
    [origin] = sent(await alice.answer("8204.20.00"))
    assert "Where are the goods made?" in origin.text
    assert [b.text for b in origin.flat_buttons()] == ["China", "Vietnam", "India", "Other…"]
    events = await alice.press("China")
    edited = next(e.message for e in events if e.kind == "edited" and e.message)
    assert "✓ China" in edited.text
    assert "Anything else?" in sent(events)[-1].text  # no duty rate: the code gave it
    estimate = reply(await alice.answer("skip"))
    lines = pre_lines(estimate)
    # 10,000 FOB: MFN 9% = 900, List 3 25% = 2,500, forced labour 12.5% = 1,250.
    assert amount(lines, "MFN 9%") == "900.00"
    assert amount(lines, "Section 301 List 3 25%") == "2,500.00"
    assert amount(lines, "Forced labour 12.5%") == "1,250.00"
    assert (
        "Next time, in one line: /landed qty 1000 @ 10 usd fob to US sea freight 2000 "
        "hs 8204.20.00 from CN" in estimate.text
    )
    assert "made in CN" in reply(await alice.send("/landed origin")).text  # kept for the chat


async def test_a_chat_that_said_where_its_goods_are_made_is_not_asked(alice: OfflineUser) -> None:
    """Origin Vietnam set before: straight on to the extras; no Section 301; `from VN` kept."""
    await alice.send("/landed origin VN")
    await to_the_code(alice)
    assert "Anything else?" in reply(await alice.answer("hs 8204.20.00")).text
    estimate = reply(await alice.answer("skip"))
    assert amount(pre_lines(estimate), "MFN 9%") == "900.00"
    assert not any(line.startswith("Section 301") for line in pre_lines(estimate))
    assert "hs 8204.20.00 from VN" in estimate.text


async def test_skip_keeps_the_typed_duty(alice: OfflineUser) -> None:
    """No code: the duty rate is asked as before, and no origin."""
    await to_the_code(alice)
    assert "Duty rate?" in reply(await alice.answer("skip")).text


async def test_a_short_code_offers_its_lines_and_a_press_takes_one(alice: OfflineUser) -> None:
    """`8516` lists its lines as buttons; toasters picked, the origin comes next."""
    await alice.send("/landed origin CN")
    await to_the_code(alice)
    lines = reply(await alice.answer("8516"))
    assert "28 tariff lines" in lines.text
    assert "Or type a longer code" in lines.text
    toasters = next(b.text for b in lines.flat_buttons() if b.text.startswith("8516.72.00.00"))
    events = await alice.press(toasters)
    edited = next(e.message for e in events if e.kind == "edited" and e.message)
    assert "✓ 8516.72.00.00" in edited.text
    estimate = reply(await alice.answer("skip"))
    assert amount(pre_lines(estimate), "MFN 5.3%") == "530.00"
    assert "hs 8516.72.00.00 from CN" in estimate.text


async def test_another_origin_is_typed_after_other(alice: OfflineUser) -> None:
    """ "Other…" asks the country with a forced reply; Thailand is stored as TH."""
    await to_the_code(alice)
    await alice.answer("8204.20.00")
    [country] = sent(await alice.press("Other…"))
    assert country.force_reply
    assert "Anything else?" in reply(await alice.answer("thailand")).text
    assert "made in TH" in reply(await alice.send("/landed origin")).text


async def test_a_wrong_code_is_explained_and_asked_again(alice: OfflineUser) -> None:
    """An unknown code gets what was wrong and the same question; nothing is lost."""
    await to_the_code(alice)
    again = reply(await alice.answer("1234.56"))
    assert "no such code" in again.text
    assert "US tariff code (HS)" in again.text
    assert "Where are the goods made?" in reply(await alice.answer("8204.20.00")).text


async def test_restart_at_the_lines_and_at_the_origin_loses_nothing(
    app: App, settings: Settings, standin: BotApiStandIn
) -> None:
    """The lines' buttons and the origin's work after a restart: everything is in the database."""
    alice = OfflineUser(app, standin, user_id=1001, first_name="Alice")
    await to_the_code(alice)
    await alice.answer("8204")
    async with running(build_application(settings, request=standin)) as second:
        alice.app = second
        await alice.press(1)  # 8204.11.00 wrenches, non-adjustable
        async with running(build_application(settings, request=standin)) as third:
            alice.app = third
            events = await alice.press("China")
            assert "Anything else?" in sent(events)[-1].text
            estimate = reply(await alice.answer("skip"))
            assert "hs 8204.11.00 from CN" in estimate.text
            assert any(line.startswith("Section 301") for line in pre_lines(estimate))
        alice.app = app


async def test_in_a_group_only_the_starter_picks_a_line(app: App, standin: BotApiStandIn) -> None:
    """Bob cannot press Alice's tariff lines; Alice can."""
    alice = OfflineUser(app, standin, user_id=11, chat_id=-300, first_name="Alice")
    bob = OfflineUser(app, standin, user_id=12, chat_id=-300, first_name="Bob")
    await alice.send("/landed origin CN")
    await to_the_code(alice)
    lines = reply(await alice.answer("8516"))
    assert "Alice" in lines.text
    [notice] = await bob.press(1, lines)
    assert notice.text == "Only Alice can answer this one."
    assert "Anything else?" in sent(await alice.press(1, lines))[-1].text
