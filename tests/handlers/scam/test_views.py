"""The scam report beyond the first reply: the full report button, history, what is stored."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn
from handlers.shared.services import App
from tests.handlers.scam.support import BANK_SWAP, last_message_id, only_reply, sent

EVAL = Path(__file__).resolve().parents[2] / "data" / "scam_eval.yaml"
PHRASE = "Quokkavale Zanzibar Holdings"
MARKED_SCAM = f"{PHRASE} here. {BANK_SWAP}"


async def test_more_than_five_findings_offer_the_full_report(alice: OfflineUser) -> None:
    """Seven findings: five shown, a button, and the button sends all seven and then goes."""
    summary = only_reply(await alice.forward(BANK_SWAP))
    assert "Showing the 5 strongest of 7 findings." in summary.text
    assert "“+86 138 0013 8000”" not in summary.text
    [button] = summary.flat_buttons()
    assert button.text == "Show all 7 findings"
    events = await alice.press("Show all 7 findings")
    [full] = sent(events)
    assert full.text.startswith("Full report: 7 findings in 5 categories")
    assert "“+86 138 0013 8000”" in full.text
    assert full.reply_to == summary.message_id
    [edited] = [e.message for e in events if e.kind == "edited" and e.message]
    assert edited.message_id == summary.message_id
    assert edited.buttons == []


async def test_few_findings_have_no_button(alice: OfflineUser) -> None:
    """Five findings or fewer fit in the first reply, with no button."""
    reply = only_reply(await alice.forward("Pay via Western Union today, the price goes up"))
    assert reply.buttons == []
    assert "Showing the" not in reply.text


async def test_full_report_needs_the_original_which_is_not_stored(
    alice: OfflineUser, standin: BotApiStandIn
) -> None:
    """If Telegram no longer hands back the checked message, the presser is asked to forward it."""
    summary = only_reply(await alice.forward(BANK_SWAP))
    del standin.user_messages[(alice.chat_id, last_message_id(alice))]  # deleted by the user
    [notice] = await alice.press_data(summary.flat_buttons()[0].callback_data or "", summary)
    assert notice.kind == "notice"
    assert "Forward it to me again" in notice.text
    assert notice.payload.get("show_alert") is True


async def test_forged_full_report_buttons_are_refused(alice: OfflineUser) -> None:
    """A payload naming another message, or no message at all, changes nothing."""
    summary = only_reply(await alice.forward(BANK_SWAP))
    [wrong] = await alice.press_data("scam:all:0123456789abcdef", summary)
    assert "Forward it to me again" in wrong.text
    [bare] = await alice.press_data("scam:all", summary)
    assert "expired" in bare.text
    [other] = await alice.press_data("scam:nuke:1", summary)
    assert "expired" in other.text


async def test_repeat_in_private_says_you_checked_it(alice: OfflineUser) -> None:
    """In a private chat the reminder speaks to the user: "You already checked"."""
    await alice.send(MARKED_SCAM)
    again = only_reply(await alice.forward(MARKED_SCAM))
    assert re.search(r"ℹ️ You already checked this message on \d{1,2} \w{3} \d{4}", again.text)


async def test_database_holds_the_verdict_but_no_message_text(
    alice: OfflineUser, settings: Settings
) -> None:
    """After two checks the database files hold the fingerprint, not a word of the message."""
    await alice.forward(MARKED_SCAM)
    await alice.send(f"/scam {MARKED_SCAM}")
    files = [settings.database_path, settings.database_path.with_name("bot.sqlite3-wal")]
    raw = b"".join(path.read_bytes() for path in files if path.exists())
    assert b"changed_bank_details" in raw  # the verdict is there ...
    for word in (b"Quokkavale", b"Zanzibar", b"Western Union", b"WhatsApp", b"0013 8000"):
        assert word not in raw  # ... the words are not


async def test_history_survives_a_restart(settings: Settings) -> None:
    """A second bot process on the same database still knows the message was checked."""
    for round_number in (1, 2):
        standin = BotApiStandIn()
        app: App = build_application(settings, request=standin)
        async with running(app):
            reply = only_reply(await OfflineUser(app, standin).forward(MARKED_SCAM))
        assert ("You already checked" in reply.text) is (round_number == 2)
        assert standin.refused == []


async def test_long_full_report_is_split_into_messages_telegram_accepts(
    alice: OfflineUser,
) -> None:
    """A 4,000-character scam with dozens of findings gets every one, over several messages."""
    messages = yaml.safe_load(EVAL.read_text("utf-8"))["messages"]
    scams = [m["text"] for m in messages if m["label"] == "scam"]
    long_text = ""
    for text in scams:
        if len(long_text) + len(text) + 1 > 4096:
            break
        long_text += text + "\n"
    summary = only_reply(await alice.forward(long_text))
    shown = re.search(r"Showing the 5 strongest of (\d+) findings", summary.text)
    assert shown is not None
    total = int(shown[1])
    parts = sent(await alice.press(f"Show all {total} findings"))
    assert len(parts) >= 2
    assert parts[0].text.startswith(f"Full report: {total} findings")
    quotes = sum(line.startswith("“") for part in parts for line in part.text.splitlines())
    assert quotes == total
