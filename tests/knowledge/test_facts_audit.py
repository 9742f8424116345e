"""An audit of the shipped facts against published copies and shared/KNOWLEDGE.md, cell by cell.

The sampling cells below are typed by hand from two published copies (not read from the data):
nibs.org "TABLE 1-A" (general level II, single normal, from MIL-STD-105E Tables I and II-A)
and the PLOS figure of Jenkins, Peck and Fernando (2023) for ISO 2859-1:1999.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from knowledge.loader import load_knowledge
from knowledge.sampling.tables import AcceptReject, InspectionLevel, SamplingTables
from knowledge.scam.red_flags import RedFlags

D = "down"
U = "up"
# nibs TABLE 1-A: level II lot letter -> reject number (accept = reject - 1) or arrow, for
# AQL 0.65, 1.0, 1.5, 2.5, 4.0, 6.5 ("||" under an arrow continues it).
NIBS_AQLS = ("0.65", "1.0", "1.5", "2.5", "4.0", "6.5")
NIBS_LEVEL_II: dict[str, tuple[int | str, ...]] = {
    "A": (D, D, D, D, D, 1),
    "B": (D, D, D, D, 1, U),
    "C": (D, D, D, 1, U, D),
    "D": (D, D, 1, U, D, 2),
    "E": (D, 1, U, D, 2, 3),
    "F": (1, U, D, 2, 3, 4),
    "G": (U, D, 2, 3, 4, 6),
    "H": (D, 2, 3, 4, 6, 8),
    "J": (2, 3, 4, 6, 8, 11),
    "K": (3, 4, 6, 8, 11, 15),
    "L": (4, 6, 8, 11, 15, 22),
    "M": (6, 8, 11, 15, 22, U),
    "N": (8, 11, 15, 22, U, U),
    "P": (11, 15, 22, U, U, U),
    "Q": (15, 22, U, U, U, U),
}


@pytest.fixture(scope="module")
def tables() -> SamplingTables:
    """The shipped sampling tables."""
    return load_knowledge().get(SamplingTables)


@pytest.fixture(scope="module")
def red_flags() -> RedFlags:
    """The shipped red-flag categories."""
    return load_knowledge().get(RedFlags)


@pytest.mark.parametrize("letter", list(NIBS_LEVEL_II))
def test_master_table_row_matches_the_nibs_copy(tables: SamplingTables, letter: str) -> None:
    """Every level II row, AQL 0.65 to 6.5: the same reject numbers and arrows as nibs prints."""
    aqls = [str(aql) for aql in tables.normal_single.aqls]
    row = tables.normal_single.rows[letter]
    for aql, published in zip(NIBS_AQLS, NIBS_LEVEL_II[letter], strict=True):
        cell = row[aqls.index(aql)]
        if isinstance(published, int):
            assert isinstance(cell, AcceptReject), (letter, aql)
            assert (cell.accept, cell.reject) == (published - 1, published), (letter, aql)
        else:
            assert cell == published, (letter, aql)


@pytest.mark.parametrize(
    ("level", "aql", "sample", "accept", "reject"),
    [
        # PLOS 2023, lots of 35,001-500,000: S-4 is letter J, S-3 is letter G.
        (InspectionLevel.S4, "0.65", 80, 1, 2),
        (InspectionLevel.S3, "0.65", 20, 0, 1),  # G's up arrow: F, 20 units
        (InspectionLevel.S4, "0.40", 125, 1, 2),  # J's down arrow: K, 125 units
        (InspectionLevel.S3, "0.40", 32, 0, 1),
        (InspectionLevel.S4, "0.25", 50, 0, 1),  # J's up arrow: H, 50 units
        (InspectionLevel.S4, "0.15", 80, 0, 1),
    ],
)
def test_arrow_plans_match_the_plos_figure(
    tables: SamplingTables,
    level: InspectionLevel,
    aql: str,
    sample: int,
    accept: int,
    reject: int,
) -> None:
    """An arrow's plan is read with the sample size of the row it points to."""
    letter = tables.lot_ranges.letter_for(100_000, level)
    row, plan, _ = tables.normal_single.resolve(letter, Decimal(aql))
    assert (tables.sample_size(row), plan.accept, plan.reject) == (sample, accept, reject)


_PERCENT = re.compile(r"\b\d+(?:\.\d+)?%")


def test_every_percentage_in_scam_advice_names_its_base(red_flags: RedFlags) -> None:
    """A deposit or share in the scam advice says what it is a percentage of."""
    texts = [c.why for c in red_flags.categories] + [c.what_to_do for c in red_flags.categories]
    for text in [*texts, *red_flags.always_check]:
        for found in _PERCENT.finditer(text):
            after = text[found.end() : found.end() + 40]
            assert " of " in f" {after}", f"{found.group()} without its base in: {text}"


def test_fake_notice_makes_no_claim_a_real_alibaba_mail_would_break(
    red_flags: RedFlags,
) -> None:
    """Real Alibaba mail carries links: the advice rests on checking the account, not 'never'."""
    fake = next(c for c in red_flags.categories if c.id == "fake_notice")
    assert "never asks you to pay or log in" not in fake.why
    assert "does not put payments on hold" not in fake.why
    assert "Open Alibaba yourself" in fake.what_to_do
