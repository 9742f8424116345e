"""The landed-cost calculator: the guide's example, Incoterms, duty bases and US fees."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.landed.estimate import estimate_landed_cost
from knowledge.landed.query import LandedInputError
from knowledge.landed.result import LineKind, NoteKind
from tests.knowledge.landed.support import (
    estimate,
    expected_split,
    labels,
    notes,
    only,
    parser,
    rules,
    shown,
)

GUIDE = "1000 pcs @ 10 usd fob freight 2000 ins 150 duty 15% broker 300 other 500"


def test_guide_example_reproduces_with_contingency_as_an_amount() -> None:
    """The guide's worked example gives 15,150.00 and 15.15 per unit when 700 is typed."""
    result = estimate(f"{GUIDE} cont 700")
    assert [shown(line.amount) for line in result.lines] == [
        "10,000.00",
        "2,000.00",
        "150.00",
        "1,500.00",
        "300.00",
        "500.00",
    ]
    assert shown(result.subtotal) == "14,450.00"
    assert result.contingency is not None
    assert result.contingency.amount == 700
    assert shown(result.total) == "15,150.00"
    assert shown(result.per_unit) == "15.15"


def test_guide_example_with_five_percent_contingency_names_the_subtotal() -> None:
    """5% of the 14,450.00 subtotal is 722.50, not the guide's 700."""
    result = estimate(f"{GUIDE} cont 5%")
    cont = result.contingency
    assert cont is not None
    assert (cont.percent, cont.base, cont.base_label) == (5, Decimal(14450), "subtotal")
    assert cont.amount == Decimal("722.50")
    assert shown(result.total) == "15,172.50"
    assert result.per_unit == Decimal("15.1725")


def test_no_destination_puts_duty_on_goods_and_says_so() -> None:
    """Without a country, duty is on the goods value and a note says so."""
    result = estimate(GUIDE)
    duty = only(result, LineKind.DUTY)
    assert (duty.base, duty.base_label) == (Decimal(10000), "goods")
    assert "No destination: duty is on the goods value." in notes(result)


def test_cif_basis_country_charges_duty_on_goods_freight_and_insurance() -> None:
    """Germany values goods CIF: under FOB the freight and insurance join the duty base."""
    result = estimate(f"{GUIDE} to DE sea")
    duty = only(result, LineKind.DUTY)
    assert (duty.base, duty.base_label) == (Decimal(12150), "CIF value")
    assert duty.amount == Decimal("1822.50")
    assert result.customs_value == Decimal(12150)


def test_fob_basis_country_leaves_freight_out_of_the_duty_base() -> None:
    """The US values goods FOB: duty stays on the 10,000 goods value."""
    duty = only(estimate(f"{GUIDE} to US sea"), LineKind.DUTY)
    assert (duty.base, duty.base_label, duty.amount) == (10000, "FOB value", 1500)


def test_exw_origin_charges_join_the_customs_value() -> None:
    """Origin charges paid by the buyer are part of the FOB and CIF values."""
    result = estimate("1000 pcs @ 10 usd exw origin 300 freight 2000 duty 10% to DE sea")
    duty = only(result, LineKind.DUTY)
    assert duty.base == Decimal(12300)
    assert labels(result)[:3] == ["Goods", "Origin charges", "Freight"]


def test_us_sea_adds_mpf_and_hmf_on_the_customs_value() -> None:
    """At sea the US adds MPF 0.3464% and HMF 0.125% of the 10,000 goods value."""
    result = estimate(f"{GUIDE} to US sea")
    fees = {line.label: line for line in result.lines_of(LineKind.ENTRY_FEE)}
    assert fees["MPF"].amount == Decimal("34.64")
    assert fees["HMF"].amount == Decimal("12.50")
    assert (fees["MPF"].percent, fees["MPF"].base) == (Decimal("0.3464"), 10000)
    assert "as of 2025-10-01" in notes(result)


def test_us_air_has_mpf_but_no_hmf() -> None:
    """The Harbor Maintenance Fee is for ocean shipments only."""
    result = estimate(f"{GUIDE} to US air")
    assert [line.label for line in result.lines_of(LineKind.ENTRY_FEE)] == ["MPF"]


def test_us_without_mode_reminds_that_hmf_was_left_out() -> None:
    """With no mode the HMF cannot be decided, and the notes say so."""
    result = estimate(f"{GUIDE} to US")
    assert [line.label for line in result.lines_of(LineKind.ENTRY_FEE)] == ["MPF"]
    assert "HMF (sea only) not added: no mode given." in notes(result)


@pytest.mark.parametrize(
    ("price", "label", "amount"),
    [
        ("5", "MPF (minimum)", "33.58"),  # 0.3464% of 5,000 is 17.32
        ("500", "MPF (maximum)", "651.50"),  # 0.3464% of 500,000 is 1,732.00
        ("2.5", "MPF (informal entry)", "2.69"),  # 2,500: at the informal limit
        ("2.51", "MPF (minimum)", "33.58"),  # 2,510: a formal entry
        ("50", "MPF", "173.20"),
    ],
)
def test_mpf_keeps_to_fiscal_2026_limits(price: str, label: str, amount: str) -> None:
    """MPF is 0.3464% within 33.58 and 651.50 USD, and a flat fee for informal entries."""
    result = estimate(f"1000 pcs @ {price} usd fob duty 0% to US air")
    (mpf,) = result.lines_of(LineKind.ENTRY_FEE)
    assert (mpf.label, mpf.amount) == (label, Decimal(amount))


def test_ddp_adds_no_duty_or_tax_and_warns_about_typed_ones() -> None:
    """Under DDP the seller pays duty, VAT and clearance: typed amounts are not added."""
    result = estimate("1000 pcs @ 10 usd ddp duty 15% broker 200 to GB sea")
    assert labels(result) == ["Goods"]
    assert result.import_tax is None
    assert result.total == 10000
    warnings = [n.text for n in result.notes if n.kind is NoteKind.WARNING]
    assert any("Duty not added: under DDP" in text for text in warnings)
    assert any("Customs broker 200.00 not added" in text for text in warnings)


def test_cif_freight_and_insurance_typed_anyway_are_not_counted_twice() -> None:
    """Under CIF the price already pays freight and insurance: a warning, no line."""
    result = estimate("1000 pcs @ 10 usd cif freight 2000 ins 150 duty 15% to DE sea")
    assert labels(result) == ["Goods", "Duty"]
    text = notes(result)
    assert "Freight 2,000.00 not added: under CIF the seller pays main freight" in text
    assert "Insurance 150.00 not added: under CIF" in text
    assert only(result, LineKind.DUTY).base == 10000  # the CIF price is the CIF value


def test_cif_price_into_fob_country_takes_typed_freight_out_of_duty_base() -> None:
    """Into the US, a CIF price minus the typed freight and insurance is the duty base."""
    result = estimate("1000 pcs @ 10 usd cif freight 2000 ins 150 duty 10% to US sea")
    assert only(result, LineKind.DUTY).base == Decimal(7850)


def test_cif_price_into_fob_country_without_freight_warns_about_the_base() -> None:
    """Without the freight figure the base cannot be cleaned, and the notes say so."""
    result = estimate("1000 pcs @ 10 usd cif duty 10% to US sea")
    assert only(result, LineKind.DUTY).base == 10000
    assert "give the freight to take it out of the base" in notes(result)


def test_cfr_buyer_still_pays_insurance() -> None:
    """Under CFR freight is in the price but insurance is the buyer's."""
    result = estimate("1000 pcs @ 10 usd cfr freight 2000 ins 150")
    assert labels(result) == ["Goods", "Insurance"]


def test_fob_origin_charges_are_the_sellers() -> None:
    """Origin charges typed under FOB are the seller's and are not added."""
    result = estimate("1000 pcs @ 10 usd fob origin 300 freight 2000")
    assert "Origin charges" not in labels(result)
    assert "Origin charges 300.00 not added: under FOB" in notes(result)


def test_exw_reminds_to_add_origin_costs() -> None:
    """Under EXW the buyer is reminded of origin charges, export clearance and loading."""
    text = notes(estimate("1000 pcs @ 10 usd exw freight 2000"))
    assert "Under EXW you also pay origin charges, export clearance, loading" in text


def test_fob_without_freight_reminds_the_buyer_pays_it() -> None:
    """Under FOB the main freight is the buyer's: its absence is pointed out."""
    assert "No freight given: under FOB" in notes(estimate("1000 pcs @ 10 usd fob"))


def test_without_incoterm_every_typed_cost_counts() -> None:
    """No Incoterm: nothing is left out, and the notes say every cost was counted."""
    result = estimate("1000 pcs @ 10 usd freight 2000 broker 300")
    assert labels(result) == ["Goods", "Freight", "Customs broker"]
    assert "No Incoterm" in notes(result)


def test_country_without_rules_assumes_cif_basis_and_says_so() -> None:
    """A country not in the data gets the usual CIF basis and no import tax, with a note."""
    result = estimate("1000 pcs @ 10 usd fob freight 2000 duty 10% to brazil sea")
    assert only(result, LineKind.DUTY).base == 12000
    assert result.import_tax is None
    assert "Brazil: duty assumed on the CIF value" in notes(result)


def test_insurance_percent_defaults_to_110_percent_of_cost_plus_freight() -> None:
    """0.5% insurance covers 110% of goods plus freight, as cargo insurers do."""
    ins = only(estimate("1000 pcs @ 10 usd fob freight 2000 ins 0.5%"), LineKind.INSURANCE)
    assert (ins.base, ins.base_label, ins.amount) == (Decimal(13200), "110% of cost + freight", 66)


def test_insurance_percent_of_goods_when_named() -> None:
    """`ins 0.5% of goods` applies to the goods value only."""
    ins = only(estimate("1000 pcs @ 10 usd fob ins 0.5% of goods"), LineKind.INSURANCE)
    assert (ins.base, ins.base_label, ins.amount) == (10000, "goods", 50)


def test_contingency_of_goods_when_named() -> None:
    """`cont 5% of goods` is 5% of the goods value, not of the subtotal."""
    cont = estimate(f"{GUIDE} cont 5% of goods").contingency
    assert cont is not None
    assert (cont.base_label, cont.amount) == ("goods", 500)


def test_stacked_duties_each_name_their_base() -> None:
    """Two duty components both apply to the customs value and add up."""
    result = estimate("1000 pcs @ 10 usd fob duty 7.5% duty 25% to US air")
    duties = result.lines_of(LineKind.DUTY)
    assert [(d.percent, d.base, d.amount) for d in duties] == [
        (Decimal("7.5"), 10000, 750),
        (25, 10000, 2500),
    ]


def test_duty_as_an_amount_is_added_as_typed() -> None:
    """A duty amount is added as it is."""
    assert only(estimate("1000 pcs @ 10 usd duty 1234"), LineKind.DUTY).amount == 1234


def test_air_freight_per_kg_bills_the_volumetric_weight() -> None:
    """2.4 m3 by air is 400 kg, above the 300 kg actual: 400 × 4.5 = 1,800."""
    result = estimate("1000 pcs @ 10 usd fob freight 4.5/kg vol 2.4cbm wt 300kg air")
    freight = only(result, LineKind.FREIGHT)
    assert (freight.units, freight.unit_label, freight.amount) == (400, "kg", 1800)
    assert result.chargeable is not None
    assert result.chargeable.by_volume


def test_sea_freight_per_cbm_bills_weight_or_measure() -> None:
    """At sea 3,000 kg beats 2.4 m3: 3 W/M at 80 is 240."""
    freight = only(
        estimate("1000 pcs @ 10 usd fob freight 80/cbm vol 2.4cbm wt 3000kg sea"),
        LineKind.FREIGHT,
    )
    assert (freight.units, freight.unit_label, freight.amount) == (3, "cbm", 240)


def test_a_rate_with_only_weight_or_only_volume_says_what_it_was_charged_on() -> None:
    """Weight alone by air bills the 120 kg; volume alone at sea bills 2.4 W/M; notes say so."""
    by_weight = estimate("500 pcs @ 3 usd fob freight 5.5/kg wt 120kg air")
    assert only(by_weight, LineKind.FREIGHT).amount == 660
    assert "No volume given: charged on weight alone." in notes(by_weight)
    by_volume = estimate("500 pcs @ 3 usd fob freight 80/cbm vol 2.4cbm sea")
    assert only(by_volume, LineKind.FREIGHT).amount == 192
    assert "No weight given: charged on volume alone." in notes(by_volume)


def test_freight_rate_from_cartons() -> None:
    """Cartons give the volume: 20 × 50×40×30 cm = 1.2 m3 = 240 kg by express."""
    freight = only(
        estimate("1000 pcs @ 10 usd fob freight 5/kg ctn 50x40x30cm x 20 express"),
        LineKind.FREIGHT,
    )
    assert (freight.units, freight.amount) == (240, 1200)


def test_freight_rate_without_mode_is_an_input_error() -> None:
    """A per-kg rate cannot be applied without knowing the mode."""
    with pytest.raises(LandedInputError, match="needs the mode"):
        estimate("1000 pcs @ 10 usd fob freight 4.5/kg wt 500kg")


def test_freight_rate_without_weight_or_volume_is_an_input_error() -> None:
    """A per-kg rate needs something to multiply."""
    with pytest.raises(LandedInputError, match="weight or the volume"):
        estimate("1000 pcs @ 10 usd fob freight 4.5/kg air")


_SOUP = st.sampled_from(
    [
        "1000 pcs @ 10 usd",
        "500 x ¥70",
        *(code.lower() for code in ("EXW", "FOB", "CFR", "CIF", "DDP")),
        "to us", "to de", "to au", "to ca", "to br", "sea", "air", "express", "road",
        "freight 2000", "freight 4.5/kg", "freight 80/cbm", "freight 900 eur",
        "wt 500kg", "vol 2.4cbm", "ctn 50x40x30 x 20",
        "ins 150", "ins 0.3%", "ins 0.3% of goods", "duty 15%", "duty 145%", "duty 99 cny",
        "broker 300", "origin 200", "drayage 400", "cont 5%", "cont 700", "cont 5% of goods",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_SOUP, min_size=1, max_size=12).map(" ".join))
def test_any_parsed_line_estimates_or_fails_cleanly(text: str) -> None:
    """Whatever parses either estimates consistently or fails with an input error."""
    try:
        result = estimate(text, fx={"CNY": "7.12", "EUR": "0.92"})
    except LandedInputError as error:
        message = error.message
        result = None
    if result is None:
        assert message
        return
    assert result.subtotal == sum(line.amount for line in result.lines)
    assert result.total >= result.subtotal >= 0
    assert result.total_with_tax >= result.total


@pytest.mark.parametrize("code", ["EXW", "FOB", "CFR", "CIF", "DDP"])
def test_shipped_cost_split_matches_what_these_tests_rely_on(code: str) -> None:
    """The Incoterms data gives the splits of shared/KNOWLEDGE.md for the rules used here."""
    assert dict(rules().incoterms.rule(code).cost_split) == expected_split(code)


def test_sea_rule_with_air_suggests_the_any_mode_rule() -> None:
    """FOB by air gets a note that FCA fits other transport."""
    assert "FOB is a sea rule; for air, FCA fits." in notes(estimate(f"{GUIDE} air"))


def test_dap_drayage_is_the_sellers_and_the_assumption_is_stated() -> None:
    """DAP assumes delivery to the buyer's site: drayage typed is left out, and why."""
    result = estimate("1000 pcs @ 10 usd dap drayage 400 duty 5% to DE road")
    assert "Drayage" not in labels(result)
    text = notes(result)
    assert "Drayage 400.00 not added: under DAP the seller pays delivery to the door" in text
    assert "Assumes the named destination is your site" in text


def test_unknown_incoterm_in_a_built_query_is_an_input_error() -> None:
    """The guided flow builds queries directly: a bad code is refused, not a crash."""
    query = replace(parser().parse("1000 pcs @ 10"), incoterm="XYZ")
    with pytest.raises(LandedInputError, match="not one of the 11"):
        estimate_landed_cost(query, rules(), fx_per_usd={})


@pytest.mark.parametrize(
    ("day", "minimum", "source", "stale"),
    [
        (date(2026, 9, 30), "33.58", "CBP Dec. 25-10", False),  # last day of fiscal 2026
        (date(2026, 10, 1), "34.58", "CBP Dec. 26-14", False),  # first day of fiscal 2027
        (date(2026, 12, 6), "34.58", "CBP Dec. 26-14", False),
        (date(2027, 10, 1), "34.58", "CBP Dec. 26-14", True),  # fiscal 2028: not known yet
    ],
)
def test_us_fees_follow_the_fiscal_year_of_the_estimate_date(
    day: date, minimum: str, source: str, stale: bool
) -> None:
    """The MPF period in force on the estimate's date is used; past the last one, a warning."""
    query = parser().parse("1000 pcs @ 5 usd fob duty 4% to US air")  # 0.3464% is 17.32
    result = estimate_landed_cost(query, rules(), fx_per_usd={}, today=day)
    (mpf,) = result.lines_of(LineKind.ENTRY_FEE)
    assert (mpf.label, mpf.amount) == ("MPF (minimum)", Decimal(minimum))
    text = "\n".join(note.text for note in result.notes)
    assert f"({source})" in text
    assert ("not in my data" in text) is stale
