"""Round 19, more right offers: an amount for a count of the goods (written here, first).

"~$30 for 5 boards", "you can get 50 for 19 euros", "for 100 pens the price would be €213":
the amount is the order's total for that many of the goods, even when the goods are named by
a noun the unit list doesn't hold. A per-unit mark, a time or a measure is no such count, and a
unit price that disagrees with the total offers nothing.
"""

from __future__ import annotations

import pytest

from tests.knowledge.landed.support import parser


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("got some nice boards for ~$30 for 5 pcb-s including shipping", "5 pcs total 30 usd"),
        ("the total came to $528 for 40 panels", "40 pcs total 528 usd"),
        ("If you order today you can get 50 for 19 euros.", "50 pcs total 19 eur"),
        ("For 100 pens the price would be €213,18", "100 pcs total 213.18 eur"),
        ("The cost for 50 stickers is JPY 9000 with shipping.", "50 pcs total 9000 jpy"),
        ("we got 200 mugs for $340", "200 pcs total 340 usd"),
        ("Für 300 Tassen zahlen wir 450 €", "300 pcs total 450 eur"),
        ("1000 Flyer für 89 EUR", "1000 pcs total 89 eur"),
        ("500 bolígrafos por 120 EUR", "500 pcs total 120 eur"),
        ("1000 stylos pour 150 €", "1000 pcs total 150 eur"),
        ("Then 5 assembled boards should cost around 65 USD.", "5 pcs total 65 usd"),
        ("200 mugs cost $340 delivered", "200 pcs total 340 usd"),
        ("300 Tassen kosten 450 €", "300 pcs total 450 eur"),
        ("500 bolígrafos cuestan 120 EUR", "500 pcs total 120 eur"),
    ],
)
def test_an_amount_for_a_count_of_the_goods_is_the_total(text: str, line: str) -> None:
    assert parser().suggest(text) == line


@pytest.mark.parametrize(
    "text",
    [
        "$30 for 5 days of testing",
        "$12 for 3 colors on each cap",
        "we pay $40 for 2 kg of samples",
        "200 kg cost 7,176 US dollars",
        "3 colors cost $50 extra",
        "500 mugs cost $2 each",
        "Price for 500 pcs: $2.10",
        "prix pour 1000 stylos 0,80 €",
        "for 5 pens $2",
        "$2000 for 1 container to Hamburg",
        "$450 for 2 pallets",
        "I can sell the last 4 at cost ($20) plus postage",
        "arrived on 12 May, cost 300 EUR with VAT",
        "the price per unit for 100 pens is $2",
        "50 pens for $2 each and 100 for $1.80 each",
        "the total came to $528 for 40 panels, that is $1.65 per PCB",
    ],
)
def test_no_count_of_the_goods_or_a_disagreeing_price_offers_nothing_wrong(text: str) -> None:
    line = parser().suggest(text)
    assert line is None or line.startswith(("100 pcs @ 2 usd",))


def test_a_unit_price_that_is_the_totals_share_to_its_cent_is_offered() -> None:
    """$300.56 over 10 is 30.056: a supplier's $30.06 a unit is the same, rounded."""
    line = parser().suggest("you get 10 units for $300.56, that is $30.06 per unit")
    assert line == "10 pcs @ 30.06 usd"
