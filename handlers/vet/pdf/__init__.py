"""The /vet report as a PDF document to share outside the chat (issue 12).

`document` holds the values a report prints, `layout` draws them with fpdf2, `faces` finds the
shipped OFL Noto cuts (built by `scripts/build_pdf_fonts.py`, licence in `fonts/OFL.txt`).
Rendering only: the handler (`handlers.vet.pdf_report`) fills the values and sends the file.
"""

from __future__ import annotations

from handlers.vet.pdf.document import PdfHistoryRow, PdfItem, PdfPlanRow, PdfReport
from handlers.vet.pdf.layout import render
from handlers.vet.pdf.warm import warm_up

__all__ = ["PdfHistoryRow", "PdfItem", "PdfPlanRow", "PdfReport", "render", "warm_up"]
