"""Fixtures of the /vet handler tests: a team of two in one group chat."""

from __future__ import annotations

import pytest

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import BotApiStandIn
from handlers.shared.services import App

from .support import make_team


@pytest.fixture
def team(app: App, standin: BotApiStandIn) -> tuple[OfflineUser, OfflineUser]:
    """Alex and Bea in one group chat (a module may define its own `team`)."""
    alex, bea, _ = make_team(app, standin)
    return alex, bea
