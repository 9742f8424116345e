"""The catalog of knowledge data files: which model validates which file.

One line per file. A feature that adds `knowledge/data/<topic>.yaml` adds its model here, and
the loader then validates it at every start-up.
"""

from __future__ import annotations

from knowledge.base import Frozen
from knowledge.guide import Guide
from knowledge.incoterms import Incoterms
from knowledge.landed import Currencies, Destinations, ShippingModes
from knowledge.sampling import InspectionGuide, SamplingTables
from knowledge.scam import LearnedModel, RedFlags
from knowledge.vet import Checklist

DATA_FILES: dict[str, type[Frozen]] = {}
DATA_FILES["sampling.yaml"] = SamplingTables
DATA_FILES["inspections.yaml"] = InspectionGuide
DATA_FILES["incoterms.yaml"] = Incoterms
DATA_FILES["checklist.yaml"] = Checklist
DATA_FILES["currencies.yaml"] = Currencies
DATA_FILES["destinations.yaml"] = Destinations
DATA_FILES["shipping_modes.yaml"] = ShippingModes
DATA_FILES["red_flags.yaml"] = RedFlags
DATA_FILES["guide.yaml"] = Guide
DATA_FILES["scam_model.yaml"] = LearnedModel
