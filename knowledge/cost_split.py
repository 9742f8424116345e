"""The cost lines of a shipment and the party an Incoterm makes pay each one.

Shared vocabulary between the Incoterms knowledge base (which fills in, per rule, who pays
each line) and the landed-cost calculator (which adds the lines the buyer pays). The values
are stable: they are used as keys in `knowledge/data/incoterms.yaml`.
"""

from __future__ import annotations

from enum import StrEnum


class CostLine(StrEnum):
    """A cost a landed-cost estimate knows, in the order goods meet them."""

    ORIGIN_CHARGES = "origin_charges"
    EXPORT_CLEARANCE = "export_clearance"
    LOADING_AT_ORIGIN = "loading_at_origin"
    MAIN_CARRIAGE = "main_carriage"
    INSURANCE = "insurance"
    UNLOADING_AT_DESTINATION = "unloading_at_destination"
    IMPORT_CLEARANCE = "import_clearance"
    IMPORT_DUTY_AND_TAXES = "import_duty_and_taxes"
    DELIVERY_TO_DOOR = "delivery_to_door"


class Party(StrEnum):
    """Who pays a cost line under a given rule."""

    SELLER = "seller"
    BUYER = "buyer"
