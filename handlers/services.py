"""What handlers may use: the loaded knowledge and the storage ports, bundled per Application.

`bot/app.py` builds one `Services` in `post_init` and puts it in `bot_data`; handlers read it
with `services(context)`. Handlers see only Protocols from `knowledge.ports`, never SQLite.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeAlias

from telegram.ext import Application, CallbackContext, ExtBot

from knowledge.incoterms import IncotermsGuide
from knowledge.loader import KnowledgeBase
from knowledge.ports import ChatStore, VetStore

Context: TypeAlias = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]
App: TypeAlias = Application[Any, Any, Any, Any, Any, Any]
SERVICES_KEY = "services"


@dataclass(frozen=True, slots=True)
class Services:
    """Everything a handler needs besides the update itself."""

    knowledge: KnowledgeBase
    chats: ChatStore
    vet: VetStore
    incoterms: IncotermsGuide
    allowed_chat_ids: frozenset[int] = frozenset()
    admin_chat_id: int | None = None


def services(context: Context) -> Services:
    """The Application's services; set in `post_init` before any update is handled."""
    found = context.application.bot_data[SERVICES_KEY]
    if not isinstance(found, Services):  # pragma: no cover - a wiring error, not user input
        raise TypeError("bot_data['services'] is not a Services instance")
    return found
