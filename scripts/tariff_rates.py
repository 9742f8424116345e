"""Reading the "General" rate-of-duty text of an HTS line into a structured rate.

Owns the grammar of the published rate texts (2026 HTS): "Free", "2.7%", "4.4¢/kg",
"$1.104/kg + 14.9%", "0.9¢ each", "3.7¢/kg on drained weight", cross-references such as
"The rate applicable to the article of which it is a part", and everything else. A text this
module cannot read exactly becomes kind "other" with the text kept, never a guess. Used by the
build script only; the shipped table holds the parsed result. Standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

FREE = "free"
AD_VALOREM = "ad_valorem"
SPECIFIC = "specific"
COMPOUND = "compound"
CROSS_REFERENCE = "cross_reference"
OTHER = "other"
NONE = "none"  # no text on the line: a statistical line whose rate sits on its parent
KINDS = (FREE, AD_VALOREM, SPECIFIC, COMPOUND, CROSS_REFERENCE, OTHER, NONE)

# The unit after "/" (or "each") as published, and the unit a quantity must be given in.
PER_UNITS = {
    "kg": "kg",
    "clean kg": "kg (clean)",
    "liter": "liter",
    "pf. liter": "proof liter",
    "pf.liter": "proof liter",
    "doz.": "doz.",
    "m2": "m2",
    "m3": "m3",
    "bbl": "bbl",
    "t": "t",
    "1000": "1000 units",
    "1,000 pins": "1000 pins",
    "thousand": "1000 units",
    "gross": "gross",
    "line/gross": "line per gross",
    "pr.": "pair",
    "head": "head",
    "jewel": "jewel",
    "jewel over 7": "jewel over 7",
    "article": "article",
    "each": "No.",
}
# What a specific amount may be measured on besides the goods' own quantity.
_SPECIFIC_QUALIFIER = re.compile(
    r"(?:on|of) (?:drained weight|(?:entire )?contents(?: and container| of container)?"
    r"|total sugars|(?:ethyl alcohol|lead|copper|tungsten|molybdenum|magnesium) content)$"
)
# A percentage whose base is the whole article despite the words after it.
_WHOLE_VALUE_QUALIFIERS = frozenset({"on the entire set"})

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_PERCENT = re.compile(rf"^(?P<num>{_NUMBER})%(?: (?P<qual>.+))?$")
_SPECIFIC = re.compile(
    rf"^(?P<dollar>\$)?(?P<num>{_NUMBER})(?P<cent>¢)?"
    r"(?:/(?P<per>line/gross|[^/ ]+(?: [a-z0-9.]+)??(?: over 7)?)| (?P<each>each))"
    r"(?: (?P<qual>(?:on|of) .+))?$"
)
_FREE = re.compile(r"^Free(?P<rest>\s*[,(].*)?$")
_CROSS = re.compile(
    r"^(?:The (?:rate|duty)(?: rate)? (?:of duty )?(?:applicable|provided)"
    r"|See additional U\.S\. note)",
    re.IGNORECASE,
)
_CROSS_EXTRA = re.compile(
    rf"(?P<sign>\+|plus|minus)\s*(?:a duty of )?(?P<num>{_NUMBER})%(?P<rest>.*)$"
)


@dataclass(frozen=True, slots=True)
class SpecificPart:
    """An amount per unit: `amount` as published in `money` ("cents" or "dollars")."""

    amount: Decimal
    money: str
    per: str
    qualifier: str | None = None

    def usd_per_unit(self) -> Decimal:
        """The amount in US dollars per unit."""
        return self.amount / 100 if self.money == "cents" else self.amount


@dataclass(frozen=True, slots=True)
class ParsedRate:
    """A rate text and what it says; `percent` is on the full customs value unless `kind`
    is cross_reference (then it is added to, or with a minus taken from, another rate)."""

    text: str
    kind: str
    percent: Decimal | None = None
    parts: tuple[SpecificPart, ...] = ()
    qualifier: str | None = None


def normalise(text: str, plus: bool = True) -> str:
    """One space between words, "+" spaced, the "¢/ liter" and "m²" variants unified."""
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("²", "2")
    if plus:
        text = re.sub(r"\s*\+\s*", " + ", text)
    text = re.sub(r"/\s+", "/", text)
    text = re.sub(r"inthe\b", "in the", text)
    return re.sub(r"\s+", " ", text).strip()


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _specific(component: str) -> SpecificPart | None:
    match = _SPECIFIC.match(component)
    if match is None or bool(match["dollar"]) == bool(match["cent"]):
        return None
    per_text = "each" if match["each"] else match["per"]
    per = PER_UNITS.get(per_text)
    qualifier = match["qual"]
    if per is None or (qualifier is not None and not _SPECIFIC_QUALIFIER.match(qualifier)):
        return None
    money = "cents" if match["cent"] else "dollars"
    return SpecificPart(_number(match["num"]), money, per, qualifier)


def _cross_reference(text: str) -> ParsedRate:
    extra = _CROSS_EXTRA.search(text)
    if extra is None:
        return ParsedRate(text, CROSS_REFERENCE)
    percent = _number(extra["num"])
    rest = extra["rest"].strip(" .")
    return ParsedRate(
        text,
        CROSS_REFERENCE,
        percent=-percent if extra["sign"] == "minus" else percent,
        qualifier=rest or None,
    )


def _components(text: str) -> ParsedRate:
    """Percentages and per-unit amounts joined by "+"; OTHER at the first part not read."""
    percents: list[Decimal] = []
    parts: list[SpecificPart] = []
    for component in text.split(" + "):
        pct = _PERCENT.match(component)
        if pct is not None and pct["qual"] in (None, *_WHOLE_VALUE_QUALIFIERS):
            percents.append(_number(pct["num"]))
            continue
        part = None if pct is not None else _specific(component)
        if part is None:
            return ParsedRate(text, OTHER)
        parts.append(part)
    percent = sum(percents, Decimal(0)) if percents else None
    kind = (COMPOUND if percents else SPECIFIC) if parts else AD_VALOREM
    return ParsedRate(text, kind, percent=percent, parts=tuple(parts))


def parse_rate(raw: str) -> ParsedRate:
    """The structured reading of one General rate text; kind OTHER when not exactly read."""
    free = _FREE.match(normalise(raw, plus=False))
    if free is not None:
        rest = (free["rest"] or "").strip(" ,")
        return ParsedRate(free[0], FREE, percent=Decimal(0), qualifier=rest or None)
    text = normalise(raw)
    if not text:
        return ParsedRate(text, NONE)
    if _CROSS.match(text):
        return _cross_reference(text)
    return _components(text)
