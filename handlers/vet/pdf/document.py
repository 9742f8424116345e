"""What the PDF report holds, as plain values: the handler fills them from the audit, the
layout draws them. No Telegram, no database, no fpdf2 here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields, is_dataclass, replace


@dataclass(frozen=True, slots=True)
class PdfItem:
    """One question of the checklist as the report shows it."""

    number: int
    section: str
    question: str
    status: str  # pass, fail, partial, block, unknown, noted, unreached (not asked yet)
    answer: str
    why: str
    todo: str  # what to do (failed), how to find out (unknown); empty when passed


@dataclass(frozen=True, slots=True)
class PdfHistoryRow:
    """One line of the audit history: an audit, or a version made by a changed answer."""

    when: str
    who: str
    what: str
    result: str


@dataclass(frozen=True, slots=True)
class PdfPlanRow:
    """The sampling plan for one lot size (ISO 2859-1, the defaults of /aql)."""

    lot: str
    sample: str
    critical: str
    major: str
    minor: str


@dataclass(frozen=True, slots=True)
class PdfReport:
    """Everything the PDF prints, already worded; see `handlers.vet.pdf.layout`."""

    supplier: str
    date: str  # the report's date (its version's), "6 Dec 2026"
    subtitle: str  # who vetted, the version, how much is answered
    verdict: str  # "Low risk" on a finished audit, "In progress" or "Stopped" otherwise
    score: int | None  # None while the audit runs
    band: str  # low, moderate, elevated, high; "" while the audit runs
    verdict_note: str  # why the band, or how far the audit is
    hard_blocks: tuple[str, ...]
    fixes: tuple[str, ...]
    advice: tuple[str, ...]
    advice_title: str
    items: tuple[PdfItem, ...]
    history: tuple[PdfHistoryRow, ...]
    plan_title: str  # "" when the order needs no inspection
    plan_note: str
    plan: tuple[PdfPlanRow, ...]
    next_steps: tuple[str, ...]


def _mapped(value: object, change: Callable[[str], str]) -> object:
    if isinstance(value, str):
        return change(value)
    if isinstance(value, tuple):
        return tuple(_mapped(v, change) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        return replace(
            value, **{f.name: _mapped(getattr(value, f.name), change) for f in fields(value)}
        )
    return value


def texts_of(value: object) -> Iterator[str]:
    """Every string a report (or a part of it) holds."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple):
        for v in value:
            yield from texts_of(v)
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            yield from texts_of(getattr(value, f.name))


def map_texts(report: PdfReport, change: Callable[[str], str]) -> PdfReport:
    """The report with `change` applied to every string it holds."""
    changed = _mapped(report, change)
    assert isinstance(changed, PdfReport)  # noqa: S101 - _mapped keeps the type
    return changed
