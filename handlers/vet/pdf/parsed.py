"""The report's fonts parsed once per process and lent to each document (issue 12 follow-up).

fpdf2's `add_font` parses the font file again for every document (cmap, metrics, glyph table:
a quarter of a report's time, most of it the Chinese cut). fpdf2 2.8 has no public way to
share a parsed font between documents (its `add_font` takes a path), so this keeps one
parsed `TTFFont` per cut and gives each document a shallow copy with its own document state:
its font number, its used-glyph map (`SubsetMap`), its missing-glyph list, its font
descriptor (a PDF object fpdf2 numbers and fills while writing), and a fresh lazy
fontTools font read from the file's bytes in memory, because fpdf2 subsets that one in place
when it writes the PDF. What the copies share (cmap, widths, glyph ids, names, metrics) is only
read. If fpdf2 ever lays its fonts out differently, `add` falls back to `add_font`, so a
report is never lost, only slower. `before_output` then spares fpdf2 most of its subsetting
(the larger half of what was left): it hands it each cut already reduced, to a base set made
at start-up when the document's glyphs fit in it (most Latin text), else to the document's
glyphs, kept per process for the next document with the same ones. Thread-safe: renders run
in worker threads. No I/O but reading the package's own font files.
"""

from __future__ import annotations

import copy
import io
import logging
import threading
from collections import OrderedDict
from collections.abc import Collection
from pathlib import Path

from fontTools import subset as ftsubset
from fontTools import ttLib
from fpdf import FPDF
from fpdf.fonts import SubsetMap, TTFFont

_LOGGER = logging.getLogger(__name__)
_lock = threading.Lock()
# (family, style, file) -> the parsed font and the file's bytes
_parsed: dict[tuple[str, str, Path], tuple[TTFFont, bytes]] = {}
_shared = True  # False once fpdf2 turned out to hold fonts another way: plain add_font
_lent_paths: set[Path] = set()
# (cut, glyph names) -> that cut reduced to those glyphs, the most recently used last
_subsets: OrderedDict[tuple[Path, tuple[str, ...]], bytes] = OrderedDict()
SUBSETS = 64  # a few kB to a few dozen kB each
# What nearly every report prints in its body cuts: ASCII, Latin-1, the bot's punctuation.
# Those cuts reduced to it once at start-up serve every document whose glyphs fall inside,
# the first report of a process included.
BASE_TEXT = (
    "".join(map(chr, range(0x20, 0x7F))) + "".join(map(chr, range(0xA0, 0x100)))
    + "‐–—‘’‚“”„•…′″‹›€™→←×□·✓"
    + "\u200c\u200d\u200e\u200f\u2066\u2067\u2068\u2069"  # the footer isolates a name
)  # fmt: skip
_bases: dict[Path, tuple[frozenset[str], bytes]] = {}  # cut -> its glyphs, reduced to them
# The tables fpdf2 2.8 drops when it subsets a font (fpdf/output.py); kept in step with it by
# the test that compares a report's bytes with and without `before_output`.
_FPDF_DROPS = [
    "FFTM", "GDEF", "GPOS", "GSUB", "MATH", "hdmx", "meta", "sbix", "CBDT", "CBLC", "EBDT",
    "EBLC", "EBSC", "SVG ", "CPAL", "COLR",
]  # fmt: skip


def _template(family: str, style: str, path: Path) -> tuple[TTFFont, bytes]:
    key = (family, style, path)
    found = _parsed.get(key)
    if found is None:
        with _lock:  # a warm-up and a first report must not parse the same file twice
            found = _parsed.get(key)
            if found is None:
                font = TTFFont(FPDF(), path, f"{family}{style}", style)
                font.ttfont.close()  # the file: each document reads the bytes kept below
                found = _parsed[key] = (font, path.read_bytes())
    return found


def cmap_of(family: str, path: Path) -> frozenset[int]:
    """The characters a cut has (its best cmap), from the font parsed once."""
    font, _ = _template(family, "", path)
    return frozenset(font.cmap)


def _lend(pdf: FPDF, family: str, style: str, path: Path) -> None:
    template, data = _template(family, style, path)
    font = copy.copy(template)
    font.i = len(pdf.fonts) + 1
    font.missing_glyphs = []
    font.biggest_size_pt = 0
    font.desc = copy.copy(template.desc)  # fpdf2 numbers and fills it while writing the PDF
    font.ttfont = ttLib.TTFont(io.BytesIO(data), recalcTimestamp=False, lazy=True)
    font.subset = SubsetMap(font)
    pdf.fonts[font.fontkey] = font
    _lent_paths.add(path)


def add(pdf: FPDF, family: str, style: str, path: Path) -> None:
    """`pdf.add_font(family, style, path)`, from the font parsed once per process."""
    global _shared  # noqa: PLW0603 - a once-per-process switch is exactly module state
    if _shared:
        try:
            _lend(pdf, family, style, path)
        except (AttributeError, TypeError) as error:  # fpdf2 changed its font objects
            _shared = False
            _LOGGER.warning("PDF fonts: parsing per document from now on (%s)", error)
        else:
            return
    pdf.add_font(family, style, str(path))


def _reduce(ttfont: ttLib.TTFont, cmap: dict[int, str], names: Collection[str]) -> bytes:
    """A cut reduced to `names` as fpdf2 reduces it (its options), glyph names kept, and
    printable ASCII kept too: fpdf2 still adds glyphs while writing (the page count of "Page
    1 of {nb}" is filled in then), and a glyph missing from the cut would stop the PDF."""
    options = ftsubset.Options(notdef_outline=True, recommended_glyphs=True, glyph_names=True)
    options.drop_tables += _FPDF_DROPS
    subsetter = ftsubset.Subsetter(options)
    late = {cmap[code] for code in range(0x20, 0x7F) if code in cmap}
    subsetter.populate(glyphs=sorted(late.union(names)))
    subsetter.subset(ttfont)
    found = io.BytesIO()
    ttfont.save(found)
    return found.getvalue()


def _reduced(font: TTFFont) -> bytes:
    names = font.subset.get_all_glyph_names()
    base = _bases.get(font.ttffile)
    if base is not None and base[0].issuperset(names):
        return base[1]
    key = (font.ttffile, tuple(sorted(names)))
    with _lock:
        data = _subsets.get(key)
        if data is not None:
            _subsets.move_to_end(key)
            return data
    data = _reduce(font.ttfont, font.cmap, key[1])
    with _lock:
        _subsets[key] = data
        while len(_subsets) > SUBSETS:
            _subsets.popitem(last=False)
    return data


def before_output(pdf: FPDF) -> None:
    """Hand fpdf2 small fonts to subset: each lent font's cut already reduced to the glyphs
    this document uses, kept per process for the next document that uses the same ones (a
    report again after a change, most Latin text). fpdf2 subsets it once more, to the same
    glyphs in the same order, so the PDF's bytes do not change; what it saves is reading the
    whole cut again (a test compares the bytes)."""
    if not _shared:
        return
    for font in pdf.fonts.values():
        if isinstance(font, TTFFont) and font.ttffile in _lent_paths:
            data = io.BytesIO(_reduced(font))
            font.ttfont = ttLib.TTFont(data, recalcTimestamp=False, lazy=True)


def warm_up(cuts: list[tuple[str, str, Path]], bases: Collection[str] = ()) -> None:
    """Parse every cut now (at start-up, in a thread) so the first report is not slower, and
    reduce the cuts of the `bases` families to `BASE_TEXT` for `before_output`."""
    for family, style, path in cuts:
        template, data = _template(family, style, path)
        if family in bases and path not in _bases:
            names = {template.cmap[ord(c)] for c in BASE_TEXT if ord(c) in template.cmap}
            names.add(".notdef")
            fresh = ttLib.TTFont(io.BytesIO(data), recalcTimestamp=False, lazy=True)
            _bases[path] = (frozenset(names), _reduce(fresh, template.cmap, names))
