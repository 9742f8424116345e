"""US duties from an HS code in an estimate, checked by hand against the schedule.

Rates quoted from hts_2026_revision_4_csv.csv (see tests/knowledge/landed/tariffs for the
row numbers) and the Section 301 lists; amounts worked out in the comments.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from knowledge.landed.duties import HsChoiceError, OriginNeededError
from knowledge.landed.estimate import estimate_landed_cost
from knowledge.landed.query import LandedInputError
from knowledge.landed.result import LandedEstimate, LineKind
from tests.knowledge.landed.support import notes, parser, rules

DAY = date(2026, 12, 6)


def us(line: str, *, origin: str | None = None, day: date | None = DAY) -> LandedEstimate:
    """Estimate `line` on `day` with the chat's `origin`."""
    query = parser().parse(line)
    return estimate_landed_cost(query, rules(), fx_per_usd={}, today=day, origin=origin)


def duty_lines(result: LandedEstimate) -> list[tuple[str, Decimal | None, Decimal]]:
    return [(d.label, d.percent, d.amount) for d in result.lines_of(LineKind.DUTY)]


def test_list_3_product_of_china_stacks_mfn_301_and_forced_labour() -> None:
    """8204.20.00 socket wrenches: 9% + 25% (9903.88.03) + 12.5% (9903.05.31) of 10,000."""
    result = us("1000 pcs @ 10 usd fob hs 8204.20.00 to US sea", origin="CN")
    assert duty_lines(result) == [
        ("MFN", Decimal(9), Decimal(900)),
        ("Section 301 List 3", Decimal(25), Decimal(2500)),
        ("Forced labour", Decimal("12.5"), Decimal(1250)),
    ]
    text = notes(result)
    assert "HTS 2026 Revision 4, effective 2026-02-24" in text
    assert "9903.88.03" in text
    assert "unless the goods are excluded" in text
    assert "days old" in text  # 285 days after the edition took effect


def test_the_line_names_its_origin_over_the_chats() -> None:
    """`from VN` in the line beats the chat's China: MFN only, other economies noted."""
    result = us("1000 pcs @ 10 usd fob hs 8204.20.00 from VN to US sea", origin="CN")
    assert duty_lines(result) == [("MFN", Decimal(9), Decimal(900))]
    assert "60 other economies" in notes(result)


def test_list_4b_only_adds_no_301_duty() -> None:
    """8516.79.00 is on List 4B only (suspended): MFN 2.7% and forced labour, no 301 list."""
    result = us("1000 pcs @ 10 usd fob hs 8516.79.00 to US sea", origin="CN")
    labels = [label for label, _, _ in duty_lines(result)]
    assert labels == ["MFN", "Forced labour"]


def test_free_line_is_zero_duty() -> None:
    """9503.00.00 toys: Free; List 4A 7.5% for China."""
    result = us("1000 pcs @ 10 usd fob hs 9503.00.00 to US sea", origin="CN")
    assert duty_lines(result)[0] == ("MFN", Decimal(0), Decimal(0))


def test_a_typed_duty_replaces_the_mfn_rate_and_says_so() -> None:
    """`duty 5%` with a code: 5% instead of the schedule's 9%; the 301 duties stay."""
    result = us("1000 pcs @ 10 usd fob hs 8204.20.00 duty 5% to US sea", origin="CN")
    assert [label for label, _, _ in duty_lines(result)] == [
        "Section 301 List 3",
        "Forced labour",
        "Duty",
    ]
    assert "instead of the schedule's MFN 9%" in notes(result)


def test_specific_rate_asks_for_the_weight_then_charges_it() -> None:
    """0201.10.05 beef at 4.4¢/kg: no weight is a question; 500 kg is 22.00 USD."""
    with pytest.raises(LandedInputError, match="add the net weight"):
        us("1000 pcs @ 10 usd fob hs 0201.10.05 to US sea", origin="VN")
    result = us("1000 pcs @ 10 usd fob hs 0201.10.05 wt 500kg to US sea", origin="VN")
    assert duty_lines(result) == [("MFN 4.4¢/kg × 500 kg", None, Decimal("22.000"))]


def test_compound_rate_charges_both_parts() -> None:
    """1806.32.70.00 at 37.2¢/kg + 6%: 100 kg and 1,000 USD give 37.20 + 60.00."""
    result = us("100 pcs @ 10 usd fob hs 1806.32.70.00 wt 100kg to US air", origin="VN")
    assert duty_lines(result) == [
        ("MFN", Decimal(6), Decimal(60)),
        ("MFN 37.2¢/kg × 100 kg", None, Decimal("37.200")),
    ]


def test_a_rate_per_unit_counts_the_pieces() -> None:
    """0105.11.00 chickens at 0.9¢ each: 1,000 of them pay 9.00 USD."""
    result = us("1000 pcs @ 2 usd fob hs 0105.11.00 to US air", origin="VN")
    assert duty_lines(result) == [("MFN 0.9¢/No. × 1,000 pcs", None, Decimal("9.000"))]


def test_cross_reference_is_refused_with_its_text() -> None:
    """6103.22.00 ensembles: 'The rate applicable to each garment...': type the rate."""
    with pytest.raises(LandedInputError, match="type the duty yourself"):
        us("100 pcs @ 10 usd fob hs 6103.22.00 to US sea", origin="CN")


def test_a_short_code_lists_its_lines() -> None:
    """8516 has 28 tariff lines: the user picks one."""
    with pytest.raises(HsChoiceError) as caught:
        us("1000 pcs @ 10 usd fob hs 8516 to US sea", origin="CN")
    assert caught.value.total == 28
    assert caught.value.choices[0].display == "8516.10.00"
    assert all(len(choice.label) <= 40 for choice in caught.value.choices)


def test_words_search_the_descriptions() -> None:
    """`hs toaster` offers 8516.72.00.00 first."""
    with pytest.raises(HsChoiceError) as caught:
        us("1000 pcs @ 10 usd fob hs toaster to US sea", origin="CN")
    assert caught.value.searched
    assert caught.value.choices[0].display == "8516.72.00.00"


def test_unknown_code_is_refused() -> None:
    """9999.99 is in no chapter."""
    with pytest.raises(LandedInputError, match="no such code"):
        us("1000 pcs @ 10 usd fob hs 9999.99 to US sea", origin="CN")


def test_without_an_origin_the_estimate_asks() -> None:
    """A US duty from the schedule needs the origin when neither line nor chat has one."""
    with pytest.raises(OriginNeededError):
        us("1000 pcs @ 10 usd fob hs 8204.20.00 to US sea")


def test_other_destinations_keep_typed_rates() -> None:
    """To Germany the code is noted, not looked up: the typed 2.7% is the duty."""
    result = us("1000 pcs @ 10 usd fob hs 8204.20.00 duty 2.7% to DE sea")
    assert duty_lines(result) == [("Duty", Decimal("2.7"), Decimal(270))]
    assert "looked up for the US only" in notes(result)


def test_forced_labour_starts_on_24_july_2026() -> None:
    """An entry of 2026-07-23 pays MFN and List 3 only."""
    result = us(
        "1000 pcs @ 10 usd fob hs 8204.20.00 to US sea", origin="CN", day=date(2026, 7, 23)
    )
    assert [label for label, _, _ in duty_lines(result)] == ["MFN", "Section 301 List 3"]
