"""The places in a /landed one-liner: the Incoterm's named place, the destination, the origin.

Owns reading them from the words after their clause word: the named place after an Incoterm
(`fob ningbo`), the destination (`to US`, `to Germany`, or a country beside the mode: `us
sea`) and where the goods are made (`from CN`, `made in China`). A country is found by its
exact code or name first, the longest run of words winning, then by a close spelling. It
reads no other clause: the grammar that calls it is `knowledge/landed/reader/parse.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.landed.destinations import CountryFinder, shared_name_question
from knowledge.landed.query import LandedInputError
from knowledge.landed.reader.draft import Draft
from knowledge.landed.reader.fields import FieldReader
from knowledge.landed.reader.words import MODES, Kind, Token, correct

__all__ = ["PlaceReader"]

_MAX_PLACE_WORDS = 3
# Under these rules the named place is at the destination: "ddp us" names the country of import.
_ARRIVAL_TERMS = frozenset(("CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP"))
# Most two- and three-letter codes are also port shorthands ("cif la" is Los Angeles, not Laos):
# after a rule only a country's name, or these codes buyers use for countries, is a country.
_PLACE_CODES_FOR_COUNTRIES = frozenset(("us", "usa", "uk"))


def _may_be_country(place: str) -> bool:
    return len(place) > 3 or place in _PLACE_CODES_FOR_COUNTRIES


_MAX_COUNTRY_WORDS = 5


def _defer(draft: Draft, code: str, reading: str) -> None:
    """A country named after a C or D rule: the destination unless a `to` names one, and an
    error if it names another (`Draft.finish`): "ddp us ... to us" is said twice, not wrong."""
    draft.place_country = code
    draft.place_reading = reading
    draft.place_is_country = True


def _ask_if_shared(countries: CountryFinder, place: str, token: Token | None) -> None:
    """A place that is a country and a US state ("to Georgia") is asked, never guessed."""
    if countries.shared(place):
        question = shared_name_question(place)
        if token is None:
            raise LandedInputError(question)
        raise LandedInputError(question, word=token.text, position=token.start, asks=True)


@dataclass
class PlaceReader:
    """Reads places at the cursor of one line's `FieldReader`."""

    fields: FieldReader
    countries: CountryFinder

    def named_place(self, draft: Draft) -> None:
        """The place named after an Incoterm, if words that are not clauses follow it."""
        if draft.incoterm in _ARRIVAL_TERMS and self._country_of_words(draft):
            return
        words: list[str] = []
        while len(words) < _MAX_PLACE_WORDS and self.fields.peek_kind() is Kind.WORD:
            word = self.fields.peek_word()
            if word is None or self.fields.is_known(word) or correct(word) is not None:
                break
            if self.fields.peek_word(1) in MODES and self.countries.exact(word):
                break  # "fob ningbo us sea": the country before the mode is the destination
            words.append(self.fields.take().text)
        if not words:
            return
        place = " ".join(words)
        if draft.incoterm in _ARRIVAL_TERMS:  # "ddp georgia" is where the goods go
            _ask_if_shared(self.countries, place, self.fields.peek(-1))
        port = self.countries.port(place)
        if port is not None:
            draft.named_place = port.name
            if draft.incoterm in _ARRIVAL_TERMS:
                draft.place_country = port.country
                draft.place_reading = f"{draft.incoterm.lower()} {place} = {port.name}, to "
            return
        code = self.countries.exact(place) if _may_be_country(place) else None
        if code is not None and draft.incoterm in _ARRIVAL_TERMS:
            _defer(draft, code, f"{draft.incoterm.lower()} {place} = to ")
            return
        draft.named_place = place.title()

    def _country_of_words(self, draft: Draft) -> bool:
        """A country of two or more words after a C or D rule ("ddp united states"): its
        words may be clause words or look like typos ("united" for "unit"), so they are
        matched whole, exactly, before the place reader looks at them one by one."""
        words = self.fields.country_words(_MAX_COUNTRY_WORDS)
        for size in range(len(words), 1, -1):
            name = " ".join(token.text for token in words[:size])
            code = self.countries.exact(name)
            if code is not None:
                for _ in range(size):
                    self.fields.take()
                _defer(draft, code, f"{(draft.incoterm or '').lower()} {name} = to ")
                return True
        return False

    def bare_country(self, word: str) -> str | None:
        """The country a word names when it stands next to a mode: "us sea", "air uk"."""
        fields = self.fields
        before = fields.peek(-2) if fields.position >= 2 else None
        beside = fields.peek_word() in MODES or (
            before is not None and before.kind is Kind.WORD and before.text in MODES
        )
        if beside:
            _ask_if_shared(self.countries, word, fields.peek(-1))
        return self.countries.exact(word) if beside else None

    def origin(self, token: Token, example: str) -> str:
        """The country named by the words after `token` (`from China`, `from CN`)."""
        words = self.fields.country_words(_MAX_COUNTRY_WORDS)
        code = self._country(words)
        if code is not None:
            return code
        at = words[0] if words else token
        raise LandedInputError(f"Which country? e.g. {example}.", word=at.text, position=at.start)

    def destination(self, draft: Draft, token: Token) -> None:
        """The country after `to`; the EU as a whole is refused (VAT differs by country)."""
        words = self.fields.country_words(_MAX_COUNTRY_WORDS)
        if not words:
            raise LandedInputError(
                "To which country? e.g. to US or to Germany.",
                word=token.text,
                position=token.start,
            )
        if words[0].text == "eu":
            raise LandedInputError(
                "Name the EU country (e.g. to DE): import VAT differs between member states.",
                word=words[0].text,
                position=words[0].start,
            )
        _ask_if_shared(self.countries, words[0].text, words[0])
        if self._port_destination(draft, token, words):
            return
        code = self._country(words)
        if code is not None:
            draft.set_once("destination", code, token)
            return
        raise LandedInputError(
            f"I don't know the country '{words[0].text}': use its code (DE) or name.",
            word=words[0].text,
            position=words[0].start,
        )

    def _port_destination(self, draft: Draft, token: Token, words: list[Token]) -> bool:
        """A port or gateway city after `to` ("to hamburg", "to LA") names its country, and
        the reading says so. A country's own name or code wins ("to singapore" is the same
        country either way), except the short codes that are port shorthands: buyers who
        type "to LA" ship to Los Angeles, not to Laos."""
        for size in range(len(words), 0, -1):
            typed = " ".join(w.text for w in words[:size])
            port = self.countries.port(typed)
            if port is None:
                continue
            country = self.countries.exact(typed)
            if country is not None and (_may_be_country(typed) or country == port.country):
                return False
            self.fields.advance(size)
            draft.set_once("destination", port.country, token)
            draft.decisions.append(f"to {typed} = {port.name}, {port.country}")
            return True
        return False

    def _country(self, words: list[Token]) -> str | None:
        """The country the first words name, exact before close; the cursor moves past them."""
        for finder in (self.countries.exact, self.countries.guess):
            for size in range(len(words), 0, -1):
                code = finder(" ".join(w.text for w in words[:size]))
                if code is not None:
                    self.fields.advance(size)
                    return code
        return None
