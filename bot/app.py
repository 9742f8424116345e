"""Builds the Application: the only place that wires settings, storage, knowledge and handlers.

`build_application(settings, request=...)` is the seam: production passes nothing and talks to
Telegram over HTTP; the console and the tests pass the in-process Bot API stand-in and run the
very same Application.
"""

from __future__ import annotations

import asyncio
import gc
import hashlib
import logging
from typing import Any, cast

from telegram import BotCommand, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import Application, BaseRateLimiter, Defaults
from telegram.request import BaseRequest

from bot.config import Settings
from bot.exchange_rates import EcbRateFeed
from bot.storage.chats import SqliteChatStore
from bot.storage.database import DATABASE_KEY, Database
from bot.storage.landed.drafts import SqliteLandedDraftStore
from bot.storage.landed.estimates import SqliteEstimateStore
from bot.storage.questions import SqliteQuestionStore
from bot.storage.reference_rates import SqliteReferenceRateStore
from bot.storage.sampling import SqliteQuantityPromptStore
from bot.storage.scam import SqliteScanStore
from bot.storage.vet.history import SqliteVetHistoryStore
from bot.storage.vet.identity import SqliteVetIdentityStore
from bot.storage.vet.store import SqliteVetStore
from bot.storage.vet.takeover import SqliteVetTakeoverStore
from bot.telegram import redelivery
from bot.telegram.retry import PatientRateLimiter
from bot.telegram.update_order import ChatOrderedUpdates
from handlers import register_handlers
from handlers.shared.menu import MENU
from handlers.shared.services import SERVICES_KEY, App, LandedEngines, Services
from handlers.vet.pdf import warm_up as warm_up_pdf
from knowledge.guide import Guide, GuideIndex
from knowledge.incoterms import Incoterms, IncotermsGuide
from knowledge.loader import KnowledgeBase, packaged_knowledge
from knowledge.scam import LearnedModel, RedFlags, ScamScanner

_LOGGER = logging.getLogger(__name__)
OFFLINE_TOKEN = "123456:offline-console-token"  # noqa: S105 - never valid on Telegram
_frozen = False


def freeze_start_up_objects() -> None:
    """Move everything built at start-up out of the garbage collector's sight, once a process.

    The scam scanner alone keeps tens of thousands of long-lived objects (phrase index, anchor
    groups); every full collection would walk them again in the middle of an update. Its author
    measured scan p99 at 4,096 characters drop from about 16 ms to about 5 ms with them frozen.
    Once per process: tests and benchmarks build many Applications, and freezing each one
    would keep the reference cycles of all of them alive until the process ends.
    """
    global _frozen  # noqa: PLW0603 - a once-per-process switch is exactly module state
    if _frozen:
        return
    _frozen = True
    gc.collect()  # garbage left by loading and building must not be frozen with the rest
    gc.freeze()


_scanner: tuple[RedFlags, ScamScanner] | None = None


def scam_scanner(flags: RedFlags, model: LearnedModel | None = None) -> ScamScanner:
    """The scanner over `flags`, built once per process for the packaged knowledge.

    Building its indexes takes 0.1-0.2 s, and every Application in a process (the tests build
    hundreds) shares the same frozen `packaged_knowledge()`. The scanner is pure, so sharing it
    is safe; the pair keeps `flags` alive, so the identity check cannot be fooled.
    """
    global _scanner  # noqa: PLW0603 - a once-per-process cache is exactly module state
    if _scanner is None or _scanner[0] is not flags:
        _scanner = (flags, ScamScanner(flags, model))
    return _scanner[1]


_guide: tuple[Guide, GuideIndex] | None = None


def guide_index(guide: Guide) -> GuideIndex:
    """The /guide search over `guide`, built once per process like the scam scanner (issue 13)."""
    global _guide  # noqa: PLW0603 - a once-per-process cache is exactly module state
    if _guide is None or _guide[0] is not guide:
        _guide = (guide, GuideIndex(guide))
    return _guide[1]


def scan_key(settings: Settings) -> bytes:
    """The key the scam-check history is stored under: kept out of the database (see
    `bot/storage/scam.py`). Derived from the bot token, so nothing new to configure; a new token
    only means earlier checks are no longer recognised. The offline console has no secret."""
    token = settings.token()
    if token is None:
        return b"sourcing-bot offline scan key"
    return hashlib.sha256(b"sourcing-bot scan key\0" + token.encode()).digest()


def build_services(
    knowledge: KnowledgeBase, db: Database, settings: Settings, *, online: bool = True
) -> Services:
    """Bind the storage ports to SQLite; build the engines over the knowledge, once.

    `online` is False when the Application runs over the stand-in (console, tests): live
    exchange rates are then off unless LIVE_EXCHANGE_RATES turns them on.
    """
    live_rates = online if settings.live_exchange_rates is None else settings.live_exchange_rates
    return Services(
        knowledge=knowledge,
        questions=SqliteQuestionStore(db),
        chats=SqliteChatStore(db),
        vet=SqliteVetStore(db),
        vet_takeovers=SqliteVetTakeoverStore(db),
        vet_history=SqliteVetHistoryStore(db),
        vet_identity=SqliteVetIdentityStore(db),
        incoterms=IncotermsGuide(knowledge.get(Incoterms)),
        landed=LandedEngines.build(knowledge, settings.estimate_date),
        estimates=SqliteEstimateStore(db),
        landed_drafts=SqliteLandedDraftStore(db),
        reference_rates=SqliteReferenceRateStore(db),
        rate_feed=EcbRateFeed(
            settings.exchange_rates_url,
            timeout=settings.exchange_rates_timeout,
            enabled=live_rates,
        ),
        quantity_prompts=SqliteQuantityPromptStore(db),
        scans=SqliteScanStore(db, scan_key(settings)),
        scam_scanner=scam_scanner(knowledge.get(RedFlags), knowledge.get(LearnedModel)),
        guide=guide_index(knowledge.get(Guide)),
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
        app.bot_data[SERVICES_KEY] = build_services(
            knowledge, db, settings, online=request is None
        )
        await app.bot.set_my_commands([BotCommand(e.command, e.description) for e in MENU])
        await asyncio.to_thread(warm_up_pdf)  # the PDF report's fonts, once a process (issue 12)
        freeze_start_up_objects()  # last: everything long-lived exists by now
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
        # Real HTTP: respect Telegram's flood limits, wait out 429s and retry passing trouble.
        limiter = cast("BaseRateLimiter[None]", PatientRateLimiter())  # PTB's own types
        seconds = settings.telegram_timeout
        builder = (
            builder.rate_limiter(limiter)
            .connect_timeout(seconds)
            .read_timeout(seconds)
            .write_timeout(seconds)
            .get_updates_connect_timeout(seconds)
            .get_updates_read_timeout(seconds)  # on top of the long-polling timeout
            .get_updates_write_timeout(seconds)
        )
    else:
        builder = builder.request(request).get_updates_request(request)
    app: App = builder.build()
    if request is None:
        redelivery.register(app)  # update ids are Telegram's; the stand-in restarts at 1
    register_handlers(app)
    return app
