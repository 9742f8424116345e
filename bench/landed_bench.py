"""Benchmark of /landed: parse, compute and render latency, keyword typos, and the full update.

Run by hand (`python -m bench.landed_bench [ROUNDS]`); prints its figures and asserts nothing.
It first measures the US tariff table in a fresh process (import, first load, memory held,
the word index), then times the one-line parser, the calculator, the phone renderer, and all
three together over a mix of realistic lines (p50 and p99 per call, in µs), and the same for
lines with an HS code looked up in the table. It feeds the typo matcher every one-slip typo
of each keyword it knows and counts how often it reads the intended meaning (a synonym
counts), another, or nothing. Last, it sends `/landed <line>` through the real Application
(SQLite in a temporary folder, the in-process stand-in), the six plain lines and then the HS
lines, and compares them with the bare PTB floor and with a floor that sends the same
breakdown's HTML and Save button, all in one run.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler, ContextTypes

from bench.harness import floor_figures, time_actions
from bench.harness import report as report_ms
from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn
from handlers.landed.results import save_button
from handlers.landed.views import render_estimate
from handlers.shared.services import App
from knowledge.landed.estimate import LandedRules, estimate_landed_cost
from knowledge.landed.reader.parse import LandedParser
from knowledge.landed.reader.words import FEES, KEYWORDS, MODES, correct
from knowledge.loader import load_knowledge

LINES = (
    "1000 pcs @ 10 usd fob freight 2000 ins 150 duty 15% broker 300 other 500 cont 5% to US sea",
    "x500 $4.20 cif duty 7.5% duty 25% to germany sea broker 180 eur",
    "2000 pcs ¥32 exw origin 800 freight 4.5/kg ctn 50x40x30cm x 40 wt 600kg air to uk",
    "300 sets @ 12.5 usd ddp to AU express wt 45kg",
    "1500 units at 3 usd fca shenzhen freight 80/cbm vol 6.2cbm wt 2100kg sea to canada",
    "1000 pcs @ 10 usd fob frieght 2000 insurence 0.3% dutty 12% to netherlands sea cont 700",
)
# Lines with an HS code: the table's MFN, Section 301 and forced-labour duties (estimates of
# 2026-12-06, goods of China unless the line says otherwise).
HS_LINES = (
    "1000 pcs @ 10 usd fob hs 8204.20.00 freight 2000 to US sea",
    "2k pcs @ 3,20 usd fob hs 8516.79.00 freight 1.200 to US sea",
    "500 sets @ 12.5 usd fca hs 6109.10.00 from VN 20 ctns 50x40x30 12kg freight 4.2/kg us air",
    "1000 pcs @ 10 usd fob hs 8507.60.00 freight 1.1k extra 10% to US sea",
)
FX = {"CNY": Decimal("7.12"), "EUR": Decimal("0.92")}
DAY = date(2026, 12, 6)
ROUNDS = 3000
_TABLE_PROBE = """
import json, time, tracemalloc
import knowledge.base, pydantic, rapidfuzz
started = time.perf_counter()
import knowledge.landed.tariffs as tariffs
imported = time.perf_counter()
tracemalloc.start()
loaded_at = time.perf_counter()
table = tariffs.us_tariff()
loaded = time.perf_counter()
held, peak = tracemalloc.get_traced_memory()
tariffs.search("water heater")
searched = time.perf_counter()
index_held, index_peak = tracemalloc.get_traced_memory()
print(json.dumps([imported - started, loaded - loaded_at, held, peak, searched - loaded,
                  index_held - held, index_peak]))
"""
_UNTRACED_LOAD = """
import json, time
import knowledge.landed.tariffs as tariffs
started = time.perf_counter()
tariffs.us_tariff()
loaded = time.perf_counter()
tariffs.search("water heater")
print(json.dumps([loaded - started, time.perf_counter() - loaded]))
"""


def timed(action: Callable[[], object], rounds: int) -> list[float]:
    """Microseconds per call, one figure per call."""
    figures = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        figures.append((time.perf_counter() - started) * 1e6)
    return figures


def report(name: str, figures: list[float]) -> None:
    """Print p50 and p99 of a list of timings."""
    cuts = statistics.quantiles(figures, n=100)
    print(f"{name:18} p50 {cuts[49]:7.1f} µs   p99 {cuts[98]:7.1f} µs   ({len(figures)} calls)")


def one_slip_typos(word: str) -> set[str]:
    """Every spelling one letter dropped, doubled, swapped or replaced away from `word`."""
    typos: set[str] = set()
    for i in range(len(word)):
        typos.add(word[:i] + word[i + 1 :])
        typos.add(word[:i] + word[i] + word[i:])
        if i + 1 < len(word):
            typos.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
        typos.update(word[:i] + c + word[i + 1 :] for c in "aeiouy" if c != word[i])
    typos.discard(word)
    return typos


def meaning(word: str) -> str:
    """What a word does in the grammar: synonyms ('carton', 'cartons') share a meaning."""
    if word in KEYWORDS:
        return KEYWORDS[word].value
    if word in FEES:
        return FEES[word][0]
    if word in MODES:
        return MODES[word].value
    return "unit"


def typo_accuracy() -> None:
    """How the keyword matcher reads one-slip typos of the words it knows (5+ letters)."""
    targets = sorted(w for w in (*KEYWORDS, *FEES, *MODES) if len(w) >= 5)
    known = {*KEYWORDS, *FEES, *MODES}
    tally: Counter[str] = Counter()
    for word in targets:
        for typo in one_slip_typos(word):
            if typo in known:
                continue  # a typo that is itself a keyword is read as that keyword
            found = correct(typo)
            if found is None:
                tally["nothing"] += 1
            else:
                tally["right" if meaning(found) == meaning(word) else "wrong"] += 1
    total = sum(tally.values())
    print(
        f"keyword typos: {total} one-slip typos of {len(targets)} words: "
        + ", ".join(f"{k} {v / total:.1%}" for k, v in sorted(tally.items()))
    )


async def breakdown_floor_figures(rounds: int, html: str) -> list[float]:
    """A bare PTB Application replying to /start with `html` and a Save button."""

    async def reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.effective_message:
            await update.effective_message.reply_text(
                html, parse_mode=ParseMode.HTML, reply_markup=save_button(1)
            )

    standin = BotApiStandIn()
    app: App = Application.builder().token("123456:floor").request(standin).build()
    app.add_handler(CommandHandler("start", reply))
    async with app:
        user = OfflineUser(app, standin, user_id=4343)
        return await time_actions(lambda _: user.send("/start"), rounds)


async def update_figures(rounds: int, folder: Path, lines: tuple[str, ...]) -> list[float]:
    """`/landed <line>` through the full bot, rotating `lines` (goods of China by default)."""
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, database_path=folder / f"bench{len(lines)}.sqlite3", estimate_date=DAY
    )
    standin = BotApiStandIn()
    async with running(build_application(settings, request=standin)) as app:
        user = OfflineUser(app, standin, user_id=5151)
        for code, rate in FX.items():
            await user.send(f"/fx {code} {rate}")
        await user.send("/landed origin CN")
        return await time_actions(lambda i: user.send(f"/landed {lines[i % len(lines)]}"), rounds)


def table_figures() -> None:
    """The tariff table in a fresh process: import, first load, memory, the word index."""
    found = json.loads(_run(_TABLE_PROBE))
    imported, loaded, held, peak, _, index_held, index_peak = found
    runs = [json.loads(_run(_UNTRACED_LOAD)) for _ in range(5)]
    untraced = statistics.median(run[0] for run in runs)
    index = statistics.median(run[1] for run in runs)
    print(
        f"tariff table: import {imported * 1000:.0f} ms; first load {untraced * 1000:.0f} ms "
        f"(median of 5 fresh processes; {loaded * 1000:.0f} ms under tracemalloc), "
        f"{held / 1e6:.1f} MB held, {peak / 1e6:.1f} MB peak"
    )
    print(
        f"word index (first hs search): {index * 1000:.0f} ms (median of 5), "
        f"{index_held / 1e6:.1f} MB more held, {index_peak / 1e6:.1f} MB peak"
    )


def _run(code: str) -> str:
    done = subprocess.run(  # noqa: S603 - our own interpreter on our own probe
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


async def full_updates(rounds: int, rules: LandedRules, parser: LandedParser) -> None:
    """Print the full update against the PTB floors, measured in the same run."""
    html = render_estimate(
        rules.currencies, estimate_landed_cost(parser.parse(LINES[0]), rules, fx_per_usd=FX)
    )
    with tempfile.TemporaryDirectory() as folder:
        floor = await floor_figures(rounds)
        breakdown_floor = await breakdown_floor_figures(rounds, html)
        full = await update_figures(rounds, Path(folder), LINES)
        with_hs = await update_figures(rounds, Path(folder), HS_LINES)
    report_ms("PTB floor (/start -> hello)", floor)
    report_ms("PTB floor, breakdown's HTML", breakdown_floor, floor)
    report_ms("/landed <line> (full bot)", full, floor)
    report_ms("  ... vs breakdown floor", full, breakdown_floor)
    report_ms("/landed <line> with hs", with_hs, floor)


def main(update_rounds: int) -> None:
    """Print build time, latency percentiles, typo figures and the full update."""
    table_figures()
    started = time.perf_counter()
    rules = LandedRules.from_knowledge(load_knowledge())
    loaded = time.perf_counter()
    parser = LandedParser(rules.currencies, rules.destinations)
    built = time.perf_counter()
    print(f"knowledge loaded in {(loaded - started) * 1000:.1f} ms (all data files)")
    print(f"parser built in {(built - loaded) * 1000:.1f} ms")

    queries = [parser.parse(line) for line in LINES]
    for query in queries:  # warm caches once
        estimate_landed_cost(query, rules, fx_per_usd=FX)

    parse_times: list[float] = []
    compute_times: list[float] = []
    both_times: list[float] = []
    render_times: list[float] = []
    all_times: list[float] = []
    currencies = rules.currencies
    for line, query in zip(LINES, queries, strict=True):
        result = estimate_landed_cost(query, rules, fx_per_usd=FX)
        render_times += timed(lambda result=result: render_estimate(currencies, result), ROUNDS)
        all_times += timed(
            lambda line=line: render_estimate(
                currencies, estimate_landed_cost(parser.parse(line), rules, fx_per_usd=FX)
            ),
            ROUNDS,
        )
        parse_times += timed(lambda line=line: parser.parse(line), ROUNDS)
        compute_times += timed(
            lambda query=query: estimate_landed_cost(query, rules, fx_per_usd=FX), ROUNDS
        )
        both_times += timed(
            lambda line=line: estimate_landed_cost(parser.parse(line), rules, fx_per_usd=FX),
            ROUNDS,
        )
    report("parse", parse_times)
    report("compute", compute_times)
    report("parse + compute", both_times)
    report("render", render_times)
    report("parse+compute+render", all_times)
    hs_times: list[float] = []
    for line in HS_LINES:
        hs_times += timed(
            lambda line=line: render_estimate(
                currencies,
                estimate_landed_cost(
                    parser.parse(line), rules, fx_per_usd=FX, today=DAY, origin="CN"
                ),
            ),
            ROUNDS,
        )
    report("... with hs lookup", hs_times)
    typo_accuracy()
    asyncio.run(full_updates(update_rounds, rules, parser))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
