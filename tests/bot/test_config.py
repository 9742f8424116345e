"""Settings read from the environment and `.env`, with secrets kept secret."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.config import TELEGRAM_API, Settings


def make(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_defaults_need_no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """With nothing set, the bot has no token, talks to Telegram and allows every chat."""
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    settings = make()
    assert settings.token() is None
    assert settings.telegram_base_url == TELEGRAM_API
    assert settings.chat_allowed(-123)


def test_token_is_secret_in_repr() -> None:
    """The token never shows up when settings are printed or logged."""
    settings = make(telegram_bot_token="123:SECRET-value")
    assert "SECRET-value" not in repr(settings)
    assert "SECRET-value" not in str(settings.model_dump())
    assert settings.token() == "123:SECRET-value"


def test_blank_token_means_no_token() -> None:
    """`TELEGRAM_BOT_TOKEN=` copied from .env.example counts as unset."""
    assert make(telegram_bot_token="  ").token() is None


def test_allowlist_reads_a_comma_separated_list(monkeypatch: pytest.MonkeyPatch) -> None:
    """ALLOWED_CHAT_IDS accepts `-100123, 456` from the environment."""
    monkeypatch.setenv("ALLOWED_CHAT_IDS", "-100123, 456,")
    settings = make()
    assert settings.allowed_chat_ids == frozenset({-100123, 456})
    assert settings.chat_allowed(456)
    assert not settings.chat_allowed(789)


def test_env_file_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Values come from `.env` when the environment does not set them."""
    monkeypatch.delenv("DATABASE_PATH", raising=False)
    env = tmp_path / ".env"
    env.write_text("DATABASE_PATH=data/from-env-file.sqlite3\nLOG_LEVEL=DEBUG\n")
    settings = Settings(_env_file=env)  # type: ignore[call-arg]
    assert settings.database_path == Path("data/from-env-file.sqlite3")
    assert settings.log_level == "DEBUG"


@pytest.mark.parametrize("secret", ["has space", "x" * 257, "semi;colon"])
def test_webhook_secret_must_fit_telegram_rules(secret: str) -> None:
    """Telegram only accepts A-Z, a-z, 0-9, _ and - (1-256) as a secret token."""
    with pytest.raises(ValidationError):
        make(webhook_secret=secret)


def test_base_url_must_be_http() -> None:
    """A Bot API base URL without a scheme is refused at start-up."""
    with pytest.raises(ValidationError):
        make(telegram_base_url="localhost:8081/bot")
