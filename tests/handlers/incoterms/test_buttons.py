"""/incoterm's buttons through the real Application: the list, "did you mean", comparisons."""

from __future__ import annotations

import re

import pytest

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import BotApiStandIn, BotMessage, Event
from handlers.incoterms import buttons
from handlers.shared.callbacks import MAX_BYTES
from knowledge.incoterms.compare import Comparison, compare
from knowledge.incoterms.lookup import IncotermsGuide
from knowledge.incoterms.models import INCOTERMS_2020, Incoterms
from knowledge.loader import load_knowledge

PRE = re.compile(r"<pre>(.*?)</pre>", re.S)


def only_message(events: list[Event]) -> BotMessage:
    """The one message the bot sent or edited in answer."""
    [event] = [e for e in events if e.message is not None]
    assert event.message is not None
    return event.message


async def test_incoterm_alone_lists_every_rule_grouped_by_mode(alice: OfflineUser) -> None:
    """Seven any-mode rules, then the four sea rules, as headed text and rows of buttons."""
    listing = only_message(await alice.send("/incoterm"))
    assert "Any mode of transport" in listing.text
    assert "Sea and inland waterway only" in listing.text
    assert listing.text.index("DDP Delivered Duty Paid") < listing.text.index("Sea and inland")
    rows = [[b.text for b in row] for row in listing.buttons]
    assert rows == [
        ["EXW", "FCA", "CPT", "CIP"],
        ["DAP", "DPU", "DDP"],
        ["FAS", "FOB", "CFR", "CIF"],
    ]


@pytest.mark.parametrize("code", INCOTERMS_2020)
async def test_each_listed_rule_opens_its_card_in_place(alice: OfflineUser, code: str) -> None:
    """Pressing a code edits the list into that rule's card, with a way back."""
    listing = only_message(await alice.send("/incoterm"))
    [event] = await alice.press(code)
    assert event.kind == "edited"
    assert event.message is not None
    assert event.message.message_id == listing.message_id
    assert event.message.text.startswith(f"{code} · ")
    assert [b.text for b in event.message.flat_buttons()] == ["◀ All rules"]


async def test_back_to_the_list_and_into_another_card(alice: OfflineUser) -> None:
    """From a card, "All rules" brings the list back, and another rule can be opened."""
    await alice.send("/incoterm")
    await alice.press("FOB")
    assert only_message(await alice.press("◀ All rules")).text.startswith("Incoterms 2020")
    assert only_message(await alice.press("CIF")).text.startswith("CIF · ")


async def test_pressing_what_is_already_shown_edits_nothing(
    alice: OfflineUser, standin: BotApiStandIn
) -> None:
    """A button that would show the same content is answered without an edit Telegram refuses."""
    listing = only_message(await alice.send("/incoterm"))
    assert await alice.press_data("incoterm:list", listing) == []
    assert [name for name, _ in standin.calls[-1:]] == ["answerCallbackQuery"]


async def test_a_double_tap_is_not_an_error(alice: OfflineUser, standin: BotApiStandIn) -> None:
    """Two presses from the same old list: Telegram refuses the second edit, the bot shrugs."""
    listing = only_message(await alice.send("/incoterm"))  # the stand-in keeps edits apart
    await alice.press("FOB", listing)
    assert await alice.press("FOB", listing) == []
    assert len(standin.refused) == 1
    assert "message is not modified" in standin.refused[0][1]
    standin.refused.clear()  # expected here; any other refusal still fails the test


async def test_a_message_that_cannot_be_edited_gets_the_card_anew(
    alice: OfflineUser, standin: BotApiStandIn
) -> None:
    """When the old message is gone, the pressed card arrives as a new message."""
    listing = only_message(await alice.send("/incoterm"))
    del standin.messages[(listing.chat_id, listing.message_id)]
    [event] = await alice.press("EXW", listing)
    assert event.kind == "sent"
    assert event.message is not None
    assert event.message.text.startswith("EXW · Ex Works")
    assert [error for _, error in standin.refused] == ["Bad Request: message to edit not found"]
    standin.refused.clear()  # expected here; any other refusal still fails the test


@pytest.mark.parametrize(
    "data",
    ["incoterm:show:XYZ", "incoterm:show", "incoterm:show:FOB:CIF", "incoterm:list:all",
     "incoterm:open:FOB", "incoterm:show:../etc"],
)  # fmt: skip
async def test_stale_or_forged_buttons_get_the_expired_notice(
    alice: OfflineUser, data: str
) -> None:
    """A payload naming nothing the knowledge base knows changes nothing."""
    listing = only_message(await alice.send("/incoterm"))
    [event] = await alice.press_data(data, listing)
    assert event.kind == "notice"
    assert "expired" in event.text


async def test_did_you_mean_buttons_open_the_rule(alice: OfflineUser) -> None:
    """A mistyped code offers the rule it resembles; pressing it shows that card in place."""
    question = only_message(await alice.send("/incoterm fbo"))
    assert "I'm not sure which rule “fbo” means." in question.text
    assert [b.text for b in question.flat_buttons()] == ["FOB · Free On Board", "◀ All rules"]
    card = only_message(await alice.press("FOB · Free On Board"))
    assert card.message_id == question.message_id
    assert card.text.startswith("FOB · Free On Board")


async def test_part_of_a_name_offers_each_rule_it_could_be(alice: OfflineUser) -> None:
    """ "paid" could be CPT, CIP or DDP: all three are offered and each opens."""
    question = only_message(await alice.send("/incoterm paid"))
    labels = [b.text for b in question.flat_buttons()]
    assert labels[:3] == ["CPT · Carriage Paid To", "CIP · Carriage and Insurance Paid To",
                          "DDP · Delivered Duty Paid"]  # fmt: skip
    assert only_message(await alice.press(labels[2])).text.startswith("DDP · ")


async def test_junk_gets_examples_and_the_list_button(alice: OfflineUser) -> None:
    """Text that names no rule says so, shows examples, and offers the full list."""
    answer = only_message(await alice.send("/incoterm xyzzy"))
    assert "“xyzzy” doesn't look like an Incoterm." in answer.text
    assert "/incoterm FOB" in answer.text
    assert only_message(await alice.press("◀ All rules")).text.startswith("Incoterms 2020")


@pytest.mark.parametrize("typed", ["fob vs cif", "compare FOB CIF", "FOB/CIF", "fob or cif"])
async def test_fob_vs_cif_shows_only_what_differs(alice: OfflineUser, typed: str) -> None:
    """Named place, insurance, freight and insurance costs differ; the risk point does not."""
    answer = only_message(await alice.send(f"/incoterm {typed}"))
    assert answer.text.startswith("FOB vs CIF")
    assert "Named place\nFOB: Port of shipment\nCIF: Port of destination" in answer.text
    assert "Institute Cargo Clauses (C)" in answer.text
    [table] = PRE.findall(answer.html)
    assert [line.split() for line in table.splitlines()] == [
        ["Cost", "FOB", "CIF"],
        ["Main", "freight", "Buyer", "Seller"],
        ["Insurance", "Buyer", "Seller"],
    ]
    assert "Export clearance" not in answer.text
    assert "Same under both: Transport · Delivery and risk · Risk passes in" in answer.text


async def test_cfr_vs_cif_differs_only_in_insurance(alice: OfflineUser) -> None:
    """CIF is CFR plus the seller's insurance: no other row appears."""
    answer = only_message(await alice.send("/incoterm cfr vs cif"))
    headings = re.findall(r"<b>(.*?)</b>", answer.html)
    assert headings == ["CFR vs CIF", "Insurance", "Who pays, where it differs"]
    [table] = PRE.findall(answer.html)
    assert [line.split()[0] for line in table.splitlines()] == ["Cost", "Insurance"]


async def test_comparison_buttons_open_each_card(alice: OfflineUser) -> None:
    """The comparison's buttons lead to each rule's full card."""
    await alice.send("/incoterm dap vs ddp")
    assert only_message(await alice.press("DDP card")).text.startswith("DDP · Delivered Duty Paid")


async def test_comparing_a_rule_with_itself_shows_its_card(alice: OfflineUser) -> None:
    """ "fob vs free on board" names one rule twice, so its card is the answer."""
    assert only_message(await alice.send("/incoterm fob vs free on board")).text.startswith(
        "FOB ·"
    )


async def test_start_button_and_deep_link_open_the_list(alice: OfflineUser) -> None:
    """/start offers an Incoterms button; it and `/start incoterm` both show every rule."""
    start = only_message(await alice.send("/start"))
    assert "📦 Incoterms" in [b.text for b in start.flat_buttons()]
    assert only_message(await alice.press("📦 Incoterms")).text.startswith("Incoterms 2020")
    assert only_message(await alice.send("/start incoterm")).text.startswith("Incoterms 2020")


def test_every_comparison_fits_a_phone() -> None:
    """For every pair of rules, the comparison's table stays within 32 characters a line."""
    guide = IncotermsGuide(load_knowledge().get(Incoterms))
    for a in guide.book.rules:
        for b in guide.book.rules:
            if a is b:
                continue
            reply = buttons.comparison(guide, Comparison(a, b, compare(guide.book, a, b)))
            for table in PRE.findall(reply.html):
                assert max(len(line) for line in table.splitlines()) <= 32, (a.code, b.code)


def test_every_button_payload_fits_64_bytes() -> None:
    """Every button the feature can show, for every rule and term, carries ≤ 64 bytes."""
    guide = IncotermsGuide(load_knowledge().get(Incoterms))
    entries = [*guide.book.rules, *guide.book.other_terms]
    shown = [buttons.all_rules(guide), *(buttons.entry(guide, entry) for entry in entries)]
    shown.append(buttons.suggestions("x", entries))
    payloads = [
        button.callback_data
        for reply in shown
        if reply.keyboard is not None
        for row in reply.keyboard.inline_keyboard
        for button in row
    ]
    assert len(payloads) > 40
    assert all(isinstance(p, str) and len(p.encode()) <= MAX_BYTES for p in payloads)
