"""The /vet report as an A4 PDF (fpdf2): a cover with the verdict, every question with its
answer, why and what to do, the audit history, the inspection plan and the next steps.

Narrow margins (a phone shows the page at full width), page numbers and the supplier with
the date in every footer. Arabic and Hebrew are shaped (uharfbuzz) and ordered right to left
by fpdf2 only in the paragraphs that have them; see `faces` for the fonts and the fallback.
Works around two fpdf2 2.8 quirks, each noted where it is handled. Pure rendering: values in,
bytes out; CPU-bound (about a hundred ms), so the caller runs it in a thread.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos
from fpdf.fonts import FontFace

from handlers.vet.pdf import faces, parsed
from handlers.vet.pdf.document import PdfItem, PdfReport, map_texts, texts_of
from handlers.vet.pdf.lines import lines

_LOGGER = logging.getLogger(__name__)
MARGIN = 12.0  # mm
BODY = 10.5  # pt
LINE = 5.2  # mm per body line
LABEL_W = 21.0
INK = (33, 33, 33)
MUTED = (105, 105, 105)
RULE = (210, 210, 210)
COLOUR = {
    "low": (46, 125, 50), "moderate": (176, 130, 0), "elevated": (230, 100, 0),
    "high": (198, 40, 40), "": (90, 90, 90),
}  # fmt: skip
STATUS = {
    "pass": ("PASS", (46, 125, 50)), "fail": ("FAIL", (198, 40, 40)),
    "block": ("BLOCK", (140, 20, 20)), "partial": ("PARTLY", (230, 100, 0)),
    "unknown": ("UNKNOWN", (120, 120, 120)), "noted": ("NOTED", (90, 110, 140)),
    "unreached": ("NOT YET", (165, 165, 165)),  # an unfinished audit's questions to come
}  # fmt: skip


class _Report(FPDF):
    def __init__(self, footer_text: str) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.footer_text = footer_text
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=16)
        self.c_margin = 0
        self.alias_nb_pages()

    def footer(self) -> None:
        self.set_y(-11)
        self.set_draw_color(*RULE)
        self.line(MARGIN, self.get_y() - 1.5, self.w - MARGIN, self.get_y() - 1.5)
        self.set_font("body", "", 8)
        self.set_text_color(*MUTED)
        width = self.w - 2 * MARGIN
        _pin_font(self, self.footer_text)
        self.set_text_shaping(faces.needs_shaping(self.footer_text))
        self.cell(width - 28, 5, self.footer_text, align=Align.L)
        # fpdf2 cannot put the page count ({nb}) into shaped text (its issue #1090).
        self.set_text_shaping(False)
        self.cell(28, 5, f"Page {self.page_no()} of {{nb}}", align=Align.R)


def _pin_font(pdf: FPDF, text: str) -> None:
    """fpdf2 2.8: a line that starts with a fallback-font character (a Chinese name) inside
    q/Q (coloured text) sets the main font only inside it, so the next wrapped line comes out
    in the previous size. One space printed in the main font first sets it for the page."""
    if text and ord(text[0]) >= 0x0590:
        x, y = pdf.get_x(), pdf.get_y()
        pdf.cell(0.1, 0.1, " ")
        pdf.set_xy(x, y)


def _para(
    pdf: FPDF, text: str, size: float = BODY, style: str = "", colour: tuple[int, int, int] = INK,
    x: float | None = None, width: float = 0, line: float | None = None,
) -> None:  # fmt: skip
    """One wrapped paragraph; right-to-left text aligns right."""
    pdf.set_font("body", style, size)
    pdf.set_text_color(*colour)
    if x is not None:
        pdf.set_x(x)
    height = line or size * 0.49
    if faces.needs_shaping(text):  # bidi and shaping: fpdf2 breaks these lines itself
        _pin_font(pdf, text)
        pdf.set_text_shaping(True)
        pdf.multi_cell(
            width, height, text, align=Align.R if faces.right_to_left(text) else Align.L,
            new_x=XPos.LMARGIN, new_y=YPos.NEXT,  # the default (RIGHT) breaks the next cell
        )  # fmt: skip
        return
    pdf.set_text_shaping(False)
    left = pdf.get_x()
    room = width or pdf.w - pdf.r_margin - left
    for row in lines(pdf, text, room):  # one cell a line: see `handlers.vet.pdf.lines`
        pdf.set_x(left)
        _pin_font(pdf, row)
        pdf.cell(room, height, row, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _heading(pdf: FPDF, text: str, size: float = 14, colour: tuple[int, int, int] = INK) -> None:
    pdf.ln(2)
    _para(pdf, text, size=size, style="B", colour=colour)
    pdf.ln(1)


def _marked(pdf: FPDF, items: Sequence[str], colour: tuple[int, int, int], numbered: bool) -> None:
    width = pdf.w - 2 * MARGIN
    for n, line in enumerate(items, start=1):
        y = pdf.get_y()
        pdf.set_font("body", "B", BODY)
        pdf.set_text_color(*colour)
        pdf.set_xy(MARGIN, y)
        pdf.cell(6, LINE, f"{n}." if numbered else "•")
        _para(pdf, line, x=MARGIN + 6, width=width - 6, line=LINE)
        pdf.ln(0.8)


def _cover(pdf: FPDF, report: PdfReport) -> None:
    colour = COLOUR.get(report.band, COLOUR[""])
    _para(pdf, "SUPPLIER AUDIT REPORT", size=9, style="B", colour=MUTED)
    pdf.ln(1)
    _para(pdf, report.supplier, size=20, style="B", line=9)
    _para(pdf, report.subtitle, size=9.5, colour=MUTED)
    pdf.ln(4)
    width, top = pdf.w - 2 * MARGIN, pdf.get_y()
    pdf.set_fill_color(*colour)
    pdf.rect(MARGIN, top, width, 22, style="F", round_corners=True, corner_radius=2.5)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("body", "B", 19)
    pdf.set_text_shaping(False)
    pdf.set_xy(MARGIN + 5, top + 6)
    pdf.cell(width - 60, 10, report.verdict.upper())
    if report.score is not None:
        pdf.set_xy(MARGIN + width - 55, top + 6)
        pdf.cell(50, 10, f"{report.score}/100", align=Align.R)
    pdf.set_y(top + 24)
    _para(pdf, report.verdict_note, size=9.5, colour=MUTED)
    red, green = COLOUR["high"], COLOUR["low"]
    if report.hard_blocks:
        _heading(pdf, "Hard blocks", colour=red)
        _marked(pdf, report.hard_blocks, red, numbered=False)
    elif report.score is not None:
        _heading(pdf, "No hard blocks", colour=green)
    if report.fixes:
        _heading(pdf, "Top things to fix")
        _marked(pdf, report.fixes, colour, numbered=True)
    _heading(pdf, report.advice_title)
    _marked(pdf, report.advice or ("No payment advice yet.",), INK, numbered=False)
    if report.next_steps:
        _heading(pdf, "Next steps")
        _marked(pdf, report.next_steps, INK, numbered=True)


def _lines(pdf: FPDF, text: str, width: float) -> int:
    """Lines a paragraph takes in the current font (exact for left-to-right text)."""
    return len(lines(pdf, text, width))


def _item(pdf: FPDF, item: PdfItem) -> None:
    width = pdf.w - 2 * MARGIN
    label, fill = STATUS.get(item.status, STATUS["unknown"])
    rows = [("Answer", item.answer), ("Why", item.why)]
    if item.todo:
        unknown = item.status in ("unknown", "unreached")
        rows.append(("To check" if unknown else "To do", item.todo))
    question = f"{item.number}. {item.question}"
    pdf.set_font("body", "B", BODY)
    needed = _lines(pdf, question, width - 20) * LINE + 4
    pdf.set_font("body", "", 9.5)
    needed += sum(_lines(pdf, v, width - LABEL_W) * 4.7 + 0.8 for _, v in rows)
    if pdf.will_page_break(needed):
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("body", "B", 7)
    pill = pdf.get_string_width(label) + 3
    pdf.set_fill_color(*fill)
    pdf.set_text_color(255, 255, 255)
    pdf.rect(MARGIN, y + 0.6, pill, 4.2, style="F", round_corners=True, corner_radius=1)
    pdf.set_text_shaping(False)
    pdf.set_xy(MARGIN, y + 0.6)
    pdf.cell(pill, 4.2, label, align=Align.C)
    pdf.set_y(y)
    _para(pdf, question, style="B", x=MARGIN + 20, width=width - 20, line=LINE)
    pdf.ln(1)
    for key, value in rows:
        y = pdf.get_y()
        pdf.set_font("body", "B", 8)
        pdf.set_text_color(*MUTED)
        pdf.set_text_shaping(False)
        pdf.set_xy(MARGIN, y + 0.3)
        pdf.cell(LABEL_W - 2, 4.7, key.upper())
        pdf.set_y(y)
        _para(pdf, value, size=9.5, x=MARGIN + LABEL_W, width=width - LABEL_W, line=4.7)
        pdf.ln(0.6)
    pdf.set_draw_color(*RULE)
    pdf.line(MARGIN, pdf.get_y() + 0.5, MARGIN + width, pdf.get_y() + 0.5)
    pdf.ln(2.5)


def _items(pdf: FPDF, items: Sequence[PdfItem]) -> None:
    section = None
    width = pdf.w - 2 * MARGIN
    for item in items:
        if item.section != section:
            section = item.section
            if pdf.will_page_break(30):
                pdf.add_page()
            y = pdf.get_y() + 1
            pdf.set_fill_color(240, 240, 240)
            pdf.rect(MARGIN, y, width, 8, style="F")
            pdf.set_xy(MARGIN + 2.5, y + 1)
            pdf.set_font("body", "B", 12)
            pdf.set_text_color(*INK)
            pdf.set_text_shaping(False)
            pdf.cell(width - 5, 6, section)
            pdf.set_y(y + 10)
        _item(pdf, item)


def _table(
    pdf: FPDF, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]
) -> None:
    pdf.set_font("body", "", 9.5)
    pdf.set_text_color(*INK)
    pdf.set_draw_color(*RULE)
    pdf.set_fill_color(255, 255, 255)  # fpdf2 fills body cells with the current fill colour
    pdf.set_text_shaping(any(faces.needs_shaping(v) for r in rows for v in r))
    with pdf.table(
        col_widths=tuple(widths), line_height=5.8, text_align="LEFT",
        headings_style=FontFace(emphasis="BOLD", fill_color=(240, 240, 240)),
        borders_layout="HORIZONTAL_LINES", padding=1.2,
    ) as table:  # fmt: skip
        for values in (header, *rows):
            row = table.row()
            for value in values:
                row.cell(value)


def _draw(report: PdfReport, need: faces.Coverage) -> _Report:
    short = report.supplier if len(report.supplier) <= 70 else report.supplier[:69] + "…"
    # An isolate keeps a right-to-left name from turning the whole footer ("Dec 2026 6").
    pdf = _Report(f"\u2068{short}\u2069 · {report.date}")
    bold = report.supplier + "".join(i.question + i.section for i in report.items)
    faces.add_fonts(pdf, need, bold)
    pdf.set_title(f"Supplier audit: {report.supplier}")
    pdf.set_creator("sourcing-bot /vet")
    pdf.set_lang("en")
    pdf.add_page()
    _cover(pdf, report)
    pdf.add_page()
    _heading(pdf, "Every question", size=16)
    _items(pdf, report.items)
    if pdf.will_page_break(30 + 7 * len(report.history)):
        pdf.add_page()
    _heading(pdf, "Audit history")
    _table(pdf, ("When", "Who", "What", "Result"), [
        (h.when, h.who, h.what, h.result) for h in report.history], (3, 4, 5, 3))  # fmt: skip
    if report.plan:
        if pdf.will_page_break(60):
            pdf.add_page()
        _heading(pdf, report.plan_title)
        _para(pdf, report.plan_note, size=9.5, colour=MUTED)
        pdf.ln(2)
        _table(pdf, ("Lot (units)", "Units to check", "Critical", "Major", "Minor"), [
            (p.lot, p.sample, p.critical, p.major, p.minor) for p in report.plan
        ], (3, 2, 3, 3, 3))  # fmt: skip
    return pdf


def render(source: PdfReport) -> tuple[bytes, frozenset[str]]:
    """The report as PDF bytes (A4), and the characters no font has (printed as "□")."""
    need = faces.coverage("".join(texts_of(source)))
    report = map_texts(source, lambda text: faces.printable(text, need.missing))
    if need.missing:  # the "□" that stands for them comes from a fallback font
        families = faces.coverage("".join(texts_of(report))).families
        need = faces.Coverage(families, need.missing)
    # Fonts already reduced to the document's glyphs (`parsed.before_output`) only without
    # shaping: fpdf2 shapes the last page's footer while writing, from the whole cut.
    if not any(faces.needs_shaping(text) for text in texts_of(report)):
        pdf = _draw(report, need)
        parsed.before_output(pdf)
        try:
            return bytes(pdf.output()), need.missing
        except Exception:  # the reduced fonts lacked something: the whole cuts never do
            _LOGGER.exception("PDF: reduced fonts failed; rendering with the whole cuts")
    return bytes(_draw(report, need).output()), need.missing
