"""Scoring worked examples: score, band, hard blocks, gaps and next steps."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.vet.answers import Gap
from knowledge.vet.checklist import Checklist, RiskBand
from knowledge.vet.scoring import BandReason, Verdict, judge, next_steps, score_audit

from .conftest import VALID_USCC


def ids(findings: tuple[object, ...]) -> list[str]:
    """The question ids of a list of findings, in report order."""
    return [finding.item_id for finding in findings]  # type: ignore[attr-defined]


def test_clean_supplier_lands_in_low_risk(checklist: Checklist, clean: dict[str, str]) -> None:
    """A supplier that passes every check scores 100, low risk, nothing to report."""
    report = score_audit(checklist, clean)
    assert (report.score, report.band.id, report.band_reason) == (100, RiskBand.LOW, "score")
    assert report.hard_blocks == report.flags == report.gaps == ()
    assert (report.answered, report.completion_percent) == (report.total, 100)
    assert report.summary.band is RiskBand.LOW


def _everything_unsure(checklist: Checklist) -> dict[str, str]:
    return {item.id: Gap.UNSURE.value for item in checklist.items}


@pytest.mark.parametrize("method", ["wu_mg", "crypto", "personal"])
@pytest.mark.parametrize("rest", ["clean", "unsure"])
def test_off_platform_payment_is_high_risk_whatever_else(
    checklist: Checklist, clean: dict[str, str], method: str, rest: str
) -> None:
    """Western Union, crypto or a personal account forces high risk, listed as a hard block."""
    answers = dict(clean) if rest == "clean" else _everything_unsure(checklist)
    answers["pay_method"] = method
    report = score_audit(checklist, answers)
    assert report.band.id is RiskBand.HIGH
    assert report.band_reason is BandReason.HARD_BLOCK
    assert ids(report.hard_blocks) == ["pay_method"]
    assert "Do not pay" in report.hard_blocks[0].action  # the option's own advice
    assert report.next_steps[0] == checklist.blocked_step


def test_clean_but_western_union_still_scores_high_on_paper(
    checklist: Checklist, clean: dict[str, str]
) -> None:
    """The score stays high on paper; the block, not the score, decides the band."""
    report = score_audit(checklist, {**clean, "pay_method": "wu_mg"})
    assert report.score >= 80
    assert report.band.id is RiskBand.HIGH


def test_names_that_do_not_match_are_a_hard_block(
    checklist: Checklist, clean: dict[str, str]
) -> None:
    """Licence, bank account and contract names that differ force high risk."""
    report = score_audit(checklist, {**clean, "names_match": "no"})
    assert report.band.id is RiskBand.HIGH
    assert ids(report.hard_blocks) == ["names_match"]
    assert report.hard_blocks[0].verdict is Verdict.BLOCKED
    assert report.hard_blocks[0].answer == "No"


def test_hard_blocks_are_listed_in_checklist_order(
    checklist: Checklist, clean: dict[str, str]
) -> None:
    """Several blocks are all listed, before anything else."""
    answers = {**clean, "inspection_ok": "no", "names_match": "no", "pi_issuer": "no"}
    report = score_audit(checklist, answers)
    assert ids(report.hard_blocks) == ["names_match", "pi_issuer", "inspection_ok"]


@pytest.mark.parametrize("gap", [Gap.UNSURE, Gap.SKIPPED])
def test_not_sure_counts_as_a_gap_not_a_pass(
    checklist: Checklist, clean: dict[str, str], gap: Gap
) -> None:
    """An unsure answer earns exactly what a failure earns and is listed as unknown."""
    unsure = score_audit(checklist, {**clean, "years": gap.value})
    failed = score_audit(checklist, {**clean, "years": "1"})
    assert unsure.score == failed.score < 100
    assert ids(unsure.gaps) == ["years"]
    assert unsure.flags == ()
    assert unsure.gaps[0].action == checklist.item("years").how_to_check  # type: ignore[union-attr]
    assert unsure.completion_percent < 100


def test_missing_answers_are_gaps_too(checklist: Checklist, clean: dict[str, str]) -> None:
    """A question never answered is unknown, not passed."""
    del clean["licence"]
    report = score_audit(checklist, clean)
    assert "licence" in ids(report.gaps)


def test_nothing_known_is_high_risk_with_zero_completion(checklist: Checklist) -> None:
    """An audit of nothing but "not sure" scores 0: unknown is never safe."""
    report = score_audit(checklist, _everything_unsure(checklist))
    assert (report.score, report.band.id, report.completion_percent) == (0, RiskBand.HIGH, 0)
    assert report.hard_blocks == ()


def test_unknown_blocking_check_keeps_the_band_at_least_elevated(
    checklist: Checklist, clean: dict[str, str]
) -> None:
    """A high score with the names check still open is not low risk."""
    report = score_audit(checklist, {**clean, "names_match": Gap.UNSURE.value})
    assert report.score >= 80
    assert report.band.id is checklist.unknown_block_floor is RiskBand.ELEVATED
    assert report.band_reason is BandReason.UNKNOWN_CRITICAL
    assert ids(report.gaps)[0] == "names_match"


def test_gaps_that_could_block_come_first(checklist: Checklist, clean: dict[str, str]) -> None:
    """Unknown checks are ordered: the ones that could block, then by weight."""
    answers = {**clean, "reviews": "unsure", "years": "unsure", "inspection_ok": "unsure"}
    report = score_audit(checklist, answers)
    assert ids(report.gaps) == ["inspection_ok", "years", "reviews"]


def test_flags_are_heaviest_first_with_partial_credit(
    checklist: Checklist, clean: dict[str, str]
) -> None:
    """A Gold badge earns part of its weight and carries its own advice; weights order flags."""
    answers = {**clean, "badge": "gold", "full_prepay": "yes", "sample_terms": "no"}
    report = score_audit(checklist, answers)
    assert ids(report.flags) == ["full_prepay", "badge", "sample_terms"]
    badge = report.flags[1]
    assert badge.verdict is Verdict.PARTIAL
    assert "paid membership" in badge.action
    assert report.band.id is RiskBand.LOW  # minor flags on an otherwise clean supplier


def test_score_is_earned_weight_in_percent_rounded_down(
    checklist: Checklist, clean: dict[str, str]
) -> None:
    """One failed weight-6 question out of 139 costs 6/139 of the score, rounded down."""
    total = sum(item.weight for item in checklist.items)
    report = score_audit(checklist, {**clean, "years": "1"})
    assert report.score == (total - 6) * 100 // total


def test_many_soft_flags_walk_down_the_bands(checklist: Checklist, clean: dict[str, str]) -> None:
    """Soft flags add up: a supplier failing most checks but no block ends in high risk."""
    answers = dict(clean)
    answers.update(
        years="1", resp_rate="40", reply_hours="72", ta_orders="3", reviews="no",
        info_match="no", clear_answers="no", pressure="yes", off_platform="yes",
        docs_in_writing="no", factory_tour="no", capacity="no", licence="no",
        scope="no", cert_model="no", cert_genuine="no", samples="none_yet",
        full_prepay="yes", price_low="yes", extra_fees="yes",
    )  # fmt: skip
    report = score_audit(checklist, answers)
    assert report.hard_blocks == ()
    assert report.band.id is RiskBand.HIGH
    assert report.band_reason is BandReason.SCORE


def test_wrong_credit_code_check_is_a_flag_not_a_block(
    checklist: Checklist, clean: dict[str, str]
) -> None:
    """A failed check character is worth a closer look, never a hard block."""
    report = score_audit(checklist, {**clean, "uscc": VALID_USCC[:-1] + "X"})
    assert ids(report.flags) == ["uscc"]
    assert report.hard_blocks == ()


def test_unreadable_stored_answers_are_unknown(checklist: Checklist) -> None:
    """A value the data no longer knows (removed option, bad number) never passes."""
    badge, years = checklist.item("badge"), checklist.item("years")
    assert badge is not None
    assert years is not None
    assert judge(badge, "platinum").verdict is Verdict.UNKNOWN
    assert judge(years, "abc").verdict is Verdict.UNKNOWN
    assert judge(years, "1000").verdict is Verdict.UNKNOWN
    assert judge(years, "NaN").verdict is Verdict.UNKNOWN


@pytest.mark.parametrize(
    ("order_usd", "checks"),
    [
        ("4999.99", []),
        ("5000", ["inspection"]),
        ("9999", ["inspection"]),
        ("10000", ["inspection", "legal_check"]),
        ("250000", ["inspection", "legal_check"]),
    ],
)
def test_order_value_decides_inspection_and_legal_check(
    checklist: Checklist, clean: dict[str, str], order_usd: str, checks: list[str]
) -> None:
    """From 5,000 USD an inspection, from 10,000 USD a legal check, as the data says."""
    report = score_audit(checklist, {**clean, "order_usd": order_usd})
    by_id = {
        check.id: check.advice.format(from_usd=f"{check.from_usd:,}")
        for check in checklist.order_checks
    }
    assert list(report.next_steps) == [by_id[check] for check in checks]
    assert str(report.order_value_usd) == order_usd


def test_unknown_order_value_lists_every_check_by_size(
    checklist: Checklist, clean: dict[str, str]
) -> None:
    """Without an order value the report says so and lists the checks with their thresholds."""
    report = score_audit(checklist, {**clean, "order_usd": Gap.SKIPPED.value})
    assert report.order_value_usd is None
    assert report.next_steps[0] == checklist.order_value_missing
    assert "5,000 USD" in report.next_steps[1]
    assert "10,000 USD" in report.next_steps[2]
    assert report.gaps == ()  # the order value is context, not a check


def test_gaps_add_a_next_step_with_their_count(
    checklist: Checklist, clean: dict[str, str]
) -> None:
    """Open questions are counted in the next steps."""
    report = score_audit(checklist, {**clean, "reviews": "unsure", "scope": "skipped"})
    assert report.next_steps[-1] == checklist.gaps_step.format(count=2)


def test_answers_for_unknown_questions_are_ignored(
    checklist: Checklist, clean: dict[str, str]
) -> None:
    """Answers to questions removed from the data do not change the score."""
    assert score_audit(checklist, {**clean, "gone_question": "no"}).score == 100


def test_young_unproven_supplier_lands_in_moderate_risk(
    checklist: Checklist, clean: dict[str, str]
) -> None:
    """Honest but new: 2 years, few orders, Gold only, no tour or samples yet is not low risk."""
    answers = {
        **clean,
        "years": "2",
        "ta_orders": "20",
        "badge": "gold",
        "factory_tour": "no",
        "samples": "none_yet",
        "cert_genuine": "no",
    }
    report = score_audit(checklist, answers)
    assert report.band.id is RiskBand.MODERATE
    assert report.band.payment_advice()[0] == "Deposit at most 30% of the order value."


@pytest.mark.parametrize(("unknown", "finished"), [(1, True), (2, True), (1, False), (2, False)])
def test_only_a_finished_audit_is_told_to_change_an_answer(
    checklist: Checklist, unknown: int, finished: bool
) -> None:
    """While an audit runs (or after it was stopped) ✏️ Change an answer does not work yet:
    the unknown-answers step says it waits for the end (issue 12 follow-up)."""
    [step] = next_steps(checklist, Decimal(100), unknown, blocked=False, finished=finished)
    assert ("then tap ✏️ Change an answer" in step) is finished
    assert ("once the audit is finished" in step) is not finished
    assert ("unknown answers" in step) is (unknown > 1)
