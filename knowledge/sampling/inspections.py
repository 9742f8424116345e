"""The kinds of inspection a buyer can book and when each is worth it, as validated data.

Owns the shape of `knowledge/data/inspections.yaml`: one entry per inspection, in the order
they happen during an order. Sample sizes are not here (see `sampling.py`); neither is any
wording for Telegram.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, model_validator

from knowledge.base import Frozen


class InspectionStage(StrEnum):
    """Where in an order an inspection happens; the values are the ids used in the data."""

    PRE_PRODUCTION = "pre_production"
    DURING_PRODUCTION = "during_production"
    PRE_SHIPMENT = "pre_shipment"
    CONTAINER_LOADING = "container_loading"


class InspectionType(Frozen):
    """One kind of inspection: when it happens, when to book it, what the inspector checks."""

    id: InspectionStage
    name: str = Field(min_length=1)
    abbreviation: str = Field(min_length=2)
    also_called: tuple[str, ...] = ()
    timing: str = Field(min_length=1)
    use_when: tuple[str, ...] = Field(min_length=1)
    checks: tuple[str, ...] = Field(min_length=1)
    in_guide: bool


class InspectionGuide(Frozen):
    """Every inspection type, in the order they happen, with the notes that apply to all."""

    source: str
    sampling_note: str
    order_value_hint: str
    types: tuple[InspectionType, ...]

    @model_validator(mode="after")
    def _one_per_stage_in_order(self) -> InspectionGuide:
        if [entry.id for entry in self.types] != list(InspectionStage):
            raise ValueError("types must list each inspection stage once, in production order")
        return self

    def get(self, stage: InspectionStage) -> InspectionType:
        """The inspection held for `stage`."""
        return next(entry for entry in self.types if entry.id is stage)
