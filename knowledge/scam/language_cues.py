"""The word lists that let the scam check read payment diversion in other languages.

Owns the validated shape of `red_flags.yaml`'s `languages:` section (issue 15, round 10): for
each language, the marker words that say a message is written in it, and the words of one
KIND of message, a changed bank account announced or asked to be used: the account nouns, the
change words, the first-person and asking words, and the refusals and warnings that keep an
honest notice low. Entries are written as people spell them; the reader folds them the way it
folds messages. Holds no logic beyond validation; `languages.py` reads with these lists.
"""

from __future__ import annotations

from typing import Annotated, Self

from pydantic import Field, model_validator

from knowledge.base import Frozen

Entry = Annotated[str, Field(min_length=1, max_length=60)]  # a word or a few words; `stem*`
Entries = tuple[Entry, ...]


class LanguageCues(Frozen):
    """One language's payment-diversion lexicon."""

    code: Annotated[str, Field(pattern=r"^[a-z]{2}$")]  # ISO 639-1, as in the real data
    name: Annotated[str, Field(min_length=3, max_length=30)]  # said in the finding, in English
    # Common words of the language that English text does not use: a message is read in this
    # language only when `min_markers` different ones are in it (the speed gate too).
    markers: Entries = Field(min_length=10)
    min_markers: Annotated[int, Field(ge=2, le=6)] = 3
    accounts: Entries = Field(min_length=2)  # bank account, IBAN, bank details
    changed_accounts: Entries = ()  # one word that is both ("Kontoänderung")
    news: Entries = Field(min_length=2)  # "new": counts only just before the account noun
    changes: Entries = Field(min_length=2)  # changed, updated, a change: either side
    ours: Entries = Field(min_length=1)  # our, we: the sender announces its own account
    asks: Entries = Field(min_length=1)  # please, from now on, the following, use
    refusals: Entries = Field(min_length=1)  # not, never, no
    no_longer: Entries = ()  # words that turn a refusal into "no longer" ("nicht mehr")
    polite: Entries = ()  # formulas with a "not" that refuse nothing ("non esitate")
    warnings: Entries = Field(min_length=3)  # fraud, scammer, police, beware: an advisory
    # An executive's wire request (language_requests.py): a payment word and an ask ("can
    # you", "we must") in one sentence, with a hurry or a secret in it or next to it; and an
    # availability opener ("are you in the office") beside a task, a payment or a hurry.
    payments: Entries = ()
    hurries: Entries = ()
    requests: Entries = ()
    openers: Entries = ()
    tasks: Entries = ()

    @model_validator(mode="after")
    def _markers_are_single_words(self) -> Self:
        if any(" " in marker or marker.endswith("*") for marker in self.markers):
            raise ValueError(f"{self.code}: markers must be single words without stems")
        return self


class LanguagesCues(Frozen):
    """Every language the diversion reader knows, each once."""

    languages: tuple[LanguageCues, ...] = ()

    @model_validator(mode="after")
    def _codes_unique(self) -> Self:
        codes = [language.code for language in self.languages]
        if len(codes) != len(set(codes)):
            raise ValueError("each language may appear once")
        return self
