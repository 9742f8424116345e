"""The /vet report as a PDF document: `/report NAME pdf` and the 📑 PDF button.

Fills `handlers.vet.pdf.PdfReport` from the audit (scored afresh, like the card), its
supplier's audit history and changed answers, and, when the order calls for an inspection,
ISO 2859-1 plans for typical lot sizes from `knowledge.sampling`; renders it in a thread (it
is CPU work) and sends it as a Telegram document named after the supplier and the date. The
bytes of a finished audit's report are kept per version in a small in-process cache (they
only change with a new version; the database stays the source of truth). Anyone in the chat
may ask for a report of the chat's suppliers.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
import unicodedata
from collections import OrderedDict
from collections.abc import Sequence
from datetime import UTC, datetime

from telegram import InputFile, Update
from telegram.ext import CallbackQueryHandler

from handlers.shared.services import App, Context, services
from handlers.vet.audit import checklist
from handlers.vet.buttons import BUTTONS, Action
from handlers.vet.pdf import PdfHistoryRow, PdfItem, PdfPlanRow, PdfReport, render
from handlers.vet.report_views import (
    NO_ADVICE_YET,
    REASON,
    day,
    next_steps,
    previous_text,
    status_text,
)
from handlers.vet.reports import Judged, judge, pressed_audit
from knowledge.sampling import DefectClass, SamplingPlan, SamplingTables, plan
from knowledge.vet import (
    AssessmentRecord,
    AuditStatus,
    Checklist,
    Finding,
    PastAudit,
    Verdict,
    inspection_due,
    names_in_order,
    show_answer,
)
from knowledge.vet import judge as judge_answer

_LOGGER = logging.getLogger(__name__)
CACHED = 32
PLAN_LOTS = (500, 1_200, 3_200, 10_000)
_STATUS = {
    Verdict.PASSED: "pass", Verdict.PARTIAL: "partial", Verdict.FAILED: "fail",
    Verdict.BLOCKED: "block", Verdict.UNKNOWN: "unknown", Verdict.NOTED: "noted",
}  # fmt: skip
_UNREACHED = {AuditStatus.IN_PROGRESS: "not reached yet", AuditStatus.CANCELLED: "not reached"}
_UNSAFE_IN_FILE_NAME = re.compile(r'[\\/:*?"<>|\s]+')
# (chat, audit, version, when it ended): the end time tells two databases' audit 1 apart.
_Key = tuple[int, int, int, datetime | None]
_cache: OrderedDict[_Key, tuple[bytes, frozenset[str]]] = OrderedDict()
MISSING_NOTE = (
    "Some characters of this report are not in its fonts and print as □; "
    "the report in the chat shows them."
)


def file_name(supplier: str, at: datetime) -> str:
    """ "audit-Ningbo-Bright-Home-Co-2026-12-06.pdf": the supplier cut to 60 characters."""
    text = "".join(c for c in unicodedata.normalize("NFC", supplier) if c.isprintable())
    stem = _UNSAFE_IN_FILE_NAME.sub("-", text).strip("-.")[:60] or "supplier"
    return f"audit-{stem}-{at:%Y-%m-%d}.pdf"


def _line(checklist: Checklist, finding: Finding, *, todo: bool) -> str:
    item = checklist.item(finding.item_id)
    label = item.label if item is not None else finding.question
    answer = finding.answer or "not answered"
    need = f" (needs {finding.expected})" if finding.expected else ""
    return f"{label}: {answer}{need}." + (f" {finding.action}" if todo else "")


def _items(checklist: Checklist, record: AssessmentRecord) -> tuple[PdfItem, ...]:
    found = []
    for number, item in enumerate(checklist.items, start=1):
        stored = record.answers.get(item.id)
        verdict = judge_answer(item, stored).verdict
        status = _STATUS[verdict]
        unreached = stored is None and record.status is not AuditStatus.FINISHED
        answer = show_answer(item, stored) or "not answered"
        todo = item.how_to_check if verdict is Verdict.UNKNOWN else ""
        if unreached:  # not an unknown answer: the completion count does not count it either
            status, answer = "unreached", _UNREACHED[record.status]
        if verdict in (Verdict.FAILED, Verdict.PARTIAL, Verdict.BLOCKED):
            todo = judge_answer(item, stored).advice or item.if_failed
        section = checklist.section_of(item.id).title
        found.append(PdfItem(number, section, item.question, status, answer, item.why, todo))
    return tuple(found)


def _history(checklist: Checklist, judged: Judged, audits: list[PastAudit]) -> tuple[
    PdfHistoryRow, ...
]:  # fmt: skip
    rows = []
    for audit in audits:
        what = {AuditStatus.FINISHED: "Audit finished", AuditStatus.CANCELLED: "Audit stopped",
                AuditStatus.IN_PROGRESS: "Audit in progress"}[audit.status]  # fmt: skip
        result = "-"
        if audit.summary is not None:
            band = checklist.band(audit.summary.band).title
            result = f"{audit.summary.score}/100, {band}"
            what += f" (v{audit.changes + 1})" if audit.changes else ""
        when = day(audit.ended_at or audit.started_at)
        rows.append(PdfHistoryRow(when, audit.vetted_by.display_name, what, result))
        if audit.assessment_id == judged.record.assessment_id:
            for change in judged.changes:
                item = checklist.item(change.item_id)
                label = item.label if item is not None else change.item_id
                old = show_answer(item, change.old_value) if item else change.old_value
                new = show_answer(item, change.new_value) if item else change.new_value
                rows.append(PdfHistoryRow(
                    day(change.changed_at), change.changed_by.display_name,
                    f"v{change.version}: {label}, {old or 'not answered'} → {new}",
                    f"{change.before.score} → {change.after.score}/100",
                ))  # fmt: skip
    return tuple(rows)


def _rule(found: SamplingPlan, defect: DefectClass) -> str:
    entry = found.for_class(defect)
    return f"{entry.accept} / {entry.reject}"


def _plan(tables: SamplingTables) -> tuple[PdfPlanRow, ...]:
    """The default plan (level II; critical 0, major 2.5, minor 4.0) for typical lots."""
    rows = []
    for lot in PLAN_LOTS:
        found = plan(tables, lot)
        rules = [_rule(found, defect) for defect in DefectClass]
        rows.append(PdfPlanRow(f"{lot:,}", f"{found.units_to_draw:,}", *rules))
    return tuple(rows)


def build(
    context: Context, judged: Judged, audits: list[PastAudit], aliases: Sequence[str] = ()
) -> PdfReport:
    """The PDF's values for an audit, worded like the card and the full report; `aliases`:
    the names of suppliers merged into this one (their audits are in the history)."""
    questions = checklist(context)
    record, standing, report = judged.record, judged.standing, judged.report
    last = judged.changes[-1] if judged.changes else None
    dated = last.changed_at if last else record.ended_at or datetime.now(UTC)
    done = standing.completion.text()
    previous = previous_text(record, questions)
    if standing.band is not None:
        who = names_in_order(judged.people or (record.started_by,))
        version = f" · report version {record.version}" if record.changes else ""
        subtitle = f"Vetted by {who} · {day(dated)}{version} · {done}"
        verdict, band = standing.band.title, standing.band.id.value
        note = REASON.get(
            report.band_reason, "The score is the share of the checklist's weight earned."
        )
    else:  # no band word, no score before the end (issue 12); say why and what is left
        subtitle = f"{status_text(record, questions, judged.people)} · {done}"
        stopped = record.status is AuditStatus.CANCELLED
        verdict, band = ("Stopped" if stopped else "In progress"), ""
        tally = standing.so_far.text() if standing.so_far else ""
        end = "It was stopped before the end" if stopped else "No verdict until it is finished"
        note = f"{done} · so far: {tally}. {end}."
    note += f" {previous}." if previous else ""
    if aliases:  # read away from the chat, the history's other audits need their names
        subtitle += " · also filed as " + ", ".join(aliases)
    # As on the card: an inspection plan belongs to a finished audit (an unfinished one may
    # still find a reason not to order at all).
    due = standing.band is not None and inspection_due(questions, report)
    tables = services(context).knowledge.get(SamplingTables)
    return PdfReport(
        supplier=record.supplier_name, date=day(dated), subtitle=subtitle, verdict=verdict,
        score=standing.score, band=band, verdict_note=note,
        hard_blocks=tuple(_line(questions, f, todo=True) for f in standing.hard_blocks),
        fixes=tuple(_line(questions, f, todo=True) for f in standing.fixes),
        advice=standing.advice or (NO_ADVICE_YET,),
        advice_title="How to pay" + (" (so far)" if standing.advice_is_interim else ""),
        items=_items(questions, record),
        history=_history(questions, judged, audits),
        plan_title="Inspection plan (ISO 2859-1, level II, normal inspection)" if due else "",
        plan_note=(
            "Units to check and, per defect class, the defects that still accept the lot / "
            "the count that rejects it (AQL 0 critical, 2.5 major, 4.0 minor). For your exact "
            "quantity send /aql with it (e.g. /aql 2400)."
        ),
        plan=_plan(tables) if due else (),
        # The PDF is read away from the chat: no emoji button names in its steps.
        next_steps=tuple(
            s.replace("✏️ ", "") for s in next_steps(questions, record, report, standing)
        ),
    )  # fmt: skip


async def send_pdf(context: Context, record: AssessmentRecord) -> None:
    """Render the audit's report as a PDF (or take it from the cache) and send it."""
    judged = await judge(context, record, every_change=True)
    key = (record.chat_id, record.assessment_id, record.version, record.ended_at)
    cached = _cache.get(key) if record.status is AuditStatus.FINISHED else None
    if cached is None:
        audits = await services(context).vet_history.list_audits_of(
            record.chat_id, record.supplier_id
        )
        refs = await services(context).vet.list_supplier_refs(record.chat_id)
        aliases = [
            r.name
            for r in refs
            if r.supplier_id == record.supplier_id and r.name != record.supplier_name
        ]
        values = build(context, judged, audits, aliases)
        started = time.perf_counter()
        cached = await asyncio.to_thread(render, values)
        _LOGGER.info("PDF of audit %s: %.0f ms", record.assessment_id,
                     (time.perf_counter() - started) * 1000)  # fmt: skip
        if record.status is AuditStatus.FINISHED:
            _cache[key] = cached
            while len(_cache) > CACHED:
                _cache.popitem(last=False)
    pdf, missing = cached
    at = judged.changes[-1].changed_at if judged.changes else record.ended_at or datetime.now(UTC)
    caption = f"📑 Supplier audit: {record.supplier_name}"[:200]
    if missing:
        caption += "\n" + MISSING_NOTE
    await context.bot.send_document(
        record.chat_id, InputFile(pdf, filename=file_name(record.supplier_name, at)),
        caption=caption, parse_mode=None,
    )  # fmt: skip


async def press_pdf(update: Update, context: Context) -> None:
    """📑 PDF under a card: the report of that audit of this chat, as a document."""
    record = await pressed_audit(update, context, Action.PDF, "Making the PDF…")
    if record is not None:
        await send_pdf(context, record)


def register(app: App) -> None:
    """Add the PDF button (/report NAME pdf is read by `handlers.vet.reports`)."""
    app.add_handler(CallbackQueryHandler(press_pdf, pattern=BUTTONS.pattern(Action.PDF)))
