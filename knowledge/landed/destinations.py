"""Destination countries for landed cost: duty base, import VAT/GST and per-entry fees.

Owns the model of `destinations.yaml` (the fee periods are `knowledge/landed/fees.py`'s) and
the lookup of a country by ISO code or name (English names from ISO 3166 via pycountry, plus
the aliases in the data, with small typos forgiven), and of a port by its name or shorthand
(so "cif la" knows the goods land in the US). It does no arithmetic: the calculator in
`knowledge/landed/estimate.py` applies the rules.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import Self

import pycountry
from pydantic import Field, model_validator
from rapidfuzz import fuzz, process

from knowledge.base import Frozen
from knowledge.landed.fees import EntryFee

# ISO 3166-1 alpha-2 code -> English short name, computed once.
ISO_COUNTRIES: dict[str, str] = {
    c.alpha_2: getattr(c, "common_name", c.name) for c in pycountry.countries
}


class DutyBasis(StrEnum):
    """Whether customs value leaves out (FOB) or includes (CIF) freight and insurance."""

    FOB = "fob"
    CIF = "cif"


class TaxBasePart(StrEnum):
    """What an import VAT/GST is charged on, added together."""

    CUSTOMS_VALUE = "customs_value"
    DUTY = "duty"
    INTERNATIONAL_TRANSPORT = "international_transport"  # only where customs value is FOB
    # Delivery and unloading after entry, up to the first destination in the country: in the
    # EU and UK import VAT base, not in the customs value (shared/KNOWLEDGE.md).
    COSTS_TO_DESTINATION = "costs_to_destination"


class Sourced(Frozen):
    """A fact that changes: when it was last confirmed and where."""

    as_of: date
    source: str = Field(min_length=1)


class DutyBasisRule(Sourced):
    """The basis for countries not listed."""

    default: DutyBasis


class ImportTax(Sourced):
    """An import VAT/GST regime: its name and base; the rate is per country."""

    name: str = Field(min_length=2, max_length=8)
    base: tuple[TaxBasePart, ...] = Field(min_length=1)
    note: str = Field(min_length=1)


class Notice(Sourced):
    """Something a buyer must know about importing into a country, shown with every estimate."""

    text: str = Field(min_length=1, max_length=240)


class Country(Frozen):
    """One destination with its own rules."""

    code: str = Field(pattern=r"^[A-Z]{2}$")
    duty_basis: DutyBasis
    import_tax: str | None = None  # key into Destinations.import_taxes
    tax_percent: Decimal | None = Field(default=None, gt=0, lt=100)
    tax_note: str | None = None  # shown when no import tax is computed
    entry_fees: tuple[str, ...] = ()  # keys into Destinations.entry_fees
    notices: tuple[Notice, ...] = ()
    aliases: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The English short name."""
        return ISO_COUNTRIES[self.code]


@dataclass(frozen=True, slots=True)
class Destination:
    """A resolved destination: its rules, ready for the calculator."""

    code: str
    name: str
    duty_basis: DutyBasis
    duty_basis_listed: bool  # False: the default basis was assumed
    import_tax: ImportTax | None
    tax_percent: Decimal | None
    tax_note: str | None
    entry_fees: tuple[EntryFee, ...]
    notices: tuple[Notice, ...] = ()


class Port(Frozen):
    """A port (or gateway city) buyers name after an Incoterm, and the country it is in."""

    name: str = Field(min_length=2)
    country: str = Field(pattern=r"^[A-Z]{2}$")
    aliases: tuple[str, ...] = ()  # shorthands buyers and forwarders type: "la", "nyc"


@lru_cache(maxsize=8192)  # asked of every word of a pasted quote: the same words come back
def normal_name(text: str) -> str:
    """Casefolded letters without accents and single spaces: 'Korea, Republic of' -> 'korea
    republic of', 'México' -> 'mexico' (buyers type names with and without them)."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", bare.casefold()).split())


class Destinations(Frozen):
    """Every destination rule, with lookups by code or name."""

    duty_basis: DutyBasisRule
    import_taxes: dict[str, ImportTax]
    entry_fees: dict[str, EntryFee]
    countries: tuple[Country, ...]
    aliases: dict[str, str] = Field(default_factory=dict)
    ports: tuple[Port, ...] = ()

    @model_validator(mode="after")
    def _references_hold(self) -> Self:
        codes = [c.code for c in self.countries]
        if len(codes) != len(set(codes)):
            raise ValueError("a country is listed twice")
        for country in self.countries:
            if country.code not in ISO_COUNTRIES:
                raise ValueError(f"{country.code} is not an ISO 3166 country code")
            if (country.import_tax is None) != (country.tax_percent is None):
                raise ValueError(f"{country.code}: import_tax and tax_percent go together")
            if country.import_tax is not None and country.import_tax not in self.import_taxes:
                raise ValueError(f"{country.code}: unknown import tax {country.import_tax}")
            unknown = [f for f in country.entry_fees if f not in self.entry_fees]
            if unknown:
                raise ValueError(f"{country.code}: unknown entry fees {unknown}")
        bad = sorted(code for code in self.aliases.values() if code not in ISO_COUNTRIES)
        if bad:
            raise ValueError(f"aliases point at unknown country codes: {bad}")
        bad = sorted(port.name for port in self.ports if port.country not in ISO_COUNTRIES)
        if bad:
            raise ValueError(f"ports in unknown countries: {bad}")
        names = [normal_name(n) for port in self.ports for n in (port.name, *port.aliases)]
        if len(names) != len(set(names)):
            raise ValueError("a port name or alias is listed twice")
        return self

    def destination(self, code: str) -> Destination:
        """The rules for an ISO alpha-2 `code`; unlisted countries get the default basis.

        `code` must be a real alpha-2 code (as `CountryFinder` returns); KeyError otherwise.
        """
        listed = next((c for c in self.countries if c.code == code), None)
        if listed is None:
            return Destination(
                code=code,
                name=ISO_COUNTRIES[code],
                duty_basis=self.duty_basis.default,
                duty_basis_listed=False,
                import_tax=None,
                tax_percent=None,
                tax_note=None,
                entry_fees=(),
            )
        return Destination(
            code=code,
            name=listed.name,
            duty_basis=listed.duty_basis,
            duty_basis_listed=True,
            import_tax=None if listed.import_tax is None else self.import_taxes[listed.import_tax],
            tax_percent=listed.tax_percent,
            tax_note=listed.tax_note,
            entry_fees=tuple(self.entry_fees[key] for key in listed.entry_fees),
            notices=listed.notices,
        )


# Country names that are also a US state's: "to Georgia" may be Tbilisi or Atlanta, and the
# two imports differ in every charge, so no lookup answers them and the reader asks instead.
SHARED_NAMES = {"georgia": "GE"}


def shared_name_question(name: str, lead: str = "to ") -> str:
    """What to ask when a place is a country and a US state ("Georgia"); `lead` is what the
    answer starts with ("to " in a line, nothing where a country is typed alone)."""
    code = SHARED_NAMES[normal_name(name)]
    shown = name.strip().title()
    return (
        f"{shown} is a country ({code}) and a US state: type {lead}{code} for the country, or "
        f"{lead}US for the state."
    )


def shared_place_note(name: str) -> str:
    """Why a pasted quote naming such a place offers no line, and what to type."""
    code = SHARED_NAMES[normal_name(name)]
    return (
        f"The text names {name.strip().title()}, a country ({code}) and a US state: I can't "
        f"tell which, so I offer no line. Write it with to {code} for the country, or to US "
        "for the state."
    )


class CountryFinder:
    """Finds an ISO alpha-2 code from what a user typed; built once, used for every message."""

    def __init__(self, destinations: Destinations) -> None:
        names: dict[str, str] = {}
        for country in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(country, attr, None)
                if value:
                    names[normal_name(value)] = country.alpha_2
        for alias, code in destinations.aliases.items():
            names[normal_name(alias)] = code
        for listed in destinations.countries:
            for alias in listed.aliases:
                names[normal_name(alias)] = listed.code
        for shared in SHARED_NAMES:
            names.pop(shared, None)  # asked, never guessed (`shared`)
        self._names = names
        self._ports = {
            normal_name(typed): port
            for port in destinations.ports
            for typed in (port.name, *port.aliases)
        }
        self._codes = {code.casefold(): code for code in ISO_COUNTRIES}
        self._codes |= {c.alpha_3.casefold(): c.alpha_2 for c in pycountry.countries}
        # The first word of every name and port: most words of a pasted text start none.
        self._starts = frozenset(name.split()[0] for name in (*names, *self._ports) if name)
        # Fuzzy matching only over real names: codes are too short to guess at.
        self._choices = tuple(name for name in names if len(name) >= 4)

    def exact(self, typed: str) -> str | None:
        """The code for an ISO code (alpha-2 or alpha-3) or a known name, else None."""
        key = normal_name(typed)
        return self._codes.get(key) or self._names.get(key)

    def shared(self, typed: str) -> bool:
        """True when `typed` names a country and a US state alike ("Georgia")."""
        return normal_name(typed) in SHARED_NAMES

    def may_start(self, word: str) -> bool:
        """False when no country name or port begins with `word` (a quick test before the
        lookups, for scanning every word of a pasted text)."""
        return normal_name(word) in self._starts

    def port(self, typed: str) -> Port | None:
        """The port a place names, exactly ("los angeles", "la"), else None."""
        return self._ports.get(normal_name(typed))

    def guess(self, typed: str) -> str | None:
        """The code for a name with a small typo ('germny'), else None."""
        key = normal_name(typed)
        if len(key) < 4:
            return None
        found = process.extractOne(
            key, self._choices, scorer=fuzz.ratio, processor=None, score_cutoff=85
        )
        return None if found is None else self._names[found[0]]
