"""What /landed, /fx and /currency need remembered, as Protocols; `bot/storage/landed/estimates.py`
and `bot/storage/chats.py` implement them.

Only shapes live here: no SQL, no aiosqlite. Handlers depend on these, never on the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Protocol

from knowledge.landed.reference import FetchAttempt, ReferenceRates
from knowledge.landed.saved import EstimateInput, NameOutcome, SavedEstimate
from knowledge.landed.steps import GuidedDraft, Step


@dataclass(frozen=True, slots=True)
class LandedChat:
    """What an estimate needs of a chat, read at once: currency, origin, /fx rates and days."""

    currency: str
    origin: str | None
    rates: dict[str, Decimal]
    rate_days: dict[str, date]


class ChatStore(Protocol):
    """Per-chat preferences: the display currency and exchange rates typed with /fx."""

    async def get_currency(self, chat_id: int) -> str:
        """The chat's display currency (ISO 4217), USD when never set."""
        ...

    async def save_currency(self, chat_id: int, currency: str) -> None:
        """Remember the chat's display currency."""
        ...

    async def save_fx_rate(self, chat_id: int, currency: str, per_usd: Decimal) -> None:
        """Remember that 1 USD = `per_usd` units of `currency` in this chat."""
        ...

    async def list_fx_rates(self, chat_id: int) -> dict[str, Decimal]:
        """Every rate the chat has typed, as units of the currency per 1 USD."""
        ...

    async def list_fx_days(self, chat_id: int) -> dict[str, date]:
        """The day (UTC) each of the chat's /fx rates was last set (issue 14)."""
        ...

    async def get_landed_chat(self, chat_id: int) -> LandedChat:
        """The chat's currency, origin and /fx rates with their days, in one read."""
        ...

    async def get_origin(self, chat_id: int) -> str | None:
        """The country (ISO alpha-2) the chat's goods are made in, when it was given."""
        ...

    async def save_origin(self, chat_id: int, origin: str) -> None:
        """Remember where the chat's goods are made (asked once, for US duties)."""
        ...


class ReferenceRateStore(Protocol):
    """The last reference rates fetched (one set per source) and the last attempt (issue 14).

    Shared by every chat: a public rate is the same for all; a chat's /fx rates win over it.
    """

    async def get_reference_rates(self, source: str) -> ReferenceRates | None:
        """The rates last fetched from `source`, or None."""
        ...

    async def save_reference_rates(self, rates: ReferenceRates, at: datetime) -> None:
        """Replace the rates of `rates.source` and record a good fetch at `at`."""
        ...

    async def get_last_fetch(self, source: str) -> FetchAttempt | None:
        """When `source` was last fetched, and whether it worked."""
        ...

    async def save_failed_fetch(self, source: str, at: datetime) -> None:
        """Record a fetch of `source` that failed at `at`."""
        ...


class RateFeed(Protocol):
    """A public source of reference rates, fetched over the network by `bot/`."""

    @property
    def source(self) -> str:
        """The source's short name, as replies show it ("ECB")."""
        ...

    @property
    def enabled(self) -> bool:
        """False when this run must not use the network (offline console, tests, setting)."""
        ...

    async def fetch(self) -> ReferenceRates | None:
        """Today's rates, or None when they could not be fetched (it logs why)."""
        ...


class EstimateStore(Protocol):
    """Landed-cost estimates per chat (issue 6, /landed): every result, and the named ones.

    Each computed estimate is kept (without a name) so that its Save button can name it later;
    the store keeps only the most recent unnamed ones. Every method takes `chat_id` and sees
    only that chat's rows. Timestamps are timezone-aware UTC, given by the caller.
    """

    async def save_result(
        self, chat_id: int, user_id: int, estimate: EstimateInput, at: datetime
    ) -> int:
        """Keep a computed estimate (unnamed) and return its id."""
        ...

    async def get_estimate(self, chat_id: int, estimate_id: int) -> SavedEstimate | None:
        """The estimate with this id in this chat, named or not, or None."""
        ...

    async def ask_name(
        self, chat_id: int, estimate_id: int, user_id: int, message_id: int
    ) -> bool:
        """Record that `user_id` was asked (in message `message_id`) to name this estimate.

        False when the estimate is not in this chat.
        """
        ...

    async def find_naming(
        self, chat_id: int, user_id: int, message_id: int | None
    ) -> SavedEstimate | None:
        """The estimate whose name question is `message_id` (any asker), or with None the
        latest one `user_id` was asked to name and has not named yet."""
        ...

    async def name_estimate(
        self, chat_id: int, estimate_id: int, name: str, at: datetime, saved_by: int | None = None
    ) -> NameOutcome:
        """Give the estimate its name (unique per chat, case and spacing ignored).

        TAKEN leaves everything as it was; naming an already named estimate renames it.
        `saved_by` is who named it (default: who was asked to, else who computed it).
        """
        ...

    async def delete_saved(self, chat_id: int, estimate_id: int) -> bool:
        """Delete a named estimate of this chat for good; False when there is none (any more)."""
        ...

    async def list_saved(self, chat_id: int) -> list[SavedEstimate]:
        """The chat's named estimates, most recently saved first."""
        ...


class LandedDraftStore(Protocol):
    """Guided /landed estimates in progress: one per chat and person (issue 6).

    A restart loses nothing: the step, every answer and the question waiting are rows.
    """

    async def get_draft(self, chat_id: int, user_id: int) -> GuidedDraft | None:
        """This person's guided estimate in this chat, or None."""
        ...

    async def find_draft(self, chat_id: int, message_id: int) -> GuidedDraft | None:
        """The guided estimate (anyone's) whose waiting question is `message_id`, or None."""
        ...

    async def start_draft(self, draft: GuidedDraft) -> None:
        """Begin (or begin again) this person's guided estimate, replacing any other."""
        ...

    async def advance_draft(
        self, chat_id: int, user_id: int, from_step: Step, to_step: Step, answers: dict[str, str]
    ) -> bool:
        """Store the answers and the next step, only if the draft still stands at `from_step`.

        False (and nothing changed) when it has moved on or gone: a double press counts once.
        The waiting question is cleared until `set_question` names the next one.
        """
        ...

    async def set_question(self, chat_id: int, user_id: int, message_id: int) -> None:
        """Remember which message now waits for this person's answer."""
        ...

    async def delete_draft(self, chat_id: int, user_id: int) -> bool:
        """Drop the guided estimate; False when there was none."""
        ...
