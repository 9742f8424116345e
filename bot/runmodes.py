"""Running against Telegram: long polling (default) and webhook mode.

Both run the Application from `bot/app.py` until SIGINT or SIGTERM; python-telegram-bot then
stops fetching updates, finishes the ones in hand and runs post_shutdown, which closes the
database, so a clean stop loses nothing.
"""

from __future__ import annotations

import logging

from telegram import Update

from bot.app import build_application
from bot.config import Settings

_LOGGER = logging.getLogger(__name__)


def run_polling(settings: Settings) -> None:
    """Long-poll Telegram for updates."""
    app = build_application(settings)
    _LOGGER.info("Starting in polling mode")
    app.run_polling(
        allowed_updates=Update.ALL_TYPES,
        timeout=settings.poll_timeout,
        bootstrap_retries=-1,  # Telegram unreachable at start-up: keep trying, do not exit
    )


def run_webhook(settings: Settings) -> None:
    """Serve Telegram's webhook calls; refuses to run without a secret token."""
    if settings.webhook_url is None or settings.webhook_secret is None:
        raise ValueError("webhook mode needs WEBHOOK_URL and WEBHOOK_SECRET")
    app = build_application(settings)
    _LOGGER.info("Starting in webhook mode on port %d", settings.webhook_port)
    app.run_webhook(
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        url_path="telegram",
        webhook_url=settings.webhook_url,
        secret_token=settings.webhook_secret.get_secret_value(),
        allowed_updates=Update.ALL_TYPES,
    )
