"""The /landed one-liner parser: forms, synonyms, typos, errors, and no input crashes it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.cost_split import CostLine
from knowledge.landed.money import Money
from knowledge.landed.query import (
    ContingencyBase,
    Duty,
    FreightBasis,
    InsuranceBase,
    LandedInputError,
)
from knowledge.landed.reader.parse import EXAMPLE
from knowledge.landed.reader.words import FEES, INCOTERMS, KEYWORDS, MODES
from knowledge.landed.shipping import Mode
from tests.knowledge.landed.support import parse, parser, refused


def test_the_issue_example_reads_every_field() -> None:
    """The example from the issue fills every field in any order."""
    q = parse(
        "1000 pcs @ 10 usd fob freight 2000 ins 150 duty 15% broker 300 other 500 cont 5% "
        "to US sea"
    )
    assert (q.quantity, q.unit_price) == (1000, Money(Decimal(10), "USD"))
    assert (q.incoterm, q.destination, q.mode) == ("FOB", "US", Mode.SEA)
    assert q.freight is not None
    assert q.freight.amount == Money(Decimal(2000))
    assert q.insurance is not None
    assert q.insurance.amount == Money(Decimal(150))
    assert q.duties == (Duty(percent=Decimal(15)),)
    assert [(f.label, f.amount.amount, f.cost_line) for f in q.fees] == [
        ("Customs broker", 300, CostLine.IMPORT_CLEARANCE),
        ("Other", 500, None),
    ]
    assert q.contingency is not None
    assert (q.contingency.percent, q.contingency.base) == (5, ContingencyBase.SUBTOTAL)


def test_order_does_not_matter() -> None:
    """The same clauses shuffled give the same query."""
    a = parse("1000 pcs @ 10 usd fob to US sea duty 15% freight 2000")
    b = parse("to us sea freight 2000 duty 15% fob @ 10 usd 1000 pcs")
    assert a == b


def test_the_published_example_parses() -> None:
    """The example the reply shows is itself valid."""
    assert parse(EXAMPLE).quantity == 1000


@pytest.mark.parametrize(
    "text",
    ["1000 pcs", "1000pcs", "1000 x", "x1000", "x 1000", "qty 1,000", "1000 units", "1000"],
)
def test_quantity_forms(text: str) -> None:
    """Every way of writing the quantity reads 1,000."""
    assert parse(f"{text} @ 10").quantity == 1000


def test_a_bare_number_before_the_price_is_the_quantity_only_once() -> None:
    """'500 at 3.2 usd' reads 500 units; a second bare number before @ is still questioned."""
    query = parse("500 at 3.2 usd fob")
    assert (query.quantity, query.unit_price) == (500, Money(Decimal("3.2"), "USD"))
    with pytest.raises(LandedInputError, match="What is 100 for"):
        parse("500 pcs 100 @ 3")


def test_dot_grouped_quantity_reads_as_thousands_and_says_so() -> None:
    """'1.500 pcs' is 1,500 units (units are whole), with a note."""
    q = parse("1.500 pcs @ 2.500 usd")
    assert (q.quantity, q.unit_price.amount) == (1500, Decimal("2.5"))
    assert "read 1.500 as 1,500" in q.notes


def test_fractional_quantity_is_refused() -> None:
    """Half a unit is a typo, not an order."""
    assert "whole number" in refused("2.5 pcs @ 10").message


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("@ 10", Money(Decimal(10))),
        ("@10", Money(Decimal(10))),
        ("at 10 usd", Money(Decimal(10), "USD")),
        ("$10", Money(Decimal(10), "USD")),
        ("usd 10", Money(Decimal(10), "USD")),
        ("10 usd each", Money(Decimal(10), "USD")),
        ("@ 10 usd/pc", Money(Decimal(10), "USD")),
        ("price 4,5 eur", Money(Decimal("4.5"), "EUR")),
        ("€4.50", Money(Decimal("4.50"), "EUR")),
        ("¥70", Money(Decimal(70), "CNY")),
        ("@ 70 rmb", Money(Decimal(70), "CNY")),
        ("@ 1,250.50 jpy", Money(Decimal("1250.50"), "JPY")),
        ("＠１０ ＵＳＤ", Money(Decimal(10), "USD")),  # full-width, as some keyboards type
    ],
)
def test_price_forms(text: str, price: Money) -> None:
    """The unit price with its currency before, after, or as a symbol."""
    assert parse(f"1000 pcs {text}").unit_price == price


def test_ambiguous_symbol_is_noted() -> None:
    """'¥' could be yuan or yen: the reading is stated."""
    assert "read ¥ as CNY" in parse("1000 pcs ¥70").notes


@pytest.mark.parametrize("code", sorted(set(INCOTERMS.values())))
def test_all_eleven_incoterms(code: str) -> None:
    """Each of the 11 rules is recognised in any case."""
    assert parse(f"1000 pcs @ 10 {code.lower()}").incoterm == code
    assert parse(f"1000 pcs @ 10 {code}").incoterm == code


def test_eleven_rules_and_c_and_f_spelling() -> None:
    """There are 11 rules; 'C&F' is the old spelling of CFR."""
    assert len(set(INCOTERMS.values())) == 11
    assert parse("1000 pcs @ 10 c&f").incoterm == "CFR"


def test_named_place_after_incoterm() -> None:
    """'FOB Ningbo' keeps the port as the named place."""
    q = parse("1000 pcs @ 10 fob ningbo to us sea")
    assert (q.incoterm, q.named_place, q.destination) == ("FOB", "Ningbo", "US")


def test_retired_term_explains_its_replacement() -> None:
    """DAT is not an Incoterms 2020 rule: the error says what replaced it."""
    error = refused("1000 pcs @ 10 dat")
    assert error.word == "dat"
    assert "DPU" in error.message


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("to US", "US"),
        ("to usa", "US"),
        ("to united states", "US"),
        ("to Germany", "DE"),
        ("to deu", "DE"),
        ("to uk", "GB"),
        ("to united kingdom", "GB"),
        ("to new zealand", "NZ"),
        ("to the netherlands", "NL"),
        ("to south korea", "KR"),
        ("to germny", "DE"),
        ("dest AU", "AU"),
        ("to at", "AT"),  # Austria, though 'at' also introduces a price
    ],
)
def test_destination_by_code_or_name(text: str, code: str) -> None:
    """A country by ISO code, English name, common alias, or with a small typo."""
    assert parse(f"1000 pcs @ 10 {text} sea").destination == code


def test_unknown_destination_points_at_the_word() -> None:
    """A country that does not exist is named in the error."""
    error = refused("1000 pcs @ 10 to narnia")
    assert error.word == "narnia"
    assert "country" in error.message


def test_eu_as_destination_asks_for_the_member_state() -> None:
    """'to EU' is not enough: VAT differs by member state."""
    assert "member states" in refused("1000 pcs @ 10 to eu").message


@pytest.mark.parametrize(("word", "mode"), sorted(MODES.items()))
def test_mode_words(word: str, mode: Mode) -> None:
    """Every mode word and synonym reads as its mode."""
    assert parse(f"1000 pcs @ 10 {word}").mode is mode


@pytest.mark.parametrize(
    ("text", "amount", "basis"),
    [
        ("freight 2000", Money(Decimal(2000)), FreightBasis.TOTAL),
        ("freight 2000 cny", Money(Decimal(2000), "CNY"), FreightBasis.TOTAL),
        ("freight 4.5/kg", Money(Decimal("4.5")), FreightBasis.PER_KG),
        ("freight 4.5 usd/kg", Money(Decimal("4.5"), "USD"), FreightBasis.PER_KG),
        ("freight 4.5 per kg", Money(Decimal("4.5")), FreightBasis.PER_KG),
        ("freight 80/cbm", Money(Decimal(80)), FreightBasis.PER_M3),
        ("freight 80/m3", Money(Decimal(80)), FreightBasis.PER_M3),
        ("freight 120/t", Money(Decimal("0.12")), FreightBasis.PER_KG),
        ("shipping 2000", Money(Decimal(2000)), FreightBasis.TOTAL),
    ],
)
def test_freight_as_amount_or_rate(text: str, amount: Money, basis: FreightBasis) -> None:
    """Freight is a total or a rate per kg, per cbm, or per tonne (read per kg)."""
    freight = parse(f"1000 pcs @ 10 {text}").freight
    assert freight is not None
    assert (freight.amount, freight.basis) == (amount, basis)


@pytest.mark.parametrize(
    ("text", "kg", "m3"),
    [
        ("wt 500kg", "500", None),
        ("weight 0.5 t", "500", None),
        ("500 kg", "500", None),
        ("wt 1000 lbs", "453.59237", None),
        ("vol 2.4cbm", None, "2.4"),
        ("2.4 m3", None, "2.4"),
        ("vol 2.4 m³", None, "2.4"),
        ("ctn 50x40x30cm x 20", None, "1.2"),
        ("50x40x30 x 20", None, "1.2"),
        ("ctn 20 x 50x40x30", None, "1.2"),
        ("ctn 500*400*300mm x 20", None, "1.2"),
        ("20 ctns 50x40x30cm", None, "1.2"),
    ],
)
def test_weight_volume_and_cartons(text: str, kg: str | None, m3: str | None) -> None:
    """Weight in kg/t/lb, volume in cbm/m3, or carton size times count."""
    q = parse(f"1000 pcs @ 10 {text}")
    assert q.weight_kg == (None if kg is None else Decimal(kg))
    assert q.shipment_volume_m3 == (None if m3 is None else Decimal(m3))


def test_insurance_percent_defaults_to_cif_plus_ten() -> None:
    """A bare percentage is of 110% of CIF; 'of goods' names the goods value."""
    default = parse("1000 pcs @ 10 ins 0.3%").insurance
    goods = parse("1000 pcs @ 10 ins 0.3% of goods").insurance
    assert default is not None
    assert default.base is InsuranceBase.CIF_PLUS_10
    assert goods is not None
    assert (goods.percent, goods.base) == (
        Decimal("0.3"),
        InsuranceBase.GOODS,
    )


def test_duties_stack_and_may_exceed_one_hundred_percent() -> None:
    """Several duty clauses add components; 145% is a real 2025 rate."""
    q = parse("1000 pcs @ 10 duty 7.5% tariff 145% customs duty 25% duty 120 usd")
    assert q.duties == (
        Duty(percent=Decimal("7.5")),
        Duty(percent=Decimal(145)),
        Duty(percent=Decimal(25)),
        Duty(amount=Money(Decimal(120), "USD")),
    )


@pytest.mark.parametrize(("word", "entry"), sorted(FEES.items()))
def test_fee_words_keep_their_label_and_cost_line(
    word: str, entry: tuple[str, CostLine | None]
) -> None:
    """Every fee word is a labelled charge tied to its Incoterms cost line."""
    (fee,) = parse(f"1000 pcs @ 10 {word} 250").fees
    assert (fee.label, fee.cost_line, fee.amount) == (*entry, Money(Decimal(250)))


@pytest.mark.parametrize(
    ("typo", "field"),
    [
        ("frieght 2000", "freight"),
        ("insurence 150", "insurance"),
        ("contingncy 5%", "contingency"),
    ],
)
def test_small_typos_are_understood_and_noted(typo: str, field: str) -> None:
    """A misspelt keyword is read as the keyword, and the notes say how."""
    q = parse(f"1000 pcs @ 10 {typo}")
    assert getattr(q, field) is not None
    assert any(f"as '{field}'" in note for note in q.notes)


def test_keyword_synonyms_are_all_known() -> None:
    """Every keyword maps to something the grammar handles (no dead synonyms)."""
    for word in KEYWORDS:
        assert word == word.casefold()


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("10", Money(Decimal(10))),
        ("$4.50", Money(Decimal("4.50"), "USD")),
        ("2,000 cny", Money(Decimal(2000), "CNY")),
        ("eur 1.234,5", Money(Decimal("1234.5"), "EUR")),  # issue 14: European grouping read
        ("ten", None),
        ("10 usd please", None),
        ("-3", None),
    ],
)
def test_a_single_amount_for_guided_replies(text: str, money: Money | None) -> None:
    """A guided step's reply reads as one amount, or fails naming what is wrong."""
    if money is None:
        with pytest.raises(LandedInputError):
            parser().money(text)
    else:
        assert parser().money(text) == money


def test_fields_reads_a_fragment_without_quantity_or_price() -> None:
    """A guided step's fragment is read without the rest of the line."""
    draft = parser().fields("freight 4.5/kg wt 500kg")
    assert draft.freight is not None
    assert draft.weight_kg == 500
    assert draft.quantity is None


@pytest.mark.parametrize(
    ("line", "words", "destination"),
    [
        ("100 @ 2 fob hs toaster us air freight 300", "toaster", "US"),
        ("100 @ 2 fob hs water heater uk sea", "water heater", "GB"),
        ("100 @ 2 fob hs cotton t-shirts to US sea", "cotton t-shirts", "US"),
    ],
)
def test_hs_words_stop_at_a_country_right_before_the_mode(
    line: str, words: str, destination: str
) -> None:
    """`hs toaster us air`: "us" is where the goods go, not a word of the search."""
    query = parse(line)
    assert query.hs is not None
    assert query.hs.words == words
    assert query.destination == destination
