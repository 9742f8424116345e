"""Words for /aql alone: how to ask for a plan, and the four inspections a buyer can book.

Renders `knowledge.sampling.inspections.InspectionGuide` and the defaults of the sampling tables as
short HTML for a phone. Every string from the data is escaped. Holds no facts of its own
beyond how to use the command.
"""

from __future__ import annotations

import html

from knowledge.sampling import DefectClass, InspectionGuide, InspectionType, SamplingTables


def _defaults(tables: SamplingTables) -> str:
    aqls = ", ".join(f"{c.value} {tables.defaults.aql[c]}" for c in DefectClass)
    return f"level {tables.defaults.level}, normal inspection; AQL {aqls}"


def intro_text(tables: SamplingTables, guide: InspectionGuide) -> str:
    """What /aql does, with examples, then one line per inspection type."""
    lines = [
        "<b>Inspection plan (AQL)</b>",
        "Send the lot size: I'll say how many units the inspector checks and how many "
        "defects reject the lot (ISO 2859-1 tables).",
        f"Defaults: {html.escape(_defaults(tables))}.",
        "",
        "<code>/aql 5000</code>",
        "<code>/aql 5000 major 1.5 minor 4</code>",
        "<code>/aql 800 level III</code>",
        "Level I checks fewer units and III more; S-1 to S-4 are small samples for costly "
        "or destructive tests.",
        "",
        "<b>Which inspection, when</b>",
    ]
    for entry in guide.types:
        lines.append(f"• <b>{_title(entry)}</b>: {html.escape(entry.use_when[0])}")
    lines += [
        "",
        html.escape(guide.sampling_note),
        html.escape(guide.order_value_hint),
        "Tap an inspection for its details.",
    ]
    return "\n".join(lines)


def _title(entry: InspectionType) -> str:
    return f"{html.escape(entry.name)} ({html.escape(entry.abbreviation)})"


def inspection_text(entry: InspectionType) -> str:
    """One inspection type: when it happens, when to book it, what the inspector checks."""
    lines = [f"<b>{_title(entry)}</b>"]
    if entry.also_called:
        lines.append(f"Also called: {html.escape(', '.join(entry.also_called))}.")
    lines += [f"<i>When:</i> {html.escape(entry.timing)}", "", "<b>Book it for</b>"]
    lines += [f"• {html.escape(line)}" for line in entry.use_when]
    lines += ["", "<b>The inspector checks</b>"]
    lines += [f"• {html.escape(line)}" for line in entry.checks]
    lines += [
        "",
        "How many units to check: send the lot size, e.g. <code>/aql 5000</code>.",
    ]
    return "\n".join(lines)
