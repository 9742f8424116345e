"""What handlers may use: the loaded knowledge and the storage ports, bundled per Application.

`bot/app.py` builds one `Services` in `post_init` and puts it in `bot_data`; handlers read it
with `services(context)`. Handlers see only Protocols from each feature's
`knowledge.<feature>.ports`, never SQLite.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, TypeAlias

from telegram.ext import Application, CallbackContext, ExtBot

from knowledge.guide import GuideIndex
from knowledge.incoterms import IncotermsGuide
from knowledge.landed import (
    ChatStore,
    EstimateStore,
    LandedDraftStore,
    LandedGuide,
    LandedParser,
    LandedRules,
    RateFeed,
    ReferenceRateStore,
)
from knowledge.loader import KnowledgeBase
from knowledge.questions import QuestionStore
from knowledge.sampling import QuantityPromptStore
from knowledge.scam import ScamScanner, ScanStore
from knowledge.vet import VetHistoryStore, VetIdentityStore, VetStore, VetTakeoverStore

Context: TypeAlias = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]
App: TypeAlias = Application[Any, Any, Any, Any, Any, Any]
SERVICES_KEY = "services"


@dataclass(frozen=True, slots=True)
class LandedEngines:
    """The /landed parser, rules and guided flow, built once at start-up."""

    rules: LandedRules
    parser: LandedParser
    guide: LandedGuide
    fixed_day: date | None = None  # ESTIMATE_DATE: every estimate made for this day

    @classmethod
    def build(cls, knowledge: KnowledgeBase, fixed_day: date | None = None) -> LandedEngines:
        """Read the landed-cost data once and build the engines over it."""
        rules = LandedRules.from_knowledge(knowledge)
        parser = LandedParser(rules.currencies, rules.destinations)
        return cls(rules, parser, LandedGuide(parser, rules), fixed_day)

    def day(self) -> date:
        """The day estimates are made for: the pinned one, else today (UTC)."""
        return self.fixed_day or datetime.now(UTC).date()


@dataclass(frozen=True, slots=True)
class Services:
    """Everything a handler needs besides the update itself."""

    knowledge: KnowledgeBase
    questions: QuestionStore  # the text router's one read: whose question a message answers
    chats: ChatStore
    vet: VetStore
    vet_takeovers: VetTakeoverStore
    vet_history: VetHistoryStore  # issue 12: changes after the end, continuing, history
    vet_identity: VetIdentityStore  # issue 12: credit codes and merged suppliers
    incoterms: IncotermsGuide
    landed: LandedEngines
    estimates: EstimateStore
    landed_drafts: LandedDraftStore
    reference_rates: ReferenceRateStore  # the ECB's rates, cached (issue 14)
    rate_feed: RateFeed  # fetches them, when this run may use the network
    quantity_prompts: QuantityPromptStore
    scans: ScanStore
    scam_scanner: ScamScanner  # built once at start-up: building its indexes takes ~0.2 s
    guide: GuideIndex  # built once per process, like the scanner
    allowed_chat_ids: frozenset[int] = frozenset()
    admin_chat_id: int | None = None


def services(context: Context) -> Services:
    """The Application's services; set in `post_init` before any update is handled."""
    found = context.application.bot_data[SERVICES_KEY]
    if not isinstance(found, Services):  # pragma: no cover - a wiring error, not user input
        raise TypeError("bot_data['services'] is not a Services instance")
    return found
