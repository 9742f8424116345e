"""The Telegram face of sourcing-bot: thin adapters, one module per feature.

`register_handlers` is the only list of features: order matters, because within a group the
first matching handler wins and the fallbacks must come last.
"""

from __future__ import annotations

from handlers import (
    access,
    aql,
    cancel,
    edits,
    errors,
    fallback,
    incoterms,
    landed,
    scam,
    start,
    vet,
)
from handlers.services import App


def register_handlers(app: App) -> None:
    """Wire every feature into the Application, fallbacks last."""
    access.register(app)
    edits.register(app)
    start.register(app)
    vet.register(app)
    cancel.register(app)
    incoterms.register(app)
    aql.register(app)
    landed.register(app)
    # Keep scam last before the fallbacks: its catch-all checks any private text that no
    # feature above claimed (their forced-reply answers and pending-question answers first).
    scam.register(app)
    fallback.register(app)
    app.add_error_handler(errors.report_error)
