"""Settings: the one place the environment and `.env` are read.

Owns every operator-facing knob (token, database, logging, allowlist, webhook, Bot API URL).
Read once at start-up in `bot/`; nothing below `bot/` reads the environment.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

TELEGRAM_API = "https://api.telegram.org/bot"
ECB_DAILY = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"
# Telegram accepts 1-256 characters of A-Z, a-z, 0-9, _ and - as a webhook secret token.
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]


class Settings(BaseSettings):
    """Everything the operator configures; see `.env.example` for each variable."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", frozen=True
    )

    telegram_bot_token: SecretStr | None = None
    database_path: Path = Path("sourcing-bot.sqlite3")
    log_level: LogLevel = "INFO"
    allowed_chat_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    admin_chat_id: int | None = None
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"  # noqa: S104 - a webhook server must listen beyond loopback
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    telegram_base_url: str = TELEGRAM_API
    poll_timeout: int = Field(default=30, ge=0, le=50)
    telegram_timeout: float = Field(default=5.0, gt=0, le=120)
    # /landed: estimates are made for today unless a day is pinned (demos, tests).
    estimate_date: date | None = None
    # /landed: the ECB's daily euro reference rates, fetched when an estimate needs a rate the
    # chat has not typed. None: on when talking to Telegram, off offline (console, stand-in).
    live_exchange_rates: bool | None = None
    exchange_rates_url: str = ECB_DAILY
    exchange_rates_timeout: float = Field(default=3.0, gt=0, le=30)

    @field_validator(
        "telegram_bot_token",
        "webhook_secret",
        "estimate_date",
        "live_exchange_rates",
        mode="before",
    )
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        """An empty `TELEGRAM_BOT_TOKEN=` line in `.env` means "no token", not an empty one."""
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("allowed_chat_ids", mode="before")
    @classmethod
    def _split_chat_ids(cls, value: object) -> object:
        """Accept `-100123, 456` as well as a list, so `.env` stays readable."""
        if isinstance(value, str):
            parts = [part.strip() for part in value.replace(";", ",").split(",")]
            return frozenset(int(part) for part in parts if part)
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _secret_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _SECRET_TOKEN.match(value.get_secret_value()):
            raise ValueError("use 1-256 characters of A-Z, a-z, 0-9, _ and -")
        return value

    @field_validator("telegram_base_url", "exchange_rates_url")
    @classmethod
    def _base_url_shape(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    def token(self) -> str | None:
        """The raw token, for the one place that hands it to python-telegram-bot."""
        return self.telegram_bot_token.get_secret_value() if self.telegram_bot_token else None

    def chat_allowed(self, chat_id: int) -> bool:
        """No allowlist means every chat may use the bot."""
        return not self.allowed_chat_ids or chat_id in self.allowed_chat_ids
