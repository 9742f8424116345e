"""The fonts of the PDF report: the OFL Noto cuts shipped in `fonts/`, which one each character
needs, and what happens to a character none of them has.

The files are built by `scripts/build_pdf_fonts.py` (sources, versions and licence beside
them) and read with `importlib.resources`, so nothing is built or downloaded at run time. Each
cut is parsed once per process and kept in memory (`parsed`; `warm_up` does it at start-up);
only the fonts a document uses are added to it, since each still costs subset time when
fpdf2 writes the PDF. A character outside every cut (a rare hanzi, Korean, an emoji) is printed
as "□" and the caller is told, so the report can say so; the Telegram messages keep it. Pure
rendering support: no Telegram, no I/O but reading the package's own files.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from fpdf import FPDF

from handlers.vet.pdf import parsed

_LOGGER = logging.getLogger(__name__)
MISSING = "□"  # U+25A1, in the Latin and Chinese cuts: stands for a character no font has
_FILES = {
    "body": ("Latin-Regular.ttf", "Latin-Bold.ttf"),
    "arabic": ("Arabic-Regular.ttf", "Arabic-Bold.ttf"),
    "hebrew": ("Hebrew-Regular.ttf", "Hebrew-Bold.ttf"),
    "chinese": ("Chinese-Regular.ttf", None),  # no bold cut: bold hanzi print regular
}
_FALLBACKS = ("chinese", "arabic", "hebrew")  # tried in this order for what Latin lacks
# Characters that are never drawn but must not count as missing: line breaks, tabs, the
# direction marks and isolates that keep a right-to-left name from turning a whole line.
_INVISIBLE = frozenset("\n\t\r\u200c\u200d\u200e\u200f\u2066\u2067\u2068\u2069\ufe0f")


def font_file(name: str) -> Path:
    """The path of a shipped font file (fpdf2 reads fonts from a path)."""
    return Path(str(resources.files("handlers.vet.pdf").joinpath("fonts", name)))


@cache
def _coverage() -> dict[str, frozenset[int]]:
    """Each family's characters, once per process from the regular cut (parsed once)."""
    return {family: parsed.cmap_of(family, font_file(r)) for family, (r, _) in _FILES.items()}


def warm_up() -> None:
    """Parse every cut and read their coverage now: call it at start-up, off the event loop,
    so the first report of a process costs what the others do. A broken font file is logged
    here, not raised: the bot runs without PDFs rather than not at all."""
    try:
        _warm_up()
    except Exception:  # a broken package must not stop the bot; the PDF request will say so
        _LOGGER.exception("PDF fonts could not be read at start-up")


def _warm_up() -> None:
    parsed.warm_up([
        (family, style, font_file(name))
        for family, cuts in _FILES.items()
        for style, name in zip(("", "B"), cuts, strict=True) if name is not None
    ], bases=("body",))  # fmt: skip
    _coverage()


@dataclass(frozen=True, slots=True)
class Coverage:
    """What a document's text needs: extra font families, and the characters none has."""

    families: tuple[str, ...]
    missing: frozenset[str]


def coverage(text: str) -> Coverage:
    """The fallback families `text` needs (in fallback order) and what no font has."""
    fonts = _coverage()
    needed: set[str] = set()
    missing: set[str] = set()
    for char in set(text) - _INVISIBLE:
        code = ord(char)
        if code in fonts["body"]:
            continue
        family = next((f for f in _FALLBACKS if code in fonts[f]), None)
        if family is not None:
            needed.add(family)
        elif unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp"):
            missing.add(char)
    return Coverage(tuple(f for f in _FALLBACKS if f in needed), frozenset(missing))


def printable(text: str, missing: frozenset[str]) -> str:
    """`text` with every character no font has replaced by `MISSING`, controls dropped."""
    kept = []
    for char in text:
        if char in missing:
            kept.append(MISSING)
        elif char in "\n\t" or unicodedata.category(char) not in ("Cc", "Cs", "Co"):
            kept.append(char)
    return "".join(kept)


def add_fonts(pdf: FPDF, need: Coverage, bold_text: str) -> None:
    """Add the body font and the fallbacks this document needs (bold ones only if used)."""
    regular, bold = _FILES["body"]
    parsed.add(pdf, "body", "", font_file(regular))
    parsed.add(pdf, "body", "B", font_file(bold or regular))
    fonts = _coverage()
    bold_codes = {ord(c) for c in bold_text}
    for family in need.families:
        regular, bold = _FILES[family]
        parsed.add(pdf, family, "", font_file(regular))
        if bold is not None and bold_codes & fonts[family]:
            parsed.add(pdf, family, "B", font_file(bold))
    if need.families:
        # exact_match=False: bold Chinese falls back to the regular cut (there is no bold).
        pdf.set_fallback_fonts(list(need.families), exact_match=False)


def needs_shaping(text: str) -> bool:
    """Right-to-left text (Arabic, Hebrew): only then pay for HarfBuzz shaping and bidi.

    fpdf2 shapes every character again while breaking lines (about 4x slower for a full
    report); Latin and Chinese read the same unshaped (no kerning is the only loss).
    """
    return any(
        ord(c) >= 0x0590 and unicodedata.bidirectional(c) in ("R", "AL", "AN") for c in text
    )


def right_to_left(text: str) -> bool:
    """True when the first strong character is right-to-left: the paragraph aligns right."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False
