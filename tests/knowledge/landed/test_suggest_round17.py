"""Round 17 of the offered line: never a wrong line (written here, not from the data).

A lone "1.000" takes the reading of the line's language; a price range offers its lower figure
and says so; bulk cargo priced per tonne gets no line; the freight a text names goes in the line
(or no line is offered without it); a price label may carry the Incoterm ("Unit price FOB: 2").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.landed.reader.numbers import LineStyle, shape
from tests.knowledge.landed.support import parser


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("pedido mínimo de 2.000 unidades, 3 USD por unidad", "2000 pcs @ 3 usd"),
        ("Cantidad: 4.000 piezas a US$ 1 cada una", "4000 pcs @ 1 usd"),
        ("lote de 3.000 peças por US$ 2 cada", "3000 pcs @ 2 usd"),
        ("ordine di 5.000 pezzi, 1 euro al pezzo", "5000 pcs @ 1 eur"),
        ("Menge: 6.000 Stück, 2 EUR pro Stück", "6000 pcs @ 2 eur"),
        ("MOQ 7.000 stuks, 3 EUR per stuk", "7000 pcs @ 3 eur"),
    ],
)
def test_a_lone_dotted_thousand_follows_the_line_language(text: str, line: str) -> None:
    """Spanish, Portuguese, Italian, German and Dutch group thousands with a dot."""
    assert parser().suggest(text) == line


def test_an_english_line_keeps_the_dot_decimal() -> None:
    """In English "$1.250 each" is a dollar and a quarter."""
    assert parser().suggest("we ordered 400 pcs at $1.250 each") == "400 pcs @ 1.25 usd"


def test_the_language_decides_only_when_no_number_shows_the_mark() -> None:
    """A word decides a lone "1.500"; a "2.50" elsewhere in the line still wins, and the reply
    says why the number was read as it was."""
    lone = shape("1.500")
    assert LineStyle.of([lone], ["precio", "unidades"]).resolve(lone) == 1500
    assert LineStyle.of([lone], ["price", "units"]).resolve(lone) == Decimal("1.5")
    shown = [lone, shape("2.50")]
    assert LineStyle.of(shown, ["unidades"]).resolve(lone) == Decimal("1.5")
    assert "'unidades'" in LineStyle.of([lone], ["unidades"]).reason(None)


@pytest.mark.parametrize(
    ("text", "line", "note"),
    [
        ("$1 to $5 per unit, 10000 pcs per run", "10000 pcs @ 1 usd", "1 to 5 usd"),
        ("MOQ 3000, 2.1-2.5 USD/pc FOB", "3000 pcs @ 2.1 usd fob", "2.1 to 2.5 usd"),
        ("between $0.40 and $0.55 each for 8,000 pieces", "8000 pcs @ 0.4 usd", "0.4 to 0.55 usd"),
        ("cost from €3 to €4 per piece for 600 pcs", "600 pcs @ 3 eur", "3 to 4 eur"),
    ],
)
def test_a_price_range_offers_its_lower_figure_and_says_so(
    text: str, line: str, note: str
) -> None:
    """The supplier's best case, with the range named so the buyer can try the upper one."""
    offer = parser().offer(text)
    assert offer is not None
    assert offer.line == line
    assert offer.note is not None
    assert note in offer.note


@pytest.mark.parametrize(
    "text",
    [
        "1 to 3 lamps: $9 each; 4 or more lamps: $8 each",  # a quantity range, two prices
        "from $3 per piece, MOQ 500",  # an open floor: no price for this order
    ],
)
def test_an_open_or_quantity_range_offers_nothing(text: str) -> None:
    assert parser().suggest(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Offer: 20,000 metric tons sugar, USD 410 per metric ton CIF Jeddah",
        "qty 5,000 MT at $300/mt FOB Santos",
        "we can sell 12.000 toneladas a 250 USD por tonelada",
        "quantity 800 tonnes, price $95 a tonne",
    ],
)
def test_bulk_cargo_per_tonne_gets_no_line_but_a_reason(text: str) -> None:
    """Goods sold by the tonne are not units: no line, and the reply says why."""
    offer = parser().offer(text)
    assert offer is not None
    assert offer.line is None
    assert offer.note is not None
    assert "tonne" in offer.note


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("paid $40 for 20 pcs with free shipping", "20 pcs total 40 usd freight 0"),
        ("200 pcs at $1.10 each, shipping is about $60", "200 pcs @ 1.1 usd freight 60 usd"),
        ("300 pieces @ 2 USD each, DHL delivery around €45", "300 pcs @ 2 usd freight 45 eur"),
        ("500 unidades a 3 USD cada, flete: 90 USD", "500 pcs @ 3 usd freight 90 usd"),
    ],
)
def test_the_freight_a_text_names_goes_in_the_line(text: str, line: str) -> None:
    assert parser().suggest(text) == line


def test_a_freight_word_with_its_amount_unread_offers_nothing() -> None:
    """Leaving out a charge the text names would understate the landed cost."""
    assert parser().suggest("400 pcs at $2 each plus shipping of roughly 80") is None


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Unit price FOB: 2 USD\nQuantity: 9,000", "9000 pcs @ 2 usd fob"),
        ("Precio unitario CIF: 1,5 USD; cantidad 2.000", "2000 pcs @ 1.5 usd cif"),
    ],
)
def test_a_price_label_may_carry_the_incoterm(text: str, line: str) -> None:
    assert parser().suggest(text) == line


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("we need 2,000 units; the per-unit cost is about $1.40", "2000 pcs @ 1.4 usd"),
        ("Order of 600 pieces, unit cost just ~$0.75", "600 pcs @ 0.75 usd"),
        ("Price each: €3.10, quantity 250", "250 pcs @ 3.1 eur"),
    ],
)
def test_a_per_unit_label_before_the_amount_marks_the_price(text: str, line: str) -> None:
    """ "per-unit cost is about $1.40": the label comes first, a few small words between."""
    assert parser().suggest(text) == line


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("| 300 | PCS | 4.20 | 1260.00 |", "300 pcs @ 4.2"),
        ("Item B   120 sets   USD 7.50   USD 900.00", "120 pcs @ 7.5 usd"),
        ("FOB unit = $ 2.40 5000\nFOB total = $ 12,000.00", "5000 pcs @ 2.4 usd fob"),
    ],
)
def test_a_row_whose_price_times_quantity_is_its_amount(text: str, line: str) -> None:
    """A table row or worksheet: the quantity times one amount is another, so the first is the
    unit price and the second the total, checked by the arithmetic itself."""
    assert parser().suggest(text) == line


@pytest.mark.parametrize(
    "text",
    [
        "| 300 | PCS | 4.20 | 1300.00 |",  # 300 x 4.20 is not 1300
        "Total US$ | 18 | 230 | 4140",  # no quantity word and bare figures: which is which?
        "from the EUR list, USD on request: | 300 | PCS | 4.20 | 1260.00 |",  # which currency?
    ],
)
def test_a_row_that_does_not_add_up_offers_nothing(text: str) -> None:
    assert parser().suggest(text) is None


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("the price is $10 for orders of 1,000 pieces", "1000 pcs @ 10 usd"),
        ("un prix de 0,40 € pour 2 000 unités", "2000 pcs @ 0.4 eur"),
        ("precio de 1,20 USD, cantidad 800", "800 pcs @ 1.2 usd"),
    ],
)
def test_a_price_label_may_stand_a_few_small_words_before_its_amount(text: str, line: str) -> None:
    """ "price is $10", "prix de 0,40 €": the label still names the unit price."""
    assert parser().suggest(text) == line


def test_a_minimum_a_few_words_before_an_amount_is_still_no_price() -> None:
    assert parser().suggest("MOQ 300 pcs, minimum of $500 per order") is None
