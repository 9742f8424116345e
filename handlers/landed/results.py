"""Compute an estimate for a chat and send it: the one path every /landed answer takes.

Owns the glue between a one-liner and the reply: the chat's currency, origin and rates (its
/fx ones over the cached reference rates, refreshed through the rate feed when a rate is
needed and a fetch is due), the calculator from `knowledge/`, the expected failures as
ordinary replies (unknown word, missing rate) or questions (the origin of the goods, which
tariff line), keeping the result so its Save button can name it, and the Save button.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, ReplyParameters

from handlers.landed import texts
from handlers.landed.buttons import BUTTONS, Action
from handlers.landed.questions import ask_first
from handlers.landed.views import render_estimate
from handlers.shared.services import Context, Services, services
from knowledge.landed import (
    BadRateError,
    ChatRates,
    EstimateFigures,
    EstimateInput,
    HsChoiceError,
    LandedEstimate,
    LandedInputError,
    MissingRateError,
    OriginNeededError,
    ReferenceRates,
    estimate_in_reach,
    fetch_due,
    merge_rates,
)


@dataclass(frozen=True, slots=True)
class Outcome:
    """An estimate, the HTML that says why there is none, or a question to ask first."""

    estimate: LandedEstimate | None = None
    error: str | None = None
    missing_rates: tuple[str, ...] = ()  # shown in the typed currency for want of these
    question: OriginNeededError | HsChoiceError | None = None
    rate_error: bool = False  # the error is a missing exchange rate

    @property
    def needs_rate(self) -> bool:
        """True when a rate the chat lacks kept the estimate from its currency."""
        return bool(self.missing_rates) or self.rate_error


def now() -> datetime:
    """The time stamps stored with estimates: timezone-aware UTC."""
    return datetime.now(UTC)


def compute(
    found: Services,
    line: str,
    fx: Mapping[str, Decimal],
    currency: str,
    *,
    then: str,
    origin: str | None = None,
) -> Outcome:
    """Parse and estimate `line`; expected failures become a reply (`then` says what next)."""
    engines = found.landed
    try:
        query = engines.parser.parse(line)
        reached = estimate_in_reach(
            query,
            engines.rules,
            fx_per_usd=fx,
            currency=currency,
            today=engines.day(),
            origin=origin,
        )
    except LandedInputError as error:
        # A pasted message or sentence: offer the line its clear parts make, to check and send.
        offer = engines.parser.offer(line) if error.word is not None and not error.asks else None
        if offer is None:
            return Outcome(error=texts.input_error(error, line))
        return Outcome(error=texts.input_error(error, line, offer.line, offer.note))
    except MissingRateError as error:
        text = texts.missing_rate(error) + (f"\n{then}" if then else "")
        return Outcome(error=text, rate_error=True)
    except BadRateError as error:
        return Outcome(error=f"⚠️ {texts.esc(error)} Set it again with /fx.")
    except (OriginNeededError, HsChoiceError) as question:
        return Outcome(question=question)
    return Outcome(estimate=reached.estimate, missing_rates=reached.missing_rates)


async def reference_rates(found: Services) -> ReferenceRates | None:
    """The reference rates last fetched, if any."""
    return await found.reference_rates.get_reference_rates(found.rate_feed.source)


async def refresh_rates(found: Services) -> bool:
    """Fetch the reference rates when the feed is on and a fetch is due; True if new ones."""
    feed, store = found.rate_feed, found.reference_rates
    if not feed.enabled:
        return False
    if not fetch_due(await store.get_last_fetch(feed.source), now()):
        return False
    fetched = await feed.fetch()
    if fetched is None:
        await store.save_failed_fetch(feed.source, now())
        return False
    await store.save_reference_rates(fetched, now())
    return True


async def _estimate(
    found: Services, chat_id: int, line: str, then: str
) -> tuple[Outcome, ChatRates, str | None]:
    """The outcome with the rates this run may have, and a note when it had to do without.

    The chat's own rates come first (one read). Only when they lack one are the reference
    rates read, and fetched again when a fetch is due: most estimates cost no extra query.
    """
    chat = await found.chats.get_landed_chat(chat_id)
    rates = merge_rates(chat.rates, chat.rate_days, None)

    def run() -> Outcome:
        return compute(found, line, rates.per_usd, chat.currency, then=then, origin=chat.origin)

    outcome = run()
    if not outcome.needs_rate:
        return outcome, rates, None
    reference = await reference_rates(found)
    stale = reference is None or reference.day < found.landed.day() - timedelta(days=1)
    if stale and await refresh_rates(found):  # at most one good download a day
        reference = await reference_rates(found)
    if reference is not None:
        rates = merge_rates(chat.rates, chat.rate_days, reference)
        outcome = run()
    offline = None
    if outcome.needs_rate:
        offline = texts.RATES_OFFLINE if not found.rate_feed.enabled else texts.RATES_UNREACHABLE
    return outcome, rates, offline


def replying(to: int | None) -> ReplyParameters | None:
    """Reply to message `to` when there is one; still send if it was deleted meanwhile."""
    return None if to is None else ReplyParameters(to, allow_sending_without_reply=True)


def save_button(estimate_id: int) -> InlineKeyboardMarkup:
    """The button under a result that saves it under a name."""
    data = BUTTONS.data(Action.SAVE, estimate_id)
    return InlineKeyboardMarkup([[InlineKeyboardButton(texts.SAVE_BUTTON, callback_data=data)]])


async def send_estimate(
    context: Context,
    chat_id: int,
    user_id: int,
    line: str,
    *,
    extra: Iterable[str] = (),
    then: str = "Then send the estimate again.",
    reply_to: int | None = None,
) -> bool:
    """Estimate `line` with the chat's currency and rates, keep it, and send it with Save.

    Returns False when the reply was an error (nothing kept).
    """
    found = services(context)
    outcome, rates, offline = await _estimate(found, chat_id, line, then)
    if outcome.question is not None:
        await ask_first(context, chat_id, outcome.question, line, reply_to=reply_to)
        return False
    if outcome.estimate is None:
        text = outcome.error or texts.SYNTAX_HELP
        await context.bot.send_message(
            chat_id,
            text + (f"\n{offline}" if offline else ""),
            reply_parameters=replying(reply_to),
        )
        return False
    if outcome.missing_rates:  # every amount typed in one currency the chat cannot convert
        currency = (await found.chats.get_landed_chat(chat_id)).currency
        shown = texts.shown_as_typed(outcome.estimate.currency, currency, outcome.missing_rates)
        extra = [shown, *([offline] if offline else []), *extra]
    figures = EstimateFigures.of(outcome.estimate)
    record = EstimateInput(line=line, fx=outcome.estimate.rates, figures=figures)
    estimate_id = await found.estimates.save_result(chat_id, user_id, record, now())
    await context.bot.send_message(
        chat_id,
        render_estimate(found.landed.rules.currencies, outcome.estimate, extra, rates.sources),
        reply_markup=save_button(estimate_id),
        reply_parameters=replying(reply_to),
    )
    return True
