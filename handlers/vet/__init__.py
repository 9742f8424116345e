"""/vet, /report, /suppliers and /cancel: the supplier audit in a chat, one question at a time.

A small package, one module per part of the conversation: `starting` (/vet), `asking`
(showing a question), `answering` (presses, typed answers, finishing), `pausing` (Pause,
Continue, /cancel), `answers` (typed answers the text router hands over), `reports`
(/report and its buttons), `suppliers` (/suppliers), `takeover` (a member taking over an
audit in a group), with `buttons`, `views` and `report_views` for payloads and layout.
The rules live in `knowledge.vet`; state lives in the database only, so a restart loses
nothing.
"""

from __future__ import annotations

from handlers.shared.services import App
from handlers.vet import (
    answering,
    changing,
    codes,
    naming,
    pausing,
    pdf_report,
    reports,
    starting,
    suppliers,
    takeover,
)
from handlers.vet.answers import take_answer

__all__ = ["register", "take_answer"]


def register(app: App) -> None:
    """Wire every /vet handler."""
    starting.register(app)
    answering.register(app)
    pausing.register(app)
    reports.register(app)
    suppliers.register(app)
    takeover.register(app)
    changing.register(app)  # issue 12: change an answer after the end
    naming.register(app)  # issue 12: "Did you mean", continue a stopped audit
    codes.register(app)  # issue 12: one credit code, one supplier
    pdf_report.register(app)  # issue 12: the report as a PDF document
