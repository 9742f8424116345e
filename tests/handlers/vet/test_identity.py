"""A supplier is the company, not the string (issue 12): "Did you mean", one credit code one
supplier, a stopped audit continued by a teammate, and names that cannot be used."""

from __future__ import annotations

from bot.offline.chat_user import OfflineUser

from .support import VALID_USCC, notices, run_audit, running_audit, texts

GROUP = -100
Pair = tuple[OfflineUser, OfflineUser]


async def test_yes_that_one_vets_the_existing_supplier_and_only_the_asker_may_say(
    team: Pair,
) -> None:
    """Bea's "ningbo bright" is asked about; Alex cannot answer for her; her Yes opens a new
    dated audit of the existing supplier."""
    alex, bea = team
    await alex.send("/vet Ningbo Bright Home Co")
    await run_audit(alex)
    await bea.send("/vet ningbo bright")
    offer = bea.latest_with_buttons()
    assert offer is not None
    [refused] = notices(await alex.press("Yes, that one", offer))
    assert "Bea" in refused
    shown = texts(await bea.press("Yes, that one", offer))
    assert any("Ningbo Bright Home Co · Your order" in t for t in shown)
    record = await running_audit(bea)
    assert record.supplier_name == "Ningbo Bright Home Co"
    assert record.previous is not None


async def test_no_a_new_supplier_keeps_the_name_as_typed(team: Pair) -> None:
    """ "No, a new supplier" starts an audit under the name Bea typed."""
    alex, bea = team
    await alex.send("/vet Ningbo Bright Home Co")
    await alex.answer("5000")
    await alex.send("/cancel")
    [asked] = texts(await bea.send("/vet Ningbo Bright & Co"))
    assert "Did you mean Ningbo Bright Home Co?" in asked
    await bea.press("No, a new supplier")
    assert (await running_audit(bea)).supplier_name == "Ningbo Bright & Co"


async def test_one_credit_code_is_one_supplier(team: Pair) -> None:
    """A second name with the same unified social credit code is offered for merging; once
    merged, /suppliers lists one supplier and the other name finds it."""
    alex, bea = team
    await alex.send("/vet Acme Co")
    await run_audit(alex, {"uscc": VALID_USCC})
    await bea.send("/vet Zenith Works")
    events = await run_audit(bea, {"uscc": VALID_USCC})
    del events
    offers = [
        m
        for (chat, _), m in bea.standin.messages.items()
        if chat == GROUP and "same unified social credit code" in m.text
    ]
    assert len(offers) == 1
    assert "Zenith Works has the same unified social credit code" in offers[0].text
    [merged] = [e.message for e in await alex.press("Merge into Acme Co", offers[0]) if e.message]
    assert "Filed as one supplier: the audits of Zenith Works are now under Acme Co" in merged.text
    listing = texts(await bea.send("/suppliers"))[0]
    assert listing.startswith("Suppliers (1)")
    assert "Zenith" not in listing
    [card] = texts(await bea.send("/report Zenith Works"))[:1]
    assert "Supplier audit: Acme Co" in card


async def test_a_teammate_continues_a_stopped_audit(team: Pair) -> None:
    """Alex stopped after two answers; Bea continues where he stopped, every answer kept,
    and the report names both."""
    alex, bea = team
    await alex.send("/vet Acme")
    await alex.answer("5000")
    await alex.answer("5")
    await alex.send("/cancel")
    [offer] = texts(await bea.send("/vet acme"))
    assert "stopped" in offer
    assert "by Alex (2 of 33 answered)" in offer
    shown = texts(await bea.press("▶ Continue where you stopped"))
    assert any("Question 3 of 33" in t for t in shown)
    record = await running_audit(bea)
    assert record.answers == {"order_usd": "5000", "years": "5"}
    assert (
        "In progress: Bea (took over from Alex) is at question 3 of 33"
        in texts(await alex.send("/report acme"))[0]
    )


async def test_a_name_of_1000_characters_gets_a_clear_answer(team: Pair) -> None:
    """Too long for a name: the reply says how long and what to send; nothing is stored."""
    alex, _ = team
    [said] = texts(await alex.send("/vet " + "Acme " * 200))
    assert "That name has 999 characters; I keep at most 100." in said
    assert "No suppliers" in texts(await alex.send("/suppliers"))[0]
