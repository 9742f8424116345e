"""The line offered for a pasted quote, through the real Application (rounds 17 to 20).

A buyer pastes a supplier's sentence after /landed; the reply points at the word it stopped on
and offers the line the text's clear parts make, with a note when the line used one figure of
a range, or only a note when the goods are bulk cargo sold by the tonne.
"""

from __future__ import annotations

import pytest

from bot.offline.chat_user import OfflineUser
from tests.handlers.landed.support import reply


async def test_a_range_is_offered_at_its_lower_figure_with_a_note(alice: OfflineUser) -> None:
    message = reply(await alice.send("/landed They said $1 to $5 per unit for 10000 pcs a batch"))
    assert "<code>/landed 10000 pcs @ 1 usd</code>" in message.html
    assert "price range, 1 to 5 usd: this line uses the lower figure" in message.text
    assert "Send it with 5 usd instead" in message.text


async def test_a_spanish_quote_reads_its_dotted_thousand(alice: OfflineUser) -> None:
    message = reply(await alice.send("/landed Cantidad: 3.000 unidades, precio unitario 2 USD"))
    assert "<code>/landed 3000 pcs @ 2 usd</code>" in message.html
    assert "range" not in message.text


async def test_bulk_cargo_per_tonne_gets_a_reason_and_no_line(alice: OfflineUser) -> None:
    message = reply(
        await alice.send("/landed Quantity: 5,000 metric tons, USD 300 per metric ton FOB Santos")
    )
    assert "bulk cargo priced per tonne" in message.text
    assert "From your text I can read" not in message.text


async def test_a_price_per_dozen_against_pieces_gets_a_reason_and_no_line(
    alice: OfflineUser,
) -> None:
    """Round 18: a line would be wrong twelvefold, so the reply says what to send instead."""
    message = reply(await alice.send("/landed 756 pieces of soap at $6.00 per dozen"))
    assert "price is per dozen but the quantity is counted in pieces" in message.text
    assert "From your text I can read" not in message.text


async def test_a_discount_threshold_is_not_offered_as_the_order(alice: OfflineUser) -> None:
    """Round 18: "orders of over 1200 units" is a threshold; no line beats a wrong one."""
    message = reply(
        await alice.send(
            "/landed 15% discount for orders of over 1200 units. Price quoted is $200"
        )
    )
    assert "From your text I can read" not in message.text
    assert "1200 pcs" not in message.text


async def test_a_tiers_bounds_get_a_question_for_the_quantity(alice: OfflineUser) -> None:
    """Round 19: a price "for 1 up to 199 pieces" is no order of 199 pieces."""
    message = reply(await alice.send("/landed $0.0074 per piece for 1 up to 199 pieces"))
    assert "range of order sizes (1 to 199 units)" in message.text
    assert "the quantity you mean to buy" in message.text
    assert "From your text I can read" not in message.text


# A pasted quote -> the one line the reply offers, each case a behaviour the user sees.
OFFERED = [
    ("we paid $40 for 20 pcs with free shipping", "20 pcs total 40 usd freight 0"),
    # round 18: "Ex-works" and "C.I.F" are the rules EXW and CIF, not left out
    ("Ex-works unit price: 4 $ / unit for 200 pieces", "200 pcs @ 4 usd exw"),
    # round 19: the "2000pcs" and "1005003" of a link's address are not the order
    (
        "[USB cables](https://shop.example.com/item/2000pcs-usb/1005003.html) "
        "$0.80 each for 500 pcs",
        "500 pcs @ 0.8 usd",
    ),
    # round 19: "5 units came in at $68.22" is what all five cost, not one
    ("5 units came in at $68.22 with the new-user offer", "5 pcs total 68.22 usd"),
    # round 19: "shipping to Germany" is the line's `to DE`, so duty and VAT are counted
    ("500 pcs @ $2 each, shipping to Germany", "500 pcs @ 2 usd to DE"),
    # round 19: "~$30 for 5 boards" is five boards' total, whatever the goods are called
    ("got nice boards for ~$30 for 5 pcb-s with shipping", "5 pcs total 30 usd"),
    # round 20: a count in words is its number
    ("They quoted two hundred pcs at $3 each", "200 pcs @ 3 usd"),
]


@pytest.mark.parametrize(("pasted", "line"), OFFERED)
async def test_the_offered_line(alice: OfflineUser, pasted: str, line: str) -> None:
    message = reply(await alice.send(f"/landed {pasted}"))
    assert f"<code>/landed {line}</code>" in message.html


async def test_a_price_list_offers_its_first_row_and_names_the_others(alice: OfflineUser) -> None:
    """Round 20: one row of a list by order size, with the other rows to choose from."""
    belts = "1 Belt: $450 / 2 Belts: $400 each / 3 Belts: $355 each"
    message = reply(await alice.send(f"/landed {belts}"))
    assert "<code>/landed 1 pcs @ 450 usd</code>" in message.html
    assert "Other rows: 2 pcs: 400 USD each; 3 pcs: 355 USD each" in message.text


async def test_a_japanese_quote_takes_the_price_before_tax(alice: OfflineUser) -> None:
    """Round 20: 800円 before tax and 864円 with it: the line uses 800, the note names 864."""
    block = "【価格（税抜）】800円 【価格（税込）】864円 【数量】50枚"
    message = reply(await alice.send(f"/landed {block} 【小計】43,200円"))
    assert "<code>/landed 50 pcs @ 800 jpy</code>" in message.html
    assert "864 JPY with it" in message.text


async def test_georgia_is_asked_never_guessed(alice: OfflineUser) -> None:
    """Round 20: Georgia is a country and a US state: the reply asks which, estimates nothing."""
    message = reply(await alice.send("/landed 100 pcs @ 5 usd to Georgia"))
    assert "type to GE for the country, or to US for the state" in message.text
    assert message.text.count("US state") == 1  # asked once, not again in an offer's note
    pasted = reply(await alice.send("/landed They quoted 100 pcs at $5 each, shipping to Georgia"))
    assert "From your text I can read" not in pasted.text
    assert "to GE for the country, or to US" in pasted.text
