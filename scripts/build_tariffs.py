"""Build the US tariff table the bot ships, `knowledge/landed/tariffs/us_tariff.json.gz`.

Reads the USITC HTS CSV export (public domain) and the Section 301 product lists and rates
(The Budget Lab at Yale, MIT) from the raw folder (../shared/data/tariffs, or TARIFF_RAW, or
--raw), parses every General rate text (`scripts/tariff_rates.py`), labels lines for a phone
(`scripts/tariff_labels.py`), reads the Section 301 headings and lists
(`scripts/tariff_s301.py`), checks the result with the bot's own loader, and writes one
deterministic gzip-compressed JSON file: same inputs and same `--built` date give the same
bytes. Prints counts per rate kind, every text read as "other", size and build time. The bot
never reads the raw folder; only this script does.

    python -m scripts.build_tariffs [--raw DIR] [--hts FILE --edition "2026 Revision 21"
        --effective 2026-11-16] [--out FILE] [--built DATE]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from knowledge.landed.tariffs.table import DATA_FILE, read_table
from scripts.tariff_labels import short_labels
from scripts.tariff_rates import OTHER, ParsedRate, parse_rate
from scripts.tariff_s301 import S301_DATA_DATE, S301_SOURCES, s301_tables

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "knowledge" / "landed" / "tariffs" / DATA_FILE
FORMAT = 1


@dataclass(frozen=True, slots=True)
class Edition:
    """The HTS export a table is built from: its file, its name and when it took effect."""

    csv: str = "hts_2026_revision_4_csv.csv"
    name: str = "2026 Revision 4"
    effective: str = "2026-02-24"
    via: str | None = "jakefitzpatrick/Export-Import-SanctionsChatbot @ a3a4cc99"

    def source(self) -> dict[str, str]:
        """The HTS entry of the table's `sources`."""
        found = {
            "name": f"Harmonized Tariff Schedule of the United States, {self.name} (CSV)",
            "by": "U.S. International Trade Commission",
            "licence": "US government work, public domain",
            "file": Path(self.csv).name,
        }
        return found | ({"via": self.via} if self.via else {})


_TEXT_FIXES = {"\u00a0": " ", "\u200b": "", "²": "2"}


def clean(text: str) -> str:
    """A description with odd spaces removed and whitespace collapsed."""
    for old, new in _TEXT_FIXES.items():
        text = text.replace(old, new)
    return re.sub(r"\s+", " ", text).strip()


def units(raw: str) -> str:
    """The units of quantity of a line, "No., kg" style; "" when none."""
    if not raw.strip():
        return ""
    names = [clean(name) for name in json.loads(raw)]
    return ", ".join(name for name in names if name)


def rate_json(rate: ParsedRate, published: str) -> dict[str, Any]:
    """One parsed rate as stored: the text as published, Decimals as strings, no empty
    fields."""
    out: dict[str, Any] = {"text": published, "kind": rate.kind}
    if rate.percent is not None:
        out["percent"] = str(rate.percent)
    if rate.parts:
        out["parts"] = [
            {"amount": str(p.amount), "money": p.money, "per": p.per}
            | ({"qualifier": p.qualifier} if p.qualifier else {})
            for p in rate.parts
        ]
    if rate.qualifier:
        out["qualifier"] = rate.qualifier
    return out


def raw_folder() -> Path:
    """Where the raw inputs are: TARIFF_RAW, else ../shared/data/tariffs beside the clone."""
    found = os.environ.get("TARIFF_RAW")
    if found:
        return Path(found)
    for base in (ROOT.parent, *ROOT.parents):
        candidate = base / "shared" / "data" / "tariffs"
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared" / "data" / "tariffs"


def read_hts(path: Path) -> list[dict[str, str]]:
    """Every row of a USITC HTS CSV export."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def parents(indents: list[int]) -> list[int]:
    """For each row, the index of the nearest row above with a smaller indent, or -1."""
    stack: list[tuple[int, int]] = []
    out: list[int] = []
    for index, indent in enumerate(indents):
        while stack and stack[-1][1] >= indent:
            stack.pop()
        out.append(stack[-1][0] if stack else -1)
        stack.append((index, indent))
    return out


def build(
    raw: Path, built: str, edition: Edition | None = None
) -> tuple[dict[str, Any], Counter[str], list[str]]:
    """The table as JSON-ready data, the count of rate texts per kind, the texts not read."""
    edition = edition or Edition()
    rows = read_hts(raw / edition.csv)
    codes = [row["HTS Number"].replace(".", "").strip() for row in rows]
    indents = [int(row["Indent"] or 0) for row in rows]
    descriptions = [clean(row["Description"]) for row in rows]
    parent = parents(indents)
    ch99 = {
        row["HTS Number"]: descriptions[i]
        for i, row in enumerate(rows)
        if codes[i].startswith("9903")
    }
    rate_index: dict[str, int] = {}
    rate_rows: list[dict[str, Any]] = []
    kinds: Counter[str] = Counter()
    others: list[str] = []
    line_rate: list[int] = []
    for row in rows:
        published = row["General Rate of Duty"].strip()
        parsed = parse_rate(published)
        kinds[parsed.kind] += 1
        if parsed.kind == "none":
            line_rate.append(-1)
            continue
        if published not in rate_index:
            rate_index[published] = len(rate_rows)
            rate_rows.append(rate_json(parsed, published))
            if parsed.kind == OTHER and parsed.text not in others:
                others.append(parsed.text)
        line_rate.append(rate_index[published])
    shorts = short_labels(codes, descriptions, parent)
    headings, listed = s301_tables(raw, ch99)
    combos: dict[tuple[str, ...], int] = {}
    lines: list[list[Any]] = []
    rated8 = {c[:8] for c, r in zip(codes, line_rate, strict=True) if r >= 0 and len(c) >= 8}
    for i, code in enumerate(codes):
        s301 = -1
        if line_rate[i] >= 0 and len(code) in (8, 10) and code[:8] in listed:
            key = tuple(listed[code[:8]])
            s301 = combos.setdefault(key, len(combos))
        lines.append(
            [
                code,
                indents[i],
                descriptions[i],
                parent[i],
                units(rows[i]["Unit of Quantity"]),
                line_rate[i],
                shorts[i],
                s301,
            ]
        )
    unmatched = sorted(h for h in listed if h not in rated8)
    table = {
        "format": FORMAT,
        "edition": edition.name,
        "effective": edition.effective,
        "built": built,
        "sources": [edition.source(), *S301_SOURCES],
        "licence_texts": {
            "MIT (The Budget Lab at Yale)": (raw / "s301_LICENSE.txt").read_text("utf-8")
        },
        "s301": {
            "data_date": S301_DATA_DATE,
            "rates_date": "2026-05",
            "headings": headings,
            "combos": [list(key) for key in combos],
            "unmatched_hts8": unmatched,
        },
        "rates": rate_rows,
        "lines": lines,
    }
    return table, kinds, others


def write(table: dict[str, Any], out: Path) -> int:
    """Write deterministic gzip JSON (no timestamp in the gzip header); return its size."""
    data = json.dumps(table, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    with (
        out.open("wb") as raw_file,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw_file, mtime=0, compresslevel=9) as gz,
    ):
        gz.write(data.encode("utf-8"))
    return out.stat().st_size


def main(argv: list[str] | None = None) -> int:
    """Build, check with the bot's loader, write, and print the figures."""
    default = Edition()
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--raw", type=Path, default=raw_folder())
    parser.add_argument("--hts", default=default.csv, help="the HTS CSV, in --raw")
    parser.add_argument("--edition", default=default.name, help='e.g. "2026 Revision 21"')
    parser.add_argument("--effective", default=default.effective, help="YYYY-MM-DD")
    parser.add_argument("--via", default=None, help="where the CSV was taken from, if not USITC")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--built", default=date.today().isoformat())
    args = parser.parse_args(argv)
    same = args.hts == default.csv
    edition = Edition(
        args.hts, args.edition, args.effective, args.via or (default.via if same else None)
    )
    started = time.perf_counter()
    table, kinds, others = build(args.raw, args.built, edition)
    size = write(table, args.out)
    read_table(args.out)  # the bot's own loader must accept it, or the build fails here
    elapsed = time.perf_counter() - started
    print(f"lines: {len(table['lines'])}, distinct rate texts: {len(table['rates'])}")
    print("General rate texts per kind (lines):")
    for kind, count in kinds.most_common():
        print(f"  {kind:16} {count:6}")
    print(f"texts read as 'other' ({len(others)} distinct once spacing is normalised):")
    for text in others:
        print(f"  - {text}")
    print(f"unmatched Section 301 hts8 codes: {len(table['s301']['unmatched_hts8'])}")
    print(f"wrote {args.out} ({size} bytes) in {elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
