"""What Telegram refuses, checked offline: HTML parse mode, message length, button data.

The in-process stand-in and the end-to-end Bot API double both run these checks, so a reply
that Telegram would reject with 400 fails in tests too. Errors use Telegram's own wording.
"""

from __future__ import annotations

import html
import re
from typing import Any

from handlers.shared.message_size import MAX_TEXT, utf16_length

MAX_CALLBACK_DATA = 64
MAX_CALLBACK_ANSWER = 200
QUERY_ALREADY_ANSWERED = (
    "Bad Request: query is too old and response timeout expired or query ID is invalid"
)
# Tags Telegram's HTML parse mode understands (https://core.telegram.org/bots/api#html-style).
ALLOWED_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
     "a", "code", "pre", "blockquote", "tg-emoji"}
)  # fmt: skip
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(\s[^<>]*)?>")
_SPECIAL = re.compile(r"[<&]")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});")
_BUTTON_KINDS = (
    "callback_data", "url", "switch_inline_query", "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat", "login_url", "web_app", "copy_text", "pay",
    "callback_game",
)  # fmt: skip


class ParseError(ValueError):
    """Telegram would answer 400 "can't parse entities"."""


def _check_attributes(name: str, attrs: str) -> None:
    if name == "a" and "href=" not in attrs:
        raise ParseError('can\'t parse entities: tag "a" needs an href attribute')
    if name == "span" and "tg-spoiler" not in attrs:
        raise ParseError('can\'t parse entities: tag "span" must have class "tg-spoiler"')


def html_to_text(source: str) -> str:
    """The text Telegram would show for `source` in HTML parse mode; raises ParseError."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    # Jump from one special character to the next: plain text is copied in slices, which keeps
    # this check cheap next to the work of the bot it measures in tests and benchmarks.
    while (special := _SPECIAL.search(source, i)) is not None:
        start = special.start()
        out.append(source[i:start])
        if source[start] == "<":
            i = _read_tag(source, start, stack)
        else:
            match = _ENTITY.match(source, start)
            if match is None:
                raise ParseError(f"can't parse entities: unescaped '&' at offset {start}")
            out.append(html.unescape(match.group()))
            i = match.end()
    out.append(source[i:])
    if stack:
        raise ParseError(f"can't parse entities: can't find end tag for \"{stack[-1]}\"")
    return "".join(out)


def _read_tag(source: str, start: int, stack: list[str]) -> int:
    """Check the tag at `start` against Telegram's rules and the open tags; return its end."""
    match = _TAG.match(source, start)
    if match is None:
        raise ParseError(f"can't parse entities: unexpected '<' at offset {start}")
    closing, name, attrs = match.group(1), match.group(2).lower(), match.group(3) or ""
    if name not in ALLOWED_TAGS:
        raise ParseError(f'can\'t parse entities: unsupported start tag "{name}"')
    if closing:
        if not stack or stack[-1] != name:
            raise ParseError(f'can\'t parse entities: unmatched end tag "{name}"')
        stack.pop()
    else:
        _check_attributes(name, attrs)
        stack.append(name)
    return match.end()


def _shown(text: str, parse_mode: object) -> str | ParseError:
    """The text a message or caption shows, or why its HTML cannot be parsed."""
    try:
        return html_to_text(text) if str(parse_mode).upper() == "HTML" else text
    except ParseError as exc:
        return exc


def check_text(text: object, parse_mode: object) -> str | None:
    """Why Telegram would refuse this message text, or None when it would accept it."""
    if not isinstance(text, str):
        return "Bad Request: message text is empty"
    shown = _shown(text, parse_mode)
    if isinstance(shown, ParseError):
        return f"Bad Request: {shown}"
    if not shown.strip():
        return "Bad Request: message text is empty"
    if utf16_length(shown) > MAX_TEXT:
        return "Bad Request: message is too long"
    return None


MAX_CAPTION = 1024  # a document's caption, in UTF-16 units of shown text
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024  # what a bot may upload through the Bot API


def check_caption(caption: object, parse_mode: object) -> str | None:
    """Why Telegram would refuse this caption of a file, or None (an empty one is fine)."""
    if caption in (None, ""):
        return None
    if not isinstance(caption, str):
        return "Bad Request: caption is not a string"
    shown = _shown(caption, parse_mode)
    if isinstance(shown, ParseError):
        return f"Bad Request: {shown}"
    return (
        "Bad Request: message caption is too long" if utf16_length(shown) > MAX_CAPTION else None
    )


def check_reply_markup(markup: object) -> str | None:
    """Why Telegram would refuse these buttons, or None."""
    if not isinstance(markup, dict) or "inline_keyboard" not in markup:
        return None
    rows: Any = markup["inline_keyboard"]
    for row in rows:
        for button in row:
            if not str(button.get("text", "")).strip():
                return "Bad Request: inline keyboard button text must be non-empty"
            kinds = [kind for kind in _BUTTON_KINDS if kind in button]
            if len(kinds) != 1:
                return "Bad Request: a button must have exactly one action"
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode("utf-8")) <= MAX_CALLBACK_DATA:
                return "Bad Request: BUTTON_DATA_INVALID"
    return None


def check_callback_answer(text: object) -> str | None:
    """Why Telegram would refuse this answerCallbackQuery text, or None.

    Counted in UTF-16 units like message text: an emoji counts twice, which is the safe side
    whichever way Telegram counts these 200 characters.
    """
    if isinstance(text, str) and utf16_length(text) > MAX_CALLBACK_ANSWER:
        return "Bad Request: MESSAGE_TOO_LONG"
    return None
