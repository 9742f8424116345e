"""How saved estimates look: the list, and two of them side by side per unit on a phone.

Presentation only: the figures and the rows come from `knowledge/landed/saved.py`. The
comparison is a `<pre>` table at most 32 characters wide; when the numbers are too long for
two columns, each row is stacked (label, then A and B). Every name is escaped.
"""

from __future__ import annotations

from decimal import Decimal

from handlers.landed.texts import esc
from handlers.landed.views import WIDTH, row
from knowledge.landed import CompareRow, Comparison, Currencies, SavedEstimate, format_number

_MIN_LABEL = 10
_MAX_LISTED = 30


def summary(record: SavedEstimate, currencies: Currencies) -> str:
    """One saved estimate in a line: per unit, total, what it was for and when."""
    f = record.figures
    what = " · ".join(p for p in (f.incoterm, f.destination, f.mode) if p)
    when = record.saved_at.strftime("%d %b %Y") if record.saved_at else ""
    return (
        f"• <b>{esc(record.name)}</b>: {currencies.show_unit(f.per_unit, f.currency)} "
        f"{f.currency}/unit, {currencies.show(f.total, f.currency)} total"
        + (f" · {esc(what)}" if what else "")
        + (f" · {when}" if when else "")
    )


def saved_list(records: list[SavedEstimate], currencies: Currencies) -> str:
    """The chat's saved estimates, newest first."""
    lines = [f"<b>Saved estimates</b> ({len(records)})"]
    lines += [summary(r, currencies) for r in records[:_MAX_LISTED]]
    if len(records) > _MAX_LISTED:
        lines.append(f"…and {len(records) - _MAX_LISTED} older ones.")
    lines.append("Open one: <code>/landed show NAME</code>; two side by side: "
                 "<code>/landed compare A vs B</code>; remove one: "
                 "<code>/landed delete NAME</code>")  # fmt: skip
    return "\n".join(lines)


def _value(item: CompareRow, amount: Decimal, currency: str, currencies: Currencies) -> str:
    if item.label == "Quantity":
        return format_number(amount, 0)
    if not amount:
        return "-"  # nothing of this kind in that estimate
    if item.per_unit:
        return currencies.show_unit(amount, currency)
    return currencies.show(amount, currency)


def comparison(
    a: SavedEstimate, b: SavedEstimate, result: Comparison, currencies: Currencies
) -> str:
    """A and B per unit in one table, with who A and B are above it."""
    cells = [
        (item.label, _value(item, item.a, result.currency, currencies),
         _value(item, item.b, result.currency, currencies))
        for item in result.rows
    ]  # fmt: skip
    width = max(len(text) for _, x, y in cells for text in (x, y, "A"))
    label_width = WIDTH - 2 * (width + 1)
    title = f"{result.currency}/unit"
    lines: list[str] = []
    if label_width >= _MIN_LABEL:
        lines.append(title[:label_width].ljust(label_width) + " " + "A".rjust(width) + " "
                     + "B".rjust(width))  # fmt: skip
        for label, x, y in cells:
            lines.append(label[:label_width].ljust(label_width) + " " + x.rjust(width) + " "
                         + y.rjust(width))  # fmt: skip
    else:
        lines.append(title)
        for label, x, y in cells:
            lines += [label, *row("  A", x), *row("  B", y)]
    block = "\n".join(esc(line) for line in lines)
    head = [
        f"<b>A</b> = {esc(a.name)}",
        f"<b>B</b> = {esc(b.name)}",
        f"<pre>{block}</pre>",
    ]
    if result.converted:
        head.append("ⓘ " + esc(result.converted))
    head.append("Quantity and Total are for the whole order; the rest is per unit.")
    return "\n".join(head)
