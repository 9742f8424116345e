"""Inline mode (`@bot fob` in any chat), answered through the real Application."""

from __future__ import annotations

from typing import Any

import pytest

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import Event


def only_answer(events: list[Event]) -> dict[str, Any]:
    """The parameters of the one answerInlineQuery call the bot made."""
    [event] = events
    assert event.kind == "inline"
    return event.payload


def ids(answer: dict[str, Any]) -> list[str]:
    return [result["id"] for result in answer["results"]]


def sent_text(result: dict[str, Any]) -> str:
    """The HTML a chosen result would post in the chat."""
    content = result["input_message_content"]
    assert content["parse_mode"] == "HTML"
    return str(content["message_text"])


async def test_a_code_offers_its_card(alice: OfflineUser) -> None:
    """`@bot fob` offers one article: FOB's card, in HTML, the same for everyone."""
    answer = only_answer(await alice.inline("fob"))
    [result] = answer["results"]
    assert result["type"] == "article"
    assert result["title"] == "FOB · Free On Board"
    assert result["description"].startswith("The seller loads your ship")
    assert "on board the ship at the port of shipment" in sent_text(result)
    assert "<pre>" in sent_text(result)
    assert "reply_markup" not in result
    assert answer["cache_time"] == 3600
    assert answer["is_personal"] is False


async def test_a_place_and_typos_are_kept_inline(alice: OfflineUser) -> None:
    """A misspelt name with a place offers the rule headed with the place."""
    [result] = only_answer(await alice.inline("cost insurance freigth Hamburg"))["results"]
    assert result["title"] == "CIF Hamburg · Cost, Insurance and Freight"
    assert "Institute Cargo Clauses (C)" in sent_text(result)


async def test_an_empty_query_offers_the_common_rules(alice: OfflineUser) -> None:
    """Before typing anything, the rules suppliers quote most are offered, FOB first."""
    answer = only_answer(await alice.inline(""))
    assert ids(answer) == ["rule-FOB", "rule-EXW", "rule-CIF", "rule-FCA", "rule-DDP", "rule-DAP"]


async def test_nothing_found_offers_nothing_but_a_hint(alice: OfflineUser) -> None:
    """Junk gets no results and a button that opens the bot on the list of rules."""
    answer = only_answer(await alice.inline("xyzzy"))
    assert answer["results"] == []
    assert answer["button"]["start_parameter"] == "incoterm"


async def test_a_comparison_is_offered_inline(alice: OfflineUser) -> None:
    """`@bot fob vs cif` offers the side-by-side comparison."""
    [result] = only_answer(await alice.inline("fob vs cif"))["results"]
    assert result["title"] == "FOB vs CIF"
    assert "Main freight" in sent_text(result)


async def test_a_retired_term_offers_itself_and_its_successor(alice: OfflineUser) -> None:
    """`@bot DAT` offers what DAT was, then DPU's card."""
    answer = only_answer(await alice.inline("DAT"))
    assert ids(answer) == ["term-dat", "rule-DPU"]
    assert "renamed DPU" in sent_text(answer["results"][0])


async def test_us_fob_destination_is_not_offered_as_fob(alice: OfflineUser) -> None:
    """`@bot FOB destination` offers the US term and DAP, never FOB's card."""
    assert ids(only_answer(await alice.inline("FOB destination"))) == [
        "term-fob-destination",
        "rule-DAP",
    ]


async def test_a_misconception_is_offered_with_its_rules(alice: OfflineUser) -> None:
    """A question on CIF's cover offers the correction, then CIF and CIP."""
    answer = only_answer(await alice.inline("does cif insurance cover theft"))
    assert ids(answer) == ["myth-cif-cover", "rule-CIF", "rule-CIP"]


async def test_unclear_text_offers_each_guess(alice: OfflineUser) -> None:
    """ "delivered" offers every rule and term it could mean, each its own article."""
    answer = only_answer(await alice.inline("delivered"))
    assert ids(answer)[:3] == ["rule-DAP", "rule-DPU", "rule-DDP"]
    assert len(set(ids(answer))) == len(ids(answer))


@pytest.mark.parametrize("query", ["fob <b>Ningbo</b> & co", "<script>&amp;", "cif </pre>"])
async def test_hostile_inline_text_is_escaped(alice: OfflineUser, query: str) -> None:
    """Markup typed inline never reaches the HTML unescaped (the stand-in would refuse it)."""
    answer = only_answer(await alice.inline(query))
    for result in answer["results"]:
        assert "<b>Ningbo" not in sent_text(result)
        assert "<script>" not in sent_text(result)
    if query.startswith("fob"):
        assert answer["results"][0]["title"] == "FOB <b>Ningbo</b> & co · Free On Board"
