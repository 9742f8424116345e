"""The ISO 2859-1 tables in sampling.yaml: they match the published copies and refuse bad edits."""

from __future__ import annotations

import copy
from importlib.resources import files
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from knowledge.loader import load_knowledge
from knowledge.sampling.tables import AcceptReject, Arrow, InspectionLevel, SamplingTables

RAW: dict[str, Any] = yaml.safe_load(
    (files("knowledge") / "data" / "sampling.yaml").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def tables() -> SamplingTables:
    return load_knowledge().get(SamplingTables)


def edited(change: Any) -> dict[str, Any]:
    raw = copy.deepcopy(RAW)
    change(raw)
    return raw


# shared/KNOWLEDGE.md, "Inspection sampling": general level II, lot size -> letter, sample size.
KNOWLEDGE_LEVEL_II = [
    (2, 8, "A", 2),
    (9, 15, "B", 3),
    (16, 25, "C", 5),
    (26, 50, "D", 8),
    (51, 90, "E", 13),
    (91, 150, "F", 20),
    (151, 280, "G", 32),
    (281, 500, "H", 50),
    (501, 1_200, "J", 80),
    (1_201, 3_200, "K", 125),
    (3_201, 10_000, "L", 200),
    (10_001, 35_000, "M", 315),
    (35_001, 150_000, "N", 500),
    (150_001, 500_000, "P", 800),
    (500_001, None, "Q", 1_250),
]


@pytest.mark.parametrize(("first", "last", "letter", "size"), KNOWLEDGE_LEVEL_II)
def test_level_ii_matches_the_knowledge_page(
    tables: SamplingTables, first: int, last: int | None, letter: str, size: int
) -> None:
    """Both ends of every level II lot range give KNOWLEDGE.md's letter and sample size."""
    for lot in (first, last if last is not None else 100_000_000):
        assert tables.lot_ranges.letter_for(lot, InspectionLevel.II) == letter
    assert tables.sample_size(letter) == size


def test_sample_sizes_run_from_a_2_to_r_2000(tables: SamplingTables) -> None:
    """The sixteen code letters carry the published sample sizes (aql-chart, qcp, nibs)."""
    sizes = {entry.letter: entry.sample_size for entry in tables.code_letters.letters}
    assert sizes == {
        "A": 2, "B": 3, "C": 5, "D": 8, "E": 13, "F": 20, "G": 32, "H": 50,
        "J": 80, "K": 125, "L": 200, "M": 315, "N": 500, "P": 800, "Q": 1250, "R": 2000,
    }  # fmt: skip


# Table 1 rows as printed by qcp and aql-chart, in the order S-1, S-2, S-3, S-4, I, II, III.
@pytest.mark.parametrize(
    ("lot", "letters"),
    [
        (5, "AAAAAAB"),
        (40, "ABBCCDE"),
        (400, "BCDEFHJ"),
        (2_000, "CDEGHKL"),
        (20_000, "CDFHKMN"),
        (200_000, "DEGJMPQ"),
        (1_000_000, "DEHKNQR"),
    ],
)
def test_table_1_rows_match_the_published_copies(
    tables: SamplingTables, lot: int, letters: str
) -> None:
    """Every level's code letter for a lot in several ranges matches Table 1."""
    order = [InspectionLevel(name) for name in ("S-1", "S-2", "S-3", "S-4", "I", "II", "III")]
    assert "".join(tables.lot_ranges.letter_for(lot, level) for level in order) == letters


def test_master_table_is_constant_along_its_diagonals(tables: SamplingTables) -> None:
    """One row down and one AQL left gives the same cell: a transcription typo breaks this."""
    rows = list(tables.normal_single.rows.values())
    for below, above in zip(rows[1:], rows, strict=False):
        assert below[:-1] == above[1:]


def test_master_table_rows_read_as_published(tables: SamplingTables) -> None:
    """Row J (n=80) reads as qcp prints it; row G's arrows point as nibs shows them."""
    j_row = tables.normal_single.rows["J"]
    plans = [(c.accept, c.reject) for c in j_row if isinstance(c, AcceptReject)]
    assert plans == [(0, 1), (1, 2), (2, 3), (3, 4), (5, 6), (7, 8), (10, 11)]
    g_row = dict(zip(tables.normal_single.aqls, tables.normal_single.rows["G"], strict=True))
    assert [g_row[aql] for aql in g_row if str(aql) in ("0.65", "1.0")] == [Arrow.UP, Arrow.DOWN]


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (lambda raw: raw["code_letters"]["letters"][3].update(sample_size=5), "must exceed"),
        (lambda raw: raw["normal_single"]["rows"].update(A=["down"] * 10 + ["1/3"]), "accept"),
        (lambda raw: raw["normal_single"]["rows"].update(A=["down"] * 10 + ["up"]), "runs off"),
        (lambda raw: raw["normal_single"]["rows"]["R"].__setitem__(0, "down"), "runs off"),
        (lambda raw: raw["normal_single"]["rows"]["C"].__setitem__(8, "down"), "head-on"),
        (lambda raw: raw["normal_single"]["rows"]["L"].__setitem__(9, "5/6"), "must not fall"),
        (lambda raw: raw["normal_single"]["rows"]["M"].__setitem__(2, "3/4"), "must not fall"),
        (lambda raw: raw["normal_single"]["rows"]["L"].pop(), "one cell per AQL"),
        (lambda raw: raw["normal_single"]["aqls"].__setitem__(1, 0.1), "quotes"),
        (lambda raw: raw["lot_ranges"]["rows"][1].update({"from": 10}), "follow on"),
        (lambda raw: raw["lot_ranges"]["rows"][0].update({"from": 3}), "start at 2"),
        (lambda raw: raw["lot_ranges"]["rows"][-1].update({"to": 9_999_999}), "open-ended"),
        (lambda raw: raw["lot_ranges"]["rows"][4].update(letters=list("BBCCCCF")), "smaller"),
        (lambda raw: raw["lot_ranges"]["rows"][-1].update(letters=list("DEHKQNR")), "S-1 to III"),
        (lambda raw: raw["lot_ranges"]["rows"][4].update(letters=list("BBCCCEZ")), "no sample"),
        (lambda raw: raw["defaults"]["aql"].update(major="3"), "not a column"),
        (lambda raw: raw["defaults"]["aql"].pop("minor"), "every defect class"),
        (lambda raw: raw["normal_single"].update(checked_against=["qcp"]), "two listed"),
    ],
)
def test_broken_table_is_refused_at_load(change: Any, complaint: str) -> None:
    """Each kind of bad edit to the tables fails validation with a message that says why."""
    with pytest.raises(ValidationError, match=complaint):
        SamplingTables.model_validate(edited(change))


def test_shipped_file_validates_unchanged() -> None:
    """The untouched data passes the same validation the broken copies fail."""
    assert SamplingTables.model_validate(edited(lambda raw: None)).standard.startswith("ISO")
