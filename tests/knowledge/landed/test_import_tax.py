"""Import VAT and GST in landed-cost estimates: each country's base, shown apart."""

from __future__ import annotations

from decimal import Decimal

from knowledge.landed.result import LineKind
from tests.knowledge.landed.support import estimate, notes, only, shown

# The sourcing guide's example order, without a destination (each test adds one).
GUIDE = "1000 pcs @ 10 usd fob freight 2000 ins 150 duty 15% broker 300 other 500"


def test_eu_vat_is_apart_on_customs_value_plus_duty() -> None:
    """German import VAT is 19% of CIF value plus duty, outside the landed total."""
    result = estimate(f"{GUIDE} to DE sea")
    vat = result.import_tax
    assert vat is not None
    assert (vat.label, vat.percent, vat.base) == ("VAT", 19, Decimal("13972.50"))
    assert vat.base_label == "customs value + duty"
    assert shown(vat.amount) == "2,654.78"
    assert result.total == Decimal("14772.50")
    assert result.total_with_tax == result.total + vat.amount
    assert "reclaimable" in notes(result)


def test_uk_vat_is_twenty_percent_of_cif_plus_duty() -> None:
    """UK import VAT is 20% of the CIF value plus duty."""
    vat = estimate("1000 pcs @ 10 usd cif duty 10% to uk sea").import_tax
    assert vat is not None
    assert (vat.percent, vat.base) == (20, Decimal(11000))


def test_eu_and_uk_vat_add_delivery_and_unloading_after_entry() -> None:
    """EU and UK import VAT count the buyer's delivery and unloading to the first destination."""
    for place, rate in (("DE", 19), ("uk", 20)):
        line = "1000 pcs @ 10 usd cif duty 10% delivery 400 unloading 100 broker 300"
        vat = estimate(f"{line} to {place} sea").import_tax
        assert vat is not None
        # 10,000 CIF + 1,000 duty + 400 delivery + 100 unloading; the broker's fee is not in.
        assert (vat.percent, vat.base) == (rate, Decimal(11500))
        assert vat.base_label == "customs value + duty + delivery costs"


def test_delivery_in_a_d_rule_price_is_not_counted_twice_in_the_vat_base() -> None:
    """Under DAP the seller's delivery is inside the price, so the VAT base adds nothing."""
    vat = estimate("1000 pcs @ 10 usd dap duty 10% delivery 400 to DE").import_tax
    assert vat is not None
    assert (vat.base, vat.base_label) == (Decimal(11000), "customs value + duty")


def test_gst_outside_the_eu_and_uk_leaves_delivery_out() -> None:
    """Australia and Canada do not add the trip after entry to the GST base."""
    au = estimate("1000 pcs @ 10 usd fob freight 2000 duty 5% delivery 400 to AU sea")
    ca = estimate("1000 pcs @ 10 usd fob freight 2000 duty 5% delivery 400 to CA sea")
    assert au.import_tax is not None
    assert ca.import_tax is not None
    assert au.import_tax.base == Decimal(12500)  # 10,000 + 500 duty + 2,000 freight
    assert ca.import_tax.base == Decimal(10500)  # 10,000 + 500 duty


def test_australian_gst_adds_international_transport_to_the_fob_value() -> None:
    """Australia: 10% GST on FOB customs value + duty + freight and insurance."""
    result = estimate("1000 pcs @ 10 usd fob freight 2000 ins 150 duty 5% to AU sea")
    gst = result.import_tax
    assert gst is not None
    assert (gst.label, gst.percent, gst.base) == ("GST", 10, Decimal(12650))
    assert gst.base_label == "customs value + duty + freight + insurance"
    assert only(result, LineKind.DUTY).amount == 500


def test_canadian_gst_is_on_value_for_duty_plus_duty_only() -> None:
    """Canada: 5% GST on value for duty plus duty; provincial tax is said to be left out."""
    result = estimate("1000 pcs @ 10 usd fob freight 2000 duty 5% to canada sea")
    gst = result.import_tax
    assert gst is not None
    assert (gst.percent, gst.base, gst.amount) == (5, 10500, 525)
    assert "provincial" in notes(result)
