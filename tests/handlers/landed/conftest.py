"""The /landed Application tests run on a fixed day, never on the wall clock.

By default the last day of US fiscal year 2026, the year test_hand_checked.py's MPF figures
were worked out for; a test module of a later fee year overrides `estimate_day`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.config import Settings


@pytest.fixture
def estimate_day() -> date:
    """The day every estimate of the test is made for."""
    return date(2026, 9, 30)


@pytest.fixture
def settings(tmp_path: Path, estimate_day: date) -> Settings:
    """The shared offline settings, with the estimate day pinned."""
    return Settings(  # type: ignore[call-arg]
        _env_file=None, database_path=tmp_path / "bot.sqlite3", estimate_date=estimate_day
    )
