"""Round 18 of the offered line: never a wrong line (written here, not from the data).

An Incoterm written in words or with dots keeps its rule in the line; "the price quoted is $X"
is a unit price and a count after "over" or "minimum" is a threshold, not the order; an item
number is not a thousands group; a price per dozen or per carton against a count in pieces is
divided by a stated pack size, else no line and a note.
"""

from __future__ import annotations

import pytest

from tests.knowledge.landed.support import parser


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("500 pcs at $3 each, ex works", "500 pcs @ 3 usd exw"),
        ("Ex-works unit price: 4 $ / unit, quantity 200 pieces", "200 pcs @ 4 usd exw"),
        ("1000 units, $2.50 per unit EX Factory", "1000 pcs @ 2.5 usd exw"),
        ("ex-factory price $1.20/pc for 3000 pcs", "3000 pcs @ 1.2 usd exw"),
        ("800 pieces @ $5 C.I.F", "800 pcs @ 5 usd cif"),
        ("F.O.B. price $7 each, 600 units", "600 pcs @ 7 usd fob"),
        ("$9 per piece free on board, 400 pcs", "400 pcs @ 9 usd fob"),
        ("300 sets at $11 each cost insurance and freight", "300 pcs @ 11 usd cif"),
        ("700 pcs @ $6 cost and freight", "700 pcs @ 6 usd cfr"),
        ("importação Ex Works de 2.000 unidades a 3 USD por unidade", "2000 pcs @ 3 usd exw"),
        ("Menge: 900 Stück, 2 EUR pro Stück ab Werk", "900 pcs @ 2 eur exw"),
        ("prix départ usine 4 EUR par pièce, 500 pièces", "500 pcs @ 4 eur exw"),
    ],
)
def test_an_incoterm_in_words_or_with_dots_keeps_its_rule(text: str, line: str) -> None:
    """A line without the rule would assume none and leave out or add the wrong costs."""
    assert parser().suggest(text) == line


def test_single_letters_far_apart_are_no_incoterm() -> None:
    """ "c", "i", "f" spread through a sentence spell nothing."""
    assert parser().suggest("plan c is 500 pcs at $3 each if f") == "500 pcs @ 3 usd"


@pytest.mark.parametrize(
    "text",
    [
        "The price quoted is $200 C.I.F Hai Phong for orders of over 1000 units",
        "price quoted is US$ 12, 5% off for orders above 500 pieces",
        "The price of $8 applies to orders of more than 2000 units",
        "$4 per piece on orders exceeding 3000 pcs",
    ],
)
def test_a_count_after_over_or_above_is_a_threshold_not_the_order(text: str) -> None:
    """No offer is better than a line that prices the wrong order."""
    assert parser().suggest(text) is None


def test_the_price_quoted_is_a_unit_price() -> None:
    line = parser().suggest("For 600 pcs the price quoted is $4 F.O.B.")
    assert line == "600 pcs @ 4 usd fob"


@pytest.mark.parametrize(
    "text",
    [
        "Item No. Quantity Merchandise Unit Price\n1024 756 pieces Soap $6.00 each",
        "No. 12 450 pcs at $2 each",
    ],
)
def test_an_item_number_is_not_a_thousands_group(text: str) -> None:
    line = parser().suggest(text)
    assert line is None or line.split()[0] in ("756", "450")


def test_a_true_space_grouped_thousand_still_joins() -> None:
    assert parser().suggest("200 000 unités à 1 EUR par unité") == "200000 pcs @ 1 eur"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("756 pieces of soap at $6.00 per dozen", "per dozen"),
        ("3000 pcs, USD 24 per carton", "per carton"),
        ("500 units @ $30/box", "per box"),
        ("1200 Stück, 15 EUR pro set", "per set"),
        ("900 pcs at $10 per box of 3", "per box"),
    ],
)
def test_a_price_per_pack_against_pieces_gets_a_note_and_no_line(text: str, word: str) -> None:
    offer = parser().offer(text)
    assert offer is not None
    assert offer.line is None
    assert word in str(offer.note)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("3000 pcs, USD 24 per carton of 12 pcs", "3000 pcs @ 2 usd"),
        ("600 pieces at €30 per box of 10", "600 pcs @ 3 eur"),
        ("50 cartons at $24 per carton", "50 pcs @ 24 usd"),
        ("40 dozen at $6 per dozen", "40 pcs @ 6 usd"),
    ],
)
def test_a_stated_pack_size_or_a_count_in_packs_gives_the_line(text: str, line: str) -> None:
    assert parser().suggest(text) == line
