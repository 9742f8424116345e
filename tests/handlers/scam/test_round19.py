"""Round 19, through the real Application: a forwarded Polish held-parcel SMS is quoted with
the word the sender wrote ("paczka"), not the reading's stem; a Chinese SMS from a fake market
regulator, and a Korean "safe account" order, get what to do about regulators and the police,
not the fake-Alibaba-notice advice of their category."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.offline.chat_user import OfflineUser
from handlers.scam.views import category_block
from knowledge.scam import Finding, Severity
from tests.handlers.scam.support import RAISED, only_reply
from tests.knowledge.scam.test_asian18 import REGISTRY_SCAMS, SAFE_SCAMS

PARCEL_SMS = (
    "Twoja paczka czeka na doręczenie. Wymagana dopłata 2,99 zł. "
    "Zapłać tutaj: https://inpost-doplata.top/pl"
)


async def test_a_polish_parcel_sms_is_quoted_in_whole_words(alice: OfflineUser) -> None:
    reply = only_reply(await alice.forward(PARCEL_SMS))
    assert reply.text.startswith(RAISED), reply.text
    assert "“paczka”" in reply.text, reply.text
    assert "“<i>paczka</i>”" in reply.html
    assert "paczk”" not in reply.text


# (kind, message, the reading's own advice, the category's advice that named the wrong place)
ADVISED = [
    ("fake regulator (ZH)", REGISTRY_SCAMS[1], "regulator's official public system", "Alibaba"),
    (
        "safe account (KO)",
        SAFE_SCAMS[1],
        "Call the police or your bank yourself",
        "real managers accept a call back",
    ),
]


@pytest.mark.parametrize(("kind", "text", "own", "wrong"), ADVISED, ids=[a[0] for a in ADVISED])
async def test_a_reading_says_what_to_do_about_its_own_place(
    alice: OfflineUser, kind: str, text: str, own: str, wrong: str
) -> None:
    reply = only_reply(await alice.forward(text))
    assert reply.text.startswith(RAISED), (kind, reply.text)
    advice = [line for line in reply.text.splitlines() if line.startswith("What to do:")]
    assert any(own in line for line in advice), (kind, advice)
    assert not any(wrong in line for line in advice), (kind, advice)


def test_a_readings_own_advice_wins_in_its_category_group() -> None:
    """A link detector's finding is the strongest of the group, but the reading's own
    what-to-do is the one shown: the category's names the wrong place."""
    link = Finding(
        category="fake_notice",
        title="Fake platform notice or look-alike link",
        severity=Severity.HIGH,
        blocking=True,
        excerpt="http://nb-check.top",
        start=0,
        end=19,
        why="A look-alike link.",
        what_to_do="Open Alibaba yourself.",
        evidence="nb-check.top",
        similarity=100,
        from_detector=True,
    )
    reading = replace(link, severity=Severity.MEDIUM, advice="Ask the registry.")
    lines = category_block(1, [link, reading])
    assert lines[-1] == "What to do: Ask the registry.", lines
    assert category_block(1, [link])[-1] == "What to do: Open Alibaba yourself."


def _raised_by_learning_alone() -> str:
    """A real message the shipped check raises on the learned part alone (no rule finding)."""
    from knowledge.scam import Risk
    from scripts.scam_data import real_items
    from tests.knowledge.scam.support import scan

    for item in real_items(("fresh19.jsonl", "fresh19c.jsonl", "fresh18.jsonl")):
        result = scan(item.text)
        if result.risk is not Risk.LOW and not result.findings and len(item.text) < 600:
            return item.text
    raise AssertionError("no real message is raised by the learned part alone")


async def test_a_message_raised_by_learning_alone_never_says_no_red_flags(
    alice: OfflineUser,
) -> None:
    """The learned part raised it to medium with no rule finding: the first line shows the band
    (it said "No red flags found · score 43/100"), and the reply quotes the sentences."""
    reply = only_reply(await alice.forward(_raised_by_learning_alone()))
    assert reply.text.startswith("🟠 Medium risk"), reply.text
    assert "No red flags found" not in reply.text
    assert "Raised by the learned check" in reply.text
