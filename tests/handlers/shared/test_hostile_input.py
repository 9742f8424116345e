"""Hostile input through the real Application: thousands of generated updates, none unanswered,
none crashing, none touching another chat, none that Telegram would refuse.

Hypothesis drives five people in two private chats and two groups through random sequences of
messages, commands, forced-reply answers, forwards, replies to the bot and button presses (with
made-up, stale or other chats' button data), over one Application, so state piles up across
examples as it does in production. After every update it checks the invariants below. Examples
are fixed (derandomized) for CI; HOSTILE_EXAMPLES=2000 HOSTILE_RANDOM=1 hunts further.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, note
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from telegram.ext import InlineQueryHandler

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import BotApiStandIn, BotMessage, Event
from bot.storage.database import DATABASE_KEY
from handlers.shared.menu import MENU
from handlers.shared.services import App
from tests.handlers.shared.hostile import command_text, hostile_text, malformed_data

EXAMPLES = int(os.environ.get("HOSTILE_EXAMPLES", "200"))
TEXT, COMMAND, BAD_DATA = hostile_text(), command_text(), malformed_data()  # built once: cheaper
# Sensible answers now and then carry a flow (an audit, a guided estimate) to deeper questions.
SENSIBLE = st.sampled_from(
    ["Acme Trading", "5000", "12", "95", "24", "yes", "no", "91110000600037341L", "10 usd",
     "1000", "FOB", "US", "sea", "2000", "15%", "400 kg", "7.1"]
)  # fmt: skip
_examples = itertools.count(1)


def people_of_a_new_example(app: App, standin: BotApiStandIn) -> list[OfflineUser]:
    """Alice and Bob in private chats and a team group, Carol in another team's supergroup.

    Fresh ids per example keep each example's drawing independent of the ones before (as
    Hypothesis requires), while the database keeps every earlier example's records.
    """
    n = next(_examples)
    alice, bob, carol = 10_000 + 3 * n, 10_001 + 3 * n, 10_002 + 3 * n
    team, other_team = -(10_000 + n), -1_001_234_000_000 - n
    return [
        OfflineUser(app, standin, user_id=alice, first_name="Alice"),
        OfflineUser(app, standin, user_id=bob, first_name="Bob"),
        OfflineUser(app, standin, user_id=alice, chat_id=team, first_name="Alice"),
        OfflineUser(app, standin, user_id=bob, chat_id=team, first_name="Bob"),
        OfflineUser(app, standin, user_id=carol, chat_id=other_team, first_name="Carol"),
    ]


ACTIONS = (
    "text", "command", "command", "open", "answer", "answer", "forward", "reply",
    "press", "press", "press", "inline",
)  # fmt: skip
FLOWS = tuple(f"/{entry.command}" for entry in MENU if entry.start_button)  # guided flows
Records = dict[int | None, list[tuple[Any, ...]]]


def _owner_column(conn: sqlite3.Connection, table: str) -> tuple[str, str] | None:
    """How a table's rows belong to a chat: its own chat_id, or its parent's (by foreign key)."""
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    if "chat_id" in columns:
        return f"SELECT chat_id, * FROM {table}", table  # noqa: S608 - names from sqlite_master
    for fk in conn.execute(f"PRAGMA foreign_key_list({table})"):
        parent, child_col, parent_col = fk[2], fk[3], fk[4]
        parent_columns = [row[1] for row in conn.execute(f"PRAGMA table_info({parent})")]
        if "chat_id" in parent_columns:
            sql = (
                f"SELECT p.chat_id, c.* FROM {table} c "  # noqa: S608 - names from sqlite_master
                f"JOIN {parent} p ON p.{parent_col} = c.{child_col}"
            )
            return sql, table
    return None


def chat_records(path: Path) -> Records:
    """Every row of the database, grouped by the chat it belongs to (None: no chat)."""
    records: Records = defaultdict(list)
    with sqlite3.connect(path) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            owner = _owner_column(conn, table)
            unowned = f"SELECT NULL, * FROM {table}"  # noqa: S608 - names from sqlite_master
            sql = unowned if owner is None else owner[0]
            for row in conn.execute(sql):
                records[row[0]].append((table, *row[1:]))
    return {chat: sorted(rows, key=repr) for chat, rows in records.items()}


def others(records: Records, chat_id: int) -> Records:
    return {chat: rows for chat, rows in records.items() if chat != chat_id}


def bot_messages(standin: BotApiStandIn, chat_id: int | None = None) -> list[BotMessage]:
    return [m for (chat, _), m in sorted(standin.messages.items()) if chat_id in (None, chat)]


async def press_something(
    data: st.DataObject, person: OfflineUser, mine: list[BotMessage], chats: set[int]
) -> list[Event]:
    """A button on screen, a stale or other chat's button, or made-up data."""
    on_screen = person.latest_with_buttons()
    shown = [m for m in bot_messages(person.standin) if m.chat_id in chats]  # this example's
    seen = sorted({b.callback_data for m in shown for b in m.flat_buttons() if b.callback_data})
    how = data.draw(st.sampled_from(["on screen", "on screen", "stale or forged", "made-up"]))
    if how == "on screen" and on_screen is not None:
        labels = [b.callback_data for b in on_screen.flat_buttons() if b.callback_data]
        payload, target = data.draw(st.sampled_from(labels), label="button"), on_screen
    elif how == "stale or forged" and seen:
        payload = data.draw(st.sampled_from(seen), label="other button")
        target = data.draw(st.sampled_from(mine), label="pressed on")
    else:
        how, payload = "made-up", data.draw(BAD_DATA, label="made-up data")
        target = data.draw(st.sampled_from(mine), label="pressed on")
    event(f"pressed {payload.split(':')[0] if how != 'made-up' else 'made-up'} ({how})")
    return await person.press_data(payload, target)


async def act(  # noqa: PLR0911 - one return per kind of action reads best
    data: st.DataObject, person: OfflineUser, kind: str, chats: set[int]
) -> tuple[str, list[Event]]:
    """Do one hostile thing as `person`; returns what was done and what the bot showed."""
    standin = person.standin
    if kind == "command":
        return kind, await person.send(data.draw(COMMAND, label="command"))
    if kind == "open":
        return kind, await person.send(data.draw(st.sampled_from(FLOWS), label="opens"))
    if kind == "answer":
        return kind, await person.answer(data.draw(SENSIBLE | TEXT, label="answer"))
    if kind == "forward":
        return kind, await person.forward(data.draw(TEXT, label="forwarded"))
    if kind == "inline":
        return kind, await person.inline(data.draw(TEXT, label="inline query")[:256])
    mine = bot_messages(standin, person.chat_id)
    if kind == "reply" and mine:
        target = data.draw(st.sampled_from(mine), label="replied to")
        text = data.draw(TEXT, label="reply")
        return kind, await person.send(text, reply_to=target.message_id)
    if kind == "press" and mine:
        return kind, await press_something(data, person, mine, chats)
    return "text", await person.send(data.draw(TEXT, label="text"))


@pytest.mark.hostile
@pytest.mark.timeout(900)  # thousands of updates; a busy CI machine must not cut it short
@hypothesis_settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not os.environ.get("HOSTILE_RANDOM"),
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
async def test_hostile_updates_are_answered_safely(
    data: st.DataObject,
    app: App,
    standin: BotApiStandIn,
    errors: list[BaseException],
) -> None:
    """Any sequence of hostile updates: answered, no crash, no other chat touched, all valid."""
    database = app.bot_data[DATABASE_KEY].path
    inline = any(isinstance(h, InlineQueryHandler) for g in app.handlers.values() for h in g)
    kinds = [kind for kind in ACTIONS if kind != "inline" or inline]
    people = people_of_a_new_example(app, standin)
    chats = {person.chat_id for person in people}
    before = chat_records(database)
    person = people[0]
    for _ in range(data.draw(st.integers(5, 40), label="steps")):
        # Mostly the same person again, so multi-step flows (an audit, a guided estimate) happen.
        person = data.draw(st.sampled_from([person, person, person, *people]), label="who")
        kind = data.draw(st.sampled_from(kinds), label="does")
        calls = len(standin.calls)
        done, events = await act(data, person, kind, chats)
        event(done)
        note(f"{person.user['first_name']} in {person.chat_id}: {done} -> {events}")
        assert errors == [], f"an update failed: {errors!r}"
        assert standin.refused == [], f"Telegram would refuse: {standin.refused}"
        assert {e.chat_id for e in events} <= {person.chat_id, None}, "sent to another chat"
        after = chat_records(database)
        assert others(after, person.chat_id) == others(before, person.chat_id), "another chat"
        before = after
        called = [name for name, _ in standin.calls[calls:]]
        if done == "press":
            assert called.count("answerCallbackQuery") == 1, "a press not answered exactly once"
        elif done == "inline":
            assert called.count("answerInlineQuery") == 1, "an inline query not answered once"
        elif person.chat_id > 0:
            assert any(e.kind in ("sent", "edited") for e in events), (
                "a private message unanswered"
            )
