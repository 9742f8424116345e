"""How a landed-cost estimate looks on a phone: a monospace breakdown, totals and notes.

Owns presentation only: the `<pre>` block (every line at most 32 characters, amounts right-
aligned, each percentage with its base, each converted amount with what was typed), the
header, the notes and the rates used. Every figure, label and note comes from the knowledge
result (`LandedEstimate`); nothing here decides what is charged. Every string is escaped.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Iterable, Mapping
from decimal import Decimal

from knowledge.landed import (
    ChargeableWeight,
    Currencies,
    LandedEstimate,
    Line,
    LineKind,
    NoteKind,
    RateSource,
    format_number,
)

WIDTH = 32  # characters a phone shows in a monospace block without wrapping
MAX_MESSAGE = 3900  # under Telegram's 4,096, with room for a line added by the caller
_RULE = "─" * WIDTH
_DOUBLE_RULE = "═" * WIDTH
_NOTE_MARKS = {
    NoteKind.WARNING: "⚠️",
    NoteKind.REMINDER: "➕",
    NoteKind.ASSUMPTION: "•",
    NoteKind.SOURCE: "ⓘ",
}
_PER = {"kg": "/kg", "cbm": "/cbm", "pcs": " each"}


def wrap(text: str, indent: str = "") -> list[str]:
    """`text` cut into lines of at most WIDTH characters; long words are cut too."""
    return textwrap.wrap(
        text,
        WIDTH,
        initial_indent=indent,
        subsequent_indent=indent + "  ",
        break_long_words=True,
        break_on_hyphens=False,
    ) or [indent.rstrip()]


def row(label: str, amount: str) -> list[str]:
    """A label and a right-aligned amount on one line, or on two when they do not fit."""
    if len(label) + 1 + len(amount) <= WIDTH:
        return [label + " " * (WIDTH - len(label) - len(amount)) + amount]
    return [*wrap(label), *(piece.rjust(WIDTH) for piece in wrap(amount))]


class EstimateView:
    """Renders estimates in one display currency's rounding; built per reply, cheap."""

    def __init__(
        self,
        currencies: Currencies,
        estimate: LandedEstimate,
        sources: Mapping[str, RateSource] | None = None,
    ) -> None:
        self.currencies = currencies
        self.estimate = estimate
        self.code = estimate.currency
        self.sources = sources or {}

    def show(self, amount: Decimal) -> str:
        """An amount in the display currency, rounded for it."""
        return self.currencies.show(amount, self.code)

    # -- the <pre> block -------------------------------------------------------------------
    def line_rows(self, line: Line) -> list[str]:
        """One breakdown line: label and amount, then its base or units, then what was typed."""
        amount = self.show(line.amount)
        details: list[str] = []
        if line.percent is not None and line.base is not None:
            share = f"{line.label} {format_number(line.percent, 4)}%"
            head = f"{share} × {self.show(line.base)}"
            if len(head) + 1 + len(amount) <= WIDTH:
                rows = row(head, amount)
                details.append(f"on {line.base_label}")
            else:
                rows = row(share, amount)
                details.append(f"× {self.show(line.base)} on {line.base_label}")
        else:
            rows = row(line.label, amount)
            if line.units is not None and line.unit_amount is not None:
                unit = self.currencies.show_rate(line.unit_amount, self.code)
                count, label = format_number(line.units), line.unit_label or ""
                if label in _PER:
                    details.append(f"{count} {label} × {unit}")
                else:  # containers: "2 × 40HQ × 3,200.00"
                    details.append(f"{count} × {label} × {unit}")
        if line.typed is not None and line.typed.currency is not None:
            typed = self.currencies.show_typed(line.typed.amount, line.typed.currency)
            per = (
                ""
                if line.typed_whole or line.units is None
                else _PER.get(line.unit_label or "", "")
            )
            details.append(f"typed {typed} {line.typed.currency}{per}")
        for detail in details:
            rows += wrap(detail, "  ")
        return rows

    def breakdown(self) -> list[str]:
        """Every line of the monospace block, each at most WIDTH characters."""
        est = self.estimate
        rows: list[str] = []
        for line in est.lines:
            rows += self.line_rows(line)
        if est.contingency is not None:
            rows += [_RULE, *row("Subtotal", self.show(est.subtotal))]
            rows += self.line_rows(est.contingency)
        rows += [_DOUBLE_RULE, *row(f"Landed cost {self.code}", self.show(est.total))]
        rows += row("Per unit", self.unit(est.per_unit))
        if est.import_tax is not None:
            tax = est.import_tax.label
            rows += [_RULE, *self.line_rows(est.import_tax)]
            rows += row(f"With {tax}", self.show(est.total_with_tax))
            rows += row(f"Per unit with {tax}", self.unit(est.per_unit_with_tax))
        return rows

    def unit(self, amount: Decimal) -> str:
        """A cost per unit (more decimals below one)."""
        return self.currencies.show_unit(amount, self.code)

    # -- around the block ------------------------------------------------------------------
    def reading(self) -> str | None:
        """The first line when the input could have been read otherwise: the main figures as
        read, and why ("Read: 1,000 pcs · 2.50 EUR · freight 1,200.00 (decimal comma...)")."""
        est = self.estimate
        if not est.reading:
            return None
        parts = []
        for line in est.lines:
            if line.kind is LineKind.GOODS and line.unit_amount is not None:
                price = self.currencies.show_rate(line.unit_amount, self.code)
                parts.append(f"{format_number(est.quantity, 0)} pcs · {price} {self.code}")
            elif line.kind is LineKind.FREIGHT:
                parts.append(f"freight {self.show(line.amount)}")
        why = "; ".join(est.reading)
        return html.escape(f"Read: {' · '.join(parts)} ({why})", quote=False)

    def header(self) -> str:
        """The title and what was estimated: quantity, Incoterm, destination, mode."""
        est = self.estimate
        parts = [f"{format_number(est.quantity, 0)} pcs"]
        if est.incoterm:
            parts.append(" ".join(p for p in (est.incoterm, est.named_place) if p))
        if est.destination is not None:
            parts.append(f"to {est.destination.name}")
        if est.mode is not None:
            parts.append(est.mode.value)
        context = html.escape(" · ".join(parts), quote=False)
        return f"<b>Landed cost estimate</b> in {self.code}\n{context}"

    def notes(self) -> list[str]:
        """The notes as HTML lines: warnings first, then chargeable weight and rates used."""
        est = self.estimate
        lines = [
            f"{_NOTE_MARKS[note.kind]} {html.escape(note.text, quote=False)}" for note in est.notes
        ]
        if est.chargeable is not None:
            lines.append("ⓘ " + html.escape(chargeable_text(est.chargeable), quote=False))
        if est.rates:
            lines.append(html.escape(self.rates_used(), quote=False))
        return lines

    def rates_used(self) -> str:
        """The rates converted with, each with its source and day: "(your /fx)" when all are
        the chat's own, else "(ECB, 2026-12-04)" after each."""
        shown = [
            (code, f"1 USD = {format_number(rate, 6)} {code}")
            for code, rate in self.estimate.rates
        ]
        found = [self.sources.get(code) for code, _ in shown]
        if all(source is None or source.name == "your /fx" for source in found):
            days = {source.day for source in found if source is not None and source.day}
            when = f" (set {max(days).isoformat()})" if days else ""
            return f"ⓘ Rates used (your /fx): {', '.join(text for _, text in shown)}{when}"
        parts = []
        for (_, text), source in zip(shown, found, strict=True):
            if source is None:
                parts.append(text)
                continue
            day = f", {source.day.isoformat()}" if source.day else ""
            parts.append(f"{text} ({source.name}{day})")
        return f"ⓘ Rates used: {'; '.join(parts)}"

    def html(self, extra: Iterable[str] = ()) -> str:
        """The whole reply; notes are dropped from the end if it would be too long."""
        block = "\n".join(html.escape(line, quote=False) for line in self.breakdown())
        reading = self.reading()
        head = f"{self.header()}\n<pre>{block}</pre>"
        if reading is not None:
            head = f"{reading}\n{head}"
        tail = list(extra)
        notes = self.notes()
        while notes and len("\n".join([head, *notes, *tail])) > MAX_MESSAGE:
            notes.pop()
        return "\n".join([head, *notes, *tail])


def chargeable_text(weight: ChargeableWeight) -> str:
    """What the carrier bills and why: actual against volumetric weight for the mode."""
    parts = []
    if weight.actual_kg is not None:
        parts.append(f"actual {format_number(weight.actual_kg)} kg")
    if weight.volume_m3 is not None and weight.volumetric_kg is not None:
        parts.append(
            f"{format_number(weight.volume_m3, 3)} m³ = {format_number(weight.volumetric_kg)} kg"
        )
    billed = format_number(weight.chargeable_kg)
    basis = "by volume" if weight.by_volume else "by weight"
    return f"Chargeable {weight.mode.value}: {billed} kg {basis} ({'; '.join(parts)})."


def render_estimate(
    currencies: Currencies,
    estimate: LandedEstimate,
    extra: Iterable[str] = (),
    sources: Mapping[str, RateSource] | None = None,
) -> str:
    """The HTML reply for an estimate, with optional lines added at the end; `sources` names
    where each exchange rate came from."""
    return EstimateView(currencies, estimate, sources).html(extra)
