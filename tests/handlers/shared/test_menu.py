"""The command menu and the registered command handlers describe the same commands."""

from __future__ import annotations

from telegram.ext import CommandHandler

from handlers.shared.menu import MENU
from handlers.shared.services import App


def registered_commands(app: App) -> set[str]:
    return {
        command
        for group in app.handlers.values()
        for handler in group
        if isinstance(handler, CommandHandler)
        for command in handler.commands
    }


def test_every_menu_entry_has_a_handler_and_back(app: App) -> None:
    """No command is advertised without a handler, and none is handled but hidden."""
    assert {entry.command for entry in MENU} == registered_commands(app)


def test_menu_entries_fit_telegram_limits() -> None:
    """Telegram wants 1-32 lower-case characters per command and 3-256 per description."""
    for entry in MENU:
        assert entry.command.isascii()
        assert entry.command == entry.command.lower()
        assert 1 <= len(entry.command) <= 32
        assert 3 <= len(entry.description) <= 256
        assert entry.usage.startswith(f"/{entry.command}")
