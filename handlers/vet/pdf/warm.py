"""The PDF report made ready at start-up: every font cut parsed and one small sample rendered,
so the first report of a process costs what the others do (issue 12 follow-up).

The sample prints every printable ASCII character in the regular and bold cuts (their widths
are then known, see `lines`) and passes through each part of the layout once. Called once per
process from the Application's start-up, in a worker thread; a failure is logged, never
raised: the bot runs without PDFs rather than not at all. No Telegram, no I/O but the
package's own font files.
"""

from __future__ import annotations

import logging
import string

from handlers.vet.pdf import faces
from handlers.vet.pdf.document import PdfHistoryRow, PdfItem, PdfPlanRow, PdfReport
from handlers.vet.pdf.layout import render

_LOGGER = logging.getLogger(__name__)
_ASCII = string.printable.strip()
_SAMPLE = PdfReport(
    supplier=_ASCII, date="1 Jan 2026", subtitle=_ASCII, verdict="Low risk", score=100,
    band="low", verdict_note=_ASCII, hard_blocks=(_ASCII,), fixes=(_ASCII,), advice=(_ASCII,),
    advice_title="How to pay",
    items=(PdfItem(1, _ASCII, _ASCII, "pass", _ASCII, _ASCII, _ASCII),),
    history=(PdfHistoryRow("1 Jan 2026", "A", _ASCII, "-"),), plan_title=_ASCII,
    plan_note=_ASCII, plan=(PdfPlanRow("500", "50", "0 / 1", "3 / 4", "5 / 6"),),
    next_steps=(_ASCII,),
)  # fmt: skip


def warm_up() -> None:
    """Parse the fonts and render the sample; log, never raise, if that fails."""
    faces.warm_up()
    try:
        render(_SAMPLE)
    except Exception:  # a broken package must not stop the bot; the PDF request will say so
        _LOGGER.exception("The PDF report could not be rendered at start-up")
