"""The US tariff table behind /landed's HS-code duties: a public face over `tariffs/`.

Owns nothing itself: the table and code lookups (`table`), the word search (`search`) and the
duties of one line for an origin and an entry date (`duty`). The table is read once per
process, on first use, so that starting the bot and building an Application stay cheap; the
shipped file is validated by a test and by the script that builds it
(`scripts/build_tariffs.py`). Sources and licences: `SOURCES.md` beside the data file.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from knowledge.landed.tariffs.duty import BROKER, duty_lines
from knowledge.landed.tariffs.models import (
    Candidate,
    Candidates,
    DutyComponent,
    DutyLines,
    ExactLine,
    LookupResult,
    QuantityNeed,
    Rate,
    SearchHit,
    TariffLine,
    Unknown,
)
from knowledge.landed.tariffs.search import search_index
from knowledge.landed.tariffs.table import TableError, TariffTable, dotted, parse_code, us_tariff

__all__ = [
    "BROKER",
    "Candidate",
    "Candidates",
    "DutyComponent",
    "DutyLines",
    "ExactLine",
    "LookupResult",
    "QuantityNeed",
    "Rate",
    "SearchHit",
    "TableError",
    "TariffLine",
    "TariffTable",
    "Unknown",
    "dotted",
    "duties",
    "lookup",
    "parse_code",
    "search",
    "us_tariff",
]


def lookup(code_text: str) -> LookupResult:
    """One line, the candidates under a shorter code, or unknown, in the packaged table."""
    return us_tariff().lookup(code_text)


def search(words: str, limit: int = 5) -> tuple[SearchHit, ...]:
    """The tariff lines whose descriptions best match `words` (index built on first use)."""
    return search_index(us_tariff()).search(words, limit)


def duties(
    line: TariffLine,
    *,
    origin: str,
    entry_date: date,
    customs_value: Decimal | None = None,
    quantities: Mapping[str, Decimal] | None = None,
) -> DutyLines:
    """The labelled duties of `line` for goods of `origin` entered on `entry_date`, in USD."""
    return duty_lines(us_tariff(), line, origin, entry_date, customs_value, quantities or {})
