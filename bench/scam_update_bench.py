"""Benchmark: forwarded 300-, 1,000- and 4,096-character messages through the full bot vs the
bare PTB floor, in one run.

Run by hand from the repository root: `python -m bench.scam_update_bench [ROUNDS]`, add
`--no-freeze` to skip `gc.freeze()` after start-up (to see what it buys). Each update is a
forwarded message of exactly 300, 1,000 or 4,096 characters built from the evaluation set's
sentences (about one in six from a scam message, like a supplier e-mail with a red flag or two),
checked by the real Application: scan, history look-up, scan saved in SQLite (a temporary
file), report rendered and sent to the in-process stand-in. 300 distinct messages cycle, so
later rounds also take the "already checked" path. The same texts are then pasted (typed in
the private chat, so they pass the text router first). Printed beside it: the scan alone on the
same messages, the PTB floor (a bare Application answering /start with a fixed text), and a
same-work floor: a bare Application answering each forward with a prepared report of the same
size (the stand-in's HTML check and PTB's (de)serialisation of a long reply, no scan, no
database).
"""

from __future__ import annotations

import asyncio
import random
import sys
import tempfile
import time
from pathlib import Path

import yaml
from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

import bot.app
from bench.harness import floor_figures, report, time_actions
from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn
from handlers.scam import views as scam_report
from handlers.shared.services import SERVICES_KEY, App, Services
from knowledge.loader import packaged_knowledge
from knowledge.scam.learned_model import LearnedModel
from knowledge.scam.red_flags import RedFlags

EVAL_FILE = Path(__file__).resolve().parents[1] / "tests" / "data" / "scam_eval.yaml"
LENGTHS = (300, 1_000, 4_096)
DISTINCT = 300
SCAM_SHARE = 0.15


def sentences() -> tuple[list[str], list[str]]:
    """Sentences of the evaluation set's scam and legitimate messages."""
    data = yaml.safe_load(EVAL_FILE.read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {"scam": [], "legit": []}
    for item in data["messages"]:
        parts = [p.strip() for p in item["text"].replace("\n", " ").split(". ") if p.strip()]
        found[item["label"]].extend(p if p.endswith(".") else p + "." for p in parts)
    return found["scam"], found["legit"]


def messages(count: int, length: int = 1_000, seed: int = 7) -> list[str]:
    """`count` distinct messages of exactly `length` characters."""
    scam, legit = sentences()
    rng = random.Random(seed)
    built: list[str] = []
    while len(built) < count:
        text = ""
        while len(text) < length:
            pool = scam if rng.random() < SCAM_SHARE else legit
            text += rng.choice(pool) + " "
        built.append(text[:length])
    return built


def prepared_reports(texts: list[str]) -> list[str]:
    """The report the bot would send for each message, rendered ahead of time."""
    knowledge = packaged_knowledge()
    flags = knowledge.get(RedFlags)
    scanner = bot.app.scam_scanner(flags, knowledge.get(LearnedModel))
    notes = scam_report.Notes(origin="↪️ Forwarded from “Supplier”. The sender hid their account.")
    return [scam_report.summary(scanner.scan(t), notes, flags.always_check) for t in texts]


async def same_work_floor(rounds: int, texts: list[str]) -> list[float]:
    """A bare Application replying to each forward with a prepared report of the same size."""
    reports = prepared_reports(texts)
    standin = BotApiStandIn()
    app: App = (
        Application.builder().token("123456:floor").request(standin)
        .get_updates_request(standin).build()
    )  # fmt: skip
    index = {text: i for i, text in enumerate(texts)}

    async def reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message and message.text:
            await message.reply_html(reports[index[message.text]], do_quote=True)

    app.add_handler(MessageHandler(filters.FORWARDED, reply))
    async with app:
        user = OfflineUser(app, standin, user_id=4242)
        figures = await time_actions(lambda i: user.forward(texts[i % len(texts)]), rounds)
    assert standin.refused == [], standin.refused
    return figures


async def update_figures(
    rounds: int, folder: Path, by_length: dict[int, list[str]]
) -> tuple[dict[int, list[float]], list[float], dict[int, list[float]]]:
    """Per-update latency of a forwarded message at each length, of the 1,000-character text
    pasted (typed in the private chat: it passes the text router, which finds no open
    question), by the full bot; and the scan alone on the same texts."""
    settings = Settings(_env_file=None, database_path=folder / "bench.sqlite3")  # type: ignore[call-arg]
    standin = BotApiStandIn()
    app = build_application(settings, request=standin)
    forwarded: dict[int, list[float]] = {}
    scan_only: dict[int, list[float]] = {}
    async with running(app):
        user = OfflineUser(app, standin, user_id=4242)
        found = app.bot_data[SERVICES_KEY]
        assert isinstance(found, Services)
        for length, texts in by_length.items():
            forwarded[length] = await time_actions(
                lambda i, texts=texts: user.forward(texts[i % len(texts)]), rounds
            )
            scan_only[length] = []
            for i in range(rounds):
                started = time.perf_counter()
                found.scam_scanner.scan(texts[i % len(texts)])
                scan_only[length].append((time.perf_counter() - started) * 1000)
        texts = by_length[1_000]
        pasted = await time_actions(lambda i: user.send(texts[i % len(texts)]), rounds)
        assert standin.refused == [], standin.refused
    return forwarded, pasted, scan_only


async def main(rounds: int, *, freeze: bool) -> None:
    if not freeze:
        bot.app._frozen = True  # pretend it already ran, to measure without it
    by_length = {length: messages(DISTINCT, length) for length in LENGTHS}
    with tempfile.TemporaryDirectory() as folder:
        floor = await floor_figures(rounds)
        same_work = await same_work_floor(rounds, by_length[1_000])
        full, pasted, scan_only = await update_figures(rounds, Path(folder), by_length)
    report("PTB floor (/start -> hello)", floor)
    report("floor: prepared report (1,000 ch)", same_work, floor)
    for length in LENGTHS:
        report(f"scanner.scan alone ({length:,} ch)", scan_only[length])
        label = f"forward {length:,} ch -> report" + ("" if freeze else " (no freeze)")
        report(label, full[length], floor)
    report("  1,000 ch against the same work", full[1_000], same_work)
    report("pasted 1,000 ch -> report", pasted, floor)


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    rounds = int(arguments[0]) if arguments else 3000
    asyncio.run(main(rounds, freeze="--no-freeze" not in sys.argv))
