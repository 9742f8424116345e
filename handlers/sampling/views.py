"""Words for a sampling plan: how many units to check and how many defects reject the lot.

Turns a `SamplingPlan` from `knowledge.sampling.plan` into a short HTML reply for a phone: the
code letter and sample size, then one plain sentence per defect class. When an arrow of the
table moved a class to another row it says so, with that row's sample size and the number of
units to draw in all; when a sample reaches the lot size it says to inspect every unit. It
decides nothing: every number comes from the plan.
"""

from __future__ import annotations

import html

from knowledge.sampling import ClassPlan, InspectionLevel, SamplingPlan

_SPECIAL_NOTE = (
    "Special levels take small samples, for costly or destructive tests, "
    "at a higher risk of passing a bad lot."
)
_SPECIAL = frozenset(
    {InspectionLevel.S1, InspectionLevel.S2, InspectionLevel.S3, InspectionLevel.S4}
)


def units(count: int) -> str:
    """`1 unit`, `5,000 units`."""
    return f"{count:,} unit" + ("" if count == 1 else "s")


def verdict_words(accept: int, reject: int) -> str:
    """The accept / reject rule of one class in plain words."""
    if accept == 0:
        return f"accept only with 0 defects, reject with {reject} or more"
    noun = "defect" if accept == 1 else "defects"
    return f"accept with up to {accept} {noun}, reject with {reject} or more"


def _class_line(entry: ClassPlan, shown: SamplingPlan) -> str:
    name = entry.defect_class.value.capitalize()
    head = f"• <b>{name}</b> (AQL {entry.aql})"
    if shown.sample_sizes_differ:
        moved = f", row {entry.code_letter}" if entry.code_letter != shown.code_letter else ""
        size = f"all {units(shown.lot_size)}" if entry.every_unit else units(entry.sample_size)
        head += f"{moved}, {size}"
    return f"{head}: {verdict_words(entry.accept, entry.reject)}."


def _sample_line(shown: SamplingPlan) -> str:
    every = f"<b>inspect every unit</b> (all {shown.lot_size:,})"
    if not shown.sample_sizes_differ:
        if shown.every_unit:
            return f"The sample reaches the lot size: {every}."
        return f"Check <b>{units(shown.units_to_draw)}</b>, picked at random."
    draw = every if shown.every_unit else f"draw <b>{units(shown.units_to_draw)}</b> at random"
    return (
        f"Row {shown.code_letter} asks for {units(shown.table_sample_size)}, but arrows in the "
        "table move some classes to another row, with that row's sample size: "
        f"{draw} and judge each class on its own count."
    )


def plan_text(shown: SamplingPlan, read_note: str | None = None) -> str:
    """The whole plan as an HTML reply, under how an ambiguous lot size was read."""
    lines = [
        *([f"<i>{html.escape(read_note)}</i>"] if read_note else []),
        f"<b>Inspection plan: lot of {units(shown.lot_size)}</b>",
        f"Level {shown.level}, normal inspection (ISO 2859-1), code letter {shown.code_letter}.",
        _sample_line(shown),
        "",
        *(_class_line(entry, shown) for entry in shown.classes),
    ]
    if shown.level in _SPECIAL:
        lines += ["", _SPECIAL_NOTE]
    return "\n".join(lines)
