"""Two consoles on one database act as two members of one group, as the README says."""

from __future__ import annotations

from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import running
from bot.offline.console import console_standin, console_user
from tests.handlers.vet.support import services_of

GROUP = -100


async def test_two_consoles_in_one_group_keep_their_questions_apart(settings: Settings) -> None:
    """Each console numbers its own messages: a reply must never land on the other's question."""
    ann_standin, bob_standin = console_standin(), console_standin()
    async with (
        running(build_application(settings, request=ann_standin)) as ann_app,
        running(build_application(settings, request=bob_standin)) as bob_app,
    ):
        ann = console_user(ann_app, ann_standin, user_id=1, chat_id=GROUP)
        bob = console_user(bob_app, bob_standin, user_id=2, chat_id=GROUP)
        await ann.send("/vet Acme")
        await bob.send("/vet Beta")
        answered = await ann.answer("5000")
        shown = [event.message.text for event in answered if event.message is not None]
        assert not any(text.startswith("Only") for text in shown)
        record = await services_of(ann_app).vet.get_running_audit(GROUP, 1)
        assert record is not None
        assert record.answers.get("order_usd") == "5000"
        assert ann.user["first_name"] != bob.user["first_name"]
        assert ann_standin.refused == bob_standin.refused == []
