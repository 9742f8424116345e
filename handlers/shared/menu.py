"""The command menu: one list that feeds `set_my_commands`, `/help`, `/start` and a test.

Each feature adds its entry here, under the task heading /help shows it with; the order is
the order users see (core features first). The test `tests/handlers/shared/test_menu.py` checks
that every entry has a command handler and every command handler has an entry.
"""

from __future__ import annotations

from dataclasses import dataclass

SUPPLIERS = "Suppliers"
MESSAGES = "Supplier messages"
COSTS = "Costs"
TERMS = "Terms and inspections"
ANYTIME = "Anytime"


@dataclass(frozen=True, slots=True)
class MenuCommand:
    """A command as the user sees it."""

    command: str
    description: str  # Telegram's command menu and /help; short: one phone line with /command
    usage: str  # one example line for /help
    section: str  # the task heading /help lists it under
    start_button: str | None = None  # label of its button on /start; also a deep-link payload


MENU: tuple[MenuCommand, ...] = (
    MenuCommand(
        "vet",
        "Vet a supplier, get a risk report",
        "/vet Shenzhen Acme",
        SUPPLIERS,
        start_button="🛡️ Vet a supplier",
    ),
    MenuCommand("report", "A supplier's latest audit report", "/report Acme", SUPPLIERS),
    MenuCommand("suppliers", "This chat's suppliers and their risk", "/suppliers", SUPPLIERS),
    MenuCommand(
        "scam",
        "Check a supplier's message for scam signs",
        "/scam Our bank account has changed, pay the new one today",
        MESSAGES,
        start_button="🚩 Scam check",
    ),
    MenuCommand(
        "landed",
        "True cost per unit: freight, duty, fees",
        "/landed 1000 pcs @ 10 usd fob freight 2000 duty 15% to US sea",
        COSTS,
        start_button="💰 Landed cost",
    ),
    MenuCommand("fx", "Exchange rates for estimates (1 USD = ?)", "/fx CNY 7.12", COSTS),
    MenuCommand("currency", "Currency to show estimates in", "/currency EUR", COSTS),
    MenuCommand(
        "incoterm",
        "Incoterms 2020: risk and who pays what",
        "/incoterm FOB Shanghai",
        TERMS,
        start_button="📦 Incoterms",
    ),
    MenuCommand(
        "aql",
        "Units to inspect and defects allowed",
        "/aql 5000 major 1.5 minor 4 level III",
        TERMS,
        start_button="🔍 Inspection plan",
    ),
    MenuCommand(
        "guide",
        "Ask the sourcing guide a question",
        "/guide how do i get my money back",
        ANYTIME,
        start_button="📖 Sourcing guide",
    ),
    MenuCommand("cancel", "Stop my last question (answers kept)", "/cancel", ANYTIME),
    MenuCommand("help", "Commands and examples", "/help", ANYTIME),
    MenuCommand("start", "What this bot does", "/start", ANYTIME),
)


def find(command: str) -> MenuCommand | None:
    """The menu entry for a command name, if any."""
    return next((entry for entry in MENU if entry.command == command), None)
