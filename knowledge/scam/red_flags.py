"""The red-flag knowledge base (`data/red_flags.yaml`) as frozen, validated models.

Owns the shape of the scam-check data: flag categories with their phrases, the pattern
detectors and the category each one reports under, the domain lists (Alibaba group, link
shorteners, personal webmail), the context cues (negation, protective wording, bank-change
wording) and the scoring bands. The phrase-variant syntax of the data file is
`knowledge/scam/variants.py`. It must not match anything: the scanner
(`knowledge/scam/scanner.py`) does that.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Annotated, Self

from pydantic import Field, model_validator

from knowledge.base import Frozen
from knowledge.scam.address_cues import AddressCues
from knowledge.scam.language_cues import LanguagesCues
from knowledge.scam.stance import StanceCues
from knowledge.scam.threats import ThreatCues
from knowledge.scam.typologies import Typology
from knowledge.scam.variants import expand_variants


class Severity(StrEnum):
    """How much one finding weighs; the values are stored with scans and shown to users."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Detector(StrEnum):
    """The pattern detectors the scanner runs besides phrase matching (stable data keys)."""

    CRYPTO_WALLET = "crypto_wallet"
    BANK_DETAILS_CHANGED = "bank_details_changed"
    LOOKALIKE_LINK = "lookalike_link"
    LINK_SHORTENER = "link_shortener"
    PERSONAL_WEBMAIL = "personal_webmail"
    MESSENGER_CONTACT = "messenger_contact"
    DOCUMENT_LINK = "document_link"
    MARKED_LINK = "marked_link"


CategoryId = Annotated[str, Field(pattern=r"^[a-z][a-z_]*[a-z]$")]
Phrase = Annotated[str, Field(min_length=2, max_length=200)]
# Two or more groups joined by "+", each with alternatives separated by "|"; optionally
# "N:" first, the window in words (see knowledge/scam/combos.py).
Combo = Annotated[str, Field(pattern=r"^(\d{1,2}:)?[^+|:]+(\|[^+|:]+)*(\+[^+|:]+(\|[^+|:]+)*)+$")]
ConceptName = Annotated[str, Field(pattern=r"^[a-z][a-z_]*[a-z]$")]
_CONCEPT_REF = re.compile(r"@([a-z_]+)")
_WORD = re.compile(r"[^\W_]")


class FlagCategory(Frozen):
    """One kind of red flag: what it is, how bad, why it matters, what to do, how it reads."""

    id: CategoryId
    title: str = Field(min_length=3, max_length=60)
    severity: Severity
    hard_block: bool = False  # a finding at high severity forces a high-risk verdict
    why: str = Field(min_length=20)
    what_to_do: str = Field(min_length=20)
    phrases: tuple[Phrase, ...] = Field(min_length=1)
    # Wording honest suppliers use too: counted at low severity, it only adds up with others.
    weak_phrases: tuple[Phrase, ...] = ()
    # Word groups that must appear in order within a few words: `my|his + private + account`,
    # `@pay + @changed + @bank` (see knowledge/scam/combos.py); `weak_combos` count at low
    # severity.
    combos: tuple[Combo, ...] = ()
    weak_combos: tuple[Combo, ...] = ()
    # Words that, near the match in its sentence, make it ordinary (100% up front "for
    # samples"; see knowledge/scam/excuses.py).
    excused_by: tuple[str, ...] = ()
    # Words that excuse a match only inside its own clause: a time of day sets a time for a
    # call, it refuses nothing ("no video call before 8pm"), while in "no inspection, we ship
    # tomorrow" the time belongs to another clause (see knowledge/scam/excuses.py).
    excused_in_clause_by: tuple[str, ...] = ()
    # Combos that only report news ("Alibaba closed the chat for maintenance tonight"): they
    # count only when the message also names a word of `news_needs` (WhatsApp, email), which
    # turns the news into a reason to go elsewhere.
    news_combos: tuple[Combo, ...] = ()
    news_needs: tuple[str, ...] = ()
    # A keep-it-secret imperative opening the next sentence ("Never share it with anyone",
    # see ContextCues.keep_secret) protects what this category's match names, not asks for it.
    kept_secret_cancels: bool = False
    # Regular expressions over the folded text for wording in Chinese (simplified), which has
    # no spaces for the word matchers (see knowledge/scam/chinese.py).
    zh_patterns: tuple[Annotated[str, Field(min_length=2, max_length=200)], ...] = ()

    @model_validator(mode="after")
    def _patterns_compile(self) -> Self:
        for pattern in self.zh_patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"{self.id}: zh pattern {pattern!r}: {exc}") from None
        return self

    @model_validator(mode="after")
    def _news_has_needs(self) -> Self:
        if bool(self.news_combos) != bool(self.news_needs):
            raise ValueError(f"{self.id}: news_combos and news_needs come together")
        return self


class DetectorRule(Frozen):
    """Which category a pattern detector reports under, at what severity, and why."""

    detector: Detector
    category: CategoryId
    severity: Severity
    why: str = Field(min_length=20)


Domain = Annotated[str, Field(pattern=r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")]


class Domains(Frozen):
    """Domain lists the link and e-mail detectors compare against."""

    as_of: date
    source: str
    alibaba_group: tuple[Domain, ...] = Field(min_length=5)
    # Names a look-alike domain imitates; digits allowed for 1688.
    brands: tuple[Annotated[str, Field(pattern=r"^[a-z0-9]{4,}$")], ...] = Field(min_length=3)
    # Parcel carriers whose tracking and duty notices are copied: their own sites (a carrier
    # name followed only by a country ending, "dhl.de", "fedex.com.cn", counts as theirs too)
    # and the names a look-alike borrows ("dhl-parcel-care.com").
    carrier_sites: tuple[Domain, ...] = ()
    carrier_brands: tuple[Annotated[str, Field(pattern=r"^[a-z0-9]{3,}$")], ...] = ()
    link_shorteners: tuple[Domain, ...] = Field(min_length=5)
    personal_webmail: tuple[Domain, ...] = Field(min_length=5)
    messenger_links: tuple[Domain, ...] = Field(min_length=1)


class ContextCues(Frozen):
    """Words that change what a match means; each entry is a word or a short word sequence."""

    negations: tuple[str, ...] = Field(min_length=3)
    not_negations: tuple[str, ...] = ()  # "no problem": starts like a negation, is not one
    protective: tuple[str, ...] = Field(min_length=3)
    conditionals: tuple[str, ...] = ()  # "if you don't pay ..." is a threat, not a refusal
    breakers: tuple[str, ...] = ()  # "but", "only": end the reach of a negation
    # Words that open a new clause ("please", "kindly"): a negation before them does not
    # reach past them ("this was not in the quote, sorry, please pay by MoneyGram").
    clause_openers: tuple[str, ...] = ()
    change_words: tuple[str, ...] = Field(min_length=3)
    bank_words: tuple[str, ...] = Field(min_length=3)
    messenger_words: tuple[str, ...] = Field(min_length=3)
    # Words that make an outside link a document or log-in link ("TT copy", "sign in"): a
    # payment slip or a remittance advice never needs one.
    document_words: tuple[str, ...] = Field(min_length=3)
    # "Never share it": a sentence opening with one of `keep_secret_refusals`, then a verb of
    # `keep_secret_verbs`, then a word of `keep_secret_objects` tells the reader to keep what
    # the sentence before named to themselves.
    keep_secret_refusals: tuple[str, ...] = ()
    keep_secret_verbs: tuple[str, ...] = ()
    keep_secret_objects: tuple[str, ...] = ()
    keep_secret_unless: tuple[str, ...] = ()
    keep_secret_askers: tuple[str, ...] = ()
    # A fraud warning, FAQ or explainer (see knowledge/scam/advisory.py): words that mark a
    # sentence as a warning, in English and (matched inside Chinese text) in Chinese.
    advisory: tuple[str, ...] = ()
    advisory_zh: tuple[str, ...] = ()
    # Payment methods named among accepted ones are advice, not a demand: the methods, the
    # words that make a listing, and the words that turn a sentence of it into a demand.
    accepted_methods: tuple[str, ...] = ()
    listing_words: tuple[str, ...] = ()
    demand_words: tuple[str, ...] = ()
    # Sequences that open with a demand word and demand nothing of the method: a date the
    # money must reach the seller by, a personal or company cheque (round 14).
    demand_exceptions: tuple[str, ...] = ()
    listed_why: str = "Named among several accepted ways to pay."


class Scoring(Frozen):
    """Weights per severity and the score bands of the verdict (score 0-100)."""

    weights: dict[Severity, Annotated[int, Field(ge=1, le=100)]]
    medium_at: Annotated[int, Field(ge=1, le=100)]
    high_at: Annotated[int, Field(ge=1, le=100)]

    @model_validator(mode="after")
    def _bands_are_ordered(self) -> Self:
        if set(self.weights) != set(Severity):
            raise ValueError("weights must give every severity: low, medium, high")
        if not self.medium_at < self.high_at:
            raise ValueError("medium_at must be below high_at")
        return self


class RedFlags(Frozen):
    """The whole scam-check knowledge base."""

    categories: tuple[FlagCategory, ...] = Field(min_length=1)
    # Named word groups the combination rules refer to as `@name`; `word*` adds inflections.
    concepts: dict[ConceptName, tuple[Phrase, ...]] = Field(default_factory=dict)
    detectors: tuple[DetectorRule, ...]
    domains: Domains
    context: ContextCues
    # Who asks the reader to act: one list, given to `stance`, `addressed` and `threats`
    # when the data file loads, and read by the money-now shape (lures.py).
    askers: tuple[Phrase, ...] = Field(min_length=5)
    stance: StanceCues  # requests aimed at the reader, reports told of others (stance.py)
    addressed: AddressCues  # who is asking whom: a demand's weight needs it (addressed.py)
    threats: ThreatCues  # account threats and bare wire or data requests (threats.py)
    scoring: Scoring
    always_check: tuple[str, ...] = Field(min_length=2, max_length=4)
    typologies: tuple[Typology, ...] = ()
    foreign: LanguagesCues = LanguagesCues()  # diversion read in other languages (languages.py)

    def category(self, category_id: str) -> FlagCategory:
        """The category with this id; a KeyError means the data does not define it."""
        for category in self.categories:
            if category.id == category_id:
                return category
        raise KeyError(category_id)

    @model_validator(mode="before")
    @classmethod
    def _share_askers(cls, data: object) -> object:
        """The one `askers` list of the data file, handed to each reader that needs it."""
        if isinstance(data, dict) and "askers" in data:
            for key in ("stance", "addressed", "threats"):
                section = data.get(key)
                if isinstance(section, dict) and "askers" not in section:
                    data = {**data, key: {**section, "askers": data["askers"]}}
        return data

    @model_validator(mode="after")
    def _references_hold(self) -> Self:
        ids = [category.id for category in self.categories]
        if len(ids) != len(set(ids)):
            raise ValueError("category ids must be unique")
        known = set(ids)
        for rule in self.detectors:
            if rule.category not in known:
                raise ValueError(
                    f"detector {rule.detector} names unknown category {rule.category}"
                )
        if any(set(t.categories) - known for t in self.typologies):
            raise ValueError("a typology names an unknown category")
        covered = [rule.detector for rule in self.detectors]
        if sorted(covered) != sorted(Detector):
            raise ValueError("every detector must be configured exactly once")
        self._check_combos()
        seen: set[str] = set()
        for category in self.categories:
            for line in category.phrases + category.weak_phrases:
                for variant in expand_variants(line):
                    if variant.casefold() in seen:
                        raise ValueError(f"phrase {variant!r} appears twice")
                    seen.add(variant.casefold())
        return self

    def _check_combos(self) -> None:
        """Every combination rule has words in each alternative and names known concepts;
        every concept is used."""
        used: set[str] = set()
        for category in self.categories:
            for line in category.combos + category.weak_combos + category.news_combos:
                used.update(_CONCEPT_REF.findall(line))
                body = line.split(":", 1)[-1]
                if any(not _WORD.search(alt) for alt in re.split(r"[+|]", body)):
                    raise ValueError(f"combo {line!r} has an alternative without a word")
        if used - set(self.concepts):
            raise ValueError(f"combos name unknown concepts: {sorted(used - set(self.concepts))}")
        if set(self.concepts) - used:
            raise ValueError(f"concepts never used: {sorted(set(self.concepts) - used)}")
