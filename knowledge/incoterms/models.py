"""The Incoterms 2020 knowledge base as frozen models, validated from `incoterms.yaml`.

Owns the shape of the data (the 11 rules, retired and look-alike terms, misconceptions, and
the labels used to show them) and the checks that keep it consistent: every rule names who
pays every cost line, and the summary fields agree with that split. It holds no text of its
own and does no searching: the lookup engine lives in `knowledge/incoterms/lookup.py`.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Literal, Self

from pydantic import Field, model_validator

from knowledge.base import Frozen
from knowledge.cost_split import CostLine, Party
from knowledge.incoterms.words import normal

# The ICC's 11 rules of Incoterms 2020, in the ICC's own order (any mode, then sea).
INCOTERMS_2020 = ("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF")

Code = str  # a three-letter rule code such as "FOB"


class TransportMode(StrEnum):
    """Which transport a rule is made for."""

    ANY = "any"
    SEA = "sea"  # sea and inland waterway only


class NamedPlace(StrEnum):
    """What the place written after the code ("FOB Shanghai") stands for."""

    SELLER_PREMISES = "seller_premises"
    PLACE_OF_DELIVERY = "place_of_delivery"
    PORT_OF_SHIPMENT = "port_of_shipment"
    PLACE_OF_DESTINATION = "place_of_destination"
    PORT_OF_DESTINATION = "port_of_destination"
    DESTINATION = "destination"


class RiskPassesIn(StrEnum):
    """The country where the buyer takes over the risk: the seller's or the buyer's."""

    ORIGIN = "origin"
    DESTINATION = "destination"


class Insurance(Frozen):
    """Whether the rule obliges anyone to insure the goods, and to what standard."""

    required_by: Party | None = None
    clauses: Literal["A", "C"] | None = None  # Institute Cargo Clauses
    # The ICC minimum is the contract price plus 10%, hence the base in the name.
    min_cover_percent_of_contract_price: Decimal | None = None
    note: str = Field(min_length=1, max_length=120)

    @model_validator(mode="after")
    def _duty_is_complete(self) -> Self:
        duty = (self.clauses, self.min_cover_percent_of_contract_price)
        if self.required_by is None and duty != (None, None):
            raise ValueError("clauses and minimum cover only apply when someone must insure")
        if self.required_by is not None:
            if None in duty:
                raise ValueError("an insurance duty names its clauses and minimum cover")
            if duty[1] is not None and duty[1] < 110:
                raise ValueError("Incoterms 2020 require cover of at least 110% of the price")
        return self


class Rule(Frozen):
    """One Incoterms 2020 rule: its facts, a buyer's view of it, and who pays what."""

    code: Code = Field(pattern=r"^[A-Z]{3}$")
    name: str = Field(min_length=3)
    aliases: tuple[str, ...] = ()  # other names buyers type for it ("ex factory")
    mode: TransportMode
    named_place: NamedPlace
    delivery: str = Field(
        min_length=1, max_length=150
    )  # where the seller delivers and the risk passes
    risk_passes_in: RiskPassesIn
    carriage_by: Party  # who books and pays the main carriage
    insurance: Insurance
    export_clearance_by: Party
    import_clearance_by: Party  # import formalities, and under DDP the duty and taxes too
    # Lengths keep a card within a phone screen.
    summary: str = Field(min_length=1, max_length=80)
    good_when: str = Field(min_length=1, max_length=140)
    watch_out: str = Field(min_length=1, max_length=140)
    cost_split: dict[CostLine, Party]
    # The assumption behind the split, on rules where the named place changes it.
    cost_note: str | None = Field(default=None, max_length=160)

    def __hash__(self) -> int:
        # Codes are unique in a book; the default hash would fail on the cost_split dict.
        return hash(self.code)

    @property
    def family(self) -> str:
        """The ICC family letter: E (collect), F (main carriage unpaid), C (paid), D (arrival)."""
        return self.code[0]

    @property
    def key(self) -> str:
        """The stable identifier used in buttons and lookups."""
        return self.code

    @property
    def title(self) -> str:
        """Code and name together, as a heading or a button."""
        return f"{self.code} · {self.name}"

    def payer(self, line: CostLine) -> Party:
        """Who pays `line` under this rule."""
        return self.cost_split[line]

    def buyer_pays(self) -> tuple[CostLine, ...]:
        """The cost lines the buyer pays on top of the price, in the order goods meet them."""
        return tuple(line for line in CostLine if self.cost_split[line] is Party.BUYER)

    @model_validator(mode="after")
    def _split_agrees_with_facts(self) -> Self:
        missing = [line.value for line in CostLine if line not in self.cost_split]
        if missing:
            raise ValueError(f"{self.code}: cost_split lacks {', '.join(missing)}")
        split = self.cost_split
        checks = {
            "carriage_by": (self.carriage_by, split[CostLine.MAIN_CARRIAGE]),
            "export_clearance_by": (self.export_clearance_by, split[CostLine.EXPORT_CLEARANCE]),
            "import_clearance_by": (self.import_clearance_by, split[CostLine.IMPORT_CLEARANCE]),
            "import duty": (self.import_clearance_by, split[CostLine.IMPORT_DUTY_AND_TAXES]),
        }
        for field, (stated, paid) in checks.items():
            if stated is not paid:
                raise ValueError(f"{self.code}: {field} is {stated} but the split says {paid}")
        required = self.insurance.required_by
        if required is not None and required is not split[CostLine.INSURANCE]:
            raise ValueError(f"{self.code}: the {required} must insure but does not pay for it")
        if self.mode is TransportMode.SEA and not self.named_place.startswith("port_"):
            raise ValueError(f"{self.code}: a sea rule names a port")
        return self


class OtherTermKind(StrEnum):
    """Why a term buyers meet is not one of the 11 rules."""

    RETIRED = "retired"  # an Incoterm from an older edition
    INFORMAL = "informal"  # shorthand seen in quotes
    US_DOMESTIC = "us_domestic"  # a US domestic shipping term, not an Incoterm


class OtherTerm(Frozen):
    """A term that looks like an Incoterm but is not a 2020 rule, with what to use instead."""

    id: str = Field(pattern=r"^[a-z][a-z-]{1,30}$")
    title: str = Field(min_length=1)
    kind: OtherTermKind
    retired_in: int | None = None  # the edition that dropped it
    successor: Code | None = None  # the 2020 rule closest to it
    aliases: tuple[str, ...] = Field(min_length=1)  # codes and names buyers type
    answer: str = Field(min_length=1, max_length=160)

    @property
    def key(self) -> str:
        """The stable identifier used in buttons and lookups."""
        return self.id


class Misconception(Frozen):
    """A belief about Incoterms that costs buyers money, and the correction."""

    id: str = Field(pattern=r"^[a-z][a-z-]{1,30}$")
    myth: str = Field(min_length=1, max_length=80)
    truth: str = Field(min_length=1, max_length=300)
    rules: tuple[Code, ...] = ()  # the rules it is about; empty means all of them
    keywords: tuple[str, ...] = Field(min_length=1)  # topic words that show the question


class ModeGroup(Frozen):
    """A heading for the rules of one transport mode, for the "all rules" listing."""

    mode: TransportMode
    title: str = Field(min_length=1)
    blurb: str = Field(min_length=1)


class FieldLabels(Frozen):
    """Short labels for a rule's facts, used on cards and in comparisons."""

    mode: str
    named_place: str
    delivery: str
    risk_passes_in: str
    carriage_by: str
    insurance: str
    export_clearance_by: str
    import_clearance_by: str


class CostLineInfo(Frozen):
    """How a cost line is shown, and what it covers."""

    label: str = Field(min_length=1, max_length=24)  # fits a phone's monospace table
    meaning: str = Field(min_length=1)
    # Words and phrases buyers use for this cost in a question ("who pays unloading under
    # DAP?"), lower case; a phrase of several words wins over its single words.
    asked_as: tuple[str, ...] = ()


class Labels(Frozen):
    """Every display word the Incoterms data needs, so no engine holds user-facing text."""

    fields: FieldLabels
    parties: dict[Party, str]
    named_places: dict[NamedPlace, str]
    risk_passes_in: dict[RiskPassesIn, str]
    cost_lines: dict[CostLine, CostLineInfo]

    @model_validator(mode="after")
    def _every_value_has_a_label(self) -> Self:
        enums: tuple[tuple[str, type[StrEnum], frozenset[StrEnum]], ...] = (
            ("parties", Party, frozenset(self.parties)),
            ("named_places", NamedPlace, frozenset(self.named_places)),
            ("risk_passes_in", RiskPassesIn, frozenset(self.risk_passes_in)),
            ("cost_lines", CostLine, frozenset(self.cost_lines)),
        )
        for field, enum, labelled in enums:
            missing = [member.value for member in enum if member not in labelled]
            if missing:
                raise ValueError(f"labels.{field} lacks {', '.join(missing)}")
        asked = [word for info in self.cost_lines.values() for word in info.asked_as]
        twice = sorted({word for word in asked if asked.count(word) > 1})
        if twice:
            raise ValueError(f"labels.cost_lines: asked_as names two costs: {', '.join(twice)}")
        if any(word != word.lower().strip() for word in asked):
            raise ValueError("labels.cost_lines: asked_as words are lower case, trimmed")
        return self


class Incoterms(Frozen):
    """The whole Incoterms knowledge base: `incoterms.yaml` once validated."""

    edition: Literal[2020]
    source: str = Field(min_length=1)
    question_words: tuple[str, ...] = ()  # typed after a code, they ask rather than place
    common: tuple[Code, ...] = ()  # the rules most often quoted, likeliest first
    modes: tuple[ModeGroup, ...]
    labels: Labels
    rules: tuple[Rule, ...]
    other_terms: tuple[OtherTerm, ...]
    misconceptions: tuple[Misconception, ...]

    def rule(self, code: str) -> Rule:
        """The rule with this code (any case); a KeyError names an unknown code."""
        wanted = code.strip().upper()
        for rule in self.rules:
            if rule.code == wanted:
                return rule
        raise KeyError(f"no Incoterms 2020 rule {code!r}")

    def by_mode(self) -> tuple[tuple[ModeGroup, tuple[Rule, ...]], ...]:
        """The rules under their mode headings, each in the ICC's order."""
        return tuple(
            (group, tuple(rule for rule in self.rules if rule.mode is group.mode))
            for group in self.modes
        )

    @model_validator(mode="after")
    def _references_hold(self) -> Self:
        codes = [rule.code for rule in self.rules]
        if len(set(codes)) != len(codes):
            raise ValueError("rules: a code appears twice")
        if tuple(codes) != INCOTERMS_2020:
            raise ValueError(f"rules: expected {', '.join(INCOTERMS_2020)} in that order")
        if sorted(group.mode for group in self.modes) != sorted(TransportMode):
            raise ValueError("modes: each transport mode needs exactly one heading")
        names: dict[str, str] = {}
        entries = [(rule.code, (rule.code, rule.name, *rule.aliases)) for rule in self.rules]
        entries += [(term.id, term.aliases) for term in self.other_terms]
        for owner, spellings in entries:
            for spelling in spellings:
                seen = names.setdefault(normal(spelling), owner)
                if seen != owner:
                    raise ValueError(f"{spelling!r} names both {seen} and {owner}")
        if len({term.id for term in self.other_terms}) != len(self.other_terms):
            raise ValueError("other_terms: an id appears twice")
        if len({item.id for item in self.misconceptions}) != len(self.misconceptions):
            raise ValueError("misconceptions: an id appears twice")
        for term in self.other_terms:
            if term.successor is not None and term.successor not in codes:
                raise ValueError(f"{term.id}: successor {term.successor} is not a 2020 rule")
        for item in self.misconceptions:
            unknown = sorted(set(item.rules) - set(codes))
            if unknown:
                raise ValueError(f"{item.id}: unknown rules {', '.join(unknown)}")
        return self

    @model_validator(mode="after")
    def _common_rules_exist(self) -> Self:
        codes = {rule.code for rule in self.rules}
        if len(set(self.common)) != len(self.common) or not set(self.common) <= codes:
            raise ValueError("common: each entry must be a different 2020 rule code")
        return self
