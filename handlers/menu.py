"""The command menu: one list that feeds `set_my_commands`, `/help`, `/start` and a test.

Each feature adds its entry here. The test `tests/handlers/test_menu.py` checks that every
entry has a command handler and every command handler has an entry.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MenuCommand:
    """A command as the user sees it."""

    command: str
    description: str  # shown in Telegram's command menu (3-256 characters)
    usage: str  # one example line for /help
    start_button: str | None = None  # label of its button on /start; also a deep-link payload


MENU: tuple[MenuCommand, ...] = (
    MenuCommand("start", "What this bot does", "/start"),
    MenuCommand("help", "Commands and examples", "/help"),
    MenuCommand(
        "vet",
        "Vet a supplier step by step, get a risk report",
        "/vet Shenzhen Acme",
        start_button="🛡️ Vet a supplier",
    ),
    MenuCommand("report", "A supplier's latest audit report", "/report Acme"),
    MenuCommand("suppliers", "This chat's suppliers and their risk", "/suppliers"),
    MenuCommand("cancel", "Stop what I asked you last (audit answers kept)", "/cancel"),
    MenuCommand(
        "incoterm",
        "Incoterms 2020: where risk passes, who pays what",
        "/incoterm FOB Shanghai",
        start_button="📦 Incoterms",
    ),
    MenuCommand(
        "aql",
        "Inspection plan: units to check and defects that reject a lot",
        "/aql 5000 major 1.5 minor 4 level III",
        start_button="🔍 Inspection plan",
    ),
    MenuCommand(
        "landed",
        "Landed cost per unit: goods, freight, duty, fees",
        "/landed 1000 pcs @ 10 usd fob freight 2000 duty 15% to US sea",
        start_button="💰 Landed cost",
    ),
    MenuCommand("fx", "Exchange rates for estimates (1 USD = ?)", "/fx CNY 7.12"),
    MenuCommand("currency", "Currency estimates are shown in", "/currency EUR"),
    MenuCommand(
        "scam",
        "Check a supplier's message for scam signs",
        "/scam Our bank account has changed, pay the new one today",
        start_button="🚩 Scam check",
    ),
)


def find(command: str) -> MenuCommand | None:
    """The menu entry for a command name, if any."""
    return next((entry for entry in MENU if entry.command == command), None)
