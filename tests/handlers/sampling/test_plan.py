"""/aql through the real Application: published plans, arrows, the 100% case, options, errors.

Expected numbers are the published rows of ISO 2859-1 / MIL-STD-105E Tables I and II-A (the
sources listed in knowledge/data/sampling.yaml), typed here by hand, not read from the data.
"""

from __future__ import annotations

import pytest

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import Event


def reply_of(events: list[Event]) -> str:
    [event] = events
    assert event.kind == "sent"
    assert event.message is not None
    return event.message.text


def rule(name: str, aql: str, accept: int) -> str:
    """The sentence a class gets when every class shares one sample."""
    if accept == 0:
        return f"• {name} (AQL {aql}): accept only with 0 defects, reject with 1 or more."
    noun = "defect" if accept == 1 else "defects"
    limits = f"accept with up to {accept} {noun}, reject with {accept + 1} or more"
    return f"• {name} (AQL {aql}): {limits}."


async def test_default_plan_for_5000_units(alice: OfflineUser) -> None:
    """5,000 units: level II, letter L, 200 units; critical 0/1, major 10/11, minor 14/15."""
    text = reply_of(await alice.send("/aql 5000"))
    assert "Inspection plan: lot of 5,000 units" in text
    assert "Level II, normal inspection (ISO 2859-1), code letter L." in text
    assert "Check 200 units, picked at random." in text
    assert rule("Critical", "0", 0) in text
    assert rule("Major", "2.5", 10) in text
    assert rule("Minor", "4.0", 14) in text


@pytest.mark.parametrize(
    ("lot", "letter", "size", "major", "minor"),
    [
        ("300", "H", 50, 3, 5),  # H: 2.5 -> 3/4, 4.0 -> 5/6
        ("1,000", "J", 80, 5, 7),  # J: 2.5 -> 5/6, 4.0 -> 7/8
        ("2000 pcs", "K", 125, 7, 10),  # K: 2.5 -> 7/8, 4.0 -> 10/11
        ("20k", "M", 315, 14, 21),  # M: 2.5 -> 14/15, 4.0 -> 21/22
    ],
)
async def test_published_rows_at_level_two(
    alice: OfflineUser, lot: str, letter: str, size: int, major: int, minor: int
) -> None:
    """Lot sizes typed in several forms give the published letter, sample and numbers."""
    text = reply_of(await alice.send(f"/aql {lot}"))
    assert f"code letter {letter}." in text
    assert f"Check {size:,} units, picked at random." in text
    assert rule("Major", "2.5", major) in text
    assert rule("Minor", "4.0", minor) in text


async def test_arrows_give_each_class_its_own_sample(alice: OfflineUser) -> None:
    """50 units (D, 8): major 2.5 points up to C (5 units), minor 4.0 down to E (13 units)."""
    text = reply_of(await alice.send("/aql 50"))
    assert "code letter D." in text
    assert "Row D asks for 8 units" in text
    assert "draw 13 units at random" in text
    assert "• Critical (AQL 0), 8 units: accept only with 0 defects" in text
    assert "• Major (AQL 2.5), row C, 5 units: accept only with 0 defects" in text
    assert "• Minor (AQL 4.0), row E, 13 units: accept with up to 1 defect, reject with 2" in text


async def test_arrow_up_on_a_large_lot_uses_the_smaller_row(alice: OfflineUser) -> None:
    """100,000 units (N, 500): minor 4.0 points up to M, so minor is judged on 315 units."""
    text = reply_of(await alice.send("/aql 100000"))
    assert "draw 500 units at random" in text
    assert "• Major (AQL 2.5), 500 units: accept with up to 21 defects, reject with 22" in text
    assert "• Minor (AQL 4.0), row M, 315 units: accept with up to 21 defects" in text


async def test_sample_reaching_the_lot_means_every_unit(alice: OfflineUser) -> None:
    """2 units at level III: letter B asks for 3, so both units are inspected."""
    text = reply_of(await alice.send("/aql 2 level III"))
    assert "The sample reaches the lot size: inspect every unit (all 2)." in text
    assert "Check " not in text


async def test_one_class_reaching_the_lot_means_every_unit(alice: OfflineUser) -> None:
    """5 units: major moves down to C (5 units), the whole lot; minor needs 3 of them."""
    text = reply_of(await alice.send("/aql 5"))
    assert "inspect every unit (all 5)" in text
    assert "• Major (AQL 2.5), row C, all 5 units: accept only with 0 defects" in text
    assert "• Minor (AQL 4.0), row B, 3 units:" in text


async def test_options_set_the_level_and_both_aqls(alice: OfflineUser) -> None:
    """`major 1.5 minor 4 level III` at 5,000 units: M, 315; major 10/11, minor 21/22."""
    text = reply_of(await alice.send("/aql 5000 major 1.5 minor 4 level III"))
    assert "Level III, normal inspection (ISO 2859-1), code letter M." in text
    assert "Check 315 units" in text
    assert rule("Major", "1.5", 10) in text
    assert rule("Minor", "4.0", 21) in text


async def test_special_level_is_explained(alice: OfflineUser) -> None:
    """S-3 at 5,000 units: letter F, 20 units, with a word on what special levels are for."""
    text = reply_of(await alice.send("/aql 5000 level s-3"))
    assert "Level S-3" in text
    assert "code letter F." in text
    assert "Check 20 units" in text
    assert "Special levels take small samples" in text


async def test_critical_can_take_a_table_aql(alice: OfflineUser) -> None:
    """`critical 0.065` at 5,000 units reads the table (L, 0/1) and prints that AQL."""
    text = reply_of(await alice.send("/aql 5000 critical 0.065"))
    assert rule("Critical", "0.065", 0) in text


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("/aql 5000 major 3", "Major: 3 is not an AQL in the table. Valid AQLs: 0.065"),
        ("/aql 1", "A lot of 1 unit needs no sampling plan"),
        ("/aql 5.5", 'The lot size must be a whole number of units, not "5.5".'),
        ("/aql 5000 tightened", "Only normal inspection plans are available."),
        ("/aql 5000 level IV", 'Unknown inspection level "IV".'),
        ("/aql major 2.5", "Tell me the lot size"),
        ("/aql 5000 6000", "I see more than one lot size (5,000 and 6000)."),
    ],
)
async def test_bad_arguments_get_a_clear_answer(alice: OfflineUser, typed: str, says: str) -> None:
    """Each mistake is named, with the expected form and a pointer to the help."""
    text = reply_of(await alice.send(typed))
    assert says in text
    assert "Send /aql alone for help and examples." in text


async def test_an_aql_typed_bare_after_the_lot_size_is_read(alice: OfflineUser) -> None:
    """ "/aql 3,200 pcs level II 2.5" (a booking's wording) plans major 2.5 at 3,200 (K, 125:
    accept 7, reject 8), where it used to be refused as a second lot size."""
    text = reply_of(await alice.send("/aql 3,200 pcs level II 2.5"))
    assert "Check 125 units" in text
    assert rule("Major", "2.5", 7) in text


async def test_usage_and_user_text_are_escaped(alice: OfflineUser) -> None:
    """`<lot size>` in the usage and the user's own `<b>&` reach the user as typed."""
    [event] = await alice.send("/aql <b>&x")
    assert event.message is not None
    assert 'I don\'t understand "<b>&x".' in event.message.text
    assert "/aql <lot size> [major <AQL>]" in event.message.text
    assert "&lt;b&gt;&amp;x" in event.message.html


async def test_aql_alone_explains_the_command_and_the_inspections(alice: OfflineUser) -> None:
    """No arguments: examples, the defaults, and the four inspection types with buttons."""
    [event] = await alice.send("/aql")
    assert event.message is not None
    text = event.message.text
    assert "/aql 5000 major 1.5 minor 4" in text
    assert "Defaults: level II, normal inspection; AQL critical 0, major 2.5, minor 4.0." in text
    for name in ("Pre-production", "During-production", "Pre-shipment", "Container loading"):
        assert name in text
    assert "First order with a new supplier." in text
    labels = [b.text for b in event.message.flat_buttons()]
    assert labels == ["PPI", "DUPRO", "PSI", "CLC"]


async def test_aql_in_a_group_answers_the_member(alice: OfflineUser) -> None:
    """A team member asking in a group gets the plan in the group."""
    bob = OfflineUser(alice.app, alice.standin, user_id=2002, chat_id=-300, first_name="Bob")
    [event] = await bob.send("/aql@sourcing_offline_bot 800")
    assert event.chat_id == -300
    assert event.message is not None
    assert "code letter J." in event.message.text


async def test_a_european_lot_size_is_read_and_says_how(alice: OfflineUser) -> None:
    """`/aql 3.200 pcs` plans a lot of 3,200 (code letter K at level II) and says above the
    plan how the dots were read, so a wrong reading shows at once."""
    text = reply_of(await alice.send("/aql 3.200 pcs"))
    assert text.startswith("Read 3.200 as 3,200 units (dots as thousands).\n")
    assert "Inspection plan: lot of 3,200 units" in text
    assert "code letter K." in text
