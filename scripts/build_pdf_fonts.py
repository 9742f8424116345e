"""Build the fonts the /vet PDF report ships with: OFL Noto fonts cut to what a report needs.

Run by hand when the fonts should change (nothing runs it at start-up or in CI):

    apt-get install fonts-noto-core fonts-noto-cjk   # Debian's packages of Google's Noto
    pip install -e ".[dev]"                           # fontTools
    python scripts/build_pdf_fonts.py                 # writes handlers/vet/pdf/fonts/

Sources: Debian's `fonts-noto-core` (Noto Sans, Noto Sans Arabic, Noto Sans Hebrew, static
Regular and Bold) and `fonts-noto-cjk` (Noto Sans CJK, face SC). Both are the SIL Open Font
License 1.1; the licence text is copied beside the output, and `SOURCES.md` records each
source file's version and SHA-256. Cuts (OFL "Modified Versions", renamed so no Reserved Font
Name is used):

- Latin: Basic Latin to Latin Extended-B, IPA, Greek, Cyrillic, Vietnamese, punctuation,
  currency and arrows; layout tables dropped (Latin is laid out unshaped, see
  `handlers.vet.pdf.faces`).
- Arabic and Hebrew: their blocks and presentation forms, with the layout tables HarfBuzz
  shapes with.
- Chinese: GB 2312's 6,763 simplified hanzi, Big5 level 1's 5,401 common traditional ones
  (most company names on Alibaba use one or the other), CJK and full-width punctuation and
  kana, from the SC face, outlines converted to TrueType (fpdf2 subsets TrueType outlines
  faster and pypdf reads their text back cleanly). A character outside the cut is drawn as
  "□" and the report says so; the Telegram messages keep every character.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

CORE = Path("/usr/share/fonts/truetype/noto")
CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
CJK_SC_FACE = 2  # NotoSansCJK-Regular.ttc: 0 JP, 1 KR, 2 SC, 3 TC, 4 HK
LICENCE = Path("/usr/share/doc/fonts-noto-cjk/copyright")
OUT = Path(__file__).resolve().parent.parent / "handlers" / "vet" / "pdf" / "fonts"

# Basic Latin to Latin Extended-B, IPA, spacing modifiers, Greek, Cyrillic, Vietnamese,
# punctuation, currency, letterlike symbols, arrows, and the "□" that stands for a missing one.
LATIN = [
    *range(0x20, 0x530),
    *range(0x1E00, 0x1F00),
    *range(0x2000, 0x2070),
    *range(0x20A0, 0x20C1),
    *range(0x2100, 0x2200),
    0x25A1,
]
ARABIC = [
    *range(0x20, 0x7F),
    *range(0x600, 0x700),
    *range(0x750, 0x780),
    *range(0x8A0, 0x900),
    *range(0xFB50, 0xFE00),
    *range(0xFE70, 0xFF00),
    0x200C,
    0x200D,
    0x200E,
    0x200F,
]
HEBREW = [*range(0x20, 0x7F), *range(0x590, 0x600), *range(0xFB1D, 0xFB50), 0x200E, 0x200F]
CJK_EXTRA = [*range(0x3000, 0x3100), *range(0xFF00, 0xFFF0), 0x25A1, 0x00B7, 0x2014, 0x2026]


def _charset(codec: str, highs: range, lows: range, last: tuple[int, int] | None) -> set[int]:
    chars: set[int] = set()
    for high in highs:
        for low in lows:
            if last is not None and (high, low) > last:
                continue
            with contextlib.suppress(UnicodeDecodeError):
                text = bytes((high, low)).decode(codec)
                if len(text) == 1:
                    chars.add(ord(text))
    return chars


def chinese() -> list[int]:
    """All of GB 2312 (6,763 hanzi and its symbols: arrows, maths, kana, box drawing) and
    Big5 level 1 (5,401 hanzi; A440-C67E), with CJK punctuation and full-width forms."""
    gb = _charset("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF), None)
    big5 = _charset("big5", range(0xA4, 0xC7), range(0x40, 0xFF), (0xC6, 0x7E))
    return sorted(gb | big5 | set(CJK_EXTRA) | set(range(0x20, 0x7F)))


def _rename(font: TTFont, family: str, style: str) -> None:
    """New names: an OFL Modified Version may not keep a Reserved Font Name (none here, but
    the cut is not Google's font any more, so it says so)."""
    name = font["name"]
    for name_id, value in (
        (1, family),
        (2, style),
        (4, f"{family} {style}"),
        (6, f"{family.replace(' ', '')}-{style}"),
        (16, family),
        (17, style),
    ):
        name.setName(value, name_id, 3, 1, 0x409)


def _to_truetype(font: TTFont) -> None:
    """CFF outlines to quadratic TrueType ones, in place (fontTools' otf2ttf recipe)."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for glyph in order:
        pen = TTGlyphPen(glyphs)
        glyphs[glyph].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[glyph] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
        "maxComponentDepth",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def cut(source: Path, target: Path, chars: list[int], *, layout: bool, face: int = 0) -> None:
    """Subset one font to `chars`; keep its layout tables only when it is shaped."""
    font = TTFont(str(source), fontNumber=face, lazy=False)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False  # a PDF is scaled anyway; hints only add size
    options.desubroutinize = True
    if layout:
        options.layout_features = ["*"]
    else:
        options.layout_features = []
        options.drop_tables += ["GSUB", "GPOS", "GDEF", "STAT"]
    options.drop_tables += ["vhea", "vmtx", "VORG", "BASE", "DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=chars)
    subsetter.subset(font)
    if "CFF " in font:
        _to_truetype(font)
    family = "Report " + source.stem.split("-")[0].removeprefix("Noto")
    _rename(
        font, family.replace("SansCJK", "Sans SC"), "Bold" if "Bold" in source.stem else "Regular"
    )
    font.save(str(target))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    """Cut every font into `OUT` and write the licence and the sources beside them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    jobs = [
        (CORE / "NotoSans-Regular.ttf", "Latin-Regular.ttf", LATIN, False, 0),
        (CORE / "NotoSans-Bold.ttf", "Latin-Bold.ttf", LATIN, False, 0),
        (CORE / "NotoSansArabic-Regular.ttf", "Arabic-Regular.ttf", ARABIC, True, 0),
        (CORE / "NotoSansArabic-Bold.ttf", "Arabic-Bold.ttf", ARABIC, True, 0),
        (CORE / "NotoSansHebrew-Regular.ttf", "Hebrew-Regular.ttf", HEBREW, True, 0),
        (CORE / "NotoSansHebrew-Bold.ttf", "Hebrew-Bold.ttf", HEBREW, True, 0),
        (CJK, "Chinese-Regular.ttf", chinese(), False, CJK_SC_FACE),
    ]
    lines = [
        "# Sources of the PDF report's fonts",
        "",
        "Built by `scripts/build_pdf_fonts.py` from Debian's packages of Google's Noto",
        "fonts (SIL Open Font License 1.1, text in `OFL.txt`).",
        "",
        "| file | source | source version | source SHA-256 | size |",
        "|---|---|---|---|---|",
    ]
    for source, name, chars, layout, face in jobs:
        target = out / name
        cut(source, target, chars, layout=layout, face=face)
        version = TTFont(str(source), fontNumber=face, lazy=True)["name"].getDebugName(5)
        lines.append(
            f"| {name} | {source.name} (face {face}) | {version} | "
            f"{_sha256(source)} | {target.stat().st_size:,} B |"
        )
        print(f"{name}: {target.stat().st_size:,} bytes")
    (out / "SOURCES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    text = LICENCE.read_text(encoding="utf-8")
    start = text.index("SIL OPEN FONT LICENSE Version 1.1")
    end = text.index("OTHER DEALINGS IN THE FONT SOFTWARE.", start) + len(
        "OTHER DEALINGS IN THE FONT SOFTWARE."
    )
    # Debian's copyright format indents the text one space and writes blank lines as ".".
    body = "\n".join(
        "" if line.strip() == "." else line.removeprefix(" ")
        for line in text[start:end].splitlines()
    )
    (out / "OFL.txt").write_text(body.strip() + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
