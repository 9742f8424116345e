"""The offline copy of Telegram's rules: HTML parse mode, length and button data."""

from __future__ import annotations

import pytest

from bot.telegram.rules import check_reply_markup, check_text, html_to_text


@pytest.mark.parametrize(
    "source",
    [
        "<b>bold</b> &lt;tag&gt; &amp; &quot;q&quot; &#128512;",
        '<a href="https://example.com">link</a> <code>x</code> <pre>y</pre>',
        "<i><u>nested</u></i> a > b",
        '<span class="tg-spoiler">s</span> <blockquote>q</blockquote>',
    ],
)
def test_valid_html_is_accepted(source: str) -> None:
    """What Telegram accepts passes."""
    assert check_text(source, "HTML") is None


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("a < b", "unexpected '<'"),
        ("AT&T", "unescaped '&'"),
        ("<div>x</div>", "unsupported start tag"),
        ("<b>open", "can't find end tag"),
        ("<b>x</i>", "unmatched end tag"),
        ("<br>", "unsupported start tag"),
    ],
)
def test_invalid_html_is_refused_like_telegram(source: str, reason: str) -> None:
    """Unescaped specials and unknown tags give "can't parse entities"."""
    error = check_text(source, "HTML")
    assert error is not None
    assert "can't parse entities" in error
    assert reason in error


def test_length_counts_shown_text_in_utf16_units() -> None:
    """4,096 characters pass, 4,097 fail; an emoji counts as two."""
    assert check_text("x" * 4096, "HTML") is None
    assert check_text("<b>" + "x" * 4096 + "</b>", "HTML") is None
    assert check_text("x" * 4097, None) == "Bad Request: message is too long"
    assert check_text("😀" * 2049, None) == "Bad Request: message is too long"


def test_empty_text_is_refused() -> None:
    """Telegram refuses messages that show nothing."""
    assert check_text("<b> </b>", "HTML") == "Bad Request: message text is empty"


def test_callback_data_over_64_bytes_is_refused() -> None:
    """Button data must be 1-64 bytes."""
    ok = {"inline_keyboard": [[{"text": "Yes", "callback_data": "v" * 64}]]}
    too_long = {"inline_keyboard": [[{"text": "Yes", "callback_data": "é" * 33}]]}
    assert check_reply_markup(ok) is None
    assert check_reply_markup(too_long) == "Bad Request: BUTTON_DATA_INVALID"


def test_html_to_text_unescapes() -> None:
    """The console shows what a user would read."""
    assert html_to_text("<b>1 &lt; 2</b> &amp; more") == "1 < 2 & more"
