"""The US tariff table: reading the shipped file and finding a line by its code.

Owns loading the packaged `us_tariff.json.gz` (validated by pydantic-core in one pass, then
checked for broken references) and code lookups: `lookup("8516.79.00")` answers one line, the
candidates under a 4- or 6-digit code, or unknown. The word search lives in `search.py`, the
duties of a line in `duty.py`. It reads only its own data file: no Telegram, no database, no
network. Every line it answers carries the table's edition and effective date.
"""

from __future__ import annotations

import gzip
import json
import re
from bisect import bisect_left
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from pydantic import TypeAdapter

from knowledge.landed.tariffs.models import (
    Candidate,
    Candidates,
    ExactLine,
    LookupResult,
    RawLine,
    TableDoc,
    TariffLine,
    Unknown,
)

DATA_FILE = "us_tariff.json.gz"
MAX_CANDIDATES = 40
CODE_LENGTHS = frozenset({0, 4, 6, 8, 10})
_PREFIX = re.compile(r"^\s*(?:hts(?:us)?|hs)?(?:\s*code)?\s*(?:no\.?)?\s*[:#]?\s*", re.I)
_CODE = re.compile(r"^\d+(?:[.\s-]+\d+)*$")
_ADAPTER = TypeAdapter(TableDoc)


class TableError(Exception):
    """The table file is missing, unreadable or inconsistent; one line for an operator."""


def dotted(code: str) -> str:
    """8516790000 -> 8516.79.00.00; 851679 -> 8516.79."""
    groups = [code[:4]] + [code[i : i + 2] for i in range(4, len(code), 2)]
    return ".".join(group for group in groups if group)


def _cut(text: str, limit: int = 40) -> str:
    """A heading's text within `limit` characters, cut after a word."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:(") + "…"


def data_source() -> Traversable:
    """The packaged table, found the same way whether installed or run from a checkout."""
    return files("knowledge.landed.tariffs") / DATA_FILE


def _check(doc: TableDoc) -> None:
    """References between rows: parents above, rate and combo rows present, codes sane."""
    n_rates, n_combos = len(doc.rates), len(doc.s301.combos)
    for index, (code, _indent, _d, parent, _u, rate, _s, combo) in enumerate(doc.lines):
        if len(code) not in CODE_LENGTHS or (code and not code.isdigit()):
            raise TableError(f"{DATA_FILE}: line {index} has a bad code {code!r}")
        if not -1 <= parent < index or not -1 <= rate < n_rates or not -1 <= combo < n_combos:
            raise TableError(f"{DATA_FILE}: line {index} ({code}) has a broken reference")
    for headings in doc.s301.combos:
        if any(heading not in doc.s301.headings for heading in headings):
            raise TableError(f"{DATA_FILE}: Section 301 list {headings} names an unknown heading")


def read_table(source: Traversable | Path | None = None) -> TariffTable:
    """Read, validate and index the table; raise TableError naming what is wrong."""
    source = source if source is not None else data_source()
    try:
        raw = json.loads(gzip.decompress(source.read_bytes()))
        doc = _ADAPTER.validate_python(raw)  # json.loads + validate: faster than validate_json
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise TableError(f"{DATA_FILE}: cannot be read ({exc})") from exc
    except ValueError as exc:  # pydantic's ValidationError is a ValueError
        raise TableError(f"{DATA_FILE}: invalid ({str(exc).splitlines()[0]})") from exc
    _check(doc)
    return TariffTable(doc)


class TariffTable:
    """The validated table with its indexes; lines are built into models when asked for."""

    def __init__(self, doc: TableDoc) -> None:
        self.doc = doc
        self.lines: tuple[RawLine, ...] = doc.lines
        self.by_code = {row[0]: i for i, row in enumerate(self.lines) if row[0]}
        eights = {code for code in self.by_code if len(code) == 8}
        # Tariff lines: where the duty is set (8 digits, or 10 with no 8-digit line above).
        self.tariff = sorted(
            (code, i)
            for code, i in self.by_code.items()
            if len(code) == 8 or (len(code) == 10 and code[:8] not in eights)
        )
        self._tariff_codes = [code for code, _ in self.tariff]

    def line(self, code: str) -> TariffLine:
        """The line of a known code (digits), its rate and Section 301 listing resolved."""
        row = self.lines[self.by_code[code]]
        path: list[str] = []
        parent = row[3]
        while parent != -1:
            path.append(self.lines[parent][2])
            parent = self.lines[parent][3]
        rate_row = row
        if row[5] == -1 and len(code) == 10 and code[:8] in self.by_code:
            rate_row = self.lines[self.by_code[code[:8]]]
        rate = self.doc.rates[rate_row[5]] if rate_row[5] >= 0 else None
        combo = rate_row[7]
        return TariffLine(
            code=code,
            display=dotted(code),
            description=row[2],
            path=tuple(reversed(path)),
            short=row[6] or _cut(row[2]),
            units=tuple(u for u in row[4].split(", ") if u),
            rate=rate,
            rate_from=dotted(rate_row[0]) if rate is not None else None,
            s301=self.doc.s301.combos[combo] if combo >= 0 else (),
            edition=self.doc.edition,
            effective=self.doc.effective,
        )

    def under(self, prefix: str) -> list[tuple[str, int]]:
        """Tariff lines whose code starts with `prefix`, in code order."""
        start = bisect_left(self._tariff_codes, prefix)
        end = start
        while end < len(self.tariff) and self.tariff[end][0].startswith(prefix):
            end += 1
        return self.tariff[start:end]

    def candidate(self, code: str) -> Candidate:
        line = self.line(code)
        return Candidate(
            display=line.display,
            short=line.short,
            rate_text=line.rate.text if line.rate else None,
        )

    def _candidates(self, prefix: str, codes: list[str]) -> Candidates:
        title_row = self.by_code.get(prefix)
        return Candidates(
            prefix=dotted(prefix),
            title=self.lines[title_row][2] if title_row is not None else None,
            items=tuple(self.candidate(code) for code in codes[:MAX_CANDIDATES]),
            total=len(codes),
        )

    def lookup(self, text: str) -> LookupResult:
        """One line, the candidates under a shorter code, or unknown; see `parse_code`."""
        digits = parse_code(text)
        if digits is None:
            return Unknown(query=text, reason="not an HTS code: type 4 to 10 digits")
        found = self._lookup_digits(digits)
        if isinstance(found, Unknown) and len(digits) % 2 == 1:
            padded = self._lookup_digits("0" + digits)  # a leading zero left out
            return found if isinstance(padded, Unknown) else padded
        return found

    def _lookup_digits(self, digits: str) -> LookupResult:
        if len(digits) == 10:
            if digits in self.by_code:
                return ExactLine(line=self.line(digits))
            if digits[:8] in self.by_code:
                note = f"{dotted(digits)} is not in {self.doc.edition}; duty is set at 8 digits"
                return ExactLine(line=self.line(digits[:8]), note=note)
            digits = digits[:8]  # show the statistical lines of its subheading, if any
        if len(digits) == 8 and digits in self.by_code:
            return ExactLine(line=self.line(digits))
        if len(digits) == 2:  # a chapter: list its headings
            codes = sorted(c for c in self.by_code if len(c) == 4 and c.startswith(digits))
        else:
            codes = [code for code, _ in self.under(digits)]
        return self._answer(digits, codes)

    def _answer(self, digits: str, codes: list[str]) -> LookupResult:
        """Unknown, the one line found, or the candidates under a typed prefix."""
        if not codes:
            reason = f"no such code in {self.doc.edition}"
            if digits[:8] in self.doc.s301.unmatched_hts8:
                reason += " (an older code: it may have been renumbered)"
            return Unknown(query=dotted(digits), reason=reason)
        if len(codes) == 1 and len(codes[0]) >= 8:
            only = None if len(digits) == 8 else f"the only tariff line under {dotted(digits)}"
            return ExactLine(line=self.line(codes[0]), note=only)
        return self._candidates(digits, codes)


def parse_code(text: str) -> str | None:
    """The digits of a typed code ("hs 8516.79.00", "8516 79", "101.21" -> "010121")."""
    body = _PREFIX.sub("", text.strip(), count=1).strip().rstrip(".")
    if not _CODE.match(body):
        return None
    groups = re.split(r"[.\s-]+", body)
    if len(groups) > 1 and len(groups[0]) == 3:
        groups[0] = "0" + groups[0]
    digits = "".join(groups)
    return digits if 2 <= len(digits) <= 10 else None


@cache
def us_tariff() -> TariffTable:
    """The packaged table, read once per process on first use (about 0.1 s and 17 MB)."""
    return read_table()
