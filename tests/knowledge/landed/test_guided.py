"""The guided /landed: step order, skipped questions, answers read with the real grammar."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.landed.guided import LandedGuide
from knowledge.landed.query import LandedInputError
from knowledge.landed.steps import Progress, Step
from tests.knowledge.landed.support import parser, rules


def guide() -> LandedGuide:
    """A guide over the shipped data."""
    return LandedGuide(parser(), rules())


def walk(*moves: tuple[Step, str, str]) -> Progress:
    """Apply typed ('text') or pressed ('pick') answers in order; the last progress."""
    answers: Mapping[str, str] = {}
    progress = Progress({}, Step.QUANTITY)
    for step, how, value in moves:
        move = guide().answer if how == "text" else guide().pick
        progress = move(step, value, answers)
        answers = progress.answers
    return progress


BASICS = ((Step.QUANTITY, "text", "1000 pcs"), (Step.PRICE, "text", "10 usd"))


def test_full_walk_builds_the_one_liner_it_stands_for() -> None:
    """Every answer becomes a clause; the line parses to the same estimate as typed."""
    progress = walk(
        *BASICS,
        (Step.INCOTERM, "pick", "FOB"),
        (Step.DESTINATION, "pick", "US"),
        (Step.MODE, "pick", "sea"),
        (Step.FREIGHT, "text", "2000"),
        (Step.DUTY, "text", "15%"),
        (Step.EXTRAS, "text", "ins 150 broker 300 other 500 cont 700"),
    )
    assert progress.step is Step.READY
    line = guide().line(progress.answers)
    assert line == (
        "qty 1000 pcs @ 10 usd fob to US sea freight 2000 duty 15% "
        "ins 150 broker 300 other 500 cont 700"
    )
    query = parser().parse(line)
    assert (query.quantity, query.incoterm, query.destination) == (1000, "FOB", "US")


def test_other_destination_asks_for_the_country_and_stores_its_code() -> None:
    """'Other…' leads to a typed country; a typo'd name is stored as its ISO code."""
    progress = walk(*BASICS, (Step.INCOTERM, "pick", "EXW"), (Step.DESTINATION, "pick", "other"))
    assert progress.step is Step.COUNTRY
    after = guide().answer(Step.COUNTRY, "germny", progress.answers)
    assert after.answers["country"] == "to DE"
    assert after.step is Step.MODE


def test_ddp_skips_duty_and_freight() -> None:
    """Under DDP the seller pays freight and duty, so neither is asked."""
    progress = walk(
        *BASICS,
        (Step.INCOTERM, "pick", "DDP"),
        (Step.DESTINATION, "pick", "US"),
        (Step.MODE, "pick", "sea"),
    )
    assert progress.step is Step.EXTRAS


def test_cif_asks_freight_only_where_duty_is_on_the_fob_value() -> None:
    """CIF to the US (FOB basis) asks for freight; CIF to Germany (CIF basis) does not."""
    to_us = walk(*BASICS, (Step.INCOTERM, "pick", "CIF"), (Step.DESTINATION, "pick", "US"),
                 (Step.MODE, "pick", "sea"))  # fmt: skip
    to_de = walk(*BASICS, (Step.INCOTERM, "pick", "CIF"), (Step.DESTINATION, "pick", "DE"),
                 (Step.MODE, "pick", "sea"))  # fmt: skip
    assert to_us.step is Step.FREIGHT
    assert to_de.step is Step.DUTY
    assert guide().freight_in_price(to_us.answers)


def test_optional_steps_take_skip() -> None:
    """'skip' leaves freight, duty and extras out of the line."""
    progress = walk(
        *BASICS,
        (Step.INCOTERM, "pick", "none"),
        (Step.DESTINATION, "pick", "none"),
        (Step.MODE, "pick", "none"),
        (Step.FREIGHT, "text", "skip"),
        (Step.DUTY, "text", "-"),
        (Step.EXTRAS, "text", "no"),
    )
    assert progress.step is Step.READY
    assert guide().line(progress.answers) == "qty 1000 pcs @ 10 usd"


def test_stacked_duty_typed_with_a_plus_reads_as_two_rates() -> None:
    """'7.5% + 25%' at the duty step is two duty clauses."""
    progress = walk(*BASICS, (Step.INCOTERM, "pick", "FOB"), (Step.DUTY, "text", "7.5% + 25%"))
    assert progress.answers["duty"] == "duty 7.5% duty 25%"


@pytest.mark.parametrize(
    ("step", "text", "expected"),
    [
        (Step.QUANTITY, "abc", "Please type a number, e.g. 1000."),
        (Step.QUANTITY, "1000 fob", "add the incoterm at its own step"),
        (Step.DUTY, "15", "Is 15 a rate or an amount?"),
        (Step.EXTRAS, "freight 100", "add the freight at its own step"),
        (Step.EXTRAS, "hello", "I don't understand 'hello'."),
        (Step.INCOTERM, "fob", "Please use the buttons"),
    ],
)
def test_answers_that_do_not_fit_the_step_are_refused(
    step: Step, text: str, expected: str
) -> None:
    """Each step accepts only what it asks for, and says what to type instead."""
    answers = dict(walk(*BASICS).answers) if step is not Step.QUANTITY else {}
    with pytest.raises(LandedInputError) as caught:
        guide().answer(step, text, answers)
    assert expected in caught.value.message


def test_freight_per_kg_without_a_weight_is_refused_at_its_step() -> None:
    """The dry run raises the calculator's input errors at the step that caused them."""
    answers = walk(*BASICS, (Step.INCOTERM, "pick", "FOB"), (Step.DESTINATION, "pick", "US"),
                   (Step.MODE, "pick", "air")).answers  # fmt: skip
    with pytest.raises(LandedInputError, match="needs the weight or the volume"):
        guide().answer(Step.FREIGHT, "4.5/kg", answers)
    # Accepted; to the US the tariff code is asked next (the duty step, without one).
    assert guide().answer(Step.FREIGHT, "4.5/kg wt 500kg", answers).step is Step.HS


def test_a_choice_the_step_does_not_offer_is_refused() -> None:
    """A forged button value never reaches the line."""
    with pytest.raises(LandedInputError):
        guide().pick(Step.INCOTERM, "XYZ", {})
    with pytest.raises(LandedInputError):
        guide().pick(Step.MODE, "FOB", {})


@settings(max_examples=300, deadline=None)
@given(
    step=st.sampled_from([s for s in Step if s not in (Step.READY,)]),
    text=st.text(max_size=80),
)
def test_no_answer_crashes_the_guide(step: Step, text: str) -> None:
    """Any text at any step is read or refused with LandedInputError, never anything else."""
    answers = {} if step is Step.QUANTITY else dict(walk(*BASICS).answers)
    with contextlib.suppress(LandedInputError):
        guide().answer(step, text, answers)


def test_a_choice_typed_instead_of_tapped_counts_like_the_button() -> None:
    """Typing "fob", "Not sure", "uk" or "AIR" picks the same as the button with that label."""
    basics = walk(*BASICS).answers
    assert guide().typed_choice(Step.INCOTERM, " fob ", basics) == guide().pick(
        Step.INCOTERM, "FOB", basics
    )
    assert guide().typed_choice(Step.INCOTERM, "Not sure", basics) == guide().pick(
        Step.INCOTERM, "none", basics
    )
    assert guide().typed_choice(Step.DESTINATION, "uk", basics) == guide().pick(
        Step.DESTINATION, "GB", basics
    )
    assert guide().typed_choice(Step.MODE, "AIR", basics) == guide().pick(Step.MODE, "air", basics)


def test_a_country_typed_at_the_destination_step_is_other_then_that_country() -> None:
    """ "Japan" typed while the destination buttons wait is stored as its code, like Other."""
    progress = guide().typed_choice(Step.DESTINATION, "Japan", walk(*BASICS).answers)
    assert progress is not None
    assert progress.answers[Step.COUNTRY.value] == "to JP"
    assert progress.step is Step.MODE


@pytest.mark.parametrize(
    ("step", "text"),
    [
        (Step.INCOTERM, "hello"),
        (Step.DESTINATION, "hello there"),
        (Step.DESTINATION, "no"),
        (Step.MODE, "by boat"),
    ],
)
def test_text_that_names_no_choice_is_none(step: Step, text: str) -> None:
    """Chatter while buttons wait is not read as a choice."""
    assert guide().typed_choice(step, text, walk(*BASICS).answers) is None
