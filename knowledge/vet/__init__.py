"""The supplier audit behind /vet: checklist data models, answer reading, scoring, progress.

Pure domain code. It knows the checklist and how to judge a supplier from stored answers; it
never talks to Telegram or a database (storage needs are `ports`).
"""

from __future__ import annotations

from knowledge.vet.answers import (
    Accepted,
    answer_buttons,
    answer_example,
    answer_form,
    format_number,
    is_typed,
    read_answer,
    show_answer,
)
from knowledge.vet.checklist import Checklist, RiskBand
from knowledge.vet.items import AnyItem, ChoiceItem
from knowledge.vet.names import (
    MAX_NAME_CHARS,
    DidYouMean,
    Found,
    NameProblem,
    SupplierIndex,
    SupplierName,
    read_supplier_name,
)
from knowledge.vet.ports import VetStore, VetTakeoverStore
from knowledge.vet.progress import (
    Move,
    Position,
    PressCheck,
    Step,
    asked_before,
    check_control,
    moves_on,
    plan_press,
    reading_of,
    typed_move,
    where,
)
from knowledge.vet.records import (
    AssessmentRecord,
    AuditInProgress,
    AuditStatus,
    AuditSummary,
    PastResult,
    Prompt,
    SaveOutcome,
    StartedAudit,
    SupplierOverview,
    SupplierRef,
    Vetter,
    merge_answer,
)
from knowledge.vet.scoring import (
    AuditReport,
    BandReason,
    Finding,
    Verdict,
    inspection_due,
    score_audit,
)
from knowledge.vet.takeover import Takeover, TakeoverCheck, check_takeover, names_in_order, vetters

__all__ = [
    "MAX_NAME_CHARS",
    "Accepted",
    "AnyItem",
    "AssessmentRecord",
    "AuditInProgress",
    "AuditReport",
    "AuditStatus",
    "AuditSummary",
    "BandReason",
    "Checklist",
    "ChoiceItem",
    "DidYouMean",
    "Finding",
    "Found",
    "Move",
    "NameProblem",
    "PastResult",
    "Position",
    "PressCheck",
    "Prompt",
    "RiskBand",
    "SaveOutcome",
    "StartedAudit",
    "Step",
    "SupplierIndex",
    "SupplierName",
    "SupplierOverview",
    "SupplierRef",
    "Takeover",
    "TakeoverCheck",
    "Verdict",
    "VetStore",
    "VetTakeoverStore",
    "Vetter",
    "answer_buttons",
    "answer_example",
    "answer_form",
    "asked_before",
    "check_control",
    "check_takeover",
    "format_number",
    "inspection_due",
    "is_typed",
    "merge_answer",
    "moves_on",
    "names_in_order",
    "plan_press",
    "read_answer",
    "read_supplier_name",
    "reading_of",
    "score_audit",
    "show_answer",
    "typed_move",
    "vetters",
    "where",
]
