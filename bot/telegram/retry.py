"""Patience with Telegram: every Bot API call survives flood limits and passing network trouble.

`PatientRateLimiter` is PTB's `AIORateLimiter` (Telegram's flood limits, and a wait of
`retry_after` after a 429) plus retries, with growing pauses, of the transient failures a user
must never notice: a 5xx from Telegram's front end, a dropped connection, a call that timed
out. A refusal (400 BadRequest, 403 Forbidden) is final and is never retried. Retrying holds
the chat's turn (see `bot/telegram/update_order.py`), so a chat's replies still arrive in order.

A call that timed out may have reached Telegram before the answer was lost; sending it again
can then show a message twice. The bot accepts that rare double over a lost reply, which
would leave a user waiting on a question that never came. A button press takes one answer
only, so a refusal of a retried answerCallbackQuery counts as done.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter

_LOGGER = logging.getLogger(__name__)
# About 15 seconds in all: past a blip, short of leaving a user waiting without a word.
RETRY_PAUSES: tuple[float, ...] = (0.5, 1.0, 2.0, 4.0, 8.0)
FLOOD_RETRIES = 3  # 429s waited out per call (each waits the retry_after Telegram names)

ApiResult = bool | dict[str, Any] | list[dict[str, Any]]


class PatientRateLimiter(AIORateLimiter):
    """Flood limits as PTB handles them, plus retries of transient network failures."""

    def __init__(self, pauses: Sequence[float] = RETRY_PAUSES) -> None:
        super().__init__(max_retries=FLOOD_RETRIES)
        self._pauses = tuple(pauses)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, ApiResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> ApiResult:
        for attempt, pause in enumerate((*self._pauses, None), start=1):
            try:
                return await super().process_request(
                    callback, args, kwargs, endpoint, data, rate_limit_args
                )
            except BadRequest:
                if attempt > 1 and endpoint == "answerCallbackQuery":
                    # A press takes one answer: a refusal on a retry means the lost attempt
                    # got through (or the press expired); either way nothing is left to do.
                    return True
                raise  # Telegram read the call and refused it: the same call fails again
            except NetworkError as exc:  # 5xx, connection lost, timed out
                if pause is None:
                    raise
                _LOGGER.warning(
                    "Telegram call %s failed (%s); attempt %d, retrying in %.1fs",
                    endpoint, exc, attempt, pause,
                )  # fmt: skip
                await asyncio.sleep(pause)
        raise AssertionError("unreachable: the last attempt returns or raises")
