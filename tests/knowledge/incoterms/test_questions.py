"""/incoterm answers buyers' questions, not only rule names (issue 13)."""

from __future__ import annotations

import pytest

from knowledge.cost_split import CostLine
from knowledge.incoterms import (
    Comparison,
    Incoterms,
    IncotermsGuide,
    ManyComparison,
    MisconceptionMatch,
    RuleMatch,
    answer,
)
from knowledge.loader import packaged_knowledge


@pytest.fixture(scope="module")
def guide() -> IncotermsGuide:
    return IncotermsGuide(packaged_knowledge().get(Incoterms))


def test_who_pays_thc_under_fob_is_answered(guide: IncotermsGuide) -> None:
    """THC: origin for the seller under FOB, destination for the buyer."""
    found = answer(guide, "who pays THC under FOB?")
    assert isinstance(found, MisconceptionMatch)
    assert found.misconception.id == "thc"
    assert "origin THC included" in found.misconception.truth


def test_which_is_better_compares_and_says_when_each_suits(guide: IncotermsGuide) -> None:
    """ "exw or fob which is better for me?" is a comparison that asks for advice."""
    found = answer(guide, "exw or fob which is better for me?")
    assert isinstance(found, Comparison)
    assert (found.a.code, found.b.code, found.which) == ("EXW", "FOB", True)
    plain = answer(guide, "fob vs cif")
    assert isinstance(plain, Comparison)
    assert not plain.which


@pytest.mark.parametrize(
    "typed", ["fob vs cif vs exw", "FOB/CIF/EXW", "fob, cif or exw", "compare fob cif and exw"]
)
def test_three_rules_are_all_compared(guide: IncotermsGuide, typed: str) -> None:
    """Three rules asked together are all kept, in the order typed: none dropped."""
    found = answer(guide, typed)
    assert isinstance(found, ManyComparison)
    assert [rule.code for rule in found.rules] == ["FOB", "CIF", "EXW"]
    costs = {row.label: row.values for row in found.rows}
    assert costs["Main freight"] == ("Buyer", "Seller", "Buyer")


def test_a_list_with_a_side_that_names_no_rule_is_not_read_as_three(
    guide: IncotermsGuide,
) -> None:
    """ "fob vs cif vs xyz" is not silently shortened to two rules plus nothing."""
    assert not isinstance(answer(guide, "fob vs cif vs xyz"), ManyComparison)


def test_ddp_to_amazon_fba_warns_about_the_importer_of_record(guide: IncotermsGuide) -> None:
    """The seller must be importer of record under DDP, and what that means."""
    found = answer(guide, "ddp to amazon fba")
    assert isinstance(found, MisconceptionMatch)
    truth = found.misconception.truth
    assert "importer of record" in truth
    assert "Amazon never acts as importer" in truth
    assert "duty and import VAT" in truth


@pytest.mark.parametrize(
    ("question", "code", "costs"),
    [
        ("who pays unloading under dap", "DAP", (CostLine.UNLOADING_AT_DESTINATION,)),
        ("does the seller pay freight under fob", "FOB", (CostLine.MAIN_CARRIAGE,)),
        ("who pays for the export license under fca", "FCA", (CostLine.EXPORT_CLEARANCE,)),
        ("who pays customs under ddp", "DDP", (CostLine.IMPORT_CLEARANCE,)),
        (
            "dap who pays duty and unloading",
            "DAP",
            (CostLine.UNLOADING_AT_DESTINATION, CostLine.IMPORT_DUTY_AND_TAXES),
        ),
        ("fob shanghai", "FOB", ()),  # a place, not a question
        ("what is cpt insurance", "CPT", ()),  # no "who": the card alone
    ],
)
def test_a_question_about_who_pays_a_cost_names_the_cost(
    guide: IncotermsGuide, question: str, code: str, costs: tuple[CostLine, ...]
) -> None:
    """The card answers it; the named costs let the reply say the payer first."""
    found = answer(guide, question)
    assert isinstance(found, RuleMatch)
    assert (found.rule.code, found.costs) == (code, costs)


def test_export_customs_is_export_clearance_not_import(guide: IncotermsGuide) -> None:
    """The longer phrase wins, and its words do not count again as "customs"."""
    assert guide.asked_costs(("who", "pays", "export", "customs")) == (CostLine.EXPORT_CLEARANCE,)
