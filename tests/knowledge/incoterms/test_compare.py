"""Comparing two Incoterms: only the differing rows, and the ways buyers ask for it."""

from __future__ import annotations

import itertools

import pytest

from knowledge.incoterms.compare import (
    Comparison,
    RowSection,
    answer,
    compare,
    parse_compare,
    shared_facts,
)
from knowledge.incoterms.lookup import IncotermsGuide
from knowledge.incoterms.matches import NoMatch, RuleMatch
from knowledge.incoterms.models import INCOTERMS_2020, Incoterms
from knowledge.loader import load_knowledge


@pytest.fixture(scope="module")
def guide() -> IncotermsGuide:
    """One guide over the shipped data, built as the bot builds it."""
    return IncotermsGuide(load_knowledge().get(Incoterms))


def rows(guide: IncotermsGuide, a: str, b: str) -> list[tuple[str, str, str, str]]:
    """The comparison of two codes as plain tuples: section, label, value a, value b."""
    found = compare(guide.book, guide.rule(a), guide.rule(b))
    return [(row.section.value, row.label, row.a, row.b) for row in found]


def test_cfr_and_cif_differ_only_in_insurance(guide: IncotermsGuide) -> None:
    """CIF is CFR plus the seller's insurance duty, and nothing else."""
    found = rows(guide, "CFR", "CIF")
    assert [(section, label) for section, label, _, _ in found] == [
        ("facts", "Insurance"),
        ("costs", "Insurance"),
    ]
    assert "(C)" in found[0][3]
    assert found[1][2:] == ("Buyer", "Seller")


def test_cpt_and_cip_differ_only_in_insurance(guide: IncotermsGuide) -> None:
    """CIP is CPT plus all-risks cover, clauses (A)."""
    found = rows(guide, "CPT", "CIP")
    assert [label for _, label, _, _ in found] == ["Insurance", "Insurance"]
    assert "(A)" in found[0][3]


def test_fob_and_cif_share_the_moment_risk_passes(guide: IncotermsGuide) -> None:
    """FOB and CIF pass the risk at the same point, so no delivery row is shown."""
    labels = [label for _, label, _, _ in rows(guide, "FOB", "CIF")]
    assert labels == ["Named place", "Insurance", "Main freight", "Insurance"]


def test_dap_and_dpu_differ_in_who_unloads(guide: IncotermsGuide) -> None:
    """DPU adds unloading by the seller to DAP."""
    found = rows(guide, "DAP", "DPU")
    assert [label for _, label, _, _ in found] == ["Delivery and risk", "Unloading"]
    assert found[1][2:] == ("Buyer", "Seller")


def test_exw_and_ddp_differ_on_every_cost_but_unloading(guide: IncotermsGuide) -> None:
    """The two extremes: the buyer pays all under EXW, only unloading under DDP."""
    costs = [label for section, label, _, _ in rows(guide, "EXW", "DDP") if section == "costs"]
    assert "Unloading" not in costs
    assert len(costs) == 8


def test_sea_and_any_mode_rules_show_the_mode_row(guide: IncotermsGuide) -> None:
    """FCA against FOB shows that one is for any transport and the other for sea only."""
    found = rows(guide, "FCA", "FOB")
    assert found[0][:2] == ("facts", "Transport")


@pytest.mark.parametrize(("a", "b"), list(itertools.permutations(INCOTERMS_2020, 2)))
def test_every_comparison_row_really_differs(guide: IncotermsGuide, a: str, b: str) -> None:
    """For every pair of rules, each row shows two different values, facts before costs."""
    found = compare(guide.book, guide.rule(a), guide.rule(b))
    assert found, f"{a} and {b} cannot be identical"
    assert all(row.a != row.b for row in found)
    sections = [row.section for row in found]
    assert sections == sorted(sections, key=[RowSection.FACTS, RowSection.COSTS].index)
    mirrored = compare(guide.book, guide.rule(b), guide.rule(a))
    assert [(row.label, row.a, row.b) for row in mirrored] == [
        (row.label, row.b, row.a) for row in found
    ]


def test_a_rule_compared_with_itself_has_no_rows(guide: IncotermsGuide) -> None:
    """Nothing differs between a rule and itself."""
    assert compare(guide.book, guide.rule("FOB"), guide.rule("FOB")) == ()


@pytest.mark.parametrize(
    "text",
    [
        "fob vs cif",
        "FOB vs. CIF",
        "fob v cif",
        "fob versus cif",
        "compare FOB CIF",
        "compare fob and cif",
        "compare fob with cif",
        "FOB/CIF",
        "FOB / CIF",
        "fob-cif",
        "fob cif",
        "fob or cif",
        "difference between fob and cif",
        "what's the difference between FOB and CIF?",
        "free on board vs cost insurance and freight",
        "fob shanghai vs cif rotterdam",
        "free on bord vs cif",
    ],
)
def test_ways_to_ask_for_a_comparison_are_read(guide: IncotermsGuide, text: str) -> None:
    """Each phrasing buyers use yields FOB and CIF, in the order typed."""
    pair = parse_compare(guide, text)
    assert pair is not None, text
    assert (pair[0].code, pair[1].code) == ("FOB", "CIF")


def test_names_containing_and_are_not_split(guide: IncotermsGuide) -> None:
    """The name Cost and Freight is one rule; compared with FOB it stays whole."""
    pair = parse_compare(guide, "compare cost and freight and fob")
    assert pair is not None
    assert (pair[0].code, pair[1].code) == ("CFR", "FOB")


@pytest.mark.parametrize(
    "text",
    [
        "fob",
        "fob shanghai",
        "cost and freight",
        "carriage and insurance paid to",
        "carriage paid to",
        "fob to shanghai",
        "fob vs xyz",
        "compare",
        "hello and goodbye",
        "",
    ],
)
def test_text_naming_fewer_than_two_rules_is_no_comparison(
    guide: IncotermsGuide, text: str
) -> None:
    """One rule, a rule and a place, or junk is not read as a comparison."""
    assert parse_compare(guide, text) is None


def test_answer_compares_when_two_rules_are_asked(guide: IncotermsGuide) -> None:
    """The /incoterm entry point returns the comparison for "fob vs cif"."""
    result = answer(guide, "fob vs cif")
    assert isinstance(result, Comparison)
    assert (result.a.code, result.b.code) == ("FOB", "CIF")
    assert result.rows == compare(guide.book, result.a, result.b)


def test_answer_shows_one_card_when_both_sides_are_the_same_rule(guide: IncotermsGuide) -> None:
    """Asking FOB against Free On Board names one rule twice, so the answer is its card."""
    result = answer(guide, "fob vs free on board")
    assert isinstance(result, RuleMatch)
    assert result.rule.code == "FOB"


def test_answer_falls_back_to_lookup(guide: IncotermsGuide) -> None:
    """Text that is not a comparison is looked up as usual."""
    result = answer(guide, "cif rotterdam")
    assert isinstance(result, RuleMatch)
    assert (result.rule.code, result.place) == ("CIF", "rotterdam")
    assert isinstance(answer(guide, "asdfgh"), NoMatch)


def test_fob_and_cif_share_where_the_risk_passes(guide: IncotermsGuide) -> None:
    """The facts two rules agree on are named, so a card can say what did not change."""
    assert shared_facts(guide.book, guide.rule("FOB"), guide.rule("CIF")) == (
        "Transport",
        "Delivery and risk",
        "Risk passes in",
    )
    assert "Risk passes in" not in shared_facts(guide.book, guide.rule("EXW"), guide.rule("DDP"))
