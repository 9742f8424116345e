"""`/landed hs CODE` with nothing to estimate: the US duty card, through the real Application.

Rates checked by hand in HTS 2026 Revision 4 (see tests/knowledge/landed/tariffs): 8204.20.00
socket wrenches 9%, List 3 (9903.88.03); 8516.79.00 2.7%, on List 4B only (suspended);
0201.10.05 4.4¢/kg. Cards made on 2026-12-06, when the forced-labour duty is in force.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.offline.chat_user import OfflineUser
from tests.handlers.landed.support import reply, sent


@pytest.fixture
def estimate_day() -> date:
    """December 2026: forced-labour duty in force, the schedule 285 days old."""
    return date(2026, 12, 6)


async def test_a_code_alone_answers_with_its_china_duties(alice: OfflineUser) -> None:
    """Origin China: MFN, the Section 301 list with its heading, forced labour, their sum."""
    await alice.send("/landed origin CN")
    card = reply(await alice.send("/landed hs 8204.20.00"))
    assert "HS 8204.20.00.00 · US import duty" in card.text
    assert "MFN (General): 9%" in card.text
    assert "Section 301 List 3: +25% (9903.88.03; lists of 2026-02-28" in card.text
    assert "Forced labour: +12.5% (9903.05.31, from 2026-07-24): applies unless" in card.text
    assert "9903.05.85-9903.05.92" in card.text
    assert "= 46.5% of the customs value (MFN + Section 301 + forced labour)" in card.text
    assert "HTS 2026 Revision 4, effective 2026-02-24" in card.text
    assert "285 days old" in card.text
    assert "Add a quantity and price for an estimate" in card.text
    assert "/landed 1000 pcs @ 10 usd fob hs 8204.20.00.00 from CN to US sea" in card.text
    assert card.buttons == []


async def test_the_example_line_estimates_what_the_card_says(alice: OfflineUser) -> None:
    """The card's example, sent as is, charges the same three duties on 10,000 FOB."""
    await alice.send("/landed origin CN")
    card = reply(await alice.send("/landed hs 8204.20.00"))
    example = card.text.rsplit("\n", 1)[-1]
    estimate = reply(await alice.send(example))
    assert "MFN 9%" in estimate.text
    assert "Section 301 List 3 25%" in estimate.text
    assert "Forced labour 12.5%" in estimate.text


async def test_without_an_origin_china_is_shown_as_what_it_would_add(alice: OfflineUser) -> None:
    """No origin yet: no question first, the China lines are conditional and say how to set it."""
    card = reply(await alice.send("/landed hs 8516.79"))
    assert "MFN (General): 2.7%" in card.text
    assert "If made in China, also:" in card.text
    assert "/landed origin CN" in card.text
    assert "List 4B (9903.88.16): suspended, never applied" in card.text
    assert "of the customs value" not in card.text  # no sum of duties that may not apply
    assert "from CN" not in card.text


async def test_another_origin_gets_no_china_duties(alice: OfflineUser) -> None:
    """`from VN` beats the chat's China: MFN only, with the caveats for other origins."""
    await alice.send("/landed origin CN")
    card = reply(await alice.send("/landed hs 8204.20.00 from VN"))
    assert "Made in VN" in card.text
    assert "Section 301 List 3" not in card.text
    assert "Forced labour:" not in card.text
    assert "about 60 other economies" in card.text
    assert "Special) rate may be lower" in card.text


async def test_a_dotted_code_alone_is_a_lookup_too(alice: OfflineUser) -> None:
    """`/landed 8516.79` no longer asks what the number is for."""
    card = reply(await alice.send("/landed 8516.79"))
    assert "HS 8516.79.00.00 · US import duty" in card.text
    assert "What is" not in card.text


async def test_a_short_code_lists_its_lines_and_a_pick_shows_the_card(alice: OfflineUser) -> None:
    """`hs 8516` offers its 28 lines as buttons; a press answers with that line's card."""
    await alice.send("/landed origin CN")
    question = reply(await alice.send("/landed hs 8516"))
    assert "28 tariff lines" in question.text
    labels = [b.text for b in question.flat_buttons()]
    toasters = next(label for label in labels if label.startswith("8516.72.00.00"))
    events = await alice.press(toasters)
    card = sent(events)[-1]
    assert "HS 8516.72.00.00 · US import duty" in card.text
    assert "MFN (General): 5.3%" in card.text


async def test_words_list_candidates_as_buttons(alice: OfflineUser) -> None:
    """`hs lithium ion batteries` searches the descriptions; the pick gets its card."""
    question = reply(await alice.send("/landed hs lithium ion batteries"))
    assert question.flat_buttons()[0].text.startswith("8507.60.00")
    card = sent(await alice.press(1))[-1]
    assert "MFN (General): 3.4%" in card.text


async def test_a_per_kg_rate_says_what_an_estimate_needs(alice: OfflineUser) -> None:
    """4.4¢/kg is shown as published, with the weight an estimate needs; no sum."""
    card = reply(await alice.send("/landed hs 0201.10.05 from AR"))
    assert "MFN (General): 4.4¢/kg (per kg: an estimate needs the net weight" in card.text
    assert "of the customs value" not in card.text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/landed hs 1234.56", "no such code"),
        ("/landed hs 8516.79 to DE", "looked up for the US only (DE here)"),
        ("/landed hs 8516.79 freight 2000", "How many units?"),
        ("/landed hs <b>&amp;</b>", "needs a code or words"),
    ],
)
async def test_what_is_no_lookup_gets_a_clear_answer(
    alice: OfflineUser, line: str, expected: str
) -> None:
    """An unknown code, another country, a half estimate or markup: said plainly, no crash."""
    message = reply(await alice.send(line))
    assert expected in message.text


async def test_a_chapter_99_heading_points_at_the_goods_own_line(alice: OfflineUser) -> None:
    """9903.88.03 is an additional duty, not a product: the card says so, with no example."""
    card = reply(await alice.send("/landed hs 9903.88.03"))
    assert "not a product" in card.text
    assert "Add a quantity and price" not in card.text
