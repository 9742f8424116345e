"""The line offered for a pasted text the grammar refuses (written here, not from the data).

A buyer pastes a supplier's sentence; the reader offers the one-liner its clear parts make, and
offers nothing when a part is unclear (two quantities, two prices, an amount with no currency).
"""

from __future__ import annotations

import pytest

from tests.knowledge.landed.support import parser


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "Hello friend, best price USD 2.35/pc FOB Shenzhen, MOQ 1000 pcs, delivery 25 days",
            "1000 pcs @ 2.35 usd fob shenzhen",
        ),
        ("we ordered 3,000 mugs and paid $4,200 last spring", "3000 pcs total 4200 usd"),
        ("they did 50 sets for around €900", "50 pcs total 900 eur"),
        ("sample run: $120 for 10 pcs", "10 pcs total 120 usd"),
        ("Menge: 500 Stück, Preis 3,20 € netto", "500 pcs @ 3.2 eur"),
        ("cantidad 1200 und, precio unitario us$ 1.75", "1200 pcs @ 1.75 usd"),
        (
            "our offer is 0.85 usd each for 20000 pieces CIF Rotterdam",
            "20000 pcs @ 0.85 usd cif rotterdam",
        ),
    ],
)
def test_a_pasted_sentence_offers_the_line_of_its_clear_parts(text: str, line: str) -> None:
    """Quantity, per-unit price or total, the Incoterm and a known port after it."""
    assert parser().suggest(text) == line


@pytest.mark.parametrize(
    "text",
    [
        "we ordered 200 pcs and later 500 pcs at $2 each",  # two quantities
        "price is $2.10 per piece, or $1.90 per piece above 5000 pcs",  # two prices
        "I think it costs around 4 for 100 pcs",  # an amount with no currency
        "thanks for the catalogue, we will revert soon",  # nothing at all
    ],
)
def test_nothing_is_offered_when_a_part_is_unclear(text: str) -> None:
    """A guess would be a number the buyer might trust: offer nothing instead."""
    assert parser().suggest(text) is None
