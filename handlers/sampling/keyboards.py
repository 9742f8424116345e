"""The /aql inline keyboards: switch a plan's level or AQLs, and browse the inspection types.

Each plan keyboard is drawn from the settings it belongs to, and every button carries the full
settings it would show (see `payload.py`), so two keyboards are equal exactly when they show
the same plan the same way; the callbacks rely on that to never send an edit that changes
nothing. The AQL choices offered are the common ones; any other value can be typed.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from handlers.sampling.buttons import (
    BUTTONS,
    SHOW_PLAN,
    SHOW_SPECIAL_LEVELS,
    Action,
    PlanSettings,
)
from knowledge.sampling import DefectClass, InspectionGuide, InspectionLevel, InspectionStage

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
