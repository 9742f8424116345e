"""Benchmark: the /vet verdict card, a change of answer, and the PDF report (issue 12).

Run by hand: `python -m bench.vet_card_bench [ROUNDS] [PDF_ROUNDS]`. In one run, through the
real Application on a file-backed database in a group chat: the bare PTB floor (/start ->
hello), `/report NAME` of a finished audit (scored afresh, its hand-overs read, the card
sent with its buttons), and a change of one answer after the end (the press checked, the
change written with its version, the chat's line and the new card sent), p50/p99 and the
ratio to the floor. Then the PDF of a full report (33 questions, a Chinese company name, the
history and the inspection plan): rendering time (`handlers.vet.pdf.render`, the first one
in the process apart), p50/p99, its size and pages; the PDF sent through the Application
twice (built, then from the per-version cache); and, last, what parsing every font cut costs
cold (start-up does it once, in a thread: `handlers.vet.pdf.warm_up`).
"""

from __future__ import annotations

import asyncio
import io
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader

from bench.harness import floor_figures, percentiles, report, time_actions
from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn, BotMessage
from handlers.shared.services import SERVICES_KEY, Services
from handlers.vet.buttons import BUTTONS, Action
from handlers.vet.pdf import faces, parsed, render
from handlers.vet.pdf_report import build
from handlers.vet.reports import judge
from tests.handlers.vet.support import run_audit

GROUP = -100
NAME = "宁波明亮家居有限公司 (Ningbo Mingliang Home Co., Ltd.)"
NEW_NAMES = "东莞佛山温州义乌苏州杭州厦门青岛天津重庆成都武汉长沙福州南昌合肥济南郑州昆明贵阳"


def _services(user: OfflineUser) -> Services:
    found = user.app.bot_data[SERVICES_KEY]
    assert isinstance(found, Services)
    return found


async def _card_and_change(rounds: int, folder: Path) -> tuple[list[float], list[float]]:
    standin = BotApiStandIn()
    settings = Settings(_env_file=None, database_path=folder / "card.sqlite3")  # type: ignore[call-arg]
    app = build_application(settings, request=standin)
    async with running(app):
        alex = OfflineUser(app, standin, user_id=1001, chat_id=GROUP, first_name="Alex")
        bea = OfflineUser(app, standin, user_id=2002, chat_id=GROUP, first_name="Bea")
        await alex.send(f"/vet {NAME}")
        await run_audit(alex, {"order_usd": "8000", "years": "1", "cert_genuine": "Not sure"})
        card = await time_actions(lambda _: bea.send("/report ningbo mingliang home"), rounds)
        store = _services(alex).vet
        target: BotMessage = next(iter(standin.messages.values()))

        # Each change reads the version first (untimed) as a fresh button would carry it.
        figures = []
        for i in range(50 + rounds):
            record = await store.get_assessment(GROUP, 1)
            assert record is not None
            token = "yes" if i % 2 else "no"  # licence starts "yes": every press changes it
            data = BUTTONS.data(Action.SET, 1, "licence", token, record.version)
            started = time.perf_counter()
            await bea.press_data(data, target)
            if i >= 50:
                figures.append((time.perf_counter() - started) * 1000)
        record = await store.get_assessment(GROUP, 1)
        assert record is not None
        assert record.version == 51 + rounds, record.version
        return card, figures


async def _pdf(rounds: int, folder: Path) -> None:
    standin = BotApiStandIn()
    settings = Settings(_env_file=None, database_path=folder / "pdf.sqlite3")  # type: ignore[call-arg]
    app = build_application(settings, request=standin)
    async with running(app):
        alex = OfflineUser(app, standin, user_id=1001, chat_id=GROUP, first_name="Alex")
        await alex.send(f"/vet {NAME}")
        await run_audit(alex, {"order_usd": "8000", "years": "1", "cert_genuine": "Not sure"})
        record = await _services(alex).vet.get_assessment(GROUP, 1)
        assert record is not None
        context_like = type("C", (), {"bot_data": app.bot_data, "application": app})()
        judged = await judge(context_like, record, every_change=True)  # type: ignore[arg-type]
        audits = await _services(alex).vet_history.list_audits_of(GROUP, record.supplier_id)
        values = build(context_like, judged, audits)  # type: ignore[arg-type]
        started = time.perf_counter()
        pdf, missing = render(values)
        first = (time.perf_counter() - started) * 1000
        figures, cpu = [], []
        for _ in range(rounds):
            started, used = time.perf_counter(), time.process_time()
            render(values)
            figures.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - used) * 1000)
        # A new supplier each time: its Chinese glyphs are new, so its cut is reduced afresh.
        fresh = []
        for n in range(min(rounds, len(NEW_NAMES) // 2)):
            other = replace(values, supplier=f"{NEW_NAMES[2 * n : 2 * n + 2]}家居有限公司")
            started = time.perf_counter()
            render(other)
            fresh.append((time.perf_counter() - started) * 1000)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        p50, p99 = percentiles(figures) if len(figures) >= 2 else (figures[0], figures[0])
        print(f"PDF render, first in process   {first:7.1f} ms", flush=True)
        print(
            f"PDF render, full report        p50 {p50:7.1f} ms   p99 {p99:7.1f} ms   "
            f"mean {statistics.mean(figures):6.1f} ms   ({rounds} renders)",
            flush=True,
        )
        print(f"PDF render, new supplier each  p50 {statistics.median(fresh):7.1f} ms   "
              f"({len(fresh)} renders)", flush=True)  # fmt: skip
        # CPU time is what the render costs; wall time adds the wait for a core on a shared box.
        print(f"PDF render, CPU time           p50 {statistics.median(cpu):7.1f} ms", flush=True)
        print(f"PDF size                       {len(pdf):,} bytes, {pages} pages, "
              f"characters without a font: {len(missing)}", flush=True)  # fmt: skip
        for label in ("PDF sent, built", "PDF sent, cached"):
            started = time.perf_counter()
            await alex.send("/report ningbo mingliang home pdf")
            print(f"{label:30} {(time.perf_counter() - started) * 1000:7.1f} ms", flush=True)
    # What start-up now pays once, in a thread, so that no report does: every cut parsed.
    parsed._parsed.clear()  # the per-process cache, emptied to time it cold
    faces._coverage.cache_clear()
    started = time.perf_counter()
    faces.warm_up()
    print(f"PDF fonts parsed (start-up)    {(time.perf_counter() - started) * 1000:7.1f} ms")


async def main(rounds: int, pdf_rounds: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        floor = await floor_figures(rounds)
        card, change = await _card_and_change(rounds, Path(folder))
        report("PTB floor (/start -> hello)", floor)
        report("verdict card (/report NAME)", card, floor)
        report("change of one answer", change, floor)
        await _pdf(pdf_rounds, Path(folder))


if __name__ == "__main__":
    arguments = [int(arg) for arg in sys.argv[1:3]]
    asyncio.run(main(*(arguments + [1000, 30][len(arguments) :])))
