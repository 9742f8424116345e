"""US duties from an HS code: the schedule's lines turned into the estimate's duty lines.

Owns what `hs CODE` adds to a US estimate: the General (MFN) rate of the line (ad valorem and
Free computed; a per-unit rate on the weight or count typed, or a question for it; a
cross-reference or unreadable rate refused with its text), and for goods from China the
Section 301 list duty and the forced-labour duty, each a labelled duty on the same customs
value as the typed ones, with notes that date and source them. A typed `duty` replaces the
MFN rate (said so); the additional duties stay. Other destinations keep typed rates. Reads
the table through `knowledge.landed.tariffs`; no Telegram, no I/O, no rounding.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from knowledge.landed.money import USD, Money
from knowledge.landed.query import Duty, HsCode, LandedInputError, LandedQuery
from knowledge.landed.result import Note, NoteKind
from knowledge.landed.tariffs import (
    BROKER,
    Candidate,
    Candidates,
    DutyComponent,
    DutyLines,
    ExactLine,
    TariffLine,
    duties,
    lookup,
    search,
    us_tariff,
)

US = "US"
CHINA = "CN"
STALE_AFTER_DAYS = 180  # past this the schedule's age is worth a warning
SEARCH_LIMIT = 6
# Per-unit rates charged on the quantity typed, in units of the rate (a dozen is 12 pieces).
COUNTED_UNITS = {"No.": Decimal(1), "doz.": Decimal(12), "pair": Decimal(1), "gross": Decimal(144)}
_UNIT_NAMES = {"No.": "pcs", "doz.": "doz", "pair": "pairs", "gross": "gross"}


class OriginNeededError(Exception):
    """A US duty from the schedule depends on where the goods are made, and nobody said."""


@dataclass(frozen=True, slots=True)
class CodeChoice:
    """One tariff line offered for a short code or words: its code, a label, its MFN text."""

    code: str  # digits
    display: str
    label: str
    rate_text: str | None


class HsChoiceError(Exception):
    """The code or words typed after `hs` fit several tariff lines: the user picks one."""

    def __init__(self, typed: str, title: str | None, choices: list[CodeChoice], total: int):
        super().__init__(f"{typed}: {total} tariff lines")
        self.typed = typed
        self.title = title
        self.choices = choices
        self.total = total
        self.searched = False  # True when the choices come from a word search
        doc = us_tariff().doc
        self.edition = f"HTS {doc.edition}, effective {doc.effective.isoformat()}"


@dataclass
class TariffDuties:
    """The duties and notes a code adds to one estimate."""

    duties: list[Duty] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


def apply_hs(query: LandedQuery, *, origin: str | None, day: date | None) -> LandedQuery:
    """`query` with the duties its `hs` code sets (US only), and notes saying where from.

    Raises OriginNeededError, HsChoiceError, or LandedInputError for a code the schedule does
    not hold or a rate that needs what was not typed.
    """
    hs = query.hs
    if hs is None:
        return query
    if query.destination != US:
        where = query.destination or "no destination"
        note = (
            f"hs {hs.text}: duty rates are looked up for the US only ({where} here): "
            "type the rate, e.g. duty 4%."
        )
        return replace(query, notes=(*query.notes, note))
    line = tariff_line(hs)
    made_in = query.origin or origin
    if made_in is None:
        raise OriginNeededError(line.display)
    when = day or date.max
    found = duties(line, origin=made_in, entry_date=when)
    added = _duties(query, line, found)
    added.notes += _table_notes(line, found, made_in, day)
    # The schedule's duties first, then the ones typed ("extra 10%"); a typed plain `duty`
    # has taken the place of the MFN rate.
    return replace(
        query,
        duties=(*added.duties, *query.duties),
        notes=(*query.notes, *(n.text for n in added.notes if n.kind is NoteKind.ASSUMPTION)),
        tariff_notes=tuple(n for n in added.notes if n.kind is not NoteKind.ASSUMPTION),
    )


def tariff_line(hs: HsCode) -> TariffLine:
    """The one tariff line `hs` names; HsChoiceError when a short code or words fit several,
    LandedInputError for a code the schedule does not hold or words that match nothing."""
    digits, words, typed = hs.digits, hs.words, hs.text
    if words is not None:
        hits = search(words, SEARCH_LIMIT)
        if not hits:
            raise LandedInputError(f"No tariff line matches '{words}': try other words or a code.")
        choices = [
            CodeChoice(h.display.replace(".", ""), h.display, h.short, h.rate_text) for h in hits
        ]
        error = HsChoiceError(typed, None, choices, len(hits))
        error.searched = True
        raise error
    found = lookup(digits or "")
    if isinstance(found, ExactLine):
        return found.line
    if isinstance(found, Candidates):
        choices = [_choice(item) for item in found.items]
        raise HsChoiceError(typed, found.title, choices, found.total)
    raise LandedInputError(f"hs {typed}: {found.reason}.")


def _choice(item: Candidate) -> CodeChoice:
    return CodeChoice(item.display.replace(".", ""), item.display, item.short, item.rate_text)


def _duties(query: LandedQuery, line: TariffLine, found: DutyLines) -> TariffDuties:
    out = TariffDuties()
    typed_duty = [d for d in query.duties if d.label is None]
    for component in found.components:
        if component.key == "mfn":
            if typed_duty:
                out.notes.append(
                    Note(
                        NoteKind.ASSUMPTION,
                        f"Your duty used instead of the schedule's MFN "
                        f"{component.rate_text or 'rate'} for {line.display}.",
                    )
                )
                continue
            out.duties += _mfn(query, line, component)
        elif component.percent is not None:
            name = "Forced labour" if component.key == "s301_forced_labour" else component.label
            label = name.removesuffix(f" {component.percent}%")
            out.duties.append(Duty(component.percent, None, label))
    return out


def _mfn(query: LandedQuery, line: TariffLine, component: DutyComponent) -> list[Duty]:
    if not component.computable:
        raise LandedInputError(
            f"The MFN rate of {line.display} can't be computed ('{component.rate_text[:80]}'): "
            "type the duty yourself, e.g. duty 5%."
        )
    found: list[Duty] = []
    if component.percent is not None:
        found.append(Duty(component.percent, None, "MFN"))
    for need in component.needs:
        count = _quantity(query, need.key, line, need.text)
        amount = Money(count * need.usd_per_unit, USD)
        unit = _UNIT_NAMES.get(need.key, need.key)
        found.append(Duty(None, amount, f"MFN {need.text} × {count.normalize():,f} {unit}"))
    return found


def _quantity(query: LandedQuery, key: str, line: TariffLine, rate: str) -> Decimal:
    """The quantity a per-unit rate is charged on, from what was typed."""
    if key == "kg":
        if query.weight_kg is None:
            raise LandedInputError(
                f"The MFN rate of {line.display} is {rate}: add the net weight, e.g. wt 500kg."
            )
        return query.weight_kg
    if key in COUNTED_UNITS:
        return query.quantity / COUNTED_UNITS[key]
    raise LandedInputError(
        f"The MFN rate of {line.display} is {rate}, per {key}: type the duty yourself as an "
        "amount, e.g. duty 250 usd."
    )


def _table_notes(line: TariffLine, found: DutyLines, origin: str, day: date | None) -> list[Note]:
    notes = [
        Note(
            NoteKind.SOURCE,
            f"HS {line.display} ({line.short}): HTS {line.edition}, effective "
            f"{line.effective.isoformat()}, origin {origin}. {BROKER}",
        )
    ]
    if day is not None and (day - line.effective).days > STALE_AFTER_DAYS:
        notes.append(
            Note(
                NoteKind.WARNING,
                f"HTS {line.edition} is {(day - line.effective).days} days old: later "
                "revisions exist, so check the current schedule.",
            )
        )
    for component in found.components:
        if component.key == "s301":
            notes.append(
                Note(
                    NoteKind.WARNING,
                    f"{component.label} ({component.heading}): listed in the Section 301 "
                    f"lists of {component.as_of.isoformat()}; exclusions not shown, verify.",
                )
            )
        elif component.key == "s301_forced_labour":
            notes.append(
                Note(
                    NoteKind.WARNING,
                    f"Forced labour {component.percent}% ({component.heading}, from "
                    f"{component.as_of.isoformat()}): applies unless the goods are excluded "
                    "under 9903.05.85-9903.05.92; confirm with your broker.",
                )
            )
    notes += [Note(NoteKind.REMINDER, text) for text in found.notes if worth_saying(text)]
    return notes


def worth_saying(text: str) -> bool:
    """The engine's general notes a phone reply keeps (the broker line is said once)."""
    return text != BROKER and not text.startswith(("MPF and HMF", "Listed; verify"))
