"""Works out an inspection sampling plan for one lot: units to check, defects that are too many.

A pure function over the validated tables of `sampling.py`: lot size and inspection level give
the code letter; each defect class's AQL picks a master-table cell; an arrow moves to another
row and that row's sample size is used, so classes can end up with different sample sizes.
An AQL of 0 means no defect of that class is tolerated (accept 0, reject 1) on the lot's own
sample. When a sample would reach the lot size, every unit is inspected. No wording for the
user lives here, and no Telegram.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from knowledge.base import Frozen
from knowledge.sampling.tables import (
    AcceptReject,
    Arrow,
    DefectClass,
    InspectionLevel,
    SamplingTables,
)

# "critical 0": the usual way inspection bookings say no critical defect is tolerated.
ZERO_TOLERANCE = Decimal(0)


class ClassPlan(Frozen):
    """The verdict rule for one defect class.

    `sample_size` is the number of units to check for this class: the table sample of
    `code_letter`, or the whole lot when `every_unit` is true. `moved` is the arrow followed
    from the lot's own code letter, if any. Accept the lot with up to `accept` defects of this
    class; reject it with `reject` or more.
    """

    defect_class: DefectClass
    aql: Decimal
    code_letter: str
    sample_size: int
    accept: int
    reject: int
    moved: Arrow | None
    every_unit: bool

    @property
    def zero_tolerance(self) -> bool:
        """True when no defect of this class is allowed at all (an AQL of 0)."""
        return self.aql == ZERO_TOLERANCE


class SamplingPlan(Frozen):
    """A full plan for one lot: the lot's code letter and one `ClassPlan` per defect class."""

    lot_size: int
    level: InspectionLevel
    code_letter: str
    table_sample_size: int
    classes: tuple[ClassPlan, ...]

    @property
    def sample_sizes_differ(self) -> bool:
        """True when arrows gave the classes different sample sizes."""
        return len({entry.sample_size for entry in self.classes}) > 1

    @property
    def units_to_draw(self) -> int:
        """The most units any class needs: the sample to pull from the lot."""
        return max(entry.sample_size for entry in self.classes)

    @property
    def every_unit(self) -> bool:
        """True when at least one class needs every unit of the lot inspected."""
        return any(entry.every_unit for entry in self.classes)

    def for_class(self, defect_class: DefectClass) -> ClassPlan:
        """The plan of one defect class."""
        for entry in self.classes:
            if entry.defect_class is defect_class:
                return entry
        raise LookupError(f"no plan for {defect_class} defects")


def plan(
    tables: SamplingTables,
    lot_size: int,
    level: InspectionLevel | None = None,
    aql_by_class: Mapping[DefectClass, Decimal] | None = None,
) -> SamplingPlan:
    """The sampling plan for a lot of `lot_size` units (at least 2).

    `level` defaults to the data's default (II). `aql_by_class` overrides the default AQL of
    the classes it names; an AQL of 0 means zero tolerance. Raises ValueError for a lot under
    2 units or an AQL that is neither 0 nor a column of the master table.
    """
    if isinstance(lot_size, bool) or lot_size < 2:
        raise ValueError(f"a lot needs at least 2 units, not {lot_size}")
    level = level if level is not None else tables.defaults.level
    aqls = {**tables.defaults.aql, **(aql_by_class or {})}
    letter = tables.lot_ranges.letter_for(lot_size, level)
    classes = tuple(
        _class_plan(tables, lot_size, letter, defect_class, aqls[defect_class])
        for defect_class in DefectClass
    )
    return SamplingPlan(
        lot_size=lot_size,
        level=level,
        code_letter=letter,
        table_sample_size=tables.sample_size(letter),
        classes=classes,
    )


def _class_plan(
    tables: SamplingTables, lot_size: int, letter: str, defect_class: DefectClass, aql: Decimal
) -> ClassPlan:
    moved: Arrow | None
    if aql == ZERO_TOLERANCE:
        used, rule, moved = letter, AcceptReject(accept=0, reject=1), None
    elif aql in tables.normal_single.aqls:
        used, rule, moved = tables.normal_single.resolve(letter, aql)
        # Keep the table's own Decimal so the AQL prints as the standard writes it ("1.0").
        aql = tables.normal_single.aqls[tables.normal_single.aqls.index(aql)]
    else:
        raise ValueError(f"AQL {aql} is not in the table")
    sample = tables.sample_size(used)
    return ClassPlan(
        defect_class=defect_class,
        aql=aql,
        code_letter=used,
        sample_size=min(sample, lot_size),
        accept=rule.accept,
        reject=rule.reject,
        moved=moved,
        every_unit=sample >= lot_size,
    )
