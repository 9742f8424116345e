"""The `sourcing-bot` command: polling (default), webhook, console, or start (whichever fits).

Parses arguments, reads settings once, sets up logging, and hands over to a run mode. Exit
status 2 means the configuration is missing something; the message says what to do.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

from pydantic import ValidationError

from bot.config import Settings
from bot.logs import setup_logging
from knowledge.loader import KnowledgeError

HOW_TO_SET_UP = (
    "No bot token: set TELEGRAM_BOT_TOKEN in .env or the environment "
    "(see .env.example), or try the bot offline with: sourcing-bot console"
)
HOW_TO_SET_UP_WEBHOOK = "Webhook mode needs WEBHOOK_URL and WEBHOOK_SECRET (see .env.example)."

DESCRIPTION = """\
modes:
  (none) / polling  run against Telegram by long polling (needs TELEGRAM_BOT_TOKEN)
  webhook           run a webhook server (needs the token, WEBHOOK_URL and WEBHOOK_SECRET)
  console           try the bot offline: the real bot and database, no Telegram
  start             polling when a token is configured, otherwise the console
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sourcing-bot",
        description="A Telegram bot for B2B sourcing teams.",
        epilog=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "mode", nargs="?", default="polling", choices=("polling", "webhook", "console", "start")
    )
    parser.add_argument("--db", type=Path, help="console: database file (default: settings)")
    parser.add_argument("--user", type=int, default=1001, help="console: your user id")
    parser.add_argument(
        "--chat", type=int, help="console: chat id (default: your private chat; negative = group)"
    )
    return parser


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `sourcing-bot` script and of `python -m bot`."""
    args = _parser().parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"]).upper()
        return _fail(f"Configuration error in {field}: {first['msg']}")
    mode = args.mode
    if mode == "start":
        mode = "polling" if settings.token() else "console"
    try:
        return _run(mode, settings, args)
    except KnowledgeError as exc:
        return _fail(f"Knowledge data error: {exc}")


def _run(mode: str, settings: Settings, args: argparse.Namespace) -> int:
    if mode == "console":
        if args.db is not None:
            settings = settings.model_copy(update={"database_path": args.db})
        setup_logging("WARNING", [settings.token() or ""])
        from bot.offline.console import run_console

        try:
            return asyncio.run(run_console(settings, user_id=args.user, chat_id=args.chat))
        except BrokenPipeError:
            # The reader went away (`| head`): the bot already shut down cleanly on the way
            # out; silence the interpreter's own flush of stdout at exit, as Python's docs advise.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 1
    token = settings.token()
    if not token:
        return _fail(HOW_TO_SET_UP)
    if mode == "webhook" and not (settings.webhook_url and settings.webhook_secret):
        return _fail(HOW_TO_SET_UP_WEBHOOK)
    setup_logging(settings.log_level, [token])
    from bot.runmodes import run_polling, run_webhook

    if mode == "webhook":
        run_webhook(settings)
    else:
        run_polling(settings)
    return 0
