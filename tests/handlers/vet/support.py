"""Helpers for /vet tests: read an audit's state from the database and answer like a buyer."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import BotApiStandIn, BotMessage, Event
from handlers.shared.services import SERVICES_KEY, App, Services
from knowledge.vet.checklist import Checklist
from knowledge.vet.items import AnyItem, ChoiceItem, CreditCodeItem, NumberItem, YesNo, YesNoItem
from knowledge.vet.progress import where
from knowledge.vet.records import AssessmentRecord
from tests.scripted_console import run_console

VALID_USCC = "91110000600037341L"


def services_of(app: App) -> Services:
    """The running Application's services."""
    found = app.bot_data[SERVICES_KEY]
    assert isinstance(found, Services)
    return found


def checklist_of(app: App) -> Checklist:
    """The checklist the Application loaded."""
    return services_of(app).knowledge.get(Checklist)


async def running_audit(user: OfflineUser) -> AssessmentRecord:
    """The user's audit in progress in their chat, straight from the database."""
    record = await services_of(user.app).vet.get_running_audit(user.chat_id, user.user_id)
    assert record is not None, "no audit in progress"
    return record


async def current_item(user: OfflineUser) -> AnyItem | None:
    """The question the user's running audit stands at (None when none runs), from the DB."""
    record = await services_of(user.app).vet.get_running_audit(user.chat_id, user.user_id)
    return None if record is None else where(checklist_of(user.app), record.answers).current


def passing_reply(item: AnyItem) -> str:
    """What a buyer taps or types to pass `item` (a button label, or the typed text)."""
    if isinstance(item, YesNoItem):
        return "Yes" if item.pass_if is YesNo.YES else "No"
    if isinstance(item, ChoiceItem):
        return next(option.label for option in item.options if option.credit == 100)
    if isinstance(item, CreditCodeItem):
        return VALID_USCC
    assert isinstance(item, NumberItem)
    threshold = item.pass_at_least if item.pass_at_least is not None else item.pass_at_most
    return str(threshold if threshold is not None else item.example)


def question_message(user: OfflineUser, record: AssessmentRecord) -> BotMessage | None:
    """The message that shows the audit's buttons now (not, say, a newer take-over offer)."""
    if record.question_message_id is None:
        return None
    return user.standin.messages.get((record.chat_id, record.question_message_id))


async def reply_to_question(user: OfflineUser, item: AnyItem, reply: str) -> list[Event]:
    """Answer the question on screen: type typed answers, tap the rest on the audit's message."""
    if isinstance(item, NumberItem | CreditCodeItem) and reply != "Not sure":
        return await user.answer(reply)
    record = await services_of(user.app).vet.get_running_audit(user.chat_id, user.user_id)
    return await user.press(reply, None if record is None else question_message(user, record))


async def run_audit(user: OfflineUser, overrides: Mapping[str, str] | None = None) -> list[Event]:
    """Answer every remaining question (passing unless overridden); the events of the last."""
    events: list[Event] = []
    while (item := await current_item(user)) is not None:
        reply = (overrides or {}).get(item.id, passing_reply(item))
        events = await reply_to_question(user, item, reply)
    return events


def texts(events: list[Event]) -> list[str]:
    """What the user read, message by message."""
    return [e.message.text for e in events if e.message is not None and e.kind == "sent"]


def notices(events: list[Event]) -> list[str]:
    """The toasts shown for button presses."""
    return [e.text for e in events if e.kind == "notice"]


def second_console_after_first_starts(tmp_path: Path, script: str) -> str:
    """User 1 starts auditing Acme in one console; `script` runs as User 2 in another console
    on the same database and group. User 2's console output."""
    db = str(tmp_path / "team.sqlite3")
    first = run_console(tmp_path, "/vet Acme\n5000\n", "--db", db, "--user", "1", "--chat", "-100")
    assert first.returncode == 0, first.stderr
    second = run_console(tmp_path, script, "--db", db, "--user", "2", "--chat", "-100")
    assert second.returncode == 0, second.stderr
    assert "Traceback" not in second.stderr
    return second.stdout


GROUP = -100
TAKE_OVER = "🔁 Take over"
Team = tuple[OfflineUser, OfflineUser, OfflineUser]


def make_team(app: App, standin: BotApiStandIn) -> Team:
    """Alex, Bea and Cy in one group chat."""
    return (
        OfflineUser(app, standin, user_id=1001, chat_id=GROUP, first_name="Alex"),
        OfflineUser(app, standin, user_id=2002, chat_id=GROUP, first_name="Bea"),
        OfflineUser(app, standin, user_id=3003, chat_id=GROUP, first_name="Cy"),
    )


async def full_report(user: OfflineUser) -> str:
    """Press "📄 Full report" on the newest verdict card in the user's chat; all its pages."""
    cards = [
        m
        for (chat, _), m in user.standin.messages.items()
        if chat == user.chat_id and any(b.text == "📄 Full report" for b in m.flat_buttons())
    ]
    assert cards, "no verdict card with a Full report button"
    card = max(cards, key=lambda m: m.message_id)
    return "\n".join(texts(await user.press("📄 Full report", card)))
