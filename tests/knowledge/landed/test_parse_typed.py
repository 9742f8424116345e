"""Lines typed by buyers that the parser's first tests did not design (found trying the bot).

Each came from typing real-looking lines into the console after issue 14: "x" before a price,
a country named after an arrival rule, a port's shorthand that is also a country code, fee
words after a fee word, a rate per kilogram with no keyword.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.landed.money import Money
from knowledge.landed.query import LandedInputError
from tests.knowledge.landed.support import estimate, parse


@pytest.mark.parametrize(
    ("line", "incoterm", "destination"),
    [("250 sets 12.5 usd ddp us", "DDP", "US"), ("250 pcs @ 3 usd cif germany", "CIF", "DE")],
)
def test_a_country_named_after_an_arrival_rule_is_the_destination(
    line: str, incoterm: str, destination: str
) -> None:
    """Under C and D rules the named place is at arrival: 'ddp us' means to the US."""
    q = parse(line)
    assert (q.incoterm, q.destination, q.named_place) == (incoterm, destination, None)


@pytest.mark.parametrize(
    "line", ["ddp us 1000 pcs @ 2.5 usd to us", "1000 pcs @ 2.5 usd to us ddp united states"]
)
def test_the_same_country_after_the_rule_and_after_to_is_one_destination(line: str) -> None:
    """'ddp us ... to us' says the destination twice in agreement: read once, no error."""
    q = parse(line)
    assert (q.incoterm, q.destination) == ("DDP", "US")


def test_two_different_countries_after_the_rule_and_after_to_are_refused() -> None:
    """'ddp us ... to de' names two destinations: the reply asks to keep one."""
    with pytest.raises(LandedInputError, match="keep one"):
        parse("ddp us 1000 pcs @ 2.5 usd to de")


def test_a_country_after_fob_stays_a_place() -> None:
    """Under FOB the named place is the port of shipment, never the destination."""
    assert parse("1000 pcs @ 10 fob vietnam").destination is None


def test_a_port_shorthand_after_an_arrival_rule_is_that_port() -> None:
    """'CIF LA' is Los Angeles to a buyer, though LA is also Laos's code: the port is the
    named place and, under a C or D rule, its country the destination."""
    q = parse("qty 600, unit price 14.2 USD, CIF LA, duty 3.9%")
    assert (q.named_place, q.destination) == ("Los Angeles", "US")
    assert "cif la = Los Angeles, to US" in q.decisions


@pytest.mark.parametrize(
    ("line", "place", "destination"),
    [
        ("1000 pcs @ 2 usd cif rotterdam", "Rotterdam", "NL"),
        ("1000 pcs @ 2 usd cfr hamburg freight 800", "Hamburg", "DE"),
        ("1000 pcs @ 2 usd cif la spezia", "La Spezia", "IT"),
        ("1000 pcs @ 2 usd dap nyc air", "New York", "US"),
        ("1000 pcs @ 2 usd cif felixstowe sea", "Felixstowe", "GB"),
        ("1000 pcs @ 2 usd cif rotterdam to de", "Rotterdam", "DE"),  # a "to" clause wins
        ("1000 pcs @ 2 usd ddp la to us", "Los Angeles", "US"),  # the same country: no clash
        ("1000 pcs @ 2 usd fob hk", "Hong Kong", None),  # E and F rules: only the name
        ("1000 pcs @ 2 usd fob ningbo to de sea", "Ningbo", "DE"),
        ("1000 pcs @ 2 usd cif lagos", "Lagos", None),  # not listed: kept as typed
    ],
)
def test_a_known_port_names_the_place_and_under_c_and_d_rules_the_country(
    line: str, place: str, destination: str | None
) -> None:
    """A port buyers name after a rule is shown by its name; under CIF, CFR, CPT, CIP, DAP,
    DPU and DDP it is at arrival, so its country is the destination unless a `to` says
    otherwise; under EXW, FCA, FAS and FOB it is at origin and sets no destination."""
    q = parse(line)
    assert (q.named_place, q.destination) == (place, destination)


@pytest.mark.parametrize(
    ("line", "destination", "reading"),
    [
        ("1.000 pcs @ 2,50 eur fob shanghai to hamburg sea", "DE", "to hamburg = Hamburg, DE"),
        ("2k units at $1.8 cif to LA", "US", "to la = Los Angeles, US"),
        ("10000 pcs @ 15 cny fob to sydney", "AU", "to sydney = Sydney, AU"),
        ("100 pcs @ 5 usd to los angeles air", "US", "to los angeles = Los Angeles, US"),
        ("100 pcs @ 5 usd fob ningbo to new york sea", "US", "to new york = New York, US"),
        ("100 pcs @ 5 usd to laos", "LA", None),  # the country's name is the country
        ("100 pcs @ 5 usd to singapore", "SG", None),
        ("100 pcs @ 5 usd to hk", "HK", None),  # a code that is also the port's country
    ],
)
def test_a_port_after_to_names_its_country(
    line: str, destination: str, reading: str | None
) -> None:
    """Buyers type where the goods go: 'to hamburg', 'to LA'. A known port or gateway city
    after `to` names its country, and the reading says how it was read; a country's own name
    wins, and LA (also Laos's code) is Los Angeles, as it is after a rule."""
    q = parse(line)
    assert q.destination == destination
    read_as_port = [d for d in q.decisions if d.startswith("to ")]
    assert read_as_port == ([reading] if reading else [])


def test_a_city_that_is_not_a_known_port_after_to_is_refused_with_the_expected_form() -> None:
    """A city missing from the list is not guessed at: the reply asks for the country's code
    or name (well-known inland cities such as Toronto are listed, see test_order_total.py)."""
    with pytest.raises(LandedInputError, match="use its code"):
        parse("100 pcs @ 5 usd to springfield")


@pytest.mark.parametrize(
    "line",
    [
        "50 ctns x 24 pcs @ 3.2 usd exw to ca",
        "50 cartons 24pcs each 3.2usd exw ningbo to ca",
        "50 ctns of 24 pcs @ 3.2 usd to ca",
        "50 ctns, 24 pcs/ctn, @ 3.2 usd to ca",
        "50 ctns 24 pcs per carton @ 3.2 usd to ca",
    ],
)
def test_units_per_carton_after_the_carton_count_make_the_quantity(line: str) -> None:
    """Packing lists say '50 ctns x 24 pcs': 1,200 units, and the reading says so."""
    q = parse(line)
    assert q.quantity == 1200
    assert "50 cartons × 24 = 1,200 pcs" in q.decisions


def test_a_weight_each_after_units_per_carton_is_per_carton() -> None:
    """'50 ctns of 24 pcs 12kg each': 12 kg per carton, 600 kg in all."""
    q = parse("50 ctns of 24 pcs @ 3.2 usd 12kg each to us air 6/kg")
    assert (q.quantity, q.weight_kg) == (1200, 600)


def test_a_quantity_and_units_per_carton_together_are_refused() -> None:
    """'qty 1000 ... 50 ctns x 24 pcs' says the quantity twice, two ways."""
    with pytest.raises(LandedInputError, match="not both"):
        parse("50 ctns x 24 pcs @ 3.2 usd qty 1000")


@pytest.mark.parametrize(
    "line",
    [
        "1200pcs, unit price usd 3,20, FOB Ningbo, sea freight usd 1,150, duty 6.5%, to USA",
        "qty 1200 unit cost 3.20 usd incoterm fob destination us",
        "qty 1200, price 3.2 usd, incoterms: FOB, to US",
    ],
)
def test_a_forms_labels_are_read_as_labels(line: str) -> None:
    """Lines copied from a quote form: 'unit price' is the price, not a count of units;
    'incoterm' before the rule adds nothing."""
    q = parse(line)
    assert (q.quantity, q.unit_price.amount, q.incoterm, q.destination) == (
        1200,
        Decimal("3.20"),
        "FOB",
        "US",
    )


def test_fee_words_after_a_fee_word_name_one_charge() -> None:
    """'customs broker 150', 'port charges 80', 'inspection fee 300' are one charge each."""
    q = parse("600 pcs @ 14.2 usd customs broker 150 port charges 80 inspection fees 300")
    assert [(fee.label, fee.amount.amount) for fee in q.fees] == [
        ("Customs broker", Decimal(150)),
        ("Port/terminal", Decimal(80)),
        ("Inspection", Decimal(300)),
    ]


def test_a_rate_per_kg_without_a_keyword_is_freight() -> None:
    """'air 320 kg 6.8/kg': only freight is priced per kilogram."""
    q = parse("1200 pcs 3.5 usd exw yiwu air 320 kg 6.8/kg to france duty 12%")
    assert q.freight is not None
    assert q.freight.amount.amount == Decimal("6.8")


def test_x_after_the_quantity_is_the_price() -> None:
    """'3000pcs x 1.85usd' (typed by a buyer) is 3,000 units at 1.85, not a second quantity."""
    q = parse("3000pcs x 1.85usd exw, freight usd 980, to uk")
    assert (q.quantity, q.unit_price) == (3000, Money(Decimal("1.85"), "USD"))
    assert parse("x 500 @ 2 usd").quantity == 500


def test_an_amount_before_its_charge_word_is_that_charge() -> None:
    """'+ 650 freight' and '120 insurance 900 freight': amount first, then the word."""
    q = parse("800pcs usd3.5 exw + 650 freight")
    assert q.freight is not None
    assert q.freight.amount.amount == Decimal(650)
    q = parse("500 pcs @ 2 usd fob 120 insurance 900 freight")
    assert q.freight is not None
    assert q.freight.amount.amount == Decimal(900)
    assert q.insurance is not None
    assert q.insurance.amount is not None
    assert q.insurance.amount.amount == Decimal(120)


def test_a_rate_after_customs_is_the_duty() -> None:
    """'customs 10%' is the duty rate; 'customs 150' stays the broker's fee."""
    q = parse("qty 3000 price 1.2 usd fob shanghai shipping 900 customs 10% to uk")
    assert [d.percent for d in q.duties] == [Decimal(10)]
    assert not q.fees
    q = parse("100 pcs @ 50 usd customs 150")
    assert [(fee.label, fee.amount.amount) for fee in q.fees] == [("Customs broker", 150)]
    assert not q.duties


def test_a_couriers_quote_is_the_freight() -> None:
    """'express ... dhl 420': the same mode twice is no clash, and the courier's amount is the
    freight; 'ups 2 ctns' is a count of cartons, not a quote."""
    q = parse("100 pcs @ 50 usd express to us 30kg dhl 420")
    assert q.mode is not None
    assert q.mode.value == "express"
    assert q.freight is not None
    assert q.freight.amount.amount == Decimal(420)
    assert "dhl 420 = freight" in q.decisions
    q = parse("500 pcs @ 2 usd ups 2 ctns 12kg")
    assert q.freight is None
    assert q.weight_kg == Decimal(24)


@pytest.mark.parametrize(
    ("line", "price"),
    [
        ("500 units x $3.20 cif to uk", Money(Decimal("3.20"), "USD")),
        ("500 pcs × $3.20 fob to us", Money(Decimal("3.20"), "USD")),
        ("500pcs x usd 3.2 fob to us", Money(Decimal("3.2"), "USD")),
        ("500 pcs x €2,50 fob to de", Money(Decimal("2.50"), "EUR")),
    ],
)
def test_x_before_a_currency_then_a_number_is_the_price(line: str, price: Money) -> None:
    """'500 units x $3.20' (typed trying the bot in round 12) is 500 at 3.20, as 'x 3.20 usd'
    already was: the currency may come first."""
    q = parse(line)
    assert (q.quantity, q.unit_price) == (500, price)


def test_a_quote_pasted_whole_reads_moq_and_a_rate_per_container() -> None:
    """A supplier's quote line: the MOQ is the quantity, "/20GP" a freight per container, and
    with no count given one container is assumed, and the reading says so."""
    q = parse("FOB Ningbo USD 3.45/pc, MOQ 2000pcs, to Rotterdam by sea, freight USD 1,850/20GP")
    assert (q.quantity, q.unit_price) == (Decimal(2000), Money(Decimal("3.45"), "USD"))
    assert q.containers is not None
    assert (q.containers.count, q.containers.kind) == (Decimal(1), "20GP")
    assert q.freight is not None
    assert q.freight.amount == Money(Decimal(1850), "USD")
    assert "freight per 20GP: 1 × 20GP assumed" in q.decisions


def test_a_rate_per_container_after_the_containers_counts_each() -> None:
    """ "2 x 40hq freight 3200/40hq" is 3,200 for each of the two."""
    est = estimate("2000 pcs @ 3 usd fob 2 x 40hq freight 3200/40hq to US")
    freight = next(line for line in est.lines if line.label == "Freight")
    assert freight.amount == Decimal(6400)


def test_a_french_a_marks_the_price() -> None:
    """ "1,5k pcs à 2,10€": the French (and Italian) "à" is "@"."""
    q = parse("1,5k pcs à 2,10€ cif le havre")
    assert (q.quantity, q.unit_price) == (Decimal(1500), Money(Decimal("2.10"), "EUR"))
