"""Inspection sampling behind /aql: ISO 2859-1 tables, plans, requests and the inspections.

Pure domain code: the tables (`tables`), the plan for a lot (`plan`), what a buyer types
(`request`), the four inspections a buyer can book (`inspections`) and what the feature needs
remembered (`ports`). This face is what other layers import.
"""

from __future__ import annotations

from knowledge.sampling.inspections import InspectionGuide, InspectionStage, InspectionType
from knowledge.sampling.plan import ZERO_TOLERANCE, ClassPlan, SamplingPlan, plan
from knowledge.sampling.ports import QuantityPrompt, QuantityPromptStore
from knowledge.sampling.request import (
    MAX_LOT_SIZE,
    AqlInputError,
    lot_size_alone,
    parse_aql_request,
)
from knowledge.sampling.tables import DefectClass, InspectionLevel, SamplingTables

__all__ = [
    "MAX_LOT_SIZE",
    "ZERO_TOLERANCE",
    "AqlInputError",
    "ClassPlan",
    "DefectClass",
    "InspectionGuide",
    "InspectionLevel",
    "InspectionStage",
    "InspectionType",
    "QuantityPrompt",
    "QuantityPromptStore",
    "SamplingPlan",
    "SamplingTables",
    "lot_size_alone",
    "parse_aql_request",
    "plan",
]
