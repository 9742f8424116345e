"""The PDF report's own line breaking and shared fonts (issue 12 follow-up, for speed) give
what fpdf2 itself gives: the same lines as `multi_cell` (asked for its lines in a dry run) for
every text of the checklist and for inputs nobody designed, and documents that share parsed
fonts each embed only their own glyphs."""

from __future__ import annotations

import io
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.enums import MethodReturnValue
from pypdf import PdfReader

from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import running
from bot.offline.standin import BotApiStandIn
from handlers.vet.pdf import PdfItem, PdfReport, faces, parsed, render
from handlers.vet.pdf.lines import lines
from knowledge.loader import packaged_knowledge
from knowledge.vet import Checklist

NAME = "宁波明亮家居有限公司 (Ningbo Mingliang Home Co., Ltd.)"
ODD = (
    "",
    " ",
    "one",
    "two  spaces   and three",
    " leading and trailing ",
    "first line\nsecond line\n\nafter a blank line\n",
    "\n",
    "two closing breaks\n\n",
    "x" * 400,
    "a " + "W" * 150 + " b",
    "宁波明亮家居有限公司宁波明亮家居有限公司宁波明亮家居有限公司宁波明亮家居有限公司宁波明亮家居",
    NAME * 3,
    "1.234,56 € · 2k pcs · 1,000,000.00 USD · <b>&amp; \"quotes\" 'single'",
    "Ünïcödé Ĺátín: Łódź, São Paulo, İstanbul, Việt Nam, Ελληνικά, Кириллица",
    "tab\tinside and a very long unbroken https://example.com/" + "path/" * 30,
)


def _document(text: str) -> FPDF:
    pdf = FPDF(unit="mm", format="A4")
    pdf.c_margin = 0
    faces.add_fonts(pdf, faces.coverage(text), text)
    pdf.add_page()
    return pdf


def _texts() -> list[str]:
    checklist = packaged_knowledge().get(Checklist)
    found = [NAME, *ODD]
    for item in checklist.items:
        found += [item.question, item.why, item.if_failed, item.how_to_check]
    return found


@pytest.mark.parametrize(
    ("style", "size", "width"), [("", 9.5, 165.0), ("B", 10.5, 166.0), ("", 20, 60.0)]
)
def test_lines_are_the_lines_fpdf2_would_print(style: str, size: float, width: float) -> None:
    """Every checklist text and every odd input, in the report's sizes and a narrow column."""
    texts = _texts()
    pdf = _document("".join(texts))
    pdf.set_font("body", style, size)
    for text in texts:
        theirs = pdf.multi_cell(width, 5, text, dry_run=True, output=MethodReturnValue.LINES)
        assert lines(pdf, text, width) == theirs, text


def test_documents_sharing_fonts_embed_only_their_own_glyphs() -> None:
    """A document lent a parsed font does not carry the glyphs of the one before it; each reads
    back its own text, and the font was parsed once."""
    first, second = _document("Alpha 宁波"), _document("Omega 明亮")
    for pdf, text in ((first, "Alpha 宁波"), (second, "Omega 明亮")):
        pdf.set_font("body", "", 12)
        pdf.cell(100, 10, text)
    body = second.fonts["body"]
    used = set(body.subset.get_all_glyph_names())  # type: ignore[union-attr]
    assert {body.cmap[ord(c)] for c in "Omega"} <= used  # type: ignore[union-attr]
    assert not {body.cmap[ord(c)] for c in "Alph"} & used  # type: ignore[union-attr]
    one, two = (PdfReader(io.BytesIO(bytes(p.output()))) for p in (first, second))
    assert one.pages[0].extract_text() == "Alpha 宁波"
    assert two.pages[0].extract_text() == "Omega 明亮"
    assert first.fonts["body"] is not body
    assert first.fonts["body"].cw is body.cw  # type: ignore[union-attr] # parsed once, shared


def test_a_font_fpdf2_lays_out_differently_falls_back_to_add_font(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """If lending a parsed font fails (a future fpdf2), the document still gets its fonts."""

    def broken(*_: object) -> None:
        raise AttributeError("no such slot")

    monkeypatch.setattr(parsed, "_lend", broken)
    monkeypatch.setattr(parsed, "_shared", True)
    pdf = _document("Fallback")
    pdf.set_font("body", "", 12)
    pdf.cell(100, 10, "Fallback")
    assert PdfReader(io.BytesIO(bytes(pdf.output()))).pages[0].extract_text() == "Fallback"
    assert parsed._shared is False


async def test_start_up_parses_every_cut_before_the_first_report(
    settings: Settings, standin: BotApiStandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Application's start-up parses the fonts (in a thread), so the first PDF of a
    process does not pay for them; a broken font file is logged, not fatal."""
    monkeypatch.setattr(parsed, "_parsed", {})
    async with running(build_application(settings, request=standin)):
        cuts = {(family, style) for family, style, _ in parsed._parsed}
    assert cuts == {
        ("body", ""), ("body", "B"), ("arabic", ""), ("arabic", "B"),
        ("hebrew", ""), ("hebrew", "B"), ("chinese", ""),
    }  # fmt: skip


def test_a_broken_font_file_does_not_stop_the_warm_up(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The bot still starts; the log says why PDFs will fail."""
    monkeypatch.setattr(parsed, "_parsed", {})
    monkeypatch.setattr(faces, "font_file", lambda name: Path("/nonexistent") / name)
    faces.warm_up()
    assert "PDF fonts could not be read at start-up" in caplog.text


def _report(supplier: str, answer: str) -> PdfReport:
    item = PdfItem(1, "Profile", "How many years in business?", "pass", answer, "Why.", "")
    return PdfReport(
        supplier=supplier, date="6 Dec 2026", subtitle="Vetted by Alex", verdict="Low risk",
        score=90, band="low", verdict_note="", hard_blocks=(), fixes=(), advice=("Pay safely.",),
        advice_title="How to pay", items=(item,) * 40, history=(), plan_title="", plan_note="",
        plan=(), next_steps=(),
    )  # fmt: skip


def test_reports_rendered_at_once_in_threads_are_the_ones_rendered_alone() -> None:
    """Renders run in worker threads and share the parsed fonts and the width cache."""
    reports = [
        _report("宁波明亮家居有限公司", "Twelve years"),
        _report("شركة النور للتجارة", "Ünïcödé answer " * 20),
        _report("Acme Co", "x" * 300),
        _report("深圳市华强北电子有限公司", "Ελληνικά Кириллица"),
    ]

    def text(report: PdfReport) -> str:
        pdf, _ = render(report)
        return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)

    alone = [text(r) for r in reports]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(text, reports * 3))
    assert together == alone * 3


def test_fonts_reduced_before_fpdf2_subsets_them_change_no_byte(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`before_output` hands fpdf2 cuts already reduced to the document's glyphs (kept for the
    next document): the PDF is byte for byte the one fpdf2 makes from the whole cuts, the
    first time (reduced now) and the second (taken from the kept ones)."""
    reduce = parsed.before_output
    fixed = datetime(2026, 12, 6, tzinfo=UTC)

    def dated(pdf: FPDF) -> None:
        pdf.set_creation_date(fixed)

    def dated_and_reduced(pdf: FPDF) -> None:
        pdf.set_creation_date(fixed)
        reduce(pdf)

    report = _report("宁波明亮家居有限公司 (Ningbo Mingliang Home Co., Ltd.)", "Twelve years")
    for bases in (False, True):  # the document's own glyphs; the start-up base for Latin
        monkeypatch.setattr(parsed, "_subsets", OrderedDict())
        monkeypatch.setattr(parsed, "_bases", {})
        if bases:
            faces.warm_up()
        monkeypatch.setattr(parsed, "before_output", dated)
        whole, _ = render(report)
        monkeypatch.setattr(parsed, "before_output", dated_and_reduced)
        reduced, _ = render(report)
        kept, _ = render(report)
        assert reduced == whole
        assert kept == whole
        # body regular and bold from the base or their own, Chinese its own
        assert len(parsed._subsets) == (1 if bases else 3)


def test_shaped_reports_keep_the_whole_cuts(monkeypatch: pytest.MonkeyPatch) -> None:
    """fpdf2 shapes the last footer while it writes the PDF, from the whole cut: a report with
    Arabic or Hebrew is never handed reduced fonts."""
    calls: list[FPDF] = []
    monkeypatch.setattr(parsed, "before_output", calls.append)
    for name in ("شركة النور للتجارة", "חברת האור בע״מ"):
        pdf, _ = render(_report(name, "Twelve years"))
        assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1
    assert calls == []


def test_if_reduced_fonts_fail_the_report_is_made_from_the_whole_cuts(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A safety net: whatever goes wrong with the reduced fonts, the buyer gets the PDF."""
    hebrew = (faces.font_file("Hebrew-Regular.ttf")).read_bytes()

    def wrong(pdf: FPDF) -> None:  # a cut without the Latin glyphs the document used
        for font in pdf.fonts.values():
            font.ttfont = TTFont(io.BytesIO(hebrew))  # type: ignore[union-attr]

    monkeypatch.setattr(parsed, "before_output", wrong)
    pdf, _ = render(_report("Acme Co", "Twelve years"))
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Acme Co" in text
    assert "Twelve years" in text
    assert "rendering with the whole cuts" in caplog.text
