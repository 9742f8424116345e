"""The full /vet report as Telegram messages (the "📄 Full report" button), split to fit
Telegram's 4,096 characters.

Owns the full report's layout: supplier, who vetted and when, the completion count, band and
score (finished audits only) with the payment advice when `knowledge.vet.verdict` allows it,
hard blocks first, then each failed or unknown item with why and what to do, then next steps.
The one-screen summary is `card_views`. Pure rendering; every interpolated text is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
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
    Standing,
    Verdict,
    Vetter,
    format_number,
    names_in_order,
    where,
)
from knowledge.vet import steps as steps_after

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
NO_ADVICE_YET = "No payment advice until every question that can block is answered."


size = utf16_length  # shorter to read in the layout arithmetic below


def day(at: datetime) -> str:
    """A date as a buyer reads it: 3 May 2025 (UTC)."""
    return f"{at.day} {at:%b %Y}"


def status_text(record: AssessmentRecord, checklist: Checklist, people: Sequence[Vetter]) -> str:
    """Who vetted and when, fitted to the audit's state (plain text: the PDF prints it)."""
    who = record.started_by.display_name  # whoever runs it now
    everyone = names_in_order(people or (record.started_by,))
    if record.status is AuditStatus.IN_PROGRESS:
        position = where(checklist, record.answers)
        since = f" (took over from {people[-2].display_name})" if people[1:] else ""
        return (
            f"In progress: {who}{since} is at question {position.number} of {position.total}, "
            f"started {day(record.started_at)}"
        )
    ended = day(record.ended_at or record.started_at)
    if record.status is AuditStatus.CANCELLED:
        return f"Stopped {ended}; vetted by {everyone}, started {day(record.started_at)}"
    return f"Vetted by {everyone} on {ended}"


def status_line(record: AssessmentRecord, checklist: Checklist, people: Sequence[Vetter]) -> str:
    """`status_text` escaped for a message (it holds no markup of its own)."""
    return html.escape(status_text(record, checklist, people))


def previous_text(record: AssessmentRecord, checklist: Checklist) -> str:
    """ "Previous audit: 62/100, elevated risk, 3 May 2025", or "" for a first audit."""
    previous = record.previous
    if previous is None:
        return ""
    was = previous.summary
    band = checklist.band(was.band).title.lower()
    return f"Previous audit: {was.score}/100, {band}, {day(previous.finished_at)}"


def _head(
    record: AssessmentRecord,
    report: AuditReport,
    standing: Standing,
    checklist: Checklist,
    people: Sequence[Vetter],
) -> str:
    lines = [
        f"📋 <b>Supplier audit: {html.escape(record.supplier_name)}</b>",
        status_line(record, checklist, people),
    ]
    if record.changes:
        lines.append(f"Report version {record.version}: {record.changes} answers changed since")
    done = standing.completion.text()
    if standing.so_far is not None:
        lines.append(f"{done} · so far: {standing.so_far.text()}")
    else:
        lines.append(done)
    if report.order_value_usd is not None:
        lines.append(f"Planned order: {format_number(report.order_value_usd)} USD")
    if standing.band is not None:
        band = standing.band
        title = html.escape(band.title)
        lines += ["", f"{BAND_MARK[band.id]} <b>{title}</b> · score {report.score}/100"]
        if report.band_reason in REASON:
            lines.append(f"<i>{REASON[report.band_reason]}</i>")
    previous = previous_text(record, checklist)
    if previous:
        lines.append(previous)
    if standing.advice:
        interim = " (so far)" if standing.advice_is_interim else ""
        lines += ["", f"<b>How to pay</b>{interim}"]
        lines += [f"• {html.escape(advice)}" for advice in standing.advice]
    elif not standing.finished:
        lines += ["", f"<i>{NO_ADVICE_YET}</i>"]
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


def next_steps(
    checklist: Checklist, record: AssessmentRecord, report: AuditReport, standing: Standing
) -> tuple[str, ...]:
    """The next steps as plain text, first what the audit's state calls for: finish it (in
    progress) or continue it (stopped). The full report and the PDF both print these."""
    steps = list(steps_after(checklist, report, standing))
    if record.status is AuditStatus.IN_PROGRESS:
        left = standing.completion.unreached
        count = "1 question" if left == 1 else f"{left} questions"
        steps.insert(0, f"Finish the audit ({count} left): send /vet to continue.")
    elif record.status is AuditStatus.CANCELLED:
        steps.insert(0, "This audit was stopped; /vet with the name continues it.")
    return tuple(steps)


def _next_steps(
    record: AssessmentRecord, report: AuditReport, standing: Standing, checklist: Checklist
) -> str:
    steps = next_steps(checklist, record, report, standing)
    if not steps:  # a clean audit of a small order: nothing more to do, so no heading
        return ""
    numbered = [f"{n}. {html.escape(step)}" for n, step in enumerate(steps, start=1)]
    return "<b>Next steps</b>\n" + "\n".join(numbered)


def render_full(
    checklist: Checklist,
    record: AssessmentRecord,
    report: AuditReport,
    standing: Standing,
    people: Sequence[Vetter] = (),
) -> tuple[str, ...]:
    """The whole report (head, every failed or unknown item, next steps) on as many messages
    as it takes. `people`: everyone who ran the audit, in order (empty: `record.started_by`)."""
    title = f"📄 <b>Full report: {html.escape(record.supplier_name)}</b>"
    blocks = [_head(record, report, standing, checklist, people)]
    blocks += [block for head, items in _sections(record, report) for block in (head, *items)]
    tail = _next_steps(record, report, standing, checklist)
    blocks += [tail] if tail else []
    pages = paginate(blocks, LIMIT - size(title) - 16)
    count = len(pages)
    return tuple(f"{title} ({n}/{count})\n\n{page}" for n, page in enumerate(pages, 1))
