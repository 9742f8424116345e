"""Hypothesis strategies for hostile input: what a careless, curious or malicious user sends.

Text mixes HTML and Markdown specials, right-to-left and zero-width characters, emoji,
numbers that are huge, negative or not numbers at all, and SQL fragments, up to Telegram's
4,096 characters. Commands come from the live menu (so every feature is covered as it lands)
with garbage arguments. Button data is malformed, made up, or taken from another message.
"""

from __future__ import annotations

from hypothesis import strategies as st

from bot.offline.standin import BOT_USERNAME
from bot.telegram.rules import MAX_TEXT, utf16_length
from handlers.shared.menu import MENU

FRAGMENTS = (
    "<b>", "</b>", "<i>x", "<script>alert(1)</script>", "<a href='x'>", "&amp;", "&", "&#0;",
    "<", ">", "a < b & c > d", "*bold*", "_it_", "__u__", "~s~", "||spoiler||", "[x](http://e.co)",
    "`code`", "```pre```", "\\", "#tag", "@someone", "http://example.com/?a=1&b=<2>",
    "'; DROP TABLE chats; --", "1 OR 1=1", '" OR ""="', "Robert'); DROP TABLE handled_updates;--",
    "%s %d {0} {}", "$(rm -rf /)", "../../etc/passwd", "NULL", "None", "undefined",
    "-1", "0", "-0", "9" * 400, "-999999999999999999999999", "1e308", "-1e308", "1e-400",
    "NaN", "inf", "-inf", "0x1F", "1,000,000.00", "1.000.000,00", "1 000 000", "١٢٣٤", "½",
    "10%", "-5%", "$-5", "€1e9", "USD -3", "12.5.3", "..", ",", "3/0",
    "\u202e", "\u202b", "\u200f", "\u200e", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",
    "مرحبا بالمورد", "שלום ספק", "供应商 阿里巴巴", "Поставщик",
    "😀", "👍🏽", "👨‍👩‍👧‍👦", "🇨🇳", "\n", "\t",
)  # fmt: skip
_ALPHABET = st.characters(
    codec="utf-8", exclude_categories=("Cs", "Cc"), include_characters="\n\t"
)


def _fits(text: str) -> str:
    """Cut to Telegram's limit (counted in UTF-16 units, as Telegram counts)."""
    while utf16_length(text) > MAX_TEXT:
        text = text[: len(text) - max(1, (utf16_length(text) - MAX_TEXT) // 2)]
    return text


def _long_text() -> st.SearchStrategy[str]:
    """Messages at Telegram's maximum length, plain or full of specials and wide characters."""
    return st.sampled_from(FRAGMENTS).map(lambda piece: _fits((piece + " x") * MAX_TEXT))


def hostile_text() -> st.SearchStrategy[str]:
    """One message's text: never empty, never longer than Telegram allows."""
    pieces = st.one_of(st.sampled_from(FRAGMENTS), st.text(_ALPHABET, max_size=12))
    short = st.lists(pieces, min_size=1, max_size=8).map("".join).map(_fits)
    text = st.one_of(short, short, short, _long_text())
    return text.filter(lambda t: bool(t.strip()))


def command_text() -> st.SearchStrategy[str]:
    """A menu command (or an unknown one), maybe addressed by name, with garbage arguments."""
    names = st.sampled_from([entry.command for entry in MENU] + ["nope", "START", "vet_"])
    suffix = st.sampled_from(["", f"@{BOT_USERNAME}", "@another_bot"])
    args = st.one_of(st.just(""), hostile_text().map(lambda t: " " + t))
    return st.builds(lambda n, s, a: _fits(f"/{n}{s}{a}"), names, suffix, args)


def malformed_data() -> st.SearchStrategy[str]:
    """Button data no honest button carries, at most 64 bytes as Telegram guarantees."""
    features = st.sampled_from(["start", "vet", "landed", "aql", "scam", "incoterm", "x", ""])
    parts = st.lists(st.sampled_from(FRAGMENTS[:60]) | st.text(_ALPHABET, max_size=6), max_size=4)
    shaped = st.builds(lambda f, p: ":".join([f, *p]), features, parts)
    return st.one_of(shaped, st.text(_ALPHABET, min_size=1, max_size=20)).map(
        lambda d: d.encode("utf-8")[:64].decode("utf-8", "ignore") or "x"
    )
