"""How the US duty card of `/landed hs CODE` looks on a phone.

Owns presentation only: the code and its short label, the MFN rate as published (and what a
per-unit rate is charged on), the Section 301 list and forced-labour lines for goods of China
(applied, or shown as what China would add when the chat has no origin yet), their sum with
its base when every part is a percentage, the notes, the table's edition and age, and the
example line for an estimate. What applies is decided by `knowledge.landed.duty_lookup`;
the wording is in `texts`. Every interpolated string is escaped.
"""

from __future__ import annotations

from handlers.landed import texts
from knowledge.landed import DutyCard, format_number


def _mfn(card: DutyCard) -> list[str]:
    if card.mfn is None:
        return []
    rate = card.mfn.rate_text or "no rate published"
    line = texts.DUTY_MFN.format(rate=texts.esc(rate))
    for unit, basis in card.charged_on().items():
        line += texts.DUTY_PER_UNIT[basis].format(unit=texts.esc(unit))
    return [line]


def _china(card: DutyCard) -> list[str]:
    if card.mfn is None:
        return []
    if card.origin is not None and not card.china_applies:
        return [texts.DUTY_NOT_CHINA.format(origin=texts.esc(card.origin))]
    if not card.china:
        return []
    lines = [texts.DUTY_CHINA if card.china_applies else texts.DUTY_IF_CHINA]
    for duty in card.china:
        found = texts.DUTY_FORCED_LABOUR if duty.key == "s301_forced_labour" else texts.DUTY_S301
        lines.append(
            found.format(
                label=texts.esc(duty.label.removesuffix(f" {duty.percent}%")),
                rate=texts.esc(duty.rate_text),
                heading=texts.esc(duty.heading),
                day=duty.as_of.isoformat(),
            )
        )
    return lines


def _total(card: DutyCard) -> list[str]:
    total = card.total_percent
    if total is None or not card.china_applies or not card.china:
        return []  # one rate alone needs no sum
    parts = " + ".join(["MFN", *(_short(d.key) for d in card.china)])
    return [texts.DUTY_TOTAL.format(percent=format_number(total, 4), parts=parts)]


def _short(key: str) -> str:
    return "forced labour" if key == "s301_forced_labour" else "Section 301"


def render_duty_card(card: DutyCard) -> str:
    """The HTML reply for one code's US duties."""
    line = card.line
    lines = [texts.DUTY_HEAD.format(code=texts.esc(line.display), label=texts.esc(line.short))]
    lines += _mfn(card) + _china(card) + _total(card)
    lines += [f"• {texts.esc(note)}" for note in card.notes]
    edition, effective = texts.esc(line.edition), line.effective.isoformat()
    lines.append(texts.DUTY_EDITION.format(edition=edition, effective=effective))
    if card.stale_days is not None:
        lines.append(texts.DUTY_STALE.format(edition=edition, days=card.stale_days))
    if card.mfn is not None:
        lines.append(texts.DUTY_EXAMPLE.format(line=texts.esc(card.example())))
    return "\n".join(lines)
