"""Reading answers typed on a phone: numbers, yes/no, choices, credit codes and gaps."""

from __future__ import annotations

import pytest

from knowledge.vet.answers import (
    CODE_CHECK_NOTE,
    Accepted,
    Gap,
    Rejected,
    answer_buttons,
    answer_example,
    answer_form,
    expected_answer,
    is_typed,
    read_answer,
    show_answer,
)
from knowledge.vet.checklist import Checklist
from knowledge.vet.items import AnyItem

from .conftest import VALID_USCC


def item(checklist: Checklist, item_id: str) -> AnyItem:
    """A question of the real checklist."""
    found = checklist.item(item_id)
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("item_id", "typed", "stored", "shown"),
    [
        ("years", "3", "3", "3 years"),
        ("years", "3 years", "3", "3 years"),
        ("years", " 3.5 Yrs ", "3.5", "3.5 years"),
        ("years", "3+ years", "3", "3 years"),
        ("resp_rate", "95%", "95", "95%"),
        ("resp_rate", "95,5 %", "95.5", "95.5%"),
        ("resp_rate", "100", "100", "100%"),
        ("reply_hours", "24h", "24", "24 h"),
        ("reply_hours", "0.5 hours", "0.5", "0.5 h"),
        ("ta_orders", "1,000", "1000", "1,000 transactions"),
        ("ta_orders", "1 000 transactions", "1000", "1,000 transactions"),
        ("ta_orders", "100+", "100", "100 transactions"),
        ("ta_orders", "0", "0", "0 transactions"),
        ("order_usd", "$12,500", "12500", "12,500 USD"),
        ("order_usd", "12,500.50 USD", "12500.5", "12,500.5 USD"),
        ("order_usd", "12k", "12000", "12,000 USD"),
        ("order_usd", "1.5k usd", "1500", "1,500 USD"),
        ("order_usd", "12.500 USD", "12500", "12,500 USD"),
        ("order_usd", "12.500,50", "12500.5", "12,500.5 USD"),
        ("ta_orders", "1.000", "1000", "1,000 transactions"),
        ("years", "1.5", "1.5", "1.5 years"),
    ],
)
def test_numbers_typed_on_a_phone_are_read(
    checklist: Checklist, item_id: str, typed: str, stored: str, shown: str
) -> None:
    """Units, percent signs, thousands separators and k suffixes are understood."""
    reading = read_answer(item(checklist, item_id), typed)
    assert reading == Accepted(stored=stored, shown=shown)


@pytest.mark.parametrize(
    ("item_id", "typed", "says"),
    [
        ("years", "three", "could not read a number"),
        ("years", "", "could not read a number"),
        ("years", "3-5 years", "could not read a number"),
        ("years", "2 weeks", "could not read a number"),
        ("years", "-3", "-3 is out of range"),
        ("years", "150", "150 is out of range"),
        ("resp_rate", "101%", "101 is out of range"),
        ("ta_orders", "2.5", "whole number"),
        ("reply_hours", "1.25", "fewer decimals"),
        ("order_usd", "0", "out of range"),
        ("order_usd", "1e9", "could not read a number"),
        ("order_usd", "nan", "could not read a number"),
        ("order_usd", "9" * 5000, "too long for a number"),
        ("order_usd", "is it safe to pay by wire transfer?", "reads like a question"),
        ("years", "how many?", "reads like a question"),
    ],
)
def test_bad_numbers_get_a_message_naming_form_and_range(
    checklist: Checklist, item_id: str, typed: str, says: str
) -> None:
    """A rejection says what went wrong, what to send, the valid range and an example."""
    question = item(checklist, item_id)
    reading = read_answer(question, typed)
    assert isinstance(reading, Rejected)
    assert says in reading.message
    assert "Please send" in reading.message
    assert "for example" in reading.message


def test_range_message_quotes_the_data_range(checklist: Checklist) -> None:
    """The response-rate error names 0 to 100 and the percentage form."""
    reading = read_answer(item(checklist, "resp_rate"), "250")
    assert isinstance(reading, Rejected)
    assert "a percentage from 0 to 100" in reading.message


@pytest.mark.parametrize(
    ("typed", "gap"),
    [
        ("not sure", Gap.UNSURE),
        ("Not Sure", Gap.UNSURE),
        ("don\u2019t know", Gap.UNSURE),
        ("idk", Gap.UNSURE),
        ("?", Gap.UNSURE),
        ("unsure", Gap.UNSURE),
        ("I don't know", Gap.UNSURE),  # typed in the console after issue 12: was refused
        ("I'm not sure yet.", Gap.UNSURE),
        ("dunno!", Gap.UNSURE),
        ("No idea.", Gap.UNSURE),
        ("skip", Gap.SKIPPED),
        ("SKIP", Gap.SKIPPED),
    ],
)
@pytest.mark.parametrize("item_id", ["years", "reviews", "badge", "uscc"])
def test_not_sure_and_skip_are_gaps_for_every_kind(
    checklist: Checklist, item_id: str, typed: str, gap: Gap
) -> None:
    """Gap words are stored as gaps whatever the question's kind, never as an answer."""
    reading = read_answer(item(checklist, item_id), typed)
    assert isinstance(reading, Accepted)
    assert reading.stored == gap


@pytest.mark.parametrize(("typed", "stored"), [("Yes", "yes"), ("y", "yes"), ("NO", "no")])
def test_yes_no_accepts_typed_words(checklist: Checklist, typed: str, stored: str) -> None:
    """Typed yes/no works as well as the buttons."""
    reading = read_answer(item(checklist, "reviews"), typed)
    assert isinstance(reading, Accepted)
    assert reading.stored == stored


def test_yes_no_rejects_anything_else(checklist: Checklist) -> None:
    """A yes/no question does not take a number."""
    assert read_answer(item(checklist, "reviews"), "5") == Rejected(
        "Please answer yes, no or not sure."
    )


def test_choice_accepts_option_id_and_label(checklist: Checklist) -> None:
    """A button token (option id) and the typed label both pick the option."""
    badge = item(checklist, "badge")
    assert read_answer(badge, "gold") == Accepted("gold", "Gold Supplier")
    assert read_answer(badge, "gold supplier") == Accepted("gold", "Gold Supplier")


def test_choice_rejects_an_unknown_option_listing_the_real_ones(checklist: Checklist) -> None:
    """A forged or mistyped option is refused with the list of options."""
    reading = read_answer(item(checklist, "badge"), "platinum")
    assert isinstance(reading, Rejected)
    assert "Verified Supplier" in reading.message


def test_valid_credit_code_is_stored_compact(checklist: Checklist) -> None:
    """Spaces, dashes and lower case are tidied; a valid code has no warning."""
    reading = read_answer(item(checklist, "uscc"), "9111-0000 6000 3734 1l")
    assert reading == Accepted(stored=VALID_USCC, shown=VALID_USCC)


def test_credit_code_with_wrong_check_character_is_kept_with_a_warning(
    checklist: Checklist,
) -> None:
    """A failed check character is recorded (it is a flag, not proof) and the user is warned."""
    wrong = VALID_USCC[:-1] + "X"
    reading = read_answer(item(checklist, "uscc"), wrong)
    assert reading == Accepted(stored=wrong, shown=wrong, note=CODE_CHECK_NOTE)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        (VALID_USCC[:-1], "That has 17 characters"),
        ("A" + VALID_USCC[1:], "cannot be there"),
        (VALID_USCC[:-1] + "O", "cannot be there"),
    ],
)
def test_malformed_credit_code_is_asked_again(checklist: Checklist, typed: str, says: str) -> None:
    """A code of the wrong length or with impossible characters is not an answer."""
    reading = read_answer(item(checklist, "uscc"), typed)
    assert isinstance(reading, Rejected)
    assert says in reading.message
    assert "18 characters" in reading.message


def test_buttons_offer_not_sure_on_every_question(checklist: Checklist) -> None:
    """Every question can be answered "Not sure"; tapped kinds also get their options."""
    for question in checklist.items:
        tokens = [button.token for button in answer_buttons(question)]
        assert tokens[-1] == Gap.UNSURE
        assert (len(tokens) == 1) == is_typed(question)
    assert [b.token for b in answer_buttons(item(checklist, "reviews"))] == ["yes", "no", "unsure"]


def test_every_button_token_reads_back_as_itself(checklist: Checklist) -> None:
    """Pressing any button stores exactly its token."""
    for question in checklist.items:
        for button in answer_buttons(question):
            reading = read_answer(question, button.token)
            assert isinstance(reading, Accepted)
            assert reading.stored == button.token


def test_stored_answers_show_as_the_user_saw_them(checklist: Checklist) -> None:
    """Stored values, gaps and missing answers are shown in words."""
    assert show_answer(item(checklist, "ta_orders"), "1000") == "1,000 transactions"
    assert show_answer(item(checklist, "ta_orders"), "1") == "1 transaction"
    assert show_answer(item(checklist, "years"), "1") == "1 year"
    assert show_answer(item(checklist, "years"), "1.5") == "1.5 years"
    assert show_answer(item(checklist, "badge"), "verified") == "Verified Supplier"
    assert show_answer(item(checklist, "badge"), "skipped") == "Skipped"
    assert show_answer(item(checklist, "badge"), "unsure") == "Not sure"
    assert show_answer(item(checklist, "badge"), None) is None


def test_expected_answer_quotes_the_data_thresholds(checklist: Checklist) -> None:
    """The passing answer is described from the data: at least 3 years, at most 24 h."""
    assert expected_answer(item(checklist, "years")) == "at least 3 years"
    assert expected_answer(item(checklist, "reply_hours")) == "at most 24 h"
    assert expected_answer(item(checklist, "pressure")) == "No"
    assert expected_answer(item(checklist, "order_usd")) is None


def test_typed_questions_say_what_to_type(checklist: Checklist) -> None:
    """Numbers and codes carry a form and a placeholder example; tapped questions none."""
    years = checklist.item("years")
    code = checklist.item("uscc")
    tapped = checklist.item("badge")
    assert years is not None
    assert code is not None
    assert tapped is not None
    assert answer_form(years) == "a number of years from 0 to 100, for example 5"
    assert answer_example(years) == "e.g. 5"
    assert answer_form(code) is not None
    assert "18-character" in (answer_form(code) or "")
    assert VALID_USCC in (answer_example(code) or "")
    assert answer_form(tapped) is None
    assert answer_example(tapped) is None
