"""A Bot API double served over real HTTP on 127.0.0.1, for the bot running as a subprocess.

The Bot API methods themselves are the in-process stand-in's (`bot.offline.standin.BotApiStandIn`):
the same message bookkeeping and the same refusals Telegram gives (bad HTML, long text, long
button data, edits of missing or unchanged messages). This module adds what only a network
peer needs: the `/bot<token>/<method>` routes with form decoding (multipart uploads too),
long polling of `getUpdates` with Telegram's offset semantics (an update stays until a later
offset confirms it), a queue of updates the tests push as users, and the faults of
`tests/e2e/faults.py`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from aiohttp import web

from bot.offline.standin import BotApiStandIn, Event
from tests.e2e.faults import Fault, FaultKind, FaultPlan

T = TypeVar("T")
TOKEN = "123456:e2e-double-token"
# Parameters Telegram takes as plain strings; every other form field carries JSON.
_STRING_FIELDS = frozenset(
    {"text", "parse_mode", "callback_query_id", "inline_query_id", "inline_message_id",
     "url", "caption", "next_offset", "description", "short_description", "name", "title",
     "language_code", "business_connection_id", "message_effect_id", "secret_token"}
)  # fmt: skip


def _upload(field: web.FileField) -> tuple[str, bytes, str]:
    """A multipart file part as the stand-in takes it: (file name, bytes, content type)."""
    return field.filename, field.file.read(), field.content_type


def decode_form(form: Any) -> dict[str, Any]:
    """Form fields as PTB encodes them (strings raw, everything else JSON) back to values.

    A call that uploads a file (sendDocument with the PDF report) comes as multipart form
    data: its file parts become (file name, bytes, content type), as the in-process stand-in
    gets them, and a field naming a part as "attach://<part>" (Telegram's way for files inside
    other fields) gets that part's file.
    """
    params: dict[str, Any] = {}
    uploads = {k: _upload(v) for k, v in form.items() if isinstance(v, web.FileField)}
    for key, raw in form.items():
        if isinstance(raw, web.FileField):
            params[key] = uploads[key]
        elif isinstance(raw, str) and raw.startswith("attach://") and raw[9:] in uploads:
            params[key] = uploads[raw[9:]]
        elif key in _STRING_FIELDS or not isinstance(raw, str):
            params[key] = raw
        else:
            try:
                params[key] = json.loads(raw)
            except ValueError:
                params[key] = raw  # e.g. chat_id "@channel"
    return params


def _json(status: int, body: object) -> web.Response:
    return web.Response(status=status, text=json.dumps(body), content_type="application/json")


class BotApiDouble(BotApiStandIn):
    """Telegram as the bot sees it over HTTP; tests push updates and wait on what it sent."""

    def __init__(self, token: str = TOKEN) -> None:
        super().__init__()
        self.token = token
        self.faults = FaultPlan()
        self.pending: list[dict[str, Any]] = []  # handed out, not yet confirmed by an offset
        self.polls: list[float] = []  # when each getUpdates call arrived (monotonic)
        self.abandoned: list[str] = []  # calls whose caller hung up before a slow answer
        self._poll_generation = 0
        self._tick = asyncio.Event()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    # --- lifecycle ---
    async def start(self) -> str:
        """Listen on a free port the OS picks; returns the base URL for TELEGRAM_BASE_URL."""
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._serve)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{port}/bot"
        return self.base_url

    async def close(self) -> None:
        self._closing = True
        self._poke()
        if self._runner is not None:
            await self._runner.cleanup()

    # --- the user side ---
    def push_update(self, payload: dict[str, Any]) -> int:
        """Queue an update (a user's message, press or query) for the bot's next getUpdates."""
        payload["update_id"] = self.next_update_id()
        self.pending.append(payload)
        self._poke()
        return int(payload["update_id"])

    async def wait_for(self, probe: Callable[[], T | None], what: str, within: float) -> T:
        """Wait until `probe()` returns something other than None/False/empty, or fail."""
        deadline = time.monotonic() + within
        while not (found := probe()):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"timed out after {within:.0f}s waiting for {what}")
            tick = self._tick
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(tick.wait(), min(remaining, 0.5))
        return found

    async def wait_until(
        self, probe: Callable[[], Awaitable[T | None]], what: str, within: float
    ) -> T:
        """`wait_for` with an async probe (a database read, say), re-checked on every tick."""
        deadline = time.monotonic() + within
        while not (found := await probe()):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"timed out after {within:.0f}s waiting for {what}")
            tick = self._tick
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(tick.wait(), min(remaining, 0.2))
        return found

    def _poke(self) -> None:
        """Wake every waiter: something was sent, pushed or polled."""
        self._tick.set()
        self._tick = asyncio.Event()

    def _emit(self, event: Event) -> None:
        super()._emit(event)
        self._poke()

    # --- HTTP ---
    async def _serve(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return _json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        method = request.match_info["method"]
        params = decode_form(await request.post())
        fault = self.faults.take(method, params)
        if fault is not None:
            early = await self._misbehave(fault, request, method)
            if early is not None:
                return early
        status, body = await self.call(method, params)
        if fault is not None and fault.kind is FaultKind.LOST:
            self._hang_up(request)
        return web.Response(status=status, body=body, content_type="application/json")

    @staticmethod
    def _hang_up(request: web.Request) -> None:
        """Close the connection with nothing written back: the peer sees a reset."""
        if request.transport is not None:
            request.transport.abort()
        raise asyncio.CancelledError

    async def _misbehave(
        self, fault: Fault, request: web.Request, method: str
    ) -> web.StreamResponse | None:
        """Answer like Telegram on a bad day; None means: go on and serve the call."""
        if fault.kind is FaultKind.FLOOD:
            description = f"Too Many Requests: retry after {fault.retry_after}"
            body = {"ok": False, "error_code": 429, "description": description}
            body["parameters"] = {"retry_after": fault.retry_after}
            return _json(429, body)
        if fault.kind is FaultKind.BAD_GATEWAY:
            page = "<html><head><title>502 Bad Gateway</title></head></html>"
            return web.Response(status=502, text=page, content_type="text/html")
        if fault.kind is FaultKind.DROP:
            self._hang_up(request)
        if fault.kind is FaultKind.LOST:
            return None  # served first, then hung up on in _serve
        await asyncio.sleep(fault.delay)  # FaultKind.SLOW
        transport = request.transport
        if transport is None or transport.is_closing():
            self.abandoned.append(method)
            return web.Response(status=504)
        return None

    # --- long polling ---
    async def _api_getUpdates(self, params: dict[str, Any]) -> tuple[int, bytes]:  # noqa: N802
        offset = int(params.get("offset") or 0)
        if offset > 0:
            self.pending = [u for u in self.pending if u["update_id"] >= offset]
        limit = max(1, min(100, int(params.get("limit") or 100)))
        timeout = float(params.get("timeout") or 0)
        self.polls.append(time.monotonic())
        self._poll_generation += 1
        generation = self._poll_generation
        self._poke()
        deadline = time.monotonic() + timeout
        while not self.pending and not self._closing:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            tick = self._tick
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(tick.wait(), remaining)
            if generation != self._poll_generation:
                conflict = "Conflict: terminated by other getUpdates request"
                body = {"ok": False, "error_code": 409, "description": conflict}
                return 409, json.dumps(body).encode()
        return 200, json.dumps({"ok": True, "result": self.pending[:limit]}).encode()
