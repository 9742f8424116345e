"""/incoterm in a chat, through the real Application: cards, lookups, questions, escaping."""

from __future__ import annotations

import html
import re

import pytest

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import BotApiStandIn, BotMessage, Event
from handlers.shared.services import App
from knowledge.incoterms.models import INCOTERMS_2020

PRE = re.compile(r"<pre>(.*?)</pre>", re.S)


def only_message(events: list[Event]) -> BotMessage:
    """The one message the bot sent or edited in answer."""
    [event] = [e for e in events if e.message is not None]
    assert event.message is not None
    return event.message


def who_pays(message: BotMessage) -> dict[str, str]:
    """The card's cost table as {cost line label: payer}."""
    [table] = PRE.findall(message.html)
    rows = html.unescape(table).splitlines()[1:]  # the first line is the header
    return dict(row.rsplit(maxsplit=1) for row in rows)


async def test_fob_card_puts_risk_on_board_at_the_port_of_shipment(alice: OfflineUser) -> None:
    """FOB: delivery on board at the port of shipment, the buyer books the main freight."""
    card = only_message(await alice.send("/incoterm FOB"))
    assert card.text.startswith("FOB · Free On Board")
    assert "Sea and inland waterway only" in card.text
    assert "Named place: Port of shipment" in card.text
    assert "on board the ship at the port of shipment" in card.text
    assert "Risk passes in: Seller's country" in card.text
    assert "Watch out:" in card.text
    assert "Good when:" in card.text
    pays = who_pays(card)
    assert pays["Main freight"] == "Buyer"
    assert pays["Export clearance"] == "Seller"
    assert pays["Duty and import taxes"] == "Buyer"


async def test_cif_card_names_clauses_c_and_110_percent(alice: OfflineUser) -> None:
    """CIF: the seller insures, but only Institute Cargo Clauses (C) at 110% of the price."""
    card = only_message(await alice.send("/incoterm CIF"))
    assert "Institute Cargo Clauses (C)" in card.text
    assert "110% of the price" in card.text
    assert "Named place: Port of destination" in card.text
    assert "on board the ship at the port of shipment" in card.text
    assert who_pays(card)["Insurance"] == "Seller"
    assert who_pays(card)["Unloading"] == "Buyer"


async def test_cip_card_names_all_risks_clauses_a(alice: OfflineUser) -> None:
    """CIP: the seller's cover is Institute Cargo Clauses (A), at least 110%."""
    card = only_message(await alice.send("/incoterm cip"))
    assert "Institute Cargo Clauses (A)" in card.text
    assert "110%" in card.text
    assert "Any mode of transport" in card.text


# Who pays what, from the KNOWLEDGE.md table and its "buyer still pays" paragraph.
FACTS = [
    ("EXW", "Export clearance", "Buyer"),
    ("EXW", "Loading at origin", "Buyer"),
    ("FCA", "Export clearance", "Seller"),
    ("CPT", "Main freight", "Seller"),
    ("CPT", "Insurance", "Buyer"),
    ("DPU", "Unloading", "Seller"),
    ("DAP", "Unloading", "Buyer"),
    ("DDP", "Duty and import taxes", "Seller"),
    ("DDP", "Import clearance", "Seller"),
    ("FAS", "Main freight", "Buyer"),
    ("CFR", "Insurance", "Buyer"),
]


@pytest.mark.parametrize(("code", "line", "payer"), FACTS)
async def test_cards_show_who_pays_each_cost(
    alice: OfflineUser, code: str, line: str, payer: str
) -> None:
    """Each card's table names the payer KNOWLEDGE.md gives for that cost."""
    assert who_pays(only_message(await alice.send(f"/incoterm {code}")))[line] == payer


@pytest.mark.parametrize("code", INCOTERMS_2020)
async def test_every_card_fits_a_phone(alice: OfflineUser, code: str) -> None:
    """Every rule's card lists all nine costs in a table no wider than 32 characters."""
    card = only_message(await alice.send(f"/incoterm {code}"))
    [table] = PRE.findall(card.html)
    assert len(table.splitlines()) == 10
    assert max(len(line) for line in table.splitlines()) <= 32
    assert len(card.text) < 1200


async def test_a_typed_place_is_echoed_on_the_card(alice: OfflineUser) -> None:
    """ "fob shanghai" shows the FOB card headed with the place, named as the shipping port."""
    card = only_message(await alice.send("/incoterm fob Shanghai"))
    assert card.text.startswith("FOB Shanghai · Free On Board")
    assert "Named place: Shanghai (port of shipment)" in card.text


@pytest.mark.parametrize(
    ("typed", "heading"),
    [
        ("free on bord", "FOB · Free On Board"),
        ("cost insurance freight", "CIF · Cost, Insurance and Freight"),
        ("F.O.B.", "FOB · Free On Board"),
        ("ex works", "EXW · Ex Works"),
        ("deliverd duty paid", "DDP · Delivered Duty Paid"),
        ("carriage paid to Chicago", "CPT Chicago · Carriage Paid To"),
        ("what is fca", "FCA · Free Carrier"),
    ],
)
async def test_names_typos_and_sentences_find_the_rule(
    alice: OfflineUser, typed: str, heading: str
) -> None:
    """Names with typos, dotted codes and short questions all open the right card."""
    assert only_message(await alice.send(f"/incoterm {typed}")).text.startswith(heading)


async def test_retired_dat_points_to_dpu_and_its_button_opens_it(alice: OfflineUser) -> None:
    """DAT is answered as retired, with DPU to use instead; the button shows DPU's card."""
    answer = only_message(await alice.send("/incoterm DAT"))
    assert "Retired: not a rule since Incoterms 2020" in answer.text
    assert "Use instead: DPU · Delivered at Place Unloaded" in answer.text
    card = only_message(await alice.press("DPU · Delivered at Place Unloaded"))
    assert card.message_id == answer.message_id
    assert card.text.startswith("DPU · Delivered at Place Unloaded")
    assert "The only rule where the seller unloads" in card.text


@pytest.mark.parametrize(
    ("typed", "says", "instead"),
    [
        ("DDU", "since Incoterms 2010", "DAP"),
        ("delivered ex quay", "since Incoterms 2010", "DPU"),
        ("C&F", "Shorthand", "CFR"),
        ("FOB destination", "A US domestic term, not an Incoterm", "DAP"),
        ("fob shipping point", "A US domestic term, not an Incoterm", "FCA"),
    ],
)
async def test_old_and_us_terms_are_answered_from_the_data(
    alice: OfflineUser, typed: str, says: str, instead: str
) -> None:
    """Retired, informal and US terms say what they are and which 2020 rule to use."""
    answer = only_message(await alice.send(f"/incoterm {typed}"))
    assert says in answer.text
    assert f"Use instead: {instead} ·" in answer.text
    assert "Who pays what" not in answer.text


async def test_us_fob_destination_is_not_the_fob_card(alice: OfflineUser) -> None:
    """ "FOB destination" never shows FOB's card: under Incoterms FOB names the shipping port."""
    answer = only_message(await alice.send("/incoterm FOB destination"))
    assert not answer.text.startswith("FOB ·")
    assert "seller carries the risk until the goods reach you" in answer.text


async def test_misconception_questions_get_the_correction(alice: OfflineUser) -> None:
    """ "Is CIF insurance enough?" gets the clauses (C) correction and buttons to CIF and CIP."""
    answer = only_message(await alice.send("/incoterm is CIF insurance enough?"))
    assert "CIF insurance covers everything." in answer.text
    assert "Institute Cargo Clauses (C)" in answer.text
    assert [b.text for b in answer.flat_buttons()][:2] == ["CIF", "CIP"]
    assert only_message(await alice.press("CIP")).text.startswith("CIP ·")


async def test_risk_on_arrival_question_is_corrected(alice: OfflineUser) -> None:
    """Asking whether CFR's risk runs to arrival is told it passes once loaded."""
    answer = only_message(await alice.send("/incoterm under cfr who has the risk at sea"))
    assert "the risk is yours once the goods are on board" in answer.text


async def test_hostile_input_is_escaped_and_echoed(
    alice: OfflineUser, standin: BotApiStandIn
) -> None:
    """`<b>&` comes back as text, and Telegram would accept the HTML (the fixture checks)."""
    answer = only_message(await alice.send("/incoterm <b>&"))
    assert "“<b>&”" in answer.text
    assert "&lt;b&gt;&amp;" in answer.html
    assert "doesn't look like an Incoterm" in answer.text


async def test_a_question_no_rule_matches_points_to_the_guide(alice: OfflineUser) -> None:
    """'what is the best incoterm for a first order' is no rule and no known question: the
    reply says /guide answers questions in the buyer's words, with the line to send; a short
    miss ('xyzzy') gets no such hint."""
    answer = only_message(
        await alice.send("/incoterm what is the best incoterm for a first order")
    )
    assert "doesn't look like an Incoterm" in answer.text
    assert "/guide what is the best incoterm for a first order" in answer.text
    answer = only_message(await alice.send("/incoterm xyzzy"))
    assert "/guide" not in answer.text


async def test_a_hostile_place_is_escaped_on_the_card(alice: OfflineUser) -> None:
    """A place with markup in it is shown literally, never as formatting."""
    card = only_message(await alice.send("/incoterm FOB <i>Ningbo</i> & Co"))
    assert card.text.startswith("FOB <i>Ningbo</i> & Co · Free On Board")
    assert "<i>Ningbo</i>" not in card.html


async def test_long_junk_is_quoted_short(alice: OfflineUser) -> None:
    """A wall of text is quoted back in at most 40 characters, with the examples."""
    answer = only_message(await alice.send("/incoterm " + "zq" * 300))
    quoted = answer.text.split("”")[0].lstrip("“")
    assert len(quoted) <= 40
    assert "/incoterm fob vs cif" in answer.text


async def test_help_and_menu_advertise_incoterm(alice: OfflineUser, app: App) -> None:
    """/help lists /incoterm with an example that works."""
    help_text = only_message(await alice.send("/help")).text
    assert "/incoterm: Incoterms 2020" in help_text
    assert "/incoterm FOB Shanghai" in help_text


async def test_works_in_a_group_with_the_bot_named(app: App, standin: BotApiStandIn) -> None:
    """In a team chat, `/incoterm@bot fob` answers, and another member can press its button."""
    bob = OfflineUser(app, standin, user_id=2002, chat_id=-100, first_name="Bob")
    carol = OfflineUser(app, standin, user_id=2003, chat_id=-100, first_name="Carol")
    card = only_message(await bob.send("/incoterm@sourcing_offline_bot fob"))
    assert card.text.startswith("FOB · Free On Board")
    listing = only_message(await carol.press("◀ All rules", card))
    assert listing.text.startswith("Incoterms 2020: the 11 rules")
