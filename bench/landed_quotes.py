"""How /landed's one-line reader reads real quotes pasted as people typed them (run by hand).

    python -m bench.landed_quotes [--file PATH] [--split dev|heldout|all] [--misses]

Reads tests/data/landed_quotes.yaml (real price lines from public pages, labelled by a
collector who never saw the reader; see its header) and parses each `text` as if typed after
/landed. Each line ends as one of:
- read right: parsed, and every labelled field agrees (quantity; the unit price, or the order
  total when only a total is given; the currency; the Incoterm; and, when labelled, the named
  place, destination and freight);
- asked, rightly: refused with a message, and the line lacks a quantity or a price/total (a
  freight-only rate row, a minimum order value): asking is the right answer;
- asked, offered a line: refused, and the reply offers a one-liner read from the clear parts
  of the text (`LandedParser.suggest`) for the buyer to check and send: right when that line
  reads every labelled field right, wrong otherwise (a lesser harm: it is shown, not used);
- asked, though readable: refused with no line offered, but the text has both (a miss);
- read wrong: parsed with some labelled field different (the harm: a figure the buyer may
  trust). The fields that differ are counted.
The `heldout` split is measured once and never tuned on: `--misses` lists dev lines only,
unless `--split heldout` is given after the measurement was recorded.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from knowledge.landed.query import LandedInputError, LandedQuery
from tests.knowledge.landed.support import parser

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "landed_quotes.yaml"
USAGE = "usage: python -m bench.landed_quotes [--file PATH] [--split dev|heldout|all] [--misses]"


@dataclass(frozen=True)
class Outcome:
    """What became of one line."""

    item: dict[str, Any]
    kind: str  # right, asked_rightly, asked_readable, wrong
    wrong_fields: tuple[str, ...] = ()
    said: str = ""


def _dec(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _differs(item: dict[str, Any], q: LandedQuery) -> tuple[str, ...]:
    wrong = []
    if _dec(item["quantity"]) != q.quantity:
        wrong.append("quantity")
    unit, total = _dec(item.get("unit_price")), _dec(item.get("total"))
    if unit is not None:
        if q.goods_total is not None or q.unit_price.amount != unit:
            wrong.append("price")
    elif q.goods_total is None or q.goods_total.amount != total:
        wrong.append("price")
    if item.get("currency") != q.unit_price.currency:
        wrong.append("currency")
    if item.get("incoterm") != q.incoterm:
        wrong.append("incoterm")
    place = item.get("place")
    if place is not None and (q.named_place or "").casefold() != str(place).casefold():
        wrong.append("place")
    if item.get("destination") is not None and item["destination"] != q.destination:
        wrong.append("destination")
    freight = _dec(item.get("freight"))
    if freight is not None and (q.freight is None or q.freight.amount.amount != freight):
        wrong.append("freight")
    return tuple(wrong)


def judge(item: dict[str, Any]) -> Outcome:
    """Parse one line and say what became of it."""
    complete = item.get("quantity") is not None and (
        item.get("unit_price") is not None or item.get("total") is not None
    )
    try:
        q = parser().parse(str(item["text"]))
    except LandedInputError as error:
        if not complete:
            return Outcome(item, "asked_rightly", (), error.message)
        offered = parser().suggest(str(item["text"]))
        if offered is None:
            return Outcome(item, "asked_readable", (), error.message)
        wrong = _differs(item, parser().parse(offered))
        kind = "offered_wrong" if wrong else "offered_right"
        return Outcome(item, kind, wrong, f"offered: {offered}")
    if not complete:
        return Outcome(item, "wrong", ("read a line that lacks a quantity or price",))
    wrong = _differs(item, q)
    return Outcome(item, "wrong" if wrong else "right", wrong)


def report(split: str, *, misses: bool = False, path: Path = DATA) -> list[str]:
    """The figures for one split (or all) of the file at `path`, as printed lines."""
    items = yaml.safe_load(path.read_text(encoding="utf-8"))["items"]
    chosen = [i for i in items if split == "all" or i["split"] == split]
    outcomes = [judge(item) for item in chosen]
    kinds = Counter(o.kind for o in outcomes)
    fields = Counter(f for o in outcomes for f in o.wrong_fields)
    n = len(outcomes)
    lines = [
        f"{split}: {n} real lines from {len({i['site'] for i in chosen})} sites",
        *(
            f"  {label:<24} {kinds[kind]:>3}  {kinds[kind] / n:.2f}"
            for kind, label in (
                ("right", "read right"),
                ("asked_rightly", "asked, rightly"),
                ("offered_right", "asked, offered right line"),
                ("offered_wrong", "asked, offered wrong line"),
                ("asked_readable", "asked, though readable"),
                ("wrong", "read wrong"),
            )
        ),
        "  fields read wrong: " + (", ".join(f"{f} {c}" for f, c in fields.most_common()) or "-"),
    ]
    if misses:
        for o in outcomes:
            if o.kind in ("asked_readable", "wrong", "offered_wrong", "offered_right"):
                detail = ", ".join(o.wrong_fields) or o.said
                lines.append(f"  {o.item['id']} {o.kind}: {detail}\n      {o.item['text']!r}")
    return lines


def main(argv: list[str]) -> int:
    split = "dev"
    if "--split" in argv:
        at = argv.index("--split")
        split = argv[at + 1] if at + 1 < len(argv) else ""
    if split not in ("dev", "heldout", "all"):
        print(USAGE)
        return 2
    path = Path(argv[argv.index("--file") + 1]) if "--file" in argv else DATA
    print("\n".join(report(split, misses="--misses" in argv, path=path)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
