"""The /aql buttons: their typed payloads and the keyboards that carry them.

A plan button carries everything needed to redraw the plan, so nothing is stored:
`aql:<action>:<lot>:<level>:<critical>:<major>:<minor>`, e.g. `aql:plan:5000:II:0:2.5:4.0`
(at most 44 bytes). Parsing trusts nothing: every field must be exactly what `button_data`
would write for a valid setting, otherwise the press is treated as an expired button.

Each plan keyboard is drawn from the settings it belongs to, and every button carries the full
settings it would show, so two keyboards are equal exactly when they show the same plan the
same way; the callbacks rely on that to never send an edit that changes nothing. The AQL
choices offered are the common ones; any other value can be typed. Business rules stay in
`knowledge.sampling`; this module only encodes, decodes and lays out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from handlers.shared import callbacks
from knowledge.sampling import (
    MAX_LOT_SIZE,
    ZERO_TOLERANCE,
    DefectClass,
    InspectionGuide,
    InspectionLevel,
    InspectionStage,
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


GENERAL_LEVELS = (InspectionLevel.I, InspectionLevel.II, InspectionLevel.III)
SPECIAL_LEVELS = (InspectionLevel.S1, InspectionLevel.S2, InspectionLevel.S3, InspectionLevel.S4)
# The AQLs buyers usually agree on for each class, strict to loose (a test checks that each
# is a column of the master table, written as the table writes it).
COMMON_AQLS = {
    DefectClass.MAJOR: tuple(Decimal(aql) for aql in ("1.0", "1.5", "2.5", "4.0")),
    DefectClass.MINOR: tuple(Decimal(aql) for aql in ("1.5", "2.5", "4.0", "6.5")),
}
_TICK = "✓ "


def _button(label: str, selected: bool, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(_TICK + label if selected else label, callback_data=data)


def _level_button(
    settings: PlanSettings, level: InspectionLevel, label: str
) -> InlineKeyboardButton:
    chosen = settings.with_level(level)
    return _button(label, settings.level is level, chosen.button_data(SHOW_PLAN))


def _aql_row(settings: PlanSettings, defect_class: DefectClass) -> list[InlineKeyboardButton]:
    name = defect_class.value.capitalize()
    return [
        _button(
            f"{name} {aql}",
            settings.aql(defect_class) == aql,
            settings.with_aql(defect_class, aql).button_data(SHOW_PLAN),
        )
        for aql in COMMON_AQLS[defect_class]
    ]


# A keyboard is a pure function of the settings and PTB's buttons are costly to build (about
# 12 µs each); keyboards are frozen objects, so sharing one between messages is safe.
@lru_cache(maxsize=1024)
def plan_keyboard(settings: PlanSettings) -> InlineKeyboardMarkup:
    """General levels, a way to the special levels, and common AQLs for major and minor."""
    levels = [_level_button(settings, level, f"Level {level}") for level in GENERAL_LEVELS]
    special = settings.level in SPECIAL_LEVELS
    more_label = f"{_TICK}{settings.level} ▸" if special else "S levels ▸"
    more = settings.button_data(SHOW_SPECIAL_LEVELS)
    levels.append(InlineKeyboardButton(more_label, callback_data=more))
    return InlineKeyboardMarkup(
        [levels, _aql_row(settings, DefectClass.MAJOR), _aql_row(settings, DefectClass.MINOR)]
    )


@lru_cache(maxsize=1024)
def special_levels_keyboard(settings: PlanSettings) -> InlineKeyboardMarkup:
    """The special levels S-1 to S-4, and the way back to the usual buttons."""
    levels = [_level_button(settings, level, str(level)) for level in SPECIAL_LEVELS]
    back = InlineKeyboardButton("◂ Back", callback_data=settings.button_data(SHOW_PLAN))
    return InlineKeyboardMarkup([levels, [back]])


def _inspection_button(guide: InspectionGuide, stage: InspectionStage) -> InlineKeyboardButton:
    data = BUTTONS.data(Action.INSPECTION, stage.value)
    return InlineKeyboardButton(guide.get(stage).abbreviation, callback_data=data)


def guide_keyboard(guide: InspectionGuide) -> InlineKeyboardMarkup:
    """One button per inspection type."""
    return InlineKeyboardMarkup([[_inspection_button(guide, entry.id) for entry in guide.types]])


def inspection_keyboard(guide: InspectionGuide, shown: InspectionStage) -> InlineKeyboardMarkup:
    """The other inspection types, and the way back to the overview."""
    others = [
        _inspection_button(guide, entry.id) for entry in guide.types if entry.id is not shown
    ]
    back = InlineKeyboardButton("◂ All inspections", callback_data=BUTTONS.data(Action.GUIDE))
    return InlineKeyboardMarkup([others, [back]])
