"""/vet, /report, /suppliers and /cancel: the supplier audit in a chat, one question at a time.

A small package, one module per part of the conversation: `starting` (/vet), `asking`
(showing a question), `answering` (presses, typed replies, finishing), `pausing` (Pause,
Continue, /cancel), `replies` (forced replies matched through the database), `reports`
(/report and its buttons), `suppliers` (/suppliers), `takeover` (a member taking over an
audit in a group), with `buttons`, `question_view` and `report_view` for payloads and layout.
The rules live in `knowledge.vet`; state lives in the database only, so a restart loses
nothing.
"""

from __future__ import annotations

from handlers.services import App
from handlers.vet import answering, pausing, replies, reports, starting, suppliers, takeover


def register(app: App) -> None:
    """Wire every /vet handler."""
    replies.register(app)
    starting.register(app)
    answering.register(app)
    pausing.register(app)
    reports.register(app)
    suppliers.register(app)
    takeover.register(app)
