"""Compute an estimate for a chat and send it: the one path every /landed answer takes.

Owns the glue between a one-liner and the reply: the chat's currency and /fx rates from the
store, the calculator from `knowledge/`, the expected failures as ordinary replies (unknown
word, missing rate), keeping the result so its Save button can name it, and the Save button.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, ReplyParameters

from handlers.landed import texts
from handlers.landed.buttons import BUTTONS, Action
from handlers.landed.views import render_estimate
from handlers.shared.services import Context, Services, services
from knowledge.landed import (
    BadRateError,
    EstimateFigures,
    EstimateInput,
    LandedEstimate,
    LandedInputError,
    MissingRateError,
    estimate_in_reach,
)


@dataclass(frozen=True, slots=True)
class Outcome:
    """An estimate, or the HTML that says why there is none."""

    estimate: LandedEstimate | None = None
    error: str | None = None
    missing_rates: tuple[str, ...] = ()  # shown in the typed currency for want of these


def now() -> datetime:
    """The time stamps stored with estimates: timezone-aware UTC."""
    return datetime.now(UTC)


def compute(
    found: Services, line: str, fx: Mapping[str, Decimal], currency: str, *, then: str
) -> Outcome:
    """Parse and estimate `line`; expected failures become a reply (`then` says what next)."""
    engines = found.landed
    try:
        query = engines.parser.parse(line)
        reached = estimate_in_reach(
            query, engines.rules, fx_per_usd=fx, currency=currency, today=engines.day()
        )
    except LandedInputError as error:
        return Outcome(error=texts.input_error(error, line))
    except MissingRateError as error:
        return Outcome(error=texts.missing_rate(error) + (f"\n{then}" if then else ""))
    except BadRateError as error:
        return Outcome(error=f"⚠️ {texts.esc(error)} Set it again with /fx.")
    return Outcome(estimate=reached.estimate, missing_rates=reached.missing_rates)


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
    currency = await found.chats.get_currency(chat_id)
    fx = await found.chats.list_fx_rates(chat_id)
    outcome = compute(found, line, fx, currency, then=then)
    if outcome.estimate is None:
        await context.bot.send_message(
            chat_id, outcome.error or texts.SYNTAX_HELP, reply_parameters=replying(reply_to)
        )
        return False
    if outcome.missing_rates:  # every amount typed in one currency the chat cannot convert
        shown = texts.shown_as_typed(outcome.estimate.currency, currency, outcome.missing_rates)
        extra = [shown, *extra]
    figures = EstimateFigures.of(outcome.estimate)
    record = EstimateInput(line=line, fx=outcome.estimate.rates, figures=figures)
    estimate_id = await found.estimates.save_result(chat_id, user_id, record, now())
    await context.bot.send_message(
        chat_id,
        render_estimate(found.landed.rules.currencies, outcome.estimate, extra),
        reply_markup=save_button(estimate_id),
        reply_parameters=replying(reply_to),
    )
    return True
