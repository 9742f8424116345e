"""The one-screen verdict card of a /vet audit: what a buyer reads first, on a phone.

Owns the card's layout (at most ~900 characters and 15 lines): supplier, band and score (only
on a finished audit; "N of 33 answered · so far: ..." while it runs), who vetted and when
(with the report version once an answer was changed), the previous audit's result, each hard
block on one line, the top three things to fix, and the payment advice when there is one
(`knowledge.vet.verdict` decides when). Pure rendering; every interpolated text is escaped and
cut to fit.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from handlers.vet.report_views import (
    BAND_MARK,
    NO_ADVICE_YET,
    REASON,
    day,
    previous_text,
    status_line,
)
from knowledge.vet import (
    AnswerChange,
    AssessmentRecord,
    AuditReport,
    AuditStatus,
    Checklist,
    Finding,
    Standing,
    Verdict,
    Vetter,
    format_number,
)

MAX_CHARS = 900
NAME_CHARS = 60  # a supplier name of 100 characters would take two lines of a phone
LINE_CHARS = 90  # one hard block, fix or advice line
MAX_BLOCKS = 3
MAX_LINES = 15
_FIX_MARK = {Verdict.FAILED: "⚠️", Verdict.PARTIAL: "◐", Verdict.BLOCKED: "⛔"}


def _cut(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _finding_line(checklist: Checklist, finding: Finding) -> str:
    item = checklist.item(finding.item_id)
    label = item.label if item is not None else finding.question
    answer = finding.answer or "not answered"
    if finding.verdict is Verdict.UNKNOWN:
        return f"❔ {label}: find out ({answer.lower()})"
    need = f"; needs {finding.expected}" if finding.expected else ""
    return f"{_FIX_MARK.get(finding.verdict, '⚠️')} {label}: {answer}{need}"


def _who(
    checklist: Checklist,
    record: AssessmentRecord,
    people: Sequence[Vetter],
    change: AnswerChange | None,
) -> str:
    line = status_line(record, checklist, people)  # already escaped
    if change is not None:
        by = html.escape(_cut(change.changed_by.display_name, 30))
        line += f" · v{change.version}, changed {day(change.changed_at)} by {by}"
    return line


def card_html(
    checklist: Checklist,
    record: AssessmentRecord,
    report: AuditReport,
    standing: Standing,
    people: Sequence[Vetter] = (),
    last_change: AnswerChange | None = None,
) -> str:
    """The verdict card's HTML; `last_change` names the latest change after the end."""
    name = html.escape(_cut(record.supplier_name, NAME_CHARS))
    lines = [f"📋 Supplier audit: <b>{name}</b>", _who(checklist, record, people, last_change)]
    done = standing.completion.text()
    if standing.so_far is not None:
        done += f" · so far: {standing.so_far.text()}"
    if report.order_value_usd is not None:
        done += f" · order {format_number(report.order_value_usd)} USD"
    if standing.band is not None and standing.score is not None:
        mark = BAND_MARK[standing.band.id]
        lines.append(f"{mark} <b>{html.escape(standing.band.title)}</b> · {standing.score}/100")
        lines.append(done)
        if report.band_reason in REASON:
            lines.append(f"<i>{REASON[report.band_reason]}</i>")
    else:
        lines.append(done)
    previous = previous_text(record, checklist)
    if previous:  # while a new audit runs, the last verdict is the one /suppliers shows
        lines.append(html.escape(previous))
    for block in standing.hard_blocks[:MAX_BLOCKS]:
        lines.append(html.escape(_cut(_finding_line(checklist, block), LINE_CHARS)))
    if len(standing.hard_blocks) > MAX_BLOCKS:
        lines.append(f"⛔ …and {len(standing.hard_blocks) - MAX_BLOCKS} more hard blocks")
    if standing.fixes:
        lines.append("<b>To fix first</b>")
        lines += [
            html.escape(_cut(_finding_line(checklist, f), LINE_CHARS)) for f in standing.fixes
        ]
    if standing.advice:
        lines.append("<b>How to pay</b>" + (" (so far)" if standing.advice_is_interim else ""))
        room = max(1, MAX_LINES - len(lines))  # the full report has every line of advice
        lines += [f"• {html.escape(a)}" for a in standing.advice[:room]]
    elif not standing.finished:
        lines.append(f"<i>{NO_ADVICE_YET}</i>")
    if record.status is AuditStatus.CANCELLED:
        lines.append("Stopped early: /vet with the name continues it or starts again.")
    return "\n".join(lines)
