"""Shared fixtures for the supplier audit tests: the real checklist and answer sets."""

from __future__ import annotations

import pytest

from knowledge.loader import load_knowledge
from knowledge.vet.checklist import Checklist
from knowledge.vet.items import AnyItem, ChoiceItem, CreditCodeItem, NumberItem, YesNoItem

VALID_USCC = "91110000600037341L"  # python-stdnum's own example of a valid code


@pytest.fixture(scope="session")
def checklist() -> Checklist:
    """The checklist exactly as the bot loads it at start-up."""
    return load_knowledge().get(Checklist)


def passing_answer(item: AnyItem) -> str:
    """The stored answer that passes `item` (or a plausible one for context questions)."""
    if isinstance(item, YesNoItem):
        return item.pass_if.value
    if isinstance(item, ChoiceItem):
        return next(option.id for option in item.options if option.credit == 100)
    if isinstance(item, CreditCodeItem):
        return VALID_USCC
    assert isinstance(item, NumberItem)
    threshold = item.pass_at_least if item.pass_at_least is not None else item.pass_at_most
    return str(threshold if threshold is not None else item.example)


@pytest.fixture
def clean(checklist: Checklist) -> dict[str, str]:
    """Answers of a supplier that passes every check, with a 3,000 USD order."""
    answers = {item.id: passing_answer(item) for item in checklist.items}
    answers["order_usd"] = "3000"
    return answers
