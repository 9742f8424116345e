"""The Telegram face of sourcing-bot: thin adapters, one package per feature.

`register_handlers` is the only list of features. Handler groups (`handlers.shared.groups`)
order the gates (allowlist, edits), the one text router and the features; within the default
group the first matching handler wins, so the scam check's catch-all and the fallbacks come
last.
"""

from __future__ import annotations

from handlers import guide, incoterms, landed, sampling, scam, vet
from handlers.shared import access, cancel, edits, errors, fallback, router, start
from handlers.shared.services import App
from knowledge.questions import Asker


def register_handlers(app: App) -> None:
    """Wire every feature into the Application, fallbacks last."""
    access.register(app)
    edits.register(app)
    router.register(
        app,
        {
            Asker.VET: vet.take_answer,
            Asker.LANDED: landed.take_answer,
            Asker.AQL: sampling.take_answer,
        },
    )
    start.register(app)
    vet.register(app)
    cancel.register(app)
    incoterms.register(app)
    sampling.register(app)
    landed.register(app)
    # The guide answers a private text that reads as a buyer's question; it must come before
    # the scam check, which takes every other private text (issue 13).
    guide.register(app)
    # Keep scam last before the fallbacks: its catch-all checks any private text that the
    # text router did not hand to a feature (nothing open, or not an answer).
    scam.register(app)
    fallback.register(app)
    app.add_error_handler(errors.report_error)
