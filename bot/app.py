"""Builds the Application: the only place that wires settings, storage, knowledge and handlers.

`build_application(settings, request=...)` is the seam: production passes nothing and talks to
Telegram over HTTP; the console and the tests pass the in-process Bot API stand-in and run the
very same Application.
"""

from __future__ import annotations

import logging
from typing import Any, cast

from telegram import BotCommand, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, BaseRateLimiter, Defaults
from telegram.request import BaseRequest

from bot.aql_store import SqliteQuantityPromptStore
from bot.chat_store import SqliteChatStore
from bot.config import Settings
from bot.estimate_store import SqliteEstimateStore
from bot.landed_draft_store import SqliteLandedDraftStore
from bot.storage import Database
from bot.update_order import ChatOrderedUpdates
from bot.vet_store import SqliteVetStore
from handlers import register_handlers
from handlers.menu import MENU
from handlers.services import SERVICES_KEY, App, LandedEngines, Services
from knowledge.incoterms import IncotermsGuide
from knowledge.incoterms_models import Incoterms
from knowledge.loader import KnowledgeBase, packaged_knowledge

_LOGGER = logging.getLogger(__name__)
DATABASE_KEY = "database"
OFFLINE_TOKEN = "123456:offline-console-token"  # noqa: S105 - never valid on Telegram


def build_services(knowledge: KnowledgeBase, db: Database, settings: Settings) -> Services:
    """Bind the storage ports to SQLite; build the engines over the knowledge, once."""
    return Services(
        knowledge=knowledge,
        chats=SqliteChatStore(db),
        vet=SqliteVetStore(db),
        incoterms=IncotermsGuide(knowledge.get(Incoterms)),
        landed=LandedEngines.build(knowledge),
        estimates=SqliteEstimateStore(db),
        landed_drafts=SqliteLandedDraftStore(db),
        quantity_prompts=SqliteQuantityPromptStore(db),
        allowed_chat_ids=settings.allowed_chat_ids,
        admin_chat_id=settings.admin_chat_id,
    )


def build_application(settings: Settings, *, request: BaseRequest | None = None) -> App:
    """The Application with every handler; storage opens in post_init, closes in post_shutdown.

    Knowledge is loaded here, so a broken data file stops start-up before any network call.
    """
    knowledge = packaged_knowledge()

    async def open_storage(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        db = await Database.open(settings.database_path)
        app.bot_data[DATABASE_KEY] = db
        app.bot_data[SERVICES_KEY] = build_services(knowledge, db, settings)
        await app.bot.set_my_commands([BotCommand(e.command, e.description) for e in MENU])
        _LOGGER.info("Ready: database %s, %d commands", settings.database_path, len(MENU))

    async def close_storage(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        db = app.bot_data.pop(DATABASE_KEY, None)
        if isinstance(db, Database):
            await db.close()
            _LOGGER.info("Database closed")

    token = settings.token() or OFFLINE_TOKEN
    builder = (
        Application.builder()
        .token(token)
        .base_url(settings.telegram_base_url)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .concurrent_updates(ChatOrderedUpdates())
        .post_init(open_storage)
        .post_shutdown(close_storage)
    )
    if request is None:
        # Real HTTP: respect Telegram's flood limits and retry after a 429 by itself.
        limiter = cast("BaseRateLimiter[None]", AIORateLimiter(max_retries=3))  # PTB's own types
        builder = builder.rate_limiter(limiter)
    else:
        builder = builder.request(request).get_updates_request(request)
    app: App = builder.build()
    register_handlers(app)
    return app
