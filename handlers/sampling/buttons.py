"""The /aql button payloads: a lot size and the plan's settings, carried compactly and re-checked.

A plan button carries everything needed to redraw the plan, so nothing is stored:
`aql:<action>:<lot>:<level>:<critical>:<major>:<minor>`, e.g. `aql:plan:5000:II:0:2.5:4.0`
(at most 44 bytes). Parsing trusts nothing: every field must be exactly what `to_args` would
write for a valid setting, otherwise the press is treated as an expired button. Business rules
stay in `knowledge.sampling.plan`; this module only encodes and decodes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from handlers.shared import callbacks
from knowledge.sampling import (
    MAX_LOT_SIZE,
    ZERO_TOLERANCE,
    DefectClass,
    InspectionLevel,
    SamplingPlan,
    SamplingTables,
)


class Action(StrEnum):
    """Every /aql button (stable values: old messages keep their buttons)."""

    PLAN = "plan"  # redraw the plan (args: lot, level, critical, major, minor AQL)
    MORE = "more"  # the special levels for the same plan (same args)
    GUIDE = "guide"  # back to the overview of the four inspections
    INSPECTION = "type"  # one inspection's details (arg: its stage)
    ASK = "ask"  # under a /vet report: ask how many units the order holds


BUTTONS = callbacks.Buttons("aql", Action)
# What a plan button asks for: redraw the plan, or show the special levels for the same plan.
SHOW_PLAN = Action.PLAN
SHOW_SPECIAL_LEVELS = Action.MORE
PLAN_ACTIONS = frozenset({SHOW_PLAN, SHOW_SPECIAL_LEVELS})
# Classes in payload order; a payload names the AQL of each, so a press never loses one.
CLASS_ORDER = (DefectClass.CRITICAL, DefectClass.MAJOR, DefectClass.MINOR)
_LOT = re.compile(r"^[1-9][0-9]{0,8}$")


@dataclass(frozen=True, slots=True)
class PlanSettings:
    """What a plan button asks for: the lot, the level and an AQL per defect class."""

    lot_size: int
    level: InspectionLevel
    aql_by_class: tuple[tuple[DefectClass, Decimal], ...]

    @classmethod
    def of(cls, shown: SamplingPlan) -> PlanSettings:
        """The settings a plan was drawn with."""
        aqls = {entry.defect_class: entry.aql for entry in shown.classes}
        return cls(shown.lot_size, shown.level, tuple((c, aqls[c]) for c in CLASS_ORDER))

    def aql(self, defect_class: DefectClass) -> Decimal:
        """The AQL of one class."""
        return dict(self.aql_by_class)[defect_class]

    def with_level(self, level: InspectionLevel) -> PlanSettings:
        """The same plan at another inspection level."""
        return PlanSettings(self.lot_size, level, self.aql_by_class)

    def with_aql(self, defect_class: DefectClass, aql: Decimal) -> PlanSettings:
        """The same plan with one class's AQL changed."""
        changed = tuple((c, aql if c is defect_class else a) for c, a in self.aql_by_class)
        return PlanSettings(self.lot_size, self.level, changed)

    def button_data(self, action: Action) -> str:
        """The callback data of a button that shows these settings."""
        aqls = (str(self.aql(c)) for c in CLASS_ORDER)
        return BUTTONS.data(action, self.lot_size, self.level.value, *aqls)


def read_plan_payload(
    data: str | None, tables: SamplingTables
) -> tuple[Action, PlanSettings] | None:
    """The action and settings of a plan button; None unless every field is valid."""
    payload = BUTTONS.read(data, *PLAN_ACTIONS)
    if payload is None or len(payload.args) != 2 + len(CLASS_ORDER):
        return None
    lot, level, *aqls = payload.args
    if not _LOT.match(lot) or not 2 <= int(lot) <= MAX_LOT_SIZE:
        return None
    if level not in {member.value for member in InspectionLevel}:
        return None
    known = {str(aql): aql for aql in tables.normal_single.aqls}
    known[str(ZERO_TOLERANCE)] = ZERO_TOLERANCE
    if not all(text in known for text in aqls):
        return None
    by_class = tuple((c, known[text]) for c, text in zip(CLASS_ORDER, aqls, strict=True))
    return payload.action, PlanSettings(int(lot), InspectionLevel(level), by_class)
