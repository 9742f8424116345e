"""The Section 301 part of the US tariff table: the chapter 99 headings and the codes listed.

Owns what `scripts/build_tariffs.py` takes from The Budget Lab at Yale's files (MIT): every
chapter 99 heading with its list, its rate and the date that rate applies from, List 4B
marked suspended (never applied), and which 8-digit codes each heading lists, with the
sources and dates the table names. It reads the raw folder only; the bot never runs it.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

__all__ = ["S301_DATA_DATE", "S301_LISTS", "S301_SOURCES", "SUSPENDED_HEADINGS", "s301_tables"]

S301_DATA_DATE = "2026-02-28"  # the product lists' date; the rates excerpt is of 2026-05
S301_SOURCES = [
    {
        "name": "Section 301 product lists (hts8, list, chapter 99 heading), 2026-02-28",
        "by": "The Budget Lab at Yale, tariff-rate-tracker resources/s301_product_lists.csv",
        "licence": "MIT, Copyright (c) 2025-2026 The Budget Lab at Yale",
        "file": "s301_product_lists.csv",
    },
    {
        "name": "Section 301 rate per chapter 99 heading, 2026-05",
        "by": "The Budget Lab at Yale, tariff-rate-tracker config/policy_params.yaml",
        "licence": "MIT, Copyright (c) 2025-2026 The Budget Lab at Yale",
        "file": "s301_rates_excerpt.yaml",
    },
]
# List label, and the date the heading's current rate applies from (USTR notices; the
# 9903.91 dates are printed in the headings themselves). None: the data gives no date.
S301_LISTS = {
    "1": ("List 1", "2018-07-06"),
    "2": ("List 2", "2018-08-23"),
    "3": ("List 3", "2019-05-10"),
    "3_addl": ("List 3", None),
    "4A": ("List 4A", "2020-02-14"),
    "4B": ("List 4B", None),
    "biden_25": ("2024 review increase", "2024-09-27"),
    "biden_50": ("2024 review increase", "2024-09-27"),
    "biden_100": ("2024 review increase", "2024-09-27"),
    "biden_25_jan25": ("2024 review increase", "2025-01-01"),
    "biden_50_jan25": ("2024 review increase", "2025-01-01"),
    "biden_jan26": ("2024 review increase", "2026-01-01"),
    "cranes_301": ("Ship-to-shore cranes", "2024-09-27"),
}
SUSPENDED_HEADINGS = frozenset({"9903.88.16"})  # List 4B: "[Compiler's note: suspended.]"


def s301_tables(raw: Path, ch99: dict[str, str]) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """The chapter 99 headings with their rate and list, and hts8 -> headings listed."""
    params = yaml.safe_load((raw / "s301_rates_excerpt.yaml").read_text(encoding="utf-8"))
    rates = {row["ch99_pattern"]: row["s301_rate"] for row in params["section_301_rates"]}
    listed: dict[str, list[str]] = {}
    heading_list: dict[str, str] = {}
    with (raw / "s301_product_lists.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            listed.setdefault(row["hts8"], []).append(row["ch99_code"])
            heading_list.setdefault(row["ch99_code"], row["list"])
    headings: dict[str, Any] = {}
    for heading in sorted(heading_list):
        name, start = S301_LISTS[heading_list[heading]]
        percent = percent_text(rates[heading]) if heading in rates else None
        headings[heading] = {
            "name": name,
            "list_id": heading_list[heading],
            "percent": percent,
            "start": start,
            "suspended": heading in SUSPENDED_HEADINGS,
            "text": ch99.get(heading, ""),
        }
    for hts8, found in listed.items():
        listed[hts8] = sorted(set(found))
    return headings, listed


def percent_text(value: float) -> str:
    """A YAML fraction (0.075) as a percentage string ("7.5"), exact for these inputs."""
    return format((Decimal(str(value)) * 100).normalize(), "f")
