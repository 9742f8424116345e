"""How a supplier audit report looks on a phone, and how it fits Telegram's 4,096 characters.

Owns the report's layout: supplier, who vetted and when, completion, score and band with the
payment advice, hard blocks first, then each failed or unknown item with why and what to do,
then next steps. When everything does not fit one message, the report keeps its head, as many
items as fit and the next steps, and says how many more the "Full report" pages hold. Pure
rendering from `knowledge.vet.scoring.AuditReport`; every interpolated text is escaped. Extra
offers under a report (e.g. an inspection plan) belong here too.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from handlers.shared.message_size import paginate, utf16_length
from knowledge.vet import (
    AssessmentRecord,
    AuditReport,
    AuditStatus,
    BandReason,
    Checklist,
    Finding,
    RiskBand,
    Verdict,
    Vetter,
    format_number,
    names_in_order,
    where,
)

# Telegram refuses more than 4,096 UTF-16 units of shown text; the HTML source is never
# shorter than the text it shows, so measuring the source with a margin is safe.
LIMIT = 4000
BAND_MARK = {
    RiskBand.LOW: "🟢",
    RiskBand.MODERATE: "🟡",
    RiskBand.ELEVATED: "🟠",
    RiskBand.HIGH: "🔴",
}
VERDICT_MARK = {Verdict.BLOCKED: "⛔", Verdict.FAILED: "⚠️", Verdict.PARTIAL: "◐"}
REASON = {
    BandReason.HARD_BLOCK: "A hard block forces high risk, whatever the score.",
    BandReason.UNKNOWN_CRITICAL: "Raised: a question that could block is still unknown.",
}
PROVISIONAL = (
    "Provisional: the {unreached} questions not reached yet count as unknown, so the score"
    " can only rise as the audit is finished."
)


@dataclass(frozen=True, slots=True)
class RenderedReport:
    """The report message; `omitted` items are left for the "Full report" pages."""

    text: str
    omitted: int


size = utf16_length  # shorter to read in the layout arithmetic below


def day(at: datetime) -> str:
    """A date as a buyer reads it: 3 May 2025 (UTC)."""
    return f"{at.day} {at:%b %Y}"


def _status_line(record: AssessmentRecord, checklist: Checklist, people: Sequence[Vetter]) -> str:
    who = html.escape(record.started_by.display_name)  # whoever runs it now
    everyone = html.escape(names_in_order(people or (record.started_by,)))
    if record.status is AuditStatus.IN_PROGRESS:
        position = where(checklist, record.answers)
        since = f" (took over from {html.escape(people[-2].display_name)})" if people[1:] else ""
        return (
            f"In progress: {who}{since} is at question {position.number} of {position.total}, "
            f"started {day(record.started_at)}"
        )
    ended = day(record.ended_at or record.started_at)
    if record.status is AuditStatus.CANCELLED:
        return f"Stopped {ended}; vetted by {everyone}, started {day(record.started_at)}"
    return f"Vetted by {everyone} on {ended}"


def _head(
    record: AssessmentRecord, report: AuditReport, checklist: Checklist, people: Sequence[Vetter]
) -> str:
    band = report.band
    lines = [
        f"📋 <b>Supplier audit: {html.escape(record.supplier_name)}</b>",
        _status_line(record, checklist, people),
        f"Answered {report.answered} of {report.total} ({report.completion_percent}%)",
    ]
    unreached = report.total - len(record.answers)
    provisional = record.status is not AuditStatus.FINISHED and unreached > 0
    if provisional:
        lines.append(f"Not reached yet: {unreached} questions")
    if report.order_value_usd is not None:
        lines.append(f"Planned order: {format_number(report.order_value_usd)} USD")
    title = html.escape(band.title) + (" so far" if provisional else "")
    lines += ["", f"{BAND_MARK[band.id]} <b>{title}</b> · score {report.score}/100"]
    if provisional:
        # Unreached questions count as unknown (never as passes), which pulls an unfinished
        # audit down; say so, so a team does not read a half-done audit as a verdict.
        lines.append(f"<i>{PROVISIONAL.format(unreached=unreached)}</i>")
    if report.band_reason in REASON:
        lines.append(f"<i>{REASON[report.band_reason]}</i>")
    previous = record.previous
    if previous is not None:
        was = previous.summary
        lines.append(
            f"Previous audit: {was.score}/100, {checklist.band(was.band).title.lower()}, "
            f"{day(previous.finished_at)}"
        )
    lines += ["", "<b>How to pay</b>"]
    lines += [f"• {html.escape(advice)}" for advice in band.payment_advice()]
    return "\n".join(lines)


def _finding(finding: Finding) -> str:
    unknown = finding.verdict is Verdict.UNKNOWN
    answer = finding.answer or "not answered"
    passes = f" (passes: {html.escape(finding.expected)})" if finding.expected else ""
    todo = "How to find out" if unknown else "What to do"
    return (
        f"{VERDICT_MARK.get(finding.verdict, '❔')} <b>{html.escape(finding.question)}</b>\n"
        f"Answer: {html.escape(answer)}{passes}\n"
        f"<i>Why:</i> {html.escape(finding.why)}\n"
        f"<i>{todo}:</i> {html.escape(finding.action)}"
    )


def _sections(record: AssessmentRecord, report: AuditReport) -> list[tuple[str, list[str]]]:
    gaps = report.gaps
    if record.status is not AuditStatus.FINISHED:  # questions never reached are not findings
        gaps = tuple(gap for gap in gaps if gap.answer is not None)
    groups = (
        ("⛔ <b>Hard blocks</b>", report.hard_blocks),
        ("⚠️ <b>Failed or partly met</b>", report.flags),
        ("❔ <b>Unknown</b>", gaps),
    )
    return [(title, [_finding(f) for f in found]) for title, found in groups if found]


def _next_steps(record: AssessmentRecord, report: AuditReport, checklist: Checklist) -> str:
    steps = list(report.next_steps)
    if record.status is AuditStatus.IN_PROGRESS:
        left = where(checklist, record.answers).total - len(record.answers)
        steps.insert(0, f"Finish the audit ({left} questions left): send /vet to continue.")
    elif record.status is AuditStatus.CANCELLED:
        steps.insert(0, "This audit was stopped; /vet with the name starts a fresh one.")
    if not steps:  # a clean audit of a small order: nothing more to do, so no heading
        return ""
    numbered = [f"{n}. {html.escape(step)}" for n, step in enumerate(steps, start=1)]
    return "<b>Next steps</b>\n" + "\n".join(numbered)


def render_report(
    checklist: Checklist,
    record: AssessmentRecord,
    report: AuditReport,
    people: Sequence[Vetter] = (),
) -> RenderedReport:
    """The report message: every item that fits, in order, and how many did not.

    `people` are everyone who ran the audit, in order (`knowledge.vet.takeover.vetters`);
    empty means only `record.started_by`.
    """
    head = _head(record, report, checklist, people)
    tail = _next_steps(record, report, checklist)
    sections = _sections(record, report)
    total = sum(len(items) for _, items in sections)
    reserve = size("\n\n…and 999 more items: tap Full report.")
    budget = LIMIT - size(head) - size(tail) - reserve
    parts: list[str] = []
    shown = 0
    for title, items in sections:
        fitting = _fit(items, budget - size(title) - 4)
        if not fitting:
            break
        parts.append(title + "\n\n" + "\n\n".join(fitting))
        budget -= size(parts[-1]) + 2
        shown += len(fitting)
        if len(fitting) < len(items):
            break
    omitted = total - shown
    more = [f"…and {omitted} more items: tap Full report."] if omitted else []
    return RenderedReport("\n\n".join([head, *parts, *more, *([tail] if tail else [])]), omitted)


def _fit(items: Sequence[str], budget: int) -> list[str]:
    fitting: list[str] = []
    for item in items:
        budget -= size(item) + 2
        if budget < 0:
            break
        fitting.append(item)
    return fitting


def render_full(
    checklist: Checklist, record: AssessmentRecord, report: AuditReport
) -> tuple[str, ...]:
    """Every item of the report, on as many messages as it takes."""
    title = f"📄 <b>Full report: {html.escape(record.supplier_name)}</b>"
    blocks = [block for head, items in _sections(record, report) for block in (head, *items)]
    pages = paginate(
        blocks or ["Nothing failed and nothing is unknown."], LIMIT - size(title) - 16
    )
    count = len(pages)
    return tuple(f"{title} ({n}/{count})\n\n{page}" for n, page in enumerate(pages, 1))
