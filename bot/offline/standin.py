"""An in-process Bot API stand-in: answers python-telegram-bot's requests without a network.

A `telegram.request.BaseRequest` that records every call, keeps the messages the bot sent (so
edits and button presses refer to real state), and refuses what Telegram refuses (bad HTML,
long text, oversized callback data, edits of missing or unchanged messages) with the same
400 errors. The offline console and the handler tests run the real Application over it. The
methods about the bot's account and chats (menu, webhook, admins) are in `account.py`.
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable
from typing import Any

from telegram.request import BaseRequest, RequestData

from bot.offline.account import BOT_ID, BOT_USER, BOT_USERNAME, BotAccount, ok, refusal
from bot.offline.screen import BotMessage, Button, Event, buttons_of, chat_json
from bot.telegram import rules as telegram_rules


class BotApiStandIn(BotAccount, BaseRequest):
    """Records calls and answers them the way Telegram would."""

    def __init__(self, *, first_message_id: int = 1) -> None:
        super().__init__()  # the account side: commands, webhook, admins
        self.first_message_id = first_message_id  # every chat's numbering starts here
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.events: list[Event] = []
        self.messages: dict[tuple[int, int], BotMessage] = {}
        self.listeners: list[Callable[[Event], None]] = []
        self.refused: list[tuple[str, str]] = []  # (method, Telegram's error) for tests
        self._answered_queries: set[str] = set()
        # Messages users sent, as delivered: replies (and button presses) quote them.
        self.user_messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._update_ids = itertools.count(1)

    # --- ids shared with the user side (bot/offline/chat_user.py) ---
    def next_message_id(self, chat_id: int) -> int:
        counter = itertools.count(self.first_message_id)
        return next(self._message_ids.setdefault(chat_id, counter))

    def next_update_id(self) -> int:
        return next(self._update_ids)

    def _emit(self, event: Event) -> None:
        self.events.append(event)
        for listener in self.listeners:
            listener(event)

    # --- BaseRequest ---
    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = None,
        write_timeout: object = None,
        connect_timeout: object = None,
        pool_timeout: object = None,
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        params: dict[str, Any] = dict(request_data.parameters) if request_data else {}
        if request_data is not None and request_data.contains_files:
            params.update(request_data.multipart_data)  # name -> (file name, bytes, type)
        return await self.call(name, params)

    async def call(self, name: str, params: dict[str, Any]) -> tuple[int, bytes]:
        """Answer Bot API method `name` with decoded `params`: (HTTP status, JSON body).

        The end-to-end double (tests/e2e) serves this same logic over real HTTP.
        """
        self.calls.append((name, params))
        handler = getattr(self, f"_api_{name}", None)
        if handler is None:
            return refusal(f"Not Found: method {name} is not offered by the stand-in", 404)
        result: tuple[int, bytes] = await handler(params)
        if result[0] != 200:
            self.refused.append((name, json.loads(result[1])["description"]))
        return result

    # --- Bot API methods (the account's are in bot/offline/account.py) ---
    async def _api_sendMessage(self, params: dict[str, Any]) -> tuple[int, bytes]:  # noqa: N802
        error = telegram_rules.check_text(params.get("text"), params.get("parse_mode"))
        error = error or telegram_rules.check_reply_markup(params.get("reply_markup"))
        if error:
            return refusal(error)
        chat_id = int(params["chat_id"])
        markup = params.get("reply_markup")
        reply = params.get("reply_parameters") or {}
        message = BotMessage(
            chat_id=chat_id,
            message_id=self.next_message_id(chat_id),
            html=params["text"],
            text=self._shown(params["text"], params.get("parse_mode")),
            buttons=buttons_of(markup),
            force_reply=isinstance(markup, dict) and bool(markup.get("force_reply")),
            reply_to=reply.get("message_id"),
        )
        self.messages[(chat_id, message.message_id)] = message
        self._emit(Event("sent", chat_id, message))
        return ok(self.message_json(message))

    async def _api_sendDocument(self, params: dict[str, Any]) -> tuple[int, bytes]:  # noqa: N802
        sent = params.get("document")
        caption = params.get("caption") or ""
        error = telegram_rules.check_caption(caption, params.get("parse_mode"))
        error = error or telegram_rules.check_reply_markup(params.get("reply_markup"))
        if not isinstance(sent, tuple) or len(sent) != 3:
            return refusal(error or "Bad Request: there is no document in the request")
        if len(sent[1]) > telegram_rules.MAX_DOCUMENT_BYTES:
            error = error or "Request Entity Too Large"
        if error:
            return refusal(error)
        chat_id = int(params["chat_id"])
        message = BotMessage(
            chat_id=chat_id,
            message_id=self.next_message_id(chat_id),
            html=caption,
            text=self._shown(caption, params.get("parse_mode")),
            buttons=buttons_of(params.get("reply_markup")),
            document=sent[1],
            file_name=sent[0],
        )
        self.messages[(chat_id, message.message_id)] = message
        self._emit(Event("sent", chat_id, message))
        data = self.message_json(message)
        data.pop("text", None)
        data["caption"] = message.text
        data["document"] = {
            "file_id": f"doc{message.message_id}", "file_unique_id": f"doc{message.message_id}",
            "file_name": message.file_name, "mime_type": sent[2], "file_size": len(sent[1]),
        }  # fmt: skip
        return ok(data)

    async def _api_editMessageText(self, params: dict[str, Any]) -> tuple[int, bytes]:  # noqa: N802
        error = telegram_rules.check_text(params.get("text"), params.get("parse_mode"))
        error = error or telegram_rules.check_reply_markup(params.get("reply_markup"))
        if error:
            return refusal(error)
        return self._edit(params, html=params["text"])

    async def _api_editMessageReplyMarkup(  # noqa: N802
        self, params: dict[str, Any]
    ) -> tuple[int, bytes]:
        error = telegram_rules.check_reply_markup(params.get("reply_markup"))
        return refusal(error) if error else self._edit(params, html=None)

    def _edit(self, params: dict[str, Any], html: str | None) -> tuple[int, bytes]:
        if "inline_message_id" in params:
            return ok(True)
        key = (int(params.get("chat_id", 0)), int(params.get("message_id", 0)))
        old = self.messages.get(key)
        if old is None:
            return refusal("Bad Request: message to edit not found")
        markup = params.get("reply_markup")
        new_html = old.html if html is None else html
        new_text = old.text if html is None else self._shown(html, params.get("parse_mode"))
        buttons = buttons_of(markup)
        if new_text == old.text and new_html == old.html and buttons == old.buttons:
            return refusal(
                "Bad Request: message is not modified: specified new message content and reply"
                " markup are exactly the same as a current content and reply markup of the"
                " message"
            )
        message = BotMessage(key[0], key[1], new_html, new_text, buttons, False, old.reply_to)
        self.messages[key] = message
        self._emit(Event("edited", key[0], message))
        return ok(self.message_json(message))

    async def _api_deleteMessage(self, params: dict[str, Any]) -> tuple[int, bytes]:  # noqa: N802
        key = (int(params.get("chat_id", 0)), int(params.get("message_id", 0)))
        if self.messages.pop(key, None) is None:
            return refusal("Bad Request: message to delete not found")
        self._emit(Event("deleted", key[0], text=str(key[1])))
        return ok(True)

    async def _api_answerCallbackQuery(  # noqa: N802
        self, params: dict[str, Any]
    ) -> tuple[int, bytes]:
        error = telegram_rules.check_callback_answer(params.get("text"))
        query_id = str(params.get("callback_query_id"))
        if query_id in self._answered_queries:
            error = telegram_rules.QUERY_ALREADY_ANSWERED  # Telegram takes one answer per press
        if error:
            return refusal(error)
        self._answered_queries.add(query_id)
        if params.get("text"):
            self._emit(Event("notice", None, text=str(params["text"]), payload=params))
        return ok(True)

    async def _api_answerInlineQuery(  # noqa: N802
        self, params: dict[str, Any]
    ) -> tuple[int, bytes]:
        results = params.get("results", [])
        if len(results) > 50:
            return refusal("Bad Request: RESULTS_TOO_MUCH")
        for result in results:
            content = result.get("input_message_content") or {}
            text = content.get("message_text")
            error = text is not None and telegram_rules.check_text(text, content.get("parse_mode"))
            if error:
                return refusal(error)
        self._emit(Event("inline", None, payload=params))
        return ok(True)

    # --- helpers ---
    @staticmethod
    def _shown(text: str, parse_mode: object) -> str:
        if str(parse_mode).upper() == "HTML":
            return telegram_rules.html_to_text(text)
        return text

    def remember_user_message(self, message: dict[str, Any]) -> None:
        """Keep a message a user sent, so later replies to it can carry it as Telegram does."""
        self.user_messages[(int(message["chat"]["id"]), int(message["message_id"]))] = message

    def replied_json(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        """A message as it appears in `reply_to_message`: one level deep, as Telegram sends it."""
        bot_message = self.messages.get((chat_id, message_id))
        if bot_message is not None:
            return self.message_json(bot_message, with_reply=False)
        user_message = self.user_messages.get((chat_id, message_id))
        if user_message is None:
            return None
        return {key: value for key, value in user_message.items() if key != "reply_to_message"}

    def message_json(self, message: BotMessage, *, with_reply: bool = True) -> dict[str, Any]:
        """The Message object Telegram would return for a bot message (and in a button press)."""
        data: dict[str, Any] = {
            "message_id": message.message_id,
            "date": int(time.time()),
            "chat": chat_json(message.chat_id),
            "from": BOT_USER,
            "text": message.text,
        }
        markup = message.markup_json()
        if markup is not None:
            data["reply_markup"] = markup
        if with_reply and message.reply_to is not None:
            replied = self.replied_json(message.chat_id, message.reply_to)
            if replied is not None:
                data["reply_to_message"] = replied
        return data


__all__ = [
    "BOT_ID",
    "BOT_USER",
    "BOT_USERNAME",
    "BotApiStandIn",
    "BotMessage",
    "Button",
    "Event",
    "chat_json",
]
