"""The one timestamp format of every table: ISO 8601 in UTC with microseconds.

`2026-12-06T20:10:55.123456+00:00`: fixed width, so text order is time order and SQL can sort
and compare stored times as text. Every store writes times through `stored` (or `now`) and
reads them back with `read`. Rows written before this module existed may carry SQLite's
`strftime('%Y-%m-%dT%H:%M:%fZ')` form (a column default of the first migrations, milliseconds
and `Z`); `read` accepts both, and no query compares the two forms within one millisecond.
"""

from __future__ import annotations

from datetime import UTC, datetime


def stored(at: datetime) -> str:
    """A timezone-aware time in the stored form; a naive time is refused, never guessed."""
    if at.tzinfo is None:
        raise ValueError("times given to the store must be timezone-aware")
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def now() -> str:
    """The current time in the stored form."""
    return stored(datetime.now(UTC))


def read(text: str) -> datetime:
    """A stored time back as an aware datetime (either form)."""
    return datetime.fromisoformat(text)
