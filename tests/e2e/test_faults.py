"""Telegram misbehaving while users talk to the bot: the bot recovers by itself and every
reply arrives, once, in order.

Each test injects one kind of fault at one place (sending, polling, start-up) and checks that
the fault was really served, so none of them can pass by accident. Trouble with Telegram is
expected: none of it may reach the bot's error handler (which apologises and alerts the admin).
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.e2e.botprocess import BOT_TIMEOUT, POLL_TIMEOUT, BotProcess, assert_no_handler_errors
from tests.e2e.double import BotApiDouble
from tests.e2e.faults import FaultKind
from tests.e2e.users import HttpUser

# A real outage lasts a minute or more; the default keeps CI fast while still spanning
# several failed polls and PTB's growing back-off. E2E_OUTAGE_SECONDS=60 runs the real thing
# (with E2E_REPLY_TIMEOUT=150: the back-off then reaches 25 s).
OUTAGE_SECONDS = float(os.environ.get("E2E_OUTAGE_SECONDS", "6"))


async def polling_in_trouble(double: BotApiDouble) -> None:
    """Wait until a getUpdates fault was served, so the user's messages meet the trouble."""
    await double.wait_for(
        lambda: double.faults.count("getUpdates"), "a getUpdates fault to be served", 30
    )


async def help_then_start(alice: HttpUser) -> None:
    """A two-step exchange whose replies must come back in this order."""
    await alice.send("/help")
    await alice.send("/start")
    first, second = await alice.replies(2)
    assert first.message is not None
    assert "Commands" in first.message.text
    assert second.message is not None
    assert "Sourcing assistant" in second.message.text


async def test_flood_limit_on_send_is_waited_out(
    double: BotApiDouble, alice: HttpUser, bot: BotProcess
) -> None:
    """429 with retry_after on sendMessage: the bot waits as told and sends again."""
    double.faults.add("sendMessage", FaultKind.FLOOD, retry_after=1)
    await help_then_start(alice)
    assert double.faults.count("sendMessage", FaultKind.FLOOD) == 1
    assert_no_handler_errors(bot)


async def test_bad_gateway_on_send_is_retried(
    double: BotApiDouble, alice: HttpUser, bot: BotProcess
) -> None:
    """Two 502s in a row on sendMessage: the reply still arrives, once."""
    double.faults.add("sendMessage", FaultKind.BAD_GATEWAY, times=2)
    await help_then_start(alice)
    assert double.faults.count("sendMessage", FaultKind.BAD_GATEWAY) == 2
    assert_no_handler_errors(bot)


async def test_dropped_connection_on_send_is_retried(
    double: BotApiDouble, alice: HttpUser, bot: BotProcess
) -> None:
    """The connection dies before Telegram answers sendMessage: the reply still arrives."""
    double.faults.add("sendMessage", FaultKind.DROP)
    await help_then_start(alice)
    assert double.faults.count("sendMessage", FaultKind.DROP) == 1
    assert_no_handler_errors(bot)


async def test_send_slower_than_the_timeout_is_retried(
    double: BotApiDouble, alice: HttpUser, bot: BotProcess
) -> None:
    """sendMessage stalls past the bot's read timeout: the bot gives up on it and sends again."""
    double.faults.add("sendMessage", FaultKind.SLOW, delay=BOT_TIMEOUT + 2)
    await help_then_start(alice)
    await double.wait_for(lambda: double.abandoned, "the stalled call to be abandoned", 30)
    assert double.abandoned == ["sendMessage"]
    assert_no_handler_errors(bot)


async def test_flood_limit_on_polling_is_waited_out(
    double: BotApiDouble, alice: HttpUser, bot: BotProcess
) -> None:
    """429 with retry_after on getUpdates: polling pauses as told and resumes."""
    double.faults.add("getUpdates", FaultKind.FLOOD, times=2, retry_after=1)
    await polling_in_trouble(double)
    await help_then_start(alice)
    assert double.faults.count("getUpdates", FaultKind.FLOOD) == 2
    assert_no_handler_errors(bot)


async def test_dropped_and_slow_polls_lose_nothing(
    double: BotApiDouble, alice: HttpUser, bot: BotProcess
) -> None:
    """getUpdates dropped twice, then stalled past the timeout: the updates still come through."""
    double.faults.add("getUpdates", FaultKind.DROP, times=2)
    double.faults.add("getUpdates", FaultKind.SLOW, delay=POLL_TIMEOUT + BOT_TIMEOUT + 2)
    await polling_in_trouble(double)
    await help_then_start(alice)
    assert double.faults.count("getUpdates", FaultKind.DROP) == 2
    assert double.faults.count("getUpdates", FaultKind.SLOW) == 1
    assert_no_handler_errors(bot)


async def test_polling_outage_then_every_reply_in_order(
    double: BotApiDouble, alice: HttpUser, bot: BotProcess
) -> None:
    """getUpdates answers 502 for the whole outage; afterwards every message is answered."""
    double.faults.window("getUpdates", FaultKind.BAD_GATEWAY, OUTAGE_SECONDS)
    await polling_in_trouble(double)
    for command in ("/help", "/nope", "/start"):
        await alice.send(command)
    texts = [e.message.text for e in await alice.replies(3) if e.message]
    assert "Commands" in texts[0]
    assert "/nope" in texts[1]
    assert "Sourcing assistant" in texts[2]
    assert double.faults.count("getUpdates", FaultKind.BAD_GATEWAY) >= 3
    assert_no_handler_errors(bot)


async def test_start_up_survives_a_flaky_telegram(double: BotApiDouble, tmp_path: Path) -> None:
    """502 on getMe and 429 on setMyCommands at start-up: the bot starts and answers."""
    double.faults.add("getMe", FaultKind.BAD_GATEWAY, times=2)
    double.faults.add("setMyCommands", FaultKind.FLOOD, retry_after=1)
    bot = await BotProcess(double, tmp_path).start()
    try:
        await help_then_start(HttpUser(double, user_id=1001))
    finally:
        print(bot.log())
        assert await bot.terminate() == 0
    assert double.faults.count("getMe") == 2
    assert_no_handler_errors(bot)


async def test_a_lost_answer_to_a_button_press_is_not_an_error(
    double: BotApiDouble, alice: HttpUser, bot: BotProcess
) -> None:
    """Telegram took the press's answer but the reply to the bot was lost: the retry is refused
    (one answer per press) and the bot counts it as done, with no apology to the user."""
    await alice.send("/start")
    [greeting] = await alice.replies(1)
    assert greeting.message is not None
    double.faults.add("answerCallbackQuery", FaultKind.LOST)
    await alice.press_data("vet:answer:999999:yes", greeting.message)
    [notice] = await alice.replies(1)
    assert "expired" in notice.text
    await double.wait_for(lambda: double.refused, "the retried answer to be refused", 30)
    double.refused.clear()  # the refusal is the point of this test
    await alice.send("/help")
    assert "Commands" in await alice.reply_text()  # the next reply, and no apology before it
    assert_no_handler_errors(bot)
