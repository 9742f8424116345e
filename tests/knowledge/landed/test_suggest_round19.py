"""Round 19 of the offered line: never a wrong line (written here, not from the data).

Addresses, links, e-mail addresses and product codes hold no figure of the quote; "5 units came
in at $68.22" is the order's total; a tier's bounds ("1 up to 199 pieces", "500+ pcs") are not
the order's quantity; a destination named in words ("shipping to Germany") goes in the line.
"""

from __future__ import annotations

import pytest

from tests.knowledge.landed.support import parser


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "[USB cables](https://shop.example.com/item/2000pcs-usb/1005003.html) $0.80 each "
            "for 500 pcs",
            "500 pcs @ 0.8 usd",
        ),
        (
            "https://www.alibaba.com/product-detail/300-pcs-LED_1600123456.html 5 usd/pc MOQ 1000",
            "1000 pcs @ 5 usd",
        ),
        ("see www.led-2000pcs.cn/p/77 : 400 pcs at $2 each", "400 pcs @ 2 usd"),
        ("Quote from sales@lcd-2000pcs.com: 400 pcs at €2.10 each", "400 pcs @ 2.1 eur"),
        ("Angebot von info@druck-500stueck.de: 300 Stück à 1,50 €", "300 pcs @ 1.5 eur"),
        ("ASIN B07XK9QW12, 250 units at $3.50 each", "250 pcs @ 3.5 usd"),
        ("SKU: 4410 - 600 units @ $1.25", "600 pcs @ 1.25 usd"),
        ("Item no. 2024 100 pcs at $9 each", "100 pcs @ 9 usd"),
        ("LCSC C2286 costs $0.05 per piece, we need 3000 pcs", "3000 pcs @ 0.05 usd"),
    ],
)
def test_addresses_and_codes_hold_no_figure(text: str, line: str) -> None:
    """The digits of a URL, a link's target, an e-mail address or a product code are no
    quantity and no price."""
    assert parser().suggest(text) == line


@pytest.mark.parametrize(
    "text",
    [
        "- [Capacitors 10 pcs](https://www.aliexpress.com/item/100pcs-3-3PF-100V/3288.html)",
        "https://example.com/100pcs-usd-5.html",
        "contact sales-500pcs@example.com for $3 each",
    ],
)
def test_a_figure_only_in_an_address_offers_nothing(text: str) -> None:
    assert parser().suggest(text) is None


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("5 units came in at $68.22 using the new-user offer.", "5 pcs total 68.22 usd"),
        ("10 pcs cost me $45 with the discount", "10 pcs total 45 usd"),
        ("The 200 pieces totalled €1,480", "200 pcs total 1480 eur"),
        ("300 units ran $920 delivered", "300 pcs total 920 usd"),
        ("50 sets came to $310", "50 pcs total 310 usd"),
        ("40 pieces set me back $96", "40 pcs total 96 usd"),
        ("500 Stück kosteten mich 1.250 €", "500 pcs total 1250 eur"),
        ("200 unidades me costaron 450 USD", "200 pcs total 450 usd"),
        ("100 pièces m'ont coûté 80 €", "100 pcs total 80 eur"),
        ("300 pezzi mi sono costati 600 EUR", "300 pcs total 600 eur"),
        ("150 peças custaram 900 BRL", "150 pcs total 900 brl"),
    ],
)
def test_units_that_came_in_at_an_amount_is_the_orders_total(text: str, line: str) -> None:
    """ "5 units came in at $68.22": the amount is for all five, so the line gives it as the
    total (the reply's Read: line shows the unit price as its share)."""
    assert parser().suggest(text) == line


@pytest.mark.parametrize(
    "text",
    [
        "500 pcs; the sample cost me $50",
        "500 pcs, tooling came to $800",
        "500 pcs, the unit price came in at $1.20 after the discount",
    ],
)
def test_a_charge_besides_the_goods_or_one_units_price_is_not_the_total(text: str) -> None:
    line = parser().suggest(text)
    assert line is None or line == "500 pcs @ 1.2 usd"


def test_came_in_at_an_amount_each_is_still_a_unit_price() -> None:
    assert parser().suggest("5 units came in at $12 each") == "5 pcs @ 12 usd"


@pytest.mark.parametrize(
    "text",
    [
        "$0.0074 per piece for 1 up to 199 pieces according to the CSV",
        "1-199 pcs: $0.50/pc",
        "qty 1-199 pcs $0.50 each",
        "200+ pcs $0.40 each",
        "$2.10/pc for 500 pcs and up",
        "$2.10/pc for 500 pcs or more",
        "ab 500 Stück 1,20 € pro Stück",
        "à partir de 1000 pièces, 0,80 € par pièce",
        "de 100 a 499 unidades: 2 USD por unidad",
        "up to 99 pcs $3 each",
        "under 100 pcs: $3 each",
    ],
)
def test_a_tiers_bounds_are_not_the_order(text: str) -> None:
    """A price for "1 up to 199 pieces" is no order of 199: no line, and the note asks for the
    quantity."""
    offer = parser().offer(text)
    assert offer is None or offer.line is None


def test_a_tier_with_no_order_quantity_asks_for_it() -> None:
    offer = parser().offer("$0.0074 per piece for 1 up to 199 pieces")
    assert offer is not None
    assert offer.line is None
    assert offer.note is not None
    assert "1 to 199" in offer.note
    assert "quantity" in offer.note


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Price $2/pc for 100-499 pcs. We need 300 pcs.", "300 pcs @ 2 usd"),
        ("500 pcs or more: $1.80 each, we order 800 pcs", "800 pcs @ 1.8 usd"),
    ],
)
def test_a_tier_price_with_the_order_quantity_elsewhere(text: str, line: str) -> None:
    assert parser().suggest(text) == line


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("500 pcs @ $2 each, shipping to Germany", "500 pcs @ 2 usd to DE"),
        ("1000 units at $3.20/unit delivered to the UK", "1000 pcs @ 3.2 usd to GB"),
        ("FOB Shenzhen $4/pc, 800 pcs, to Los Angeles", "800 pcs @ 4 usd fob shenzhen to US"),
        ("10 units shipped to me in the states, $30 each", "10 pcs @ 30 usd to US"),
        ("Versand nach Deutschland, 200 Stück à 3 €", "200 pcs @ 3 eur to DE"),
        ("envío a España: 300 unidades a 2 USD por unidad", "300 pcs @ 2 usd to ES"),
        ("livraison en France, 400 pièces à 1 € par pièce", "400 pcs @ 1 eur to FR"),
        ("spedizione in Italia, 250 pezzi a 4 EUR al pezzo", "250 pcs @ 4 eur to IT"),
        ("envio para Portugal, 100 peças a 5 EUR por peça", "100 pcs @ 5 eur to PT"),
        ("from China to Germany: 600 pcs at $1 each", "600 pcs @ 1 usd to DE"),
        ("2,50 € pro Stück bei 500 Stück, Versand nach Österreich", "500 pcs @ 2.5 eur to AT"),
        ("J'ai commandé 200 pièces pour 340 € livrées en Belgique", "200 pcs total 340 eur to BE"),
        ("Compramos 300 unidades por 450 USD con envío a México", "300 pcs total 450 usd to MX"),
        ("500 pezzi a 2 EUR al pezzo, spedizione in Svizzera", "500 pcs @ 2 eur to CH"),
        (
            "Shipping to Germany costs $80, 100 pcs at $5 each",
            "100 pcs @ 5 usd freight 80 usd to DE",
        ),
        (
            "500 pcs at $2 each, sea freight to USA about $300",
            "500 pcs @ 2 usd freight 300 usd to US",
        ),
        ("CIF Germany, 700 pcs at $2 each", "700 pcs @ 2 usd cif to DE"),
    ],
)
def test_a_destination_in_words_goes_in_the_line(text: str, line: str) -> None:
    """Without it the line would assume no destination: no duty, no import VAT."""
    assert parser().suggest(text) == line


@pytest.mark.parametrize(
    "text",
    [
        "500 pcs at $2 each, shipping 45 bucks to Germany",
        "500 pcs at $2 each, shipping 45 approx",
        "500 pcs at $2 each, shipping 45 and tax 10",
    ],
)
def test_a_freight_word_with_an_amount_it_cannot_read_still_offers_nothing(text: str) -> None:
    """Only a count with its unit after the freight word is passed over: a line that left out
    a charge would understate the cost."""
    assert parser().suggest(text) is None


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("send the 500 pcs to us, $2 each", "500 pcs @ 2 usd"),
        ("made in China, 500 pcs at $2 each", "500 pcs @ 2 usd"),
        ("a supplier of China sells 500 pcs at $2 each", "500 pcs @ 2 usd"),
        ("FOB China, 500 pcs at $2 each", "500 pcs @ 2 usd fob"),
    ],
)
def test_a_pronoun_or_where_the_goods_come_from_is_no_destination(text: str, line: str) -> None:
    assert parser().suggest(text) == line


@pytest.mark.parametrize(
    "text",
    [
        "500 pcs at $2 each, shipping to Germany or to France",
        "500 pcs at $2 each (Germany)",
        "China supplier: 500 pcs at $2 each",
    ],
)
def test_a_country_whose_part_is_unclear_offers_nothing(text: str) -> None:
    """Two destinations, or a country named with no word saying it is where the goods go or
    come from: the line could price the wrong import, so none is offered."""
    assert parser().suggest(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "qty 1-199 $0.50 each",
        "MOQ 100-500, $2 per piece",
    ],
)
def test_a_range_of_counts_after_a_label_is_a_tier_too(text: str) -> None:
    offer = parser().offer(text)
    assert offer is None or offer.line is None


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("5 pcs, it would come to 228 euro so 45,6 euro each time", "5 pcs @ 45.6 eur"),
        ("for 4 units it came to $100, that is $25 apiece", "4 pcs @ 25 usd"),
    ],
)
def test_a_total_and_its_share_offer_the_share(text: str, line: str) -> None:
    """The arithmetic says which amount is one unit's: the total over the count."""
    assert parser().suggest(text) == line


@pytest.mark.parametrize(
    "text",
    [
        "I ordered 200 pcs and was quoted $180, then the quote changed to an extra $200",
        "10 pcs came to $50 plus $12 for the stand",
    ],
)
def test_a_total_beside_an_amount_it_does_not_explain_offers_nothing(text: str) -> None:
    """Which of the two is what the order costs? The line would have to guess."""
    assert parser().suggest(text) is None


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("méxico", "MX"),
        ("mexico", "MX"),
        ("Österreich", "AT"),
        ("españa", "ES"),
        ("the states", "US"),
    ],
)
def test_the_one_liner_takes_the_names_the_quotes_use(typed: str, code: str) -> None:
    """Accents are folded and names in the quotes' languages are known, in the line too."""
    assert parser().parse(f"500 pcs @ 2 usd to {typed}").destination == code
