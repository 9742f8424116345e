"""Round 20's other-language readings (issue 15): paying outside the platform and a customs
deposit to release goods, on written cases (`outside_cases.py`; a regression test, not a
quality figure). Each scam is raised by a rule read in its language; each honest twin (paying
inside the platform as the seller's own rule, a warning, a carrier's duty notice, an
explainer) is not read as the move."""

from __future__ import annotations

import pytest

from knowledge.scam.normalise import normalise
from knowledge.scam.outside_moves import read_outside_moves
from knowledge.scam.scanner import Risk
from tests.knowledge.scam.outside_cases import DEPOSIT, HONEST, OUTSIDE
from tests.knowledge.scam.support import scan

_CASES = [("outside", lang, text) for lang, text in OUTSIDE.items()] + [
    ("deposit", lang, text) for lang, text in DEPOSIT.items()
]
_CATEGORY = {"outside": "untraceable_payment", "deposit": "surprise_fees"}
_SHARED = {"Portuguese": "Spanish"}  # "depósito" is both; the reading names the first


@pytest.mark.parametrize(("move", "language", "text"), _CASES)
def test_the_move_is_read_in_its_language_and_raised(move: str, language: str, text: str) -> None:
    hits = read_outside_moves(normalise(text).folded)
    named = {language, _SHARED.get(language, language)}
    assert [hit.category for hit in hits] == [_CATEGORY[move]]
    assert hits[0].language in named
    result = scan(text)
    assert result.risk is not Risk.LOW, result.findings
    if move == "outside":  # paying off the platform is a hard sign on its own, as in English
        assert result.risk is Risk.HIGH


@pytest.mark.parametrize("kind", sorted(HONEST))
def test_an_honest_twin_is_not_read_as_the_move(kind: str) -> None:
    assert read_outside_moves(normalise(HONEST[kind]).folded) == []
