"""The guided /landed's tariff code and origin steps: asked for the US only, the line they build.

Rates checked by hand in HTS 2026 Revision 4: 8204.20.00 socket wrenches 9%, List 3
(9903.88.03); 0201.10.05 4.4¢/kg.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from knowledge.landed.duties import HsChoiceError
from knowledge.landed.guided import LandedGuide
from knowledge.landed.query import LandedInputError
from knowledge.landed.steps import Progress, Step
from tests.knowledge.landed.support import estimate, parser, rules


def guide() -> LandedGuide:
    """A guide over the shipped data."""
    return LandedGuide(parser(), rules())


def to(destination: str, incoterm: str = "FOB") -> Mapping[str, str]:
    """The answers up to the freight of 1000 pcs @ 10 usd, sea, to `destination`."""
    g, answers = guide(), {}
    for step, how, value in (
        (Step.QUANTITY, "text", "1000 pcs"),
        (Step.PRICE, "text", "10 usd"),
        (Step.INCOTERM, "pick", incoterm),
        (Step.DESTINATION, "pick", destination),
        (Step.MODE, "pick", "sea"),
    ):
        answers = (g.answer if how == "text" else g.pick)(step, value, answers).answers
    return answers


def after_freight(destination: str, incoterm: str = "FOB") -> Progress:
    """The step after a freight of 2000 (or after the mode, when freight is not asked)."""
    answers = to(destination, incoterm)
    if guide().freight_in_price(answers):
        return Progress(dict(answers), Step.EXTRAS)
    return guide().answer(Step.FREIGHT, "2000", answers)


def test_a_us_destination_asks_for_the_code_and_skip_keeps_the_duty_step() -> None:
    """FOB to the US: the code comes after the freight; `skip` goes on to the typed duty."""
    progress = after_freight("US")
    assert progress.step is Step.HS
    skipped = guide().answer(Step.HS, "skip", progress.answers)
    assert skipped.step is Step.DUTY
    assert guide().line(skipped.answers) == "qty 1000 pcs @ 10 usd fob to US sea freight 2000"


@pytest.mark.parametrize(("destination", "incoterm"), [("DE", "FOB"), ("US", "DDP")])
def test_no_code_where_the_schedule_does_not_decide_the_buyers_duty(
    destination: str, incoterm: str
) -> None:
    """Germany keeps the typed duty; under DDP the seller pays duty, so no code is asked."""
    assert after_freight(destination, incoterm).step is not Step.HS


def test_a_code_then_the_origin_builds_the_line_with_hs_and_from() -> None:
    """A full code asks the origin; China picked: no duty step, the line says `hs` and `from`."""
    code = guide().answer(Step.HS, "8204.20.00", after_freight("US").answers)
    assert code.step is Step.ORIGIN
    made = guide().pick(Step.ORIGIN, "CN", code.answers)
    assert made.origin == "CN"
    assert made.step is Step.EXTRAS
    line = guide().line(made.answers)
    assert line == "qty 1000 pcs @ 10 usd fob to US sea freight 2000 hs 8204.20.00 from CN"
    labels = [duty.label for duty in estimate(line).lines if duty.label.startswith(("MFN", "Sec"))]
    assert labels == ["MFN", "Section 301 List 3"]


def test_a_known_origin_is_not_asked_again_but_written_in_the_line() -> None:
    """The chat already said Vietnam: the origin step is answered with it, nothing is asked."""
    code = guide().answer(Step.HS, "hs 8204.20.00", after_freight("US").answers)
    known = guide().known_origin(code, "VN")
    assert known.step is Step.EXTRAS
    assert known.answers[Step.ORIGIN.value] == "from VN"
    assert guide().known_origin(code, None) == code


def test_other_origin_is_typed_and_stored_as_its_code() -> None:
    """ "Other…" then "thailand" is `from TH`; typing a country at the buttons does the same."""
    code = guide().answer(Step.HS, "8204.20.00", after_freight("US").answers)
    other = guide().pick(Step.ORIGIN, "other", code.answers)
    assert other.step is Step.ORIGIN_COUNTRY
    typed = guide().answer(Step.ORIGIN_COUNTRY, "thailand", other.answers)
    assert (typed.answers[Step.ORIGIN_COUNTRY.value], typed.origin) == ("from TH", "TH")
    assert guide().typed_choice(Step.ORIGIN, "Thailand", code.answers) == typed
    assert guide().typed_choice(Step.ORIGIN, "china", code.answers) == guide().pick(
        Step.ORIGIN, "CN", code.answers
    )
    assert guide().chosen_label(Step.ORIGIN, typed.answers) == "Thailand"


def test_a_short_code_or_words_ask_which_line_and_a_pick_takes_it() -> None:
    """`8516` fits 28 lines: HsChoiceError offers them; a pick stores the dotted code."""
    answers = after_freight("US").answers
    with pytest.raises(HsChoiceError) as caught:
        guide().answer(Step.HS, "8516", answers)
    toasters = next(c for c in caught.value.choices if c.display.startswith("8516.72"))
    picked = guide().pick(Step.HS, toasters.code, answers)
    assert picked.answers[Step.HS.value] == "hs 8516.72.00.00"
    assert picked.step is Step.ORIGIN
    assert guide().chosen_label(Step.HS, picked.answers) == "8516.72.00.00"
    with pytest.raises(HsChoiceError):
        guide().answer(Step.HS, "water heater", answers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0201.10.05", "add the net weight, e.g. wt 500kg"),
        ("1234.56", "no such code"),
        ("8204.20.00 freight 100", "add the freight at its own step"),
        ("15%", "That looks like a duty rate: type skip here"),
    ],
)
def test_codes_that_cannot_be_used_are_refused_at_their_step(text: str, expected: str) -> None:
    """A per-kg rate without the weight, an unknown code, another clause: said at once."""
    with pytest.raises(LandedInputError) as caught:
        guide().answer(Step.HS, text, after_freight("US").answers)
    assert expected in caught.value.message


def test_a_per_kg_rate_takes_the_weight_with_the_code() -> None:
    """`0201.10.05 wt 500kg` is one answer: the code and the weight its rate needs."""
    progress = guide().answer(Step.HS, "0201.10.05 wt 500kg", after_freight("US").answers)
    assert progress.step is Step.ORIGIN


@pytest.mark.parametrize("value", ["85<b>", "12", "x" * 12, "8516720000" + "0"])
def test_a_forged_code_button_is_refused(value: str) -> None:
    """Only 4 to 10 digits are a tariff line's button."""
    with pytest.raises(LandedInputError, match="not offered"):
        guide().pick(Step.HS, value, after_freight("US").answers)
