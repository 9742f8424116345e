"""The build of the US tariff table: the rate-text grammar, every published text read, and a
deterministic file that matches the one shipped.

The tests that read the raw folder are skipped without it (a clone of the bot has none; set
TARIFF_RAW to point at it).
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from knowledge.landed.tariffs.table import data_source, read_table
from scripts.build_tariffs import main, raw_folder
from scripts.tariff_rates import KINDS, OTHER, parse_rate

RAW = raw_folder()
D = Decimal


@pytest.mark.parametrize(
    ("text", "kind", "percent", "parts"),
    [
        ("Free", "free", D(0), []),
        ("Free (A+,AU,BH)", "free", D(0), []),
        ("2.7%", "ad_valorem", D("2.7"), []),
        ("4.4¢/kg", "specific", None, [("4.4", "cents", "kg")]),
        ("$1.104/kg + 14.9%", "compound", D("14.9"), [("1.104", "dollars", "kg")]),
        ("37.5¢/kg + 2.9%", "compound", D("2.9"), [("37.5", "cents", "kg")]),
        ("3.7¢/kg on drained weight", "specific", None, [("3.7", "cents", "kg")]),
        ("The rate applicable to the article of which it is a part", "cross_reference", None, []),
        ("25% on the value of the steel content", "other", None, []),
        ("1.5 percent of the fair retail value", "other", None, []),
    ],
)
def test_rate_text_forms(
    text: str, kind: str, percent: Decimal | None, parts: list[tuple[str, str, str]]
) -> None:
    parsed = parse_rate(text)
    assert (parsed.kind, parsed.percent) == (kind, percent)
    assert [(str(p.amount), p.money, p.per) for p in parsed.parts] == parts


@pytest.mark.skipif(not RAW.exists(), reason="raw tariff data not available")
def test_every_general_rate_text_is_read() -> None:
    """Every General rate text of the CSV gets a kind; 94 distinct ones are left as "other"."""
    with (RAW / "hts_2026_revision_4_csv.csv").open(encoding="utf-8-sig") as handle:
        texts = {row["General Rate of Duty"] for row in csv.DictReader(handle)}
    parsed = [parse_rate(text) for text in texts]
    assert all(p.kind in KINDS for p in parsed)
    assert len({p.text for p in parsed if p.kind == OTHER}) == 94  # listed in NOTES.md


@pytest.mark.skipif(not RAW.exists(), reason="raw tariff data not available")
def test_the_shipped_table_is_what_the_script_builds(tmp_path: Path) -> None:
    """Rebuilt from the raw folder with the shipped build date, the file is byte for byte the
    one in the package: the table is reproducible and nobody edited it by hand."""
    shipped = data_source()
    built = read_table(shipped).doc.built.isoformat()
    out = tmp_path / "us_tariff.json.gz"
    assert main(["--raw", str(RAW), "--out", str(out), "--built", built]) == 0
    assert out.read_bytes() == shipped.read_bytes()
