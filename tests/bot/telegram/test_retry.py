"""PatientRateLimiter: transient network failures are retried, refusals are not."""

from __future__ import annotations

from typing import Any

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, TimedOut

from bot.telegram.retry import PatientRateLimiter


class FlakyCall:
    """A Bot API call that raises the given errors in turn, then succeeds."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0

    async def __call__(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return {"message_id": 1}


async def run(
    limiter: PatientRateLimiter, call: FlakyCall, endpoint: str = "sendMessage"
) -> object:
    await limiter.initialize()
    try:
        return await limiter.process_request(call, (), {}, endpoint, {"chat_id": 5}, None)
    finally:
        await limiter.shutdown()


async def test_bad_gateway_timeout_and_lost_connection_are_retried() -> None:
    """A 502, a timeout and a dropped connection in a row: the fourth attempt goes through."""
    call = FlakyCall(NetworkError("Bad Gateway"), TimedOut(), NetworkError("connection reset"))
    assert await run(PatientRateLimiter(pauses=(0, 0, 0)), call) == {"message_id": 1}
    assert call.calls == 4


async def test_gives_up_after_the_last_pause() -> None:
    """When every attempt fails the last error reaches the caller."""
    call = FlakyCall(*[NetworkError("Bad Gateway") for _ in range(3)])
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await run(PatientRateLimiter(pauses=(0, 0)), call)
    assert call.calls == 3


@pytest.mark.parametrize(
    "refusal",
    [BadRequest("Bad Request: message is not modified"), Forbidden("bot was blocked")],
)
async def test_refusals_are_not_retried(refusal: Exception) -> None:
    """Telegram read the call and said no: sending it again cannot help."""
    call = FlakyCall(refusal)
    with pytest.raises(type(refusal)):
        await run(PatientRateLimiter(pauses=(0, 0)), call)
    assert call.calls == 1


async def test_a_press_answer_refused_on_retry_counts_as_done() -> None:
    """The lost first answer got through, so Telegram refuses the retry: nothing left to do."""
    call = FlakyCall(TimedOut(), BadRequest("Query is too old and response timeout expired"))
    assert await run(PatientRateLimiter(pauses=(0, 0)), call, "answerCallbackQuery") is True
    assert call.calls == 2


async def test_a_press_answer_refused_at_once_is_an_error() -> None:
    """Without an earlier lost attempt, a refusal is a real error."""
    call = FlakyCall(BadRequest("Query is too old and response timeout expired"))
    with pytest.raises(BadRequest):
        await run(PatientRateLimiter(pauses=(0, 0)), call, "answerCallbackQuery")
