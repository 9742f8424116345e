"""Live exchange rates through the real Application, against a local ECB double.

The double serves the ECB's daily file on 127.0.0.1; no test here reaches the internet.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn
from tests.handlers.landed.ecb_double import EcbDouble, serving
from tests.handlers.landed.support import pre_lines, reply

LINE = "/landed 1000 pcs @ 10 usd fob freight 2000 to DE sea"


@pytest.fixture
async def ecb() -> AsyncIterator[EcbDouble]:
    """The ECB's daily file, served locally."""
    async with serving() as double:
        yield double


@pytest.fixture
async def buyer(tmp_path: Path, ecb: EcbDouble) -> AsyncIterator[OfflineUser]:
    """A buyer in a bot whose live rates come from the double."""
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        database_path=tmp_path / "bot.sqlite3",
        live_exchange_rates=True,
        exchange_rates_url=ecb.url,
        exchange_rates_timeout=2,
    )
    standin = BotApiStandIn()
    async with running(build_application(settings, request=standin)) as app:
        yield OfflineUser(app, standin, user_id=1001)


def total(message_lines: list[str]) -> str:
    return next(line for line in message_lines if line.startswith("Landed cost")).split()[-1]


async def test_one_fetch_serves_the_day(buyer: OfflineUser, ecb: EcbDouble) -> None:
    """Three estimates in euros fetch the file once, and each names the ECB rate and day."""
    await buyer.send("/currency EUR")
    for _ in range(3):
        message = reply(await buyer.send(LINE))
        assert "1 USD = 0.858369 EUR (ECB, 2026-12-04)" in message.text
    assert ecb.requests == 1


async def test_a_typed_rate_wins_over_the_ecb(buyer: OfflineUser, ecb: EcbDouble) -> None:
    """/fx eur/usd 1.25 (1 EUR = 1.25 USD): 12,000 USD is 9,600 EUR, and no fetch is needed."""
    await buyer.send("/currency EUR")
    await buyer.send("/fx eur/usd 1.25")
    message = reply(await buyer.send(LINE))
    assert total(pre_lines(message)) == "9,600.00"
    assert "Rates used (your /fx): 1 USD = 0.8 EUR" in message.text
    assert ecb.requests == 0


async def test_a_failed_fetch_falls_back_and_says_so(buyer: OfflineUser, ecb: EcbDouble) -> None:
    """The ECB down: the estimate stays in the typed currency, names the /fx to set, and says
    the live rates could not be fetched; no second try within the hour."""
    ecb.status = 503
    await buyer.send("/currency EUR")
    first = reply(await buyer.send(LINE))
    assert "Landed cost estimate in USD" in first.text
    assert "could not be fetched" in first.text
    reply(await buyer.send(LINE))
    assert ecb.requests == 1


async def test_offline_bots_never_fetch(alice: OfflineUser) -> None:
    """Over the stand-in (console, tests) live rates are off unless turned on: it says so."""
    await alice.send("/currency EUR")
    message = reply(await alice.send(LINE))
    assert "Landed cost estimate in USD" in message.text
    assert "Live exchange rates are off here" in message.text


async def test_fx_pair_forms(alice: OfflineUser) -> None:
    """/fx usd/cny 7.1 and /fx cny 7.1 set the same rate; a pair without USD is refused."""
    assert "1 USD = 7.1 CNY" in reply(await alice.send("/fx usd/cny 7.1")).text
    assert "1 USD = 7.2 CNY" in reply(await alice.send("/fx cny 7.2")).text
    refused = reply(await alice.send("/fx eur/cny 8"))
    assert "against the US dollar" in refused.text
