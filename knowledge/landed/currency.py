"""The currency an estimate is shown in when the chat's own would need a missing rate.

A buyer at a fair types every amount in one currency (say EUR) in a chat that shows USD and
has no EUR rate yet. Converting is impossible, but nothing needs converting: the estimate can
be shown in the currency typed. This module owns that choice; it never guesses a rate, and
when the estimate needs USD anyway (US entry fees are set in USD) the rate is still asked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from knowledge.landed.estimate import LandedRules, estimate_landed_cost
from knowledge.landed.ledger import money_typed
from knowledge.landed.money import MissingRateError
from knowledge.landed.query import LandedQuery
from knowledge.landed.result import LandedEstimate

__all__ = ["InReach", "estimate_in_reach", "typed_currency"]


@dataclass(frozen=True, slots=True)
class InReach:
    """An estimate, and the rates it would have needed in the chat's currency, if any."""

    estimate: LandedEstimate
    missing_rates: tuple[str, ...] = ()


def typed_currency(query: LandedQuery) -> str | None:
    """The one currency every amount of `query` is in: the price's, when no amount names another.

    Amounts typed without a currency read as the price's, so they agree with it. None when
    the price names no currency (bare amounts then read as the chat's own).
    """
    price = query.unit_price.currency
    if price is None:
        return None
    named = {money.currency for money in money_typed(query) if money.currency is not None}
    return price if named == {price} else None


def estimate_in_reach(
    query: LandedQuery,
    rules: LandedRules,
    *,
    fx_per_usd: Mapping[str, Decimal],
    currency: str,
    today: date | None = None,
    origin: str | None = None,
) -> InReach:
    """The estimate in `currency`, or in the one currency typed when a rate is missing.

    The estimate's `currency` says which was used; `missing_rates` names the rates the chat's
    currency needed. Raises the first MissingRateError when the typed currency cannot be
    used either.
    """
    try:
        return InReach(
            estimate_landed_cost(
                query, rules, fx_per_usd=fx_per_usd, currency=currency, today=today, origin=origin
            )
        )
    except MissingRateError as missing:
        typed = typed_currency(query)
        if typed is None or typed == currency:
            raise
        try:
            found = estimate_landed_cost(
                query, rules, fx_per_usd=fx_per_usd, currency=typed, today=today, origin=origin
            )
        except MissingRateError:
            raise missing from None
        return InReach(found, missing.currencies)
