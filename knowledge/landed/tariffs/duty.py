"""The labelled US duties of one HTS line on one customs value: MFN, Section 301, forced labour.

Owns which components apply for an origin and entry date and what each needs: the General
(MFN) rate of the line (ad valorem computed; a per-unit part names the quantity it needs),
the Section 301 China listing of its 8-digit subheading (highest active heading; List 4B is
suspended and never applied), and the Section 301 forced-labour duty on products of China
from 2026-07-24. Every component carries its heading, source, data date and caveats. Amounts
are in USD and never rounded; nothing here knows Telegram or a database.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from knowledge.landed.tariffs.models import (
    DutyComponent,
    DutyLines,
    QuantityNeed,
    Rate,
    TariffLine,
)
from knowledge.landed.tariffs.table import TariffTable

HUNDRED = Decimal(100)
CHINA = "CN"
COLUMN_2 = frozenset({"CU", "KP", "RU", "BY"})  # no normal trade relations
BROKER = "Estimate: verify with your customs broker."
FL_START = date(2026, 7, 24)
FL_HEADING = "9903.05.31"
FL_PERCENT = Decimal("12.5")
FL_SOURCE = (
    "CBP CSMS #69326983 (USTR Section 301 forced-labour action, U.S. note 52), as quoted by "
    "secondary sources; primary text not verified here"
)
FL_NOTES = (
    "Applies unless excluded under 9903.05.85-9903.05.92: listed HTS provisions (9903.05.86, "
    "U.S. note 52(b); the list is not in this table), particular products (.87), civil "
    "aircraft (.88), pharmaceutical use (.89), goods subject to Section 232 (.90), donations "
    "(.91), informational materials (.92).",
    "To be confirmed against the primary text (CBP CSMS #69326983).",
    BROKER,
)
S122_START = date(2026, 2, 24)
CRANES = "cranes_301"  # a narrow product inside its subheading: told, not applied
S301_NOTE = (
    "Listed; verify: the Section 301 lists are per 8-digit subheading, may cover only part "
    "of it, and do not show product exclusions."
)
GENERAL_NOTES = (
    "Section 232 (metals, autos, timber, semiconductors ...) and AD/CVD duties are product-"
    "specific and not included.",
    "MPF and HMF are fees, not duty; they are counted apart.",
)


def _mfn_needs(rate: Rate) -> tuple[QuantityNeed, ...]:
    return tuple(
        QuantityNeed(
            key=part.key,
            usd_per_unit=part.usd_per_unit,
            text=f"{part.amount}{'¢' if part.money == 'cents' else ' USD'}/{part.key}",
        )
        for part in rate.parts
    )


def _mfn(line: TariffLine) -> DutyComponent:
    rate = line.rate
    source = f"HTS {line.edition} (effective {line.effective}), USITC, General column"
    heading = line.rate_from or line.display
    if rate is None:
        return DutyComponent(
            key="mfn",
            label="MFN (General): no rate published",
            heading=heading,
            rate_text="",
            percent=None,
            computable=False,
            source=source,
            as_of=line.effective,
            notes=("No General rate on this line; ask your broker.",),
        )
    notes: list[str] = []
    computable = rate.kind in ("free", "ad_valorem", "specific", "compound")
    if rate.kind == "free" and rate.qualifier:
        notes.append(f"Free only {rate.qualifier}.")
    if rate.kind == "cross_reference":
        notes.append("The rate refers to another provision: type the rate that applies.")
    if rate.kind == "other":
        notes.append("This rate cannot be computed automatically: type the duty yourself.")
    if any(part.qualifier for part in rate.parts):
        notes.append("A per-unit part is measured on part of the goods (see its unit).")
    percent = None if rate.kind == "specific" else rate.percent
    return DutyComponent(
        key="mfn",
        label=f"MFN (General) {rate.text}",
        heading=heading,
        rate_text=rate.text,
        percent=percent if computable else None,
        needs=_mfn_needs(rate) if computable else (),
        computable=computable,
        source=source,
        as_of=line.effective,
        notes=(*notes, BROKER),
    )


def _s301(
    table: TariffTable, line: TariffLine, when: date
) -> tuple[DutyComponent | None, list[str]]:
    data = table.doc.s301
    notes: list[str] = []
    active = []
    for code in line.s301:
        heading = data.headings[code]
        if heading.suspended:
            notes.append(f"Also on {heading.name} ({code}): suspended, never applied.")
        elif heading.list_id == CRANES:
            notes.append(
                f"Ship-to-shore gantry cranes of this subheading only: +{heading.percent}% "
                f"({code}), not applied automatically; later crane duties not in data."
            )
        elif heading.start is not None and when < heading.start:
            notes.append(f"{heading.name} ({code}) starts {heading.start}: not applied.")
        elif heading.percent is not None:
            active.append((heading.percent, code))
    if not active:
        return None, notes
    percent, code = max(active)
    heading = data.headings[code]
    for other_percent, other in sorted(active, reverse=True)[1:]:
        name = data.headings[other].name
        notes.append(f"Also listed: {name} {other_percent}% ({other}); the highest applies.")
    if heading.start is None:
        notes.append("Start date of this heading not in the data.")
    component = DutyComponent(
        key="s301",
        label=f"Section 301 {heading.name} {percent}%",
        heading=code,
        rate_text=f"+{percent}%",
        percent=percent,
        source=f"Section 301 product lists (The Budget Lab at Yale, MIT); rates {data.rates_date}",
        as_of=data.data_date,
        notes=(S301_NOTE, *notes, BROKER),
    )
    return component, []


def _forced_labour() -> DutyComponent:
    return DutyComponent(
        key="s301_forced_labour",
        label=f"Section 301 forced labour {FL_PERCENT}%",
        heading=FL_HEADING,
        rate_text=f"+{FL_PERCENT}%",
        percent=FL_PERCENT,
        source=FL_SOURCE,
        as_of=FL_START,
        notes=FL_NOTES,
    )


def _date_notes(origin: str, when: date) -> list[str]:
    if when < S122_START:
        return ["Entries before 2026-02-24: the IEEPA tariffs then in force are not modelled."]
    if when < FL_START:
        return [
            "Entries 2026-02-24 to 2026-07-23 also paid the 10% Section 122 surcharge "
            "(9903.03.01), not computed here."
        ]
    if origin != CHINA:
        return [
            "Section 301 forced-labour duties of 10% or 12.5% also apply to products of "
            "about 60 other economies (9903.05.20-9903.05.84); not in this table."
        ]
    return []


def _amount(
    component: DutyComponent, value: Decimal | None, quantities: Mapping[str, Decimal]
) -> tuple[DutyComponent, list[QuantityNeed]]:
    missing = [need for need in component.needs if need.key not in quantities]
    if not component.computable or value is None or missing:
        return component, missing if component.computable else []
    amount = value * (component.percent or Decimal(0)) / HUNDRED
    amount += sum((quantities[n.key] * n.usd_per_unit for n in component.needs), Decimal(0))
    return component.model_copy(update={"amount": amount}), []


def duty_lines(
    table: TariffTable,
    line: TariffLine,
    origin: str,
    when: date,
    value: Decimal | None,
    quantities: Mapping[str, Decimal],
) -> DutyLines:
    """The duty components of `line` for goods of `origin` entered on `when`."""
    origin = origin.strip().upper()
    notes: list[str] = []
    components: list[DutyComponent] = []
    if line.chapter == 99:
        notes.append(
            "A chapter 99 heading is an additional duty, not a product: look up the "
            "goods' own line in chapters 1-97."
        )
    else:
        components.append(_mfn(line))
        if origin == CHINA:
            s301, s301_notes = _s301(table, line, when)
            notes.extend(s301_notes)
            if s301 is not None:
                components.append(s301)
            if when >= FL_START:
                components.append(_forced_labour())
        elif line.s301:
            notes.append("Section 301 China lists apply to products of China only.")
        if line.chapter == 98:
            notes.append("Chapter 98 provisions have their own rules for additional duties.")
        notes.extend(_date_notes(origin, when))
        if origin in COLUMN_2:
            notes.append("Column 2 rates apply to this origin; they are not in this table.")
        elif origin != CHINA:
            notes.append(
                "A trade-agreement (Special) rate may be lower for this origin; the "
                "Special column is not in this table."
            )
    priced: list[DutyComponent] = []
    missing: list[QuantityNeed] = []
    for component in components:
        done, lacking = _amount(component, value, quantities)
        priced.append(done)
        missing.extend(lacking)
    computable = all(c.computable for c in priced)
    total = sum((c.percent or Decimal(0) for c in priced if c.computable), Decimal(0))
    amounts = [c.amount for c in priced]
    total_amount = (
        sum((a for a in amounts if a is not None), Decimal(0))
        if priced and computable and all(a is not None for a in amounts)
        else None
    )
    return DutyLines(
        line=line.display,
        origin=origin,
        entry_date=when,
        components=tuple(priced),
        total_percent=total,
        total_amount=total_amount,
        missing=tuple(missing),
        notes=(*notes, *GENERAL_NOTES, BROKER),
    )
