"""Round 22 (issue 15): a Korean "unpaid tax to collect" text (and its Japanese e-mail form) is
read and raised high, and a Chinese executive's finance-only chat group is read and raised to
medium, on written cases
(`asian_demand_cases.py`; a regression test, not a quality figure); customs' own warning, an
honest answer about paying duty, a whole-team group and a police write-up are not read."""

from __future__ import annotations

import pytest

from knowledge.scam.asian_demands import read_asian_demands
from knowledge.scam.normalise import normalise
from knowledge.scam.scanner import Risk
from tests.knowledge.scam.asian_demand_cases import HONEST, SCAMS
from tests.knowledge.scam.support import scan

_READ = {
    "Korean": ("fake_notice", Risk.HIGH),
    "Japanese": ("fake_notice", Risk.HIGH),
    "Chinese": ("pressing_request", Risk.MEDIUM),
}


@pytest.mark.parametrize("kind", sorted(SCAMS))
def test_the_move_is_read_in_its_language_and_raised(kind: str) -> None:
    """Korean tax texts are high fake notices; a finance-only group is at least medium."""
    language = kind.split(maxsplit=1)[0]
    category, least = _READ[language]
    hits = read_asian_demands(normalise(SCAMS[kind]).folded)
    assert [(hit.category, hit.language) for hit in hits] == [(category, language)]
    result = scan(SCAMS[kind])
    assert result.risk is Risk.HIGH if least is Risk.HIGH else result.risk is not Risk.LOW


@pytest.mark.parametrize("kind", sorted(HONEST))
def test_an_honest_twin_is_not_read(kind: str) -> None:
    """A warning, an honest answer, a whole-team group or a case report reads nothing."""
    assert read_asian_demands(normalise(HONEST[kind]).folded) == []


def test_the_tax_finding_says_what_to_do_about_a_fake_official() -> None:
    """The reason says customs does not chase duty by SMS; the advice is the official's."""
    finding = next(
        f for f in scan(SCAMS["Korean customs tax"]).findings if f.category == "fake_notice"
    )
    assert "by SMS" in finding.why
    assert "(Read in Korean.)" in finding.why
    assert finding.advice is not None
    assert "official site" in finding.advice
