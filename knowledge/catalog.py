"""The catalog of knowledge data files: which model validates which file.

One line per file. A feature that adds `knowledge/data/<topic>.yaml` adds its model here, and
the loader then validates it at every start-up.
"""

from __future__ import annotations

from knowledge.base import Frozen
from knowledge.destinations import Destinations
from knowledge.incoterms_models import Incoterms
from knowledge.inspections import InspectionGuide
from knowledge.money import Currencies
from knowledge.red_flags import RedFlags
from knowledge.sampling import SamplingTables
from knowledge.shipping import ShippingModes
from knowledge.vet.checklist import Checklist

DATA_FILES: dict[str, type[Frozen]] = {}
DATA_FILES["sampling.yaml"] = SamplingTables
DATA_FILES["inspections.yaml"] = InspectionGuide
DATA_FILES["incoterms.yaml"] = Incoterms
DATA_FILES["checklist.yaml"] = Checklist
DATA_FILES["currencies.yaml"] = Currencies
DATA_FILES["destinations.yaml"] = Destinations
DATA_FILES["shipping_modes.yaml"] = ShippingModes
DATA_FILES["red_flags.yaml"] = RedFlags
