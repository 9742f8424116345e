"""The stand-in's answers about the bot's own account and its chats, and every answer's shape.

Owns the Bot API methods that send no message: who the bot is (`getMe`), its command menu,
its webhook, chat members (the admins a test sets; everyone else a plain member), chat
actions, and an idle `getUpdates` (tests feed updates to the Application directly). Also the
two shapes every Bot API answer takes (`ok`, `refusal`). Messages, edits and button answers
live in `bot/offline/standin.py`, which mixes this in.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

__all__ = ["BOT_ID", "BOT_USER", "BOT_USERNAME", "BotAccount", "ok", "refusal"]

BOT_ID = 7000000001
BOT_USERNAME = "sourcing_offline_bot"
BOT_USER = {
    "id": BOT_ID, "is_bot": True, "first_name": "Sourcing Bot", "username": BOT_USERNAME,
    "can_join_groups": True, "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}  # fmt: skip
_ADMIN_RIGHTS = (
    "can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages",
    "can_manage_video_chats", "can_restrict_members", "can_promote_members",
    "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories",
    "can_delete_stories",
)  # fmt: skip


def refusal(description: str, code: int = 400) -> tuple[int, bytes]:
    """Telegram's answer to a call it refuses: (HTTP status, JSON body)."""
    body = {"ok": False, "error_code": code, "description": description}
    return code, json.dumps(body).encode()


def ok(result: object) -> tuple[int, bytes]:
    """Telegram's answer to a call that worked."""
    return 200, json.dumps({"ok": True, "result": result}).encode()


class BotAccount:
    """The account side of the stand-in: menu, webhook and chat admins, as Telegram keeps them."""

    def __init__(self) -> None:
        self.commands: list[dict[str, Any]] = []
        self.webhook: dict[str, Any] = {}  # the last setWebhook's parameters
        # Chat admins per chat (tests set them); everyone else is a plain member.
        self.admins: dict[int, set[int]] = {}

    async def _api_getMe(self, params: dict[str, Any]) -> tuple[int, bytes]:  # noqa: N802
        return ok(BOT_USER)

    async def _api_getUpdates(self, params: dict[str, Any]) -> tuple[int, bytes]:  # noqa: N802
        # Updates are fed straight to Application.process_update; polling just idles.
        await asyncio.sleep(min(float(params.get("timeout", 0) or 0), 1.0))
        return ok([])

    async def _api_setMyCommands(self, params: dict[str, Any]) -> tuple[int, bytes]:  # noqa: N802
        self.commands = list(params.get("commands", []))
        return ok(True)

    async def _api_getMyCommands(self, params: dict[str, Any]) -> tuple[int, bytes]:  # noqa: N802
        return ok(self.commands)

    async def _api_deleteWebhook(self, params: dict[str, Any]) -> tuple[int, bytes]:  # noqa: N802
        self.webhook = {}
        return ok(True)

    async def _api_setWebhook(self, params: dict[str, Any]) -> tuple[int, bytes]:  # noqa: N802
        self.webhook = dict(params)  # url, secret_token, allowed_updates…: what Telegram keeps
        return ok(True)

    async def _api_getChatMember(self, params: dict[str, Any]) -> tuple[int, bytes]:  # noqa: N802
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        user = {"id": user_id, "is_bot": False, "first_name": f"User {user_id}"}
        if user_id not in self.admins.get(chat_id, set()):
            return ok({"status": "member", "user": user})
        rights = dict.fromkeys(_ADMIN_RIGHTS, False)
        return ok({"status": "administrator", "user": user, **rights})

    async def _api_sendChatAction(self, params: dict[str, Any]) -> tuple[int, bytes]:  # noqa: N802
        return ok(True)
