"""The inspection types: all four stages, in production order, each with timing and checks."""

from __future__ import annotations

from importlib.resources import files
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from knowledge.loader import load_knowledge
from knowledge.sampling.inspections import InspectionGuide, InspectionStage


@pytest.fixture(scope="module")
def guide() -> InspectionGuide:
    return load_knowledge().get(InspectionGuide)


def test_every_stage_is_held_in_production_order(guide: InspectionGuide) -> None:
    """Pre-production, during production, pre-shipment, container loading: in that order."""
    assert [entry.abbreviation for entry in guide.types] == ["PPI", "DUPRO", "PSI", "CLC"]


def test_pre_shipment_is_also_the_final_random_inspection(guide: InspectionGuide) -> None:
    """The guide's FRI is another name for the pre-shipment inspection, not a fifth stage."""
    assert "FRI" in guide.get(InspectionStage.PRE_SHIPMENT).also_called


def test_sample_size_points_to_the_tables_not_a_percentage(guide: InspectionGuide) -> None:
    """The guide's flat 2-5% is replaced by the ISO 2859-1 sample."""
    assert "ISO 2859-1" in guide.sampling_note
    assert "%" not in guide.sampling_note


def test_stages_out_of_order_are_refused() -> None:
    """Swapping two stages fails validation, so the order can be relied on for display."""
    raw: dict[str, Any] = yaml.safe_load(
        (files("knowledge") / "data" / "inspections.yaml").read_text(encoding="utf-8")
    )
    raw["types"][0], raw["types"][1] = raw["types"][1], raw["types"][0]
    with pytest.raises(ValidationError, match="production order"):
        InspectionGuide.model_validate(raw)
