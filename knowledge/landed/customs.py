"""Import charges of a landed-cost estimate: duty, per-entry fees and import VAT/GST.

Owns the customs arithmetic: which value duty is charged on (FOB or CIF basis by country, the
goods value without a destination), stacked duty components, US entry fees with their limits
and mode, and the import tax base. It never decides who pays (the Incoterms cost split does,
in `knowledge/landed/estimate.py`) and never rounds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from knowledge.landed.destinations import Destination, DutyBasis, TaxBasePart
from knowledge.landed.fees import EntryFee, FeePeriod
from knowledge.landed.money import USD, Fx, Money, format_number
from knowledge.landed.query import Duty
from knowledge.landed.result import Line, LineKind, Note, NoteKind
from knowledge.landed.shipping import Mode

HUNDRED = Decimal(100)
_BASE_PART_NAMES = {
    TaxBasePart.CUSTOMS_VALUE: "customs value",
    TaxBasePart.DUTY: "duty",
    TaxBasePart.INTERNATIONAL_TRANSPORT: "freight + insurance",
    TaxBasePart.COSTS_TO_DESTINATION: "delivery costs",
}
# Base parts named only when they hold something: "+ delivery costs" of nothing is noise.
_NAMED_WHEN_SET = frozenset((TaxBasePart.COSTS_TO_DESTINATION,))


@dataclass(frozen=True, slots=True)
class CustomsValues:
    """The values customs may use, in the display currency.

    `fob` leaves out main freight and insurance (those inside a C or D price are taken out
    when the user gave them); `cif` includes them; `transport` is main freight plus
    insurance, whoever paid them; `to_destination` is the delivery and unloading the buyer
    pays after entry.
    """

    goods: Decimal
    fob: Decimal
    cif: Decimal
    transport: Decimal
    to_destination: Decimal = Decimal(0)


@dataclass(slots=True)
class Customs:
    """What the import side adds: duty and fee lines, the tax apart, and notes."""

    customs_value: Decimal
    lines: list[Line] = field(default_factory=list)
    import_tax: Line | None = None
    notes: list[Note] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class CustomsInput:
    """Everything the import side needs besides the values."""

    destination: Destination | None
    duties: Sequence[Duty]
    mode: Mode | None
    fx: Fx
    currency: str
    today: date | None = None  # to flag fee amounts past their known period


def assess(
    values: CustomsValues, given: CustomsInput, to_display: Callable[[Money], Decimal]
) -> Customs:
    """Duty on the destination's base, its entry fees and its import tax.

    `to_display` converts a typed duty amount to the display currency.
    """
    dest = given.destination
    base, base_label = _duty_base(values, dest)
    customs = Customs(customs_value=base)
    if dest is None:
        customs.notes.append(
            Note(NoteKind.ASSUMPTION, "No destination: duty is on the goods value.")
        )
    elif not dest.duty_basis_listed:
        customs.notes.append(
            Note(
                NoteKind.ASSUMPTION,
                f"{dest.name}: duty assumed on the CIF value, as in most countries; "
                "import VAT/GST not included.",
            )
        )
    duty_total = _duties(customs, given, base, base_label, to_display)
    if dest is not None:
        for fee in dest.entry_fees:
            _entry_fee(customs, given, fee, base)
        customs.notes.extend(Note(NoteKind.REMINDER, notice.text) for notice in dest.notices)
        _import_tax(customs, dest, base, duty_total, values)
    return customs


def _duty_base(values: CustomsValues, dest: Destination | None) -> tuple[Decimal, str]:
    if dest is None:
        return values.goods, "goods"
    if dest.duty_basis is DutyBasis.FOB:
        return values.fob, "FOB value"
    return values.cif, "CIF value"


def _duties(
    customs: Customs,
    given: CustomsInput,
    base: Decimal,
    base_label: str,
    to_display: Callable[[Money], Decimal],
) -> Decimal:
    if not given.duties:
        customs.notes.append(Note(NoteKind.REMINDER, "No duty rate given: duty not included."))
    total = Decimal(0)
    for duty in given.duties:
        label = duty.label or "Duty"
        if duty.percent is not None:
            amount = base * duty.percent / HUNDRED
            line = Line(LineKind.DUTY, label, amount, duty.percent, base, base_label)
        elif duty.amount is not None:
            amount = to_display(duty.amount)
            line = Line(LineKind.DUTY, label, amount, typed=duty.amount)
        else:
            continue
        customs.lines.append(line)
        total += amount
    return total


def _entry_fee(customs: Customs, given: CustomsInput, fee: EntryFee, base: Decimal) -> None:
    if fee.modes is not None and given.mode not in fee.modes:
        if given.mode is None:
            only = "/".join(mode.value for mode in fee.modes)
            customs.notes.append(
                Note(NoteKind.REMINDER, f"{fee.code} ({only} only) not added: no mode given.")
            )
        return
    figures = fee.figures(given.today)
    period = figures.period
    value_usd = given.fx.convert(base, given.currency, USD)
    label: str = fee.code
    percent: Decimal | None = period.percent
    if period.informal_up_to is not None and value_usd <= period.informal_up_to:
        amount_usd = period.informal_fee or Decimal(0)
        label, percent = f"{fee.code} (informal entry)", None
        customs.notes.append(
            Note(
                NoteKind.ASSUMPTION,
                f"Informal entry (goods up to {format_number(period.informal_up_to)} "
                f"{fee.currency}): flat {fee.code} {period.informal_fee} {fee.currency}, "
                f"not {format_number(period.percent, 4)}% of the value.",
            )
        )
    else:
        amount_usd = value_usd * period.percent / HUNDRED
        if period.minimum is not None and amount_usd < period.minimum:
            amount_usd, label, percent = period.minimum, f"{fee.code} (minimum)", None
        if period.maximum is not None and amount_usd > period.maximum:
            amount_usd, label, percent = period.maximum, f"{fee.code} (maximum)", None
    amount = given.fx.convert(amount_usd, USD, given.currency)
    customs.lines.append(
        Line(
            LineKind.ENTRY_FEE,
            label,
            amount,
            percent,
            base if percent is not None else None,
            "customs value" if percent is not None else None,
        )
    )
    customs.notes.append(Note(NoteKind.SOURCE, _fee_source(fee, period)))
    if figures.stale and given.today is not None:
        customs.notes.append(
            Note(
                NoteKind.WARNING,
                f"{fee.code} figures for {given.today.isoformat()} are not in my data: "
                f"those of {_span(period)} used; check CBP's current figures.",
            )
        )


def _fee_source(fee: EntryFee, period: FeePeriod) -> str:
    """What the fee charged and where the figures come from: "MPF 0.3464% ... (CBP Dec. ...)"."""
    limits = ""
    if period.minimum is not None and period.maximum is not None:
        limits = f", min {period.minimum} max {period.maximum} {fee.currency}"
    return (
        f"{fee.code} {format_number(period.percent, 4)}% of customs value{limits}; "
        f"as of {period.as_of.isoformat()} ({period.cite})."
    )


def _span(period: FeePeriod) -> str:
    first = "…" if period.starts is None else period.starts.isoformat()
    last = "…" if period.ends is None else period.ends.isoformat()
    return f"{first} to {last}"


def _import_tax(
    customs: Customs, dest: Destination, base: Decimal, duty: Decimal, values: CustomsValues
) -> None:
    tax, rate = dest.import_tax, dest.tax_percent
    if tax is None or rate is None:
        if dest.tax_note is not None:
            customs.notes.append(Note(NoteKind.ASSUMPTION, dest.tax_note))
        return
    parts = {
        TaxBasePart.CUSTOMS_VALUE: base,
        TaxBasePart.DUTY: duty,
        TaxBasePart.INTERNATIONAL_TRANSPORT: values.transport,
        TaxBasePart.COSTS_TO_DESTINATION: values.to_destination,
    }
    tax_base = sum((parts[part] for part in tax.base), Decimal(0))
    named = [p for p in tax.base if p not in _NAMED_WHEN_SET or parts[p]]
    label = " + ".join(_BASE_PART_NAMES[part] for part in named)
    customs.import_tax = Line(
        LineKind.IMPORT_TAX, f"{tax.name}", tax_base * rate / HUNDRED, rate, tax_base, label
    )
    customs.notes.append(
        Note(
            NoteKind.SOURCE,
            f"{dest.name} import {tax.name} {format_number(rate)}%, as of "
            f"{tax.as_of.isoformat()}: usually reclaimable by a registered business. "
            f"{tax.note}",
        )
    )
