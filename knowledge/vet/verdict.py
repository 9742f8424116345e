"""What a report may say in each state of an audit: one completion count, and a verdict only
when there is one.

Owns the wording rules of issue 12. One completion figure everywhere ("31 of 33 answered, 2
unknown": counts, never a percentage, so 32 of 33 cannot read as a near-verdict "96%"). A band
word and a score only on a finished audit. Payment advice while an audit runs only when it can
no longer get worse: a hard block found (do not pay), or every question that can block
answered, when the score so far (unreached questions earn nothing) is the lowest the final
score can be, so its band's advice is safe. The verdict card's content (the hard blocks, the
top three things to fix) is chosen here; layout is the handlers'. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from knowledge.vet.checklist import Band, Checklist, RiskBand
from knowledge.vet.scoring import AuditReport, Finding, Verdict, judge, next_steps

TOP_FIXES = 3


@dataclass(frozen=True, slots=True)
class Completion:
    """How far an audit got: definite answers, unknown ones, and questions not reached yet."""

    answered: int  # a definite answer (the order value counts; "not sure" does not)
    unknown: int  # "not sure" or skipped; on a finished audit also any question never asked
    unreached: int  # not asked yet (only while the audit runs)
    total: int

    @property
    def entries(self) -> int:
        """Questions with an answer or a gap: where the audit stands."""
        return self.answered + self.unknown

    def text(self) -> str:
        """ "31 of 33 answered, 2 unknown", the one way every message says it."""
        unknown = f", {self.unknown} unknown" if self.unknown else ""
        return f"{self.answered} of {self.total} answered{unknown}"


def completion(checklist: Checklist, answers: Mapping[str, str], *, finished: bool) -> Completion:
    """Count the answers of an audit the same way for every message."""
    total = len(checklist.items)
    answered = entries = 0
    for item in checklist.items:
        stored = answers.get(item.id)
        if stored is None:
            continue
        entries += 1
        if judge(item, stored).verdict is not Verdict.UNKNOWN:
            answered += 1
    unreached = 0 if finished else total - entries
    return Completion(answered, total - answered - unreached, unreached, total)


@dataclass(frozen=True, slots=True)
class Tally:
    """An audit in progress so far: how many passed, failed (or partly) and are unknown."""

    passed: int
    failed: int
    unknown: int

    def text(self) -> str:
        """ "5 passed, 1 failed" (the unknown ones are in the completion count)."""
        return f"{self.passed} passed, {self.failed} failed"


def tally(report: AuditReport, reached_unknown: int) -> Tally:
    """The so-far counts: failed includes partly met; unknown only among questions asked."""
    failed = len(report.flags) + len(report.hard_blocks)
    noted = 1 if report.order_value_usd is not None else 0
    return Tally(report.answered - failed - noted, failed, reached_unknown)


@dataclass(frozen=True, slots=True)
class Standing:
    """What a report or card says about the supplier as a whole, fitted to the audit's state."""

    finished: bool
    completion: Completion
    band: Band | None  # only on a finished audit
    score: int | None  # only on a finished audit
    so_far: Tally | None  # only while the audit runs
    hard_blocks: tuple[Finding, ...]
    fixes: tuple[Finding, ...]  # the top things to fix or find out, most important first
    advice: tuple[str, ...]  # empty: no payment advice yet
    advice_is_interim: bool  # advice given before the end (a block, or the safe lower bound)


def _reached(finding: Finding, answers: Mapping[str, str]) -> bool:
    return finding.item_id in answers


def top_fixes(report: AuditReport, answers: Mapping[str, str], *, finished: bool) -> tuple[
    Finding, ...
]:  # fmt: skip
    """Failed items heaviest first, then unknown ones that could block, then other unknowns."""
    gaps = [g for g in report.gaps if finished or _reached(g, answers)]
    return (*report.flags, *gaps)[:TOP_FIXES]


def interim_advice(checklist: Checklist, report: AuditReport) -> tuple[str, ...]:
    """Payment advice before the end, only when later answers cannot make it unsafe."""
    if report.hard_blocks:
        return checklist.band(RiskBand.HIGH).payment_advice()
    if any(gap.can_block for gap in report.gaps):
        return ()
    # Every question that can block is answered and none did: later answers can only add to
    # the score, so the band of the score so far is the worst the verdict can be.
    return checklist.band_for(report.score).payment_advice()


def standing_of(
    checklist: Checklist, answers: Mapping[str, str], report: AuditReport, *, finished: bool
) -> Standing:
    """The verdict a report may show for these answers in this state."""
    done = completion(checklist, answers, finished=finished)
    advice = report.band.payment_advice() if finished else interim_advice(checklist, report)
    return Standing(
        finished=finished,
        completion=done,
        band=report.band if finished else None,
        score=report.score if finished else None,
        so_far=None if finished else tally(report, done.unknown),
        hard_blocks=report.hard_blocks,
        fixes=top_fixes(report, answers, finished=finished),
        advice=advice,
        advice_is_interim=not finished and bool(advice),
    )


def steps(checklist: Checklist, report: AuditReport, standing: Standing) -> tuple[str, ...]:
    """The next steps, with the unknown answers counted as the completion counts them; an
    unfinished audit's unknown answers are changed once it is finished, not now."""
    return next_steps(
        checklist,
        report.order_value_usd,
        standing.completion.unknown,
        blocked=bool(report.hard_blocks),
        finished=standing.finished,
    )
