"""Landed cost behind /landed, /fx and /currency: the calculator, its data and its readers.

Pure domain code: destinations and transport modes (`destinations`, `shipping`), money and
rates (`money`), the calculator (`estimate`, `carriage`, `customs`, `ledger`, `result`), US
duties from an HS code (`duties`, `tariffs/`) and a code's duty alone (`duty_lookup`), the
one-line reader (`reader/`), the guided questions (`steps`, `guided`), saved estimates
(`saved`, `deleting`) and what the feature needs remembered (`ports`). This face is what
other layers import.
"""

from __future__ import annotations

from knowledge.landed.currency import estimate_in_reach
from knowledge.landed.deleting import DeleteRight, delete_right
from knowledge.landed.destinations import Destinations
from knowledge.landed.duties import CodeChoice, HsChoiceError, OriginNeededError
from knowledge.landed.duty_lookup import (
    ChargedOn,
    DutyCard,
    DutyQuestion,
    look_up_duty,
    read_duty_question,
)
from knowledge.landed.estimate import LandedRules
from knowledge.landed.guided import LandedGuide
from knowledge.landed.money import USD, BadRateError, Currencies, MissingRateError, format_number
from knowledge.landed.ports import (
    ChatStore,
    EstimateStore,
    LandedChat,
    LandedDraftStore,
    RateFeed,
    ReferenceRateStore,
)
from knowledge.landed.query import LandedInputError
from knowledge.landed.reader.parse import EXAMPLE, SYNTAX, LandedParser
from knowledge.landed.reader.rates import RateInputError, read_currency, read_rate
from knowledge.landed.reader.words import normalise
from knowledge.landed.reference import (
    ChatRates,
    FetchAttempt,
    RateSource,
    ReferenceRates,
    fetch_due,
    merge_rates,
)
from knowledge.landed.result import LandedEstimate, Line, LineKind, NoteKind
from knowledge.landed.saved import (
    CompareError,
    CompareRow,
    Comparison,
    EstimateFigures,
    EstimateInput,
    EstimateNameError,
    NameOutcome,
    SavedEstimate,
    clean_name,
    compare,
    find_saved,
    name_key,
    split_pair,
)
from knowledge.landed.shipping import ChargeableWeight, ShippingModes
from knowledge.landed.steps import CHOICE_STEPS, CHOICES, GuidedDraft, Progress, Step
from knowledge.landed.tariffs import dotted as dotted_code

__all__ = [
    "CHOICES",
    "CHOICE_STEPS",
    "EXAMPLE",
    "SYNTAX",
    "USD",
    "BadRateError",
    "ChargeableWeight",
    "ChargedOn",
    "ChatRates",
    "ChatStore",
    "CodeChoice",
    "CompareError",
    "CompareRow",
    "Comparison",
    "Currencies",
    "DeleteRight",
    "Destinations",
    "DutyCard",
    "DutyQuestion",
    "EstimateFigures",
    "EstimateInput",
    "EstimateNameError",
    "EstimateStore",
    "FetchAttempt",
    "GuidedDraft",
    "HsChoiceError",
    "LandedChat",
    "LandedDraftStore",
    "LandedEstimate",
    "LandedGuide",
    "LandedInputError",
    "LandedParser",
    "LandedRules",
    "Line",
    "LineKind",
    "MissingRateError",
    "NameOutcome",
    "NoteKind",
    "OriginNeededError",
    "Progress",
    "RateFeed",
    "RateInputError",
    "RateSource",
    "ReferenceRateStore",
    "ReferenceRates",
    "SavedEstimate",
    "ShippingModes",
    "Step",
    "clean_name",
    "compare",
    "delete_right",
    "dotted_code",
    "estimate_in_reach",
    "fetch_due",
    "find_saved",
    "format_number",
    "look_up_duty",
    "merge_rates",
    "name_key",
    "normalise",
    "read_currency",
    "read_duty_question",
    "read_rate",
    "split_pair",
]
