"""Judging a supplier from its stored answers: score, risk band, findings and next steps.

Owns the scoring rules: each answered question passes, earns part of its weight, fails (a soft
flag that costs its weight) or blocks (forces high risk whatever the score). Gaps ("not sure",
skipped, never asked) earn nothing and are listed as unknown. Thresholds, weights and texts
come from the checklist data. Pure: no storage, no Telegram, no rendering.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from stdnum.cn import uscc
from stdnum.exceptions import InvalidChecksum, ValidationError

from knowledge.vet.answers import Gap, expected_answer, show_answer
from knowledge.vet.checklist import Band, Checklist, RiskBand, worse
from knowledge.vet.items import AnyItem, ChoiceItem, NumberItem, OnFail, YesNo, YesNoItem
from knowledge.vet.records import AuditSummary


class Verdict(StrEnum):
    """What one answer means for the supplier."""

    PASSED = "passed"
    PARTIAL = "partial"  # earns part of the weight (e.g. a trading company)
    FAILED = "failed"  # a soft flag
    BLOCKED = "blocked"  # a hard block
    UNKNOWN = "unknown"  # not sure, skipped, never asked, or no longer readable
    NOTED = "noted"  # context only (the order value): no pass or fail


class BandReason(StrEnum):
    """Why the report landed in its band."""

    SCORE = "score"
    HARD_BLOCK = "hard_block"
    UNKNOWN_CRITICAL = "unknown_critical"  # a question that could block is still open


@dataclass(frozen=True, slots=True)
class Judgement:
    """One answer judged: its verdict, the credit it earns and any option-specific advice."""

    verdict: Verdict
    credit: int  # percent of the question's weight earned, 0-100
    advice: str | None = None


_UNKNOWN = Judgement(Verdict.UNKNOWN, 0)
_PASSED = Judgement(Verdict.PASSED, 100)


def _failed(item: YesNoItem | NumberItem) -> Judgement:
    return Judgement(Verdict.BLOCKED if item.on_fail is OnFail.BLOCK else Verdict.FAILED, 0)


def _judge_number(item: NumberItem, stored: str) -> Judgement:
    try:
        value = Decimal(stored)
    except InvalidOperation:
        return _UNKNOWN
    if not value.is_finite() or not item.min <= value <= item.max:
        return _UNKNOWN
    if item.pass_at_least is not None:
        return _PASSED if value >= item.pass_at_least else _failed(item)
    if item.pass_at_most is not None:
        return _PASSED if value <= item.pass_at_most else _failed(item)
    return Judgement(Verdict.NOTED, 0)


def _judge_choice(item: ChoiceItem, stored: str) -> Judgement:
    option = item.option(stored)
    if option is None:
        return _UNKNOWN
    if option.blocks:
        return Judgement(Verdict.BLOCKED, 0, option.advice)
    if option.credit == 100:
        return Judgement(Verdict.PASSED, 100, option.advice)
    verdict = Verdict.FAILED if option.credit == 0 else Verdict.PARTIAL
    return Judgement(verdict, option.credit, option.advice)


def _judge_code(stored: str) -> Judgement:
    try:
        uscc.validate(stored)
    except InvalidChecksum:
        return Judgement(Verdict.FAILED, 0)
    except ValidationError:
        return _UNKNOWN
    return _PASSED


def judge(item: AnyItem, stored: str | None) -> Judgement:
    """Judge one stored answer; anything missing or unreadable is unknown, never a pass."""
    if stored is None or stored in (Gap.UNSURE, Gap.SKIPPED):
        return _UNKNOWN
    if isinstance(item, YesNoItem):
        if stored not in (YesNo.YES, YesNo.NO):
            return _UNKNOWN
        return _PASSED if stored == item.pass_if else _failed(item)
    if isinstance(item, NumberItem):
        return _judge_number(item, stored)
    if isinstance(item, ChoiceItem):
        return _judge_choice(item, stored)
    return _judge_code(stored)


@dataclass(frozen=True, slots=True)
class Finding:
    """A question worth showing in the report: what was answered, why it matters, what to do."""

    item_id: str
    section: str
    question: str
    verdict: Verdict
    answer: str | None
    expected: str | None  # the answer that passes, e.g. "at least 3 years"
    why: str
    action: str  # what to do if it failed, or how to find out if it is unknown
    weight: int
    can_block: bool


@dataclass(frozen=True, slots=True)
class AuditReport:
    """The outcome of an audit, hard blocks first; everything a report needs."""

    score: int  # 0-100: earned weight in percent of the total weight of scored questions
    band: Band
    band_reason: BandReason
    hard_blocks: tuple[Finding, ...]
    flags: tuple[Finding, ...]  # failed or partly met, heaviest first
    gaps: tuple[Finding, ...]  # unknown, the ones that could block first
    answered: int  # questions with a definite answer (gaps excluded)
    total: int
    completion_percent: int  # answered in percent of all questions, rounded down
    order_value_usd: Decimal | None
    next_steps: tuple[str, ...]

    @property
    def summary(self) -> AuditSummary:
        """The figures the store keeps for /suppliers and the next assessment's history."""
        return AuditSummary(self.score, self.band.id, self.completion_percent)


def _finding(checklist: Checklist, item: AnyItem, stored: str | None, j: Judgement) -> Finding:
    unknown = j.verdict is Verdict.UNKNOWN
    return Finding(
        item_id=item.id,
        section=checklist.section_of(item.id).title,
        question=item.question,
        verdict=j.verdict,
        answer=show_answer(item, stored),
        expected=expected_answer(item),
        why=item.why,
        action=item.how_to_check if unknown else (j.advice or item.if_failed),
        weight=item.weight,
        can_block=item.can_block,
    )


# The order check that calls for a third-party inspection (an id of `order_checks`).
INSPECTION_CHECK = "inspection"


def inspection_due(checklist: Checklist, report: AuditReport) -> bool:
    """True when the planned order's value is known and reaches the inspection threshold.

    An unknown value lists every check in the next steps, but only a known one says that this
    order needs an inspection (and so an inspection plan, see /aql).
    """
    value = report.order_value_usd
    check = next((c for c in checklist.order_checks if c.id == INSPECTION_CHECK), None)
    return value is not None and check is not None and value >= check.from_usd


def next_steps(
    checklist: Checklist,
    order_value: Decimal | None,
    gaps: int,
    *,
    blocked: bool,
    finished: bool = True,
) -> tuple[str, ...]:
    """The steps after an audit: clear blocks, the checks the order value calls for, and
    finding out the `gaps` unknown answers (changed once the audit is `finished`)."""
    steps: list[str] = [checklist.blocked_step] if blocked else []
    if order_value is None:
        steps.append(checklist.order_value_missing)
    for check in checklist.order_checks:
        if order_value is None or order_value >= check.from_usd:
            amount = f"{check.from_usd.normalize():,f}"
            steps.append(check.advice.format(from_usd=amount))
    if gaps:
        one, many = (
            (checklist.gaps_step_one, checklist.gaps_step)
            if finished
            else (checklist.gaps_step_one_unfinished, checklist.gaps_step_unfinished)
        )
        steps.append(one if gaps == 1 else many.format(count=gaps))
    return tuple(steps)


def score_audit(checklist: Checklist, answers: Mapping[str, str]) -> AuditReport:
    """Score the answers of one assessment; unknown question ids in `answers` are ignored."""
    blocks: list[Finding] = []
    flags: list[Finding] = []
    gaps: list[Finding] = []
    earned = possible = answered = 0
    for item in checklist.items:
        stored = answers.get(item.id)
        j = judge(item, stored)
        earned += item.weight * j.credit
        possible += item.weight * 100
        if j.verdict is not Verdict.UNKNOWN:
            answered += 1
        if j.verdict is Verdict.BLOCKED:
            blocks.append(_finding(checklist, item, stored, j))
        elif j.verdict in (Verdict.FAILED, Verdict.PARTIAL):
            flags.append(_finding(checklist, item, stored, j))
        elif j.verdict is Verdict.UNKNOWN and item.has_rule:
            gaps.append(_finding(checklist, item, stored, j))
    score = earned * 100 // possible
    band, reason = checklist.band_for(score), BandReason.SCORE
    if blocks:
        band, reason = checklist.band(RiskBand.HIGH), BandReason.HARD_BLOCK
    elif any(gap.can_block for gap in gaps):
        floored = worse(band.id, checklist.unknown_block_floor)
        if floored is not band.id:
            band, reason = checklist.band(floored), BandReason.UNKNOWN_CRITICAL
    order = checklist.index_of
    flags.sort(key=lambda f: (-f.weight, order(f.item_id)))
    gaps.sort(key=lambda f: (not f.can_block, -f.weight, order(f.item_id)))
    total = len(checklist.items)
    order_value = _order_value(checklist, answers)
    return AuditReport(
        score=score,
        band=band,
        band_reason=reason,
        hard_blocks=tuple(blocks),
        flags=tuple(flags),
        gaps=tuple(gaps),
        answered=answered,
        total=total,
        completion_percent=answered * 100 // total,
        order_value_usd=order_value,
        next_steps=next_steps(checklist, order_value, len(gaps), blocked=bool(blocks)),
    )


def _order_value(checklist: Checklist, answers: Mapping[str, str]) -> Decimal | None:
    item = checklist.order_value
    stored = answers.get(item.id)
    if judge(item, stored).verdict is not Verdict.NOTED or stored is None:
        return None
    return Decimal(stored)
