"""A /vet audit through the worst of it: kill -9 mid-answer, SIGTERM mid-answer, an answer
sent while the bot is down, and Telegram faults at every kind of call. Each ends with all 33
answers stored once and the report, every reply in order."""

from __future__ import annotations

from bot.offline.standin import Event
from knowledge.vet.records import AuditStatus
from tests.e2e.audit import CHECKLIST, AuditDriver, asks, vet_store
from tests.e2e.botprocess import BOT_TIMEOUT, BotProcess, assert_no_handler_errors
from tests.e2e.double import BotApiDouble
from tests.e2e.faults import FaultKind
from tests.e2e.users import HttpUser
from tests.handlers.vet.support import passing_reply

REPLY_METHODS = ("sendMessage", "editMessageText")


def said(events: list[Event], text: str) -> bool:
    return any(e.message is not None and text in e.message.text for e in events)


async def finished_once(audit: AuditDriver) -> None:
    """The audit ended with one stored answer per question, each the one the user gave."""
    assert audit.assessment_id is not None
    record = await audit.store.get_assessment(audit.user.chat_id, audit.assessment_id)
    assert record is not None
    assert record.status is AuditStatus.FINISHED
    assert set(record.answers) == {item.id for item in CHECKLIST.items}


async def test_kill_9_while_answering_resumes_at_the_next_question(
    double: BotApiDouble, alice: HttpUser, bot: BotProcess
) -> None:
    """Killed after storing an answer, before showing the next question: /vet goes on there."""
    async with vet_store(bot.database) as store:
        audit = AuditDriver(alice, store)
        await audit.start("Acme")
        for _ in range(5):
            await audit.answer()
        stalls = [double.faults.add(m, FaultKind.SLOW, delay=60) for m in REPLY_METHODS]
        item, _ = await audit.send_answer()
        answers = await audit.stored(item)
        await double.wait_for(lambda: any(f.times == 0 for f in stalls), "the reply to stall", 30)
        assert await bot.kill() == -9
        double.faults.rules.clear()
        await bot.start()
        await alice.send("/vet acme")
        following = await audit.position()
        assert following.number == len(answers) + 1
        events = await alice.until(lambda e: asks(following, e), "the next question")
        assert not said(events, "already answered")
        await audit.finish()
        await finished_once(audit)
        assert (await audit.answers())[item.id] == answers[item.id]


async def test_an_answer_sent_while_the_bot_is_down_is_taken_after_restart(
    double: BotApiDouble, alice: HttpUser, bot: BotProcess
) -> None:
    """kill -9 between questions; the user taps or types the answer anyway; it counts once."""
    async with vet_store(bot.database) as store:
        audit = AuditDriver(alice, store)
        await audit.start("Ningbo Best Trading")
        for _ in range(3):
            await audit.answer()
        assert await bot.kill() == -9
        item, reply = await audit.send_answer()  # on the question shown before the kill
        await bot.start()
        events = await audit.shown_next(await audit.stored(item))
        assert not said(events, "already answered")
        assert passing_reply(item) == reply
        await audit.finish()
        await finished_once(audit)


async def test_sigterm_while_answering_finishes_the_reply_and_keeps_the_answer(
    double: BotApiDouble, alice: HttpUser, bot: BotProcess
) -> None:
    """SIGTERM while a reply is on its way: the reply arrives, the bot exits 0, nothing lost."""
    async with vet_store(bot.database) as store:
        audit = AuditDriver(alice, store)
        await audit.start("Yiwu Gifts")
        await audit.answer()
        for method in REPLY_METHODS:
            double.faults.add(method, FaultKind.SLOW, delay=0.5)
        item, _ = await audit.send_answer()
        answers = await audit.stored(item)
        await double.wait_for(lambda: double.faults.served, "the reply to be under way", 30)
        assert await bot.terminate() == 0
        await audit.shown_next(answers)  # the reply under way was completed before exiting
        assert "Database closed" in bot.log()
        await bot.start()
        await audit.finish()
        await finished_once(audit)


async def test_an_audit_through_flaky_telegram_gets_every_reply_in_order(
    double: BotApiDouble, alice: HttpUser, bot: BotProcess
) -> None:
    """429s, 502s, drops and stalls on sends, edits, button answers and polls, mid-audit."""
    faults = [
        ("editMessageText", FaultKind.FLOOD),
        ("sendMessage", FaultKind.BAD_GATEWAY),
        ("answerCallbackQuery", FaultKind.DROP),
        ("editMessageText", FaultKind.SLOW),
        ("getUpdates", FaultKind.BAD_GATEWAY),
        ("sendMessage", FaultKind.DROP),
        ("answerCallbackQuery", FaultKind.BAD_GATEWAY),
        ("getUpdates", FaultKind.DROP),
        ("sendMessage", FaultKind.FLOOD),
        ("getUpdates", FaultKind.FLOOD),
    ]
    async with vet_store(bot.database) as store:
        audit = AuditDriver(alice, store)
        await audit.start("Guangzhou Flaky Tools")
        for method, kind in faults:
            double.faults.add(method, kind, delay=BOT_TIMEOUT + 2, retry_after=1)
            await audit.answer()
        await audit.finish()
        await finished_once(audit)
    assert sorted(double.faults.served) == sorted(faults)  # every fault was really served
    assert_no_handler_errors(bot)
