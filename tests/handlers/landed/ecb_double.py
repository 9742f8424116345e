"""A local stand-in for the ECB's daily reference-rate file, served over HTTP on 127.0.0.1.

Serves an `eurofxref-daily.xml` of the ECB's published shape with rates written here (test
data, not the ECB's figures), counts the requests, and can fail on purpose, so the live-rate
tests exercise the bot's real HTTP client without reaching the internet.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from aiohttp import web

# Test figures in the ECB's units: how many of each currency 1 EUR buys on DAY.
DAY = "2026-12-04"
RATES = {"USD": "1.1650", "JPY": "176.20", "GBP": "0.86150", "CNY": "8.2467"}


def daily_xml(day: str = DAY, rates: dict[str, str] | None = None) -> str:
    """The daily file as the ECB publishes it: one dated Cube of currency/rate Cubes."""
    cubes = "".join(
        f"\n\t\t\t<Cube currency='{code}' rate='{rate}'/>"
        for code, rate in (rates or RATES).items()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" '
        'xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">\n'
        "\t<gesmes:subject>Reference rates</gesmes:subject>\n"
        "\t<gesmes:Sender>\n\t\t<gesmes:name>European Central Bank</gesmes:name>\n"
        "\t</gesmes:Sender>\n"
        f"\t<Cube>\n\t\t<Cube time='{day}'>{cubes}\n\t\t</Cube>\n\t</Cube>\n"
        "</gesmes:Envelope>\n"
    )


@dataclass
class EcbDouble:
    """The served file, what to answer, and how many requests came in."""

    url: str = ""
    body: str = field(default_factory=daily_xml)
    status: int = 200
    requests: int = 0


@asynccontextmanager
async def serving() -> AsyncIterator[EcbDouble]:
    """Serve the daily file on a free port of 127.0.0.1 until the block ends."""
    double = EcbDouble()

    async def daily(request: web.Request) -> web.Response:
        double.requests += 1
        return web.Response(status=double.status, text=double.body, content_type="text/xml")

    app = web.Application()
    app.router.add_get("/eurofxref-daily.xml", daily)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    double.url = f"http://127.0.0.1:{port}/eurofxref-daily.xml"
    try:
        yield double
    finally:
        await runner.cleanup()
