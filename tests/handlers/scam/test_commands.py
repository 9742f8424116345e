"""The scam check in a private chat, through the real Application: forwards, pastes, /scam."""

from __future__ import annotations

import time

from bot.offline.chat_user import OfflineUser
from handlers.scam.views import PASTED_HINT
from handlers.shared.services import SERVICES_KEY, App
from knowledge.scam.red_flags import RedFlags
from tests.handlers.scam.support import (
    BANK_SWAP,
    HOSTILE,
    LEGITIMATE,
    last_message_id,
    only_reply,
    sent,
)

VERDICTS = ("🔴", "🟠", "🟡", "⚪")


async def test_forwarded_scam_message_is_high_risk_with_its_excerpts(alice: OfflineUser) -> None:
    """A forwarded bank-swap message gets a high verdict quoting the supplier's own words."""
    reply = only_reply(await alice.forward(BANK_SWAP))
    assert reply.text.startswith("🔴 High risk · score 100/100")
    assert "“our bank account has changed”" in reply.text
    assert "“pay via Western Union”" in reply.text
    assert "Why: " in reply.text
    assert "What to do: Do not pay the new account." in reply.text
    assert reply.reply_to == last_message_id(alice)


async def test_legitimate_message_has_no_red_flags_and_never_says_safe(
    app: App, alice: OfflineUser
) -> None:
    """Ordinary terms get "no red flags" with every reminder, and no promise of safety."""
    reply = only_reply(await alice.forward(LEGITIMATE))
    assert reply.text.startswith("⚪ No red flags found · score 0/100")
    assert "safe" not in reply.text.lower()
    for reminder in app.bot_data[SERVICES_KEY].knowledge.get(RedFlags).always_check:
        assert reminder in reply.text
    assert reply.buttons == []


async def test_forward_from_hidden_account_says_the_sender_hid_it(alice: OfflineUser) -> None:
    """A forward from a hidden account names what Telegram passed on and says it is hidden."""
    reply = only_reply(await alice.forward(LEGITIMATE, sender_name="Ningbo Best Trading"))
    assert "Forwarded from “Ningbo Best Trading”. The sender hid their account" in reply.text


async def test_forward_from_visible_account_names_it(alice: OfflineUser) -> None:
    """A forward from a visible account names the person and their username."""
    origin = {
        "type": "user", "date": int(time.time()),
        "sender_user": {"id": 555, "is_bot": False, "first_name": "Lily", "last_name": "Wang",
                        "username": "lily_sourcing"},
    }  # fmt: skip
    reply = only_reply(await alice.forward(LEGITIMATE, origin=origin))
    assert "Forwarded from Lily Wang (@lily_sourcing)." in reply.text


async def test_forward_from_channel_names_the_channel(alice: OfflineUser) -> None:
    """A message forwarded from a channel says which channel."""
    origin = {
        "type": "channel", "date": int(time.time()), "message_id": 9,
        "chat": {"id": -1001234, "type": "channel", "title": "Best <Deals> & Co"},
    }  # fmt: skip
    reply = only_reply(await alice.forward(LEGITIMATE, origin=origin))
    assert "Forwarded from the channel “Best <Deals> & Co”." in reply.text
    assert "Best &lt;Deals&gt; &amp; Co" in reply.html


async def test_caption_of_a_forwarded_photo_is_checked(alice: OfflineUser) -> None:
    """A forwarded photo whose caption carries the scam is checked like text."""
    reply = only_reply(await alice.forward("New payment: send USDT to our wallet", caption=True))
    assert reply.text.startswith("🔴 High risk")
    assert "Cryptocurrency payment" in reply.text


async def test_pasted_text_is_checked_and_points_at_help(alice: OfflineUser) -> None:
    """Text typed in a private chat is checked; with no findings it also points at /help."""
    scam = only_reply(await alice.send("Pay the deposit by MoneyGram to my personal account"))
    assert scam.text.startswith("🔴 High risk")
    assert PASTED_HINT not in scam.text
    plain = only_reply(await alice.send("hello <there> & 'you'"))
    assert plain.text.startswith("⚪ No red flags found")
    assert PASTED_HINT in plain.text


async def test_typed_numbers_alone_are_left_to_the_fallback(alice: OfflineUser) -> None:
    """A bare number typed in a private chat is nobody's message to check."""
    reply = only_reply(await alice.send("5,000"))
    assert not reply.text.startswith(VERDICTS)
    assert "A number on its own" in reply.text


async def test_scam_command_with_text_checks_that_text(alice: OfflineUser) -> None:
    """`/scam TEXT` checks TEXT, not the command, and replies to the command."""
    reply = only_reply(await alice.send("/scam Our bank account has changed, pay the new one"))
    assert reply.text.startswith("🔴 High risk")
    assert "“our bank account has changed”" in reply.text.lower()
    assert "/scam" not in reply.text
    assert reply.reply_to == last_message_id(alice)


async def test_scam_command_with_bot_username_and_line_breaks(alice: OfflineUser) -> None:
    """`/scam@bot` followed by a pasted multi-line message checks the whole message."""
    reply = only_reply(
        await alice.send("/scam@sourcing_offline_bot Hello\nWe only accept Bitcoin now")
    )
    assert "Cryptocurrency payment" in reply.text


async def test_scam_alone_explains_how_to_use_it(alice: OfflineUser) -> None:
    """`/scam` with nothing to check says how to use it and stores no scan."""
    reply = only_reply(await alice.send("/scam"))
    assert "forward the message to me" in reply.text
    assert "/scam TEXT" in reply.text
    assert "reply to the message with /scam" in reply.text


async def test_start_button_and_deep_link_open_the_explanation(alice: OfflineUser) -> None:
    """The /start button and `/start scam` both explain the scam check."""
    start = only_reply(await alice.send("/start"))
    assert any(b.text == "🚩 Scam check" for b in start.flat_buttons())
    pressed = only_reply(await alice.press("🚩 Scam check"))
    assert pressed.text.startswith("Scam check")
    linked = only_reply(await alice.send("/start scam"))
    assert linked.text == pressed.text


async def test_hostile_excerpt_is_escaped(alice: OfflineUser) -> None:
    """Markup and ampersands in the supplier's words are shown as typed, never parsed."""
    reply = only_reply(await alice.forward(HOSTILE, sender_name="<b>Evil</b> & Sons"))
    assert "“pay via Western <script>Union”" in reply.text
    assert "&lt;script&gt;" in reply.html
    assert "<script>" not in reply.html
    assert "Forwarded from “<b>Evil</b> & Sons”" in reply.text
    assert "&lt;b&gt;Evil&lt;/b&gt; &amp; Sons" in reply.html


async def test_answers_to_another_features_question_are_not_checked(alice: OfflineUser) -> None:
    """While /vet waits for a supplier name, typed text is its answer; a forward is checked."""
    await alice.send("/vet")
    answered = sent(await alice.send("Ningbo Bolt Co"))  # typed, not as a reply
    assert any("Ningbo Bolt Co" in message.text for message in answered)
    assert not any(message.text.startswith(VERDICTS) for message in answered)
    assert only_reply(await alice.forward(BANK_SWAP)).text.startswith("🔴 High risk")


async def test_each_category_gives_one_reason_even_with_several_excerpts(
    alice: OfflineUser,
) -> None:
    """A messenger invitation and its phone number share one "Why:", not two near-repeats."""
    reply = only_reply(await alice.forward("Contact me on WhatsApp +86 138 0000 0000 please"))
    rules_part = reply.text.split("The wording reads like")[0]  # the learned block has its own
    assert rules_part.count("“") == 3  # the sender's name, then both excerpts
    assert rules_part.count("Why: ") == 1


async def test_high_risk_from_one_blocking_sign_says_why_the_score_is_low(
    alice: OfflineUser,
) -> None:
    """One blocking sign lifts the score into the high band (issue 15: "High risk · score
    45/100" read as a contradiction) and the reply says one sign is enough; a medium verdict
    says nothing."""
    high = only_reply(await alice.forward("Please send the payment to my personal account."))
    assert high.text.split("\n")[:2] == [
        "🔴 High risk · score 60/100",
        "One sign is enough for high risk here: off-platform or untraceable payment.",
    ]
    medium = only_reply(
        await alice.forward("Your order is held at customs, pay release fee 350 USD now")
    )
    assert medium.text.startswith("🟠 Medium risk")
    assert "One sign is enough" not in medium.text


async def test_a_few_flag_free_words_get_a_pointer_not_a_verdict(
    app: App, alice: OfflineUser
) -> None:
    """'hi' or 'thanks' typed in private is chat: no verdict, nothing stored, a polite answer
    to a greeting or thanks; 'fob' hints; other few words get a pointer."""
    hello = only_reply(await alice.send("hi"))
    assert hello.text.startswith("Hello! Forward or paste a supplier's message")
    assert not hello.text.startswith(VERDICTS)
    thanks = only_reply(await alice.send("Thank you!"))
    assert thanks.text.startswith("You're welcome.")
    pointer = only_reply(await alice.send("ok then"))
    assert pointer.text.startswith("Nothing to check in a few words.")
    rule = only_reply(await alice.send("fob"))
    assert "Looking for the FOB rule? Send /incoterm FOB." in rule.text
    assert "Looking for" not in only_reply(await alice.send("thanks a lot")).text
    found = app.bot_data[SERVICES_KEY]
    assert (
        await found.scans.find_scan(alice.chat_id, found.scam_scanner.scan("hi").fingerprint)
        is None
    )


async def test_a_few_words_with_a_red_flag_or_forwarded_still_get_a_verdict(
    alice: OfflineUser,
) -> None:
    """Short is no excuse for a red flag, and a forward is a supplier's message however short."""
    assert only_reply(await alice.send("western union only")).text.startswith("🔴 High risk")
    assert only_reply(await alice.forward("ok")).text.startswith("⚪ No red flags found")
