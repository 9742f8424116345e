"""The checklist data: every item loads, ids fit callback data, bands and rules are sane."""

from __future__ import annotations

import copy
from importlib.resources import files
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from knowledge.vet.answers import Accepted, answer_buttons, read_answer
from knowledge.vet.checklist import Checklist, RiskBand
from knowledge.vet.items import ChoiceItem, NumberItem, YesNoItem
from knowledge.vet.progress import Move


def raw_checklist() -> dict[str, Any]:
    """The data file as plain YAML, for building broken variants."""
    text = (files("knowledge") / "data" / "checklist.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


def item_dict(data: dict[str, Any], item_id: str) -> dict[str, Any]:
    """The raw YAML mapping of one question."""
    for section in data["sections"]:
        for item in section["items"]:
            if item["id"] == item_id:
                return item  # type: ignore[no-any-return]
    raise KeyError(item_id)


def test_every_item_loads_with_its_help_texts(checklist: Checklist) -> None:
    """All 25-35 questions load, each with a question, why, what to do and how to check."""
    assert 25 <= len(checklist.items) <= 35
    for item in checklist.items:
        assert item.question
        assert item.why
        assert item.if_failed
        assert item.how_to_check


def test_sections_cover_the_guide_audit_and_payment(checklist: Checklist) -> None:
    """Profile, communication, production, documents, samples and payment all have questions."""
    ids = {section.id for section in checklist.sections}
    assert {"profile", "talk", "production", "docs", "samples", "payment"} <= ids


def test_every_button_fits_in_64_bytes_of_callback_data(checklist: Checklist) -> None:
    """The longest payload a handler can build for any answer button stays within 64 bytes."""
    for item in checklist.items:
        for button in answer_buttons(item):
            payload = f"vet:{Move.REVISE.value}:{10**10}:{item.id}:{button.token}"
            assert len(payload.encode()) <= 64, payload


def test_guide_thresholds_are_data(checklist: Checklist) -> None:
    """3+ years, 90%+ response rate, replies within 24 h and 100+ transactions come from data."""
    rules = {
        item.id: item.pass_at_least or item.pass_at_most
        for item in checklist.items
        if isinstance(item, NumberItem) and item.has_rule
    }
    assert rules == {"years": 3, "resp_rate": 90, "reply_hours": 24, "ta_orders": 100}
    assert {check.id: check.from_usd for check in checklist.order_checks} == {
        "inspection": 5000,
        "legal_check": 10000,
    }


def test_every_number_example_is_a_valid_answer(checklist: Checklist) -> None:
    """The example shown in each error message would itself be accepted."""
    for item in checklist.items:
        if isinstance(item, NumberItem):
            assert isinstance(read_answer(item, str(item.example)), Accepted), item.id


def test_badges_follow_the_checked_facts(checklist: Checklist) -> None:
    """Gold Supplier (paid membership) earns less than the on-site Verified/Assessed badges."""
    badge = checklist.item("badge")
    assert isinstance(badge, ChoiceItem)
    credit = {option.id: option.credit for option in badge.options}
    assert credit["verified"] == credit["assessed"] == 100
    assert credit["none"] < credit["gold"] < 100


def test_hard_blocks_cover_payment_and_name_checks(checklist: Checklist) -> None:
    """Off-platform payment, mismatched names and payee, refused inspection all block."""
    blocking = {item.id for item in checklist.items if item.can_block}
    assert {"pay_method", "names_match", "pi_issuer", "new_account", "inspection_ok"} <= blocking
    pay = checklist.item("pay_method")
    assert isinstance(pay, ChoiceItem)
    assert {option.id for option in pay.options if option.blocks} == {
        "wu_mg",
        "crypto",
        "personal",
    }


def test_bands_cover_every_score_exactly_once(checklist: Checklist) -> None:
    """Each score from 0 to 100 falls in exactly one band, and higher scores mean lower risk."""
    for score in range(101):
        holding = [b for b in checklist.bands if b.min_score <= score <= b.max_score]
        assert len(holding) == 1, score
    assert checklist.band_for(0).id is RiskBand.HIGH
    assert checklist.band_for(100).id is RiskBand.LOW


def test_every_band_gives_payment_advice(checklist: Checklist) -> None:
    """Low and moderate bands name a deposit limit; high says not to pay."""
    assert checklist.band(RiskBand.LOW).payment_advice()[0].startswith("Deposit at most 30%")
    high = checklist.band(RiskBand.HIGH)
    assert high.deposit_max_percent is None
    assert any("not pay" in line for line in high.payment_advice())


def test_yes_no_rules_name_the_good_answer(checklist: Checklist) -> None:
    """Questions about bad signs pass on "no", the rest on "yes"."""
    pass_on_no = {
        item.id for item in checklist.items if isinstance(item, YesNoItem) and item.pass_if == "no"
    }
    assert {"pressure", "off_platform", "new_account", "price_low", "extra_fees"} <= pass_on_no


def _mutated(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(raw_checklist())
    change(data)
    return data


def _set(item_id: str, key: str, value: Any) -> Any:
    return lambda data: item_dict(data, item_id).__setitem__(key, value)


def _band(index: int, key: str, value: Any) -> Any:
    return lambda data: data["bands"][index].__setitem__(key, value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_set("years", "id", "badge"), "question ids repeat"),
        (_set("years", "pass_at_least", 200), "outside"),
        (_set("years", "min", 500), "min must be below max"),
        (_set("years", "pass_at_most", 24), "not both"),
        (_set("reviews", "weight", 0), "weight of 1 or more"),
        (_set("order_usd", "weight", 3), "must weigh 0"),
        (_set("reviews", "id", "a_very_long_question_id"), "String should match pattern"),
        (_band(0, "min_score", 86), "no gap"),
        (_band(3, "max_score", 55), "no gap"),
        (_band(3, "deposit_max_percent", 10), "must not advise any deposit"),
        (lambda data: data.__setitem__("order_value_item", "years"), "no rule"),
        (
            lambda data: item_dict(data, "pay_method")["options"][2].__setitem__("credit", 50),
            "cannot earn credit",
        ),
        (
            lambda data: item_dict(data, "badge")["options"][0].__setitem__("id", "unsure"),
            "reserved",
        ),
    ],
)
def test_broken_data_is_refused_with_a_reason(change: Any, message: str) -> None:
    """A broken checklist fails validation and says what is wrong."""
    with pytest.raises(ValidationError, match=message):
        Checklist.model_validate(_mutated(change))


def test_the_unmodified_raw_data_validates() -> None:
    """The mutation helpers start from data that is valid as it stands."""
    assert Checklist.model_validate(raw_checklist()).title
