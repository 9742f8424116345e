"""Line breaking for the PDF report's left-to-right paragraphs, done here rather than by
fpdf2's `multi_cell`, which measures the whole line again for every character it adds (about
half of a report's time in fpdf2 2.8).

Breaks like `multi_cell` does: greedily at spaces, the space at a break dropped, a word wider
than the line cut between characters, every "\\n" a new line. Widths come from fpdf2 itself
(`get_string_width` of one character, kept per process for each font family and style, at
1 pt): without text shaping fpdf2's width of a text is the sum of its characters' widths, so
these are the lines it would print. Right-to-left paragraphs (shaped, reordered) stay with
`multi_cell`. Pure layout arithmetic: no I/O.
"""

from __future__ import annotations

from fpdf import FPDF

EPSILON = 1e-6  # mm: a line exactly as wide as the cell fits
# (family, style) -> character -> width in mm at 1 pt. A few hundred characters per style;
# the cap only guards against a stream of distinct rare characters.
_WIDTHS: dict[tuple[str, str], dict[str, float]] = {}
_CAP = 20_000


def _table(pdf: FPDF) -> dict[str, float]:
    key = (pdf.font_family, pdf.font_style)
    table = _WIDTHS.get(key)
    if table is None or len(table) > _CAP:
        table = _WIDTHS[key] = {}
    return table


def width(pdf: FPDF, text: str) -> float:
    """The width of `text` in the current font and size, in mm (as `get_string_width`)."""
    table = _table(pdf)
    size = pdf.font_size_pt
    total = 0.0
    for char in text:
        found = table.get(char)
        if found is None:
            found = table[char] = pdf.get_string_width(char) / size
        total += found
    return total * size


def _cut(pdf: FPDF, word: str, room: float) -> int:
    """How many leading characters of `word` fit in `room` (at least one)."""
    used = 0.0
    for n, char in enumerate(word):
        used += width(pdf, char)
        if used > room + EPSILON:
            return max(1, n)
    return len(word)


def _paragraph(pdf: FPDF, text: str, room: float, space: float) -> list[str]:
    rows: list[str] = []
    line: str | None = None
    used = 0.0
    for word in text.split(" "):
        wide = width(pdf, word)
        if line is not None and used + space + wide <= room + EPSILON:
            line, used = f"{line} {word}", used + space + wide
            continue
        if line is not None:
            rows.append(line)
        rest = word
        while wide > room + EPSILON and len(rest) > 1:
            cut = _cut(pdf, rest, room)
            rows.append(rest[:cut])
            rest = rest[cut:]
            wide = width(pdf, rest)
        line, used = rest, wide
    rows.append(line or "")
    return rows


def lines(pdf: FPDF, text: str, room: float) -> list[str]:
    """`text` broken into lines at most `room` mm wide, in the current font and size."""
    space = width(pdf, " ")
    parts = text.split("\n")
    if len(parts) > 1 and not parts[-1]:  # a closing line break opens no line
        parts.pop()
    return [row for part in parts for row in _paragraph(pdf, part, room, space)]
