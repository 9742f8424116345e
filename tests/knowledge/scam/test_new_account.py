"""Round 20's "pay our new account, not the old one" in thirteen languages (issue 15): written
cases (`new_account_cases.py`; a regression test, not a quality figure). Each supplier message
is raised to high by a rule read in its language; each honest twin (not changed, a warning
that names the scam, a new account announced on the next invoice, a new shop log-in) is not
read as the move."""

from __future__ import annotations

import pytest

from knowledge.scam.new_account import read_new_account
from knowledge.scam.normalise import normalise
from knowledge.scam.scanner import Risk
from tests.knowledge.scam.new_account_cases import HONEST, SCAMS
from tests.knowledge.scam.support import scan


@pytest.mark.parametrize("language", sorted(SCAMS))
def test_the_move_is_read_in_its_language_and_raised_high(language: str) -> None:
    text = SCAMS[language]
    hits = read_new_account(normalise(text).folded)
    assert [hit.language for hit in hits] == [language]
    result = scan(text)
    assert result.risk is Risk.HIGH, result.findings
    assert any(f.category == "changed_bank_details" for f in result.findings)


@pytest.mark.parametrize("language", sorted(HONEST))
def test_an_honest_twin_is_not_read_as_the_move(language: str) -> None:
    assert read_new_account(normalise(HONEST[language]).folded) == []


def test_without_a_payment_word_nothing_is_read() -> None:
    text = "Nuestra cuenta antigua está bloqueada; use la nueva cuenta para iniciar sesión."
    assert read_new_account(normalise(text).folded) == []


def test_english_is_left_to_the_english_rules() -> None:
    text = "Please pay the balance to our new account; the old account is blocked for audit."
    assert read_new_account(normalise(text).folded) == []
