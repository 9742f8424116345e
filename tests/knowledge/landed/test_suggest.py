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


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("le fournisseur propose 2,40 € par tasse pour 5 000 unités", "5000 pcs @ 2.4 eur"),
        ("for 300 lamps: 300x 12 USD plus the mould", "300 pcs @ 12 usd"),
        ("we are buying 8,000 bottles at $0.31 each", "8000 pcs @ 0.31 usd"),
        ("40 units at $96.00 - $2.40/unit", "40 pcs @ 2.4 usd"),
    ],
)
def test_more_ways_quotes_are_written(text: str, line: str) -> None:
    """French "par" and space-grouped thousands, "300x 12 USD", a buying verb, and a marked
    unit price beside an amount after "at"."""
    assert parser().suggest(text) == line


@pytest.mark.parametrize(
    "text",
    [
        "MOQ 500 pcs, order value not less than US$2000 per design",  # a minimum, not a price
        "freight is $85 per cbm for 400 cartons",  # per cbm is a freight rate
    ],
)
def test_minimums_and_rates_per_measure_are_not_prices(text: str) -> None:
    """A floor on the order or a rate per cbm, kg or month is not what one unit costs."""
    assert parser().suggest(text) is None
