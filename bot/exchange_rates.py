"""Reference exchange rates over HTTP: the ECB's daily file, fetched for /landed.

Implements `knowledge.landed.ports.RateFeed` with httpx (installed with python-telegram-bot):
one GET of `EXCHANGE_RATES_URL` with a short timeout, read by `knowledge.landed.reference`.
Any failure (no network, a timeout, a bad status, a file that is not the ECB's) is one
warning line and None: the estimate then uses the chat's own rates and says so. Off when the
bot runs offline (console, tests over the stand-in) unless LIVE_EXCHANGE_RATES says otherwise.
"""

from __future__ import annotations

import logging

import httpx

from knowledge.landed.reference import ECB, RateFeedError, ReferenceRates, read_ecb_daily

_LOGGER = logging.getLogger(__name__)


class EcbRateFeed:
    """The ECB's daily euro reference rates, as rates per 1 USD."""

    def __init__(self, url: str, *, timeout: float, enabled: bool) -> None:
        self._url = url
        self._timeout = timeout
        self._enabled = enabled

    @property
    def source(self) -> str:
        return ECB

    @property
    def enabled(self) -> bool:
        return self._enabled

    async def fetch(self) -> ReferenceRates | None:
        if not self._enabled:
            return None
        try:
            async with httpx.AsyncClient(timeout=self._timeout) as client:
                response = await client.get(self._url)
            response.raise_for_status()
            return read_ecb_daily(response.text)
        except (httpx.HTTPError, RateFeedError) as error:
            _LOGGER.warning("Reference rates not fetched from %s: %s", ECB, error)
            return None
