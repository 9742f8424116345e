"""Where a pasted quote's goods go: "shipping to Germany", "to Los Angeles", "delivered to the UK".

Owns placing each country (and, after "to", each known port or city) a pasted text names, for
the skim (`knowledge/landed/reader/skim.py`): after "to", "nach", "para", "vers", or a delivery
word and "in"/"en"/"a" ("shipped to me in the states", "spedizione in Italia"), it is the
destination; after an Incoterm, the destination under a C or D rule and only the rule's place
under E or F. After "from", "of" or "made in" it is where the goods come from, which the line
leaves out ("sending from Germany" is not where they were made, and the chat's origin stands).
A country named with no such word ("China supplier", "(Germany)") could be either, and a line
with the wrong one prices the wrong import, so the skim then offers none; so too for two
destinations. Countries are matched by name only: short codes are English words ("to us", "to
it", "to be"). It reads no amount and builds no line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.landed.destinations import CountryFinder, shared_place_note
from knowledge.landed.reader.words import INCOTERMS, Kind, Token

_TO = frozenset(("to", "into", "nach", "naar", "para", "vers", "towards"))
_IN = frozenset(("in", "en", "a", "à", "al", "nel", "nach", "to", "into", "para"))
_DELIVERY = frozenset(
    ("shipping", "shipped", "ship", "ships", "delivered", "delivery", "deliver", "sent", "send",
     "versand", "geliefert", "versandt", "lieferung", "livraison", "livré", "livrée", "livrés",
     "livrées", "livrer", "expédiés", "expédiées", "enviados", "enviadas", "entregado",
     "entregados", "spediti", "spedite", "consegnati", "entregues", "envoi",
     "expédition", "expédié", "spedizione", "spedito", "consegna", "envío", "envio", "enviado",
     "entrega", "frete", "shipment", "importing", "imported", "import")
)  # fmt: skip
_FROM = frozenset(("from", "of", "aus", "desde", "depuis"))
_MADE = frozenset(("made", "fabricado", "fabriqué", "hergestellt", "prodotto", "fabricados"))
_PEOPLE = frozenset(("me", "us", "you", "them", "him", "her"))  # "shipped to me in the states"
_ARRIVAL = frozenset(("CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP"))
_SHORT_NAMES = frozenset(("usa", "uk"))
_WIDEST = 3


@dataclass(frozen=True)
class Route:
    """The clause for the line ("to DE"), or `unclear` (no line is offered)."""

    words: tuple[str, ...] = ()
    unclear: bool = False
    question: str | None = None  # "to Georgia": the country or the US state?


def route(tokens: Sequence[Token], countries: CountryFinder) -> Route:
    """The destination the words of `tokens` name (see the module's docstring)."""
    to: set[str] = set()
    at = 0
    while at < len(tokens):
        if tokens[at].kind is Kind.WORD and countries.shared(tokens[at].text):
            # "to Georgia": the country or the US state? Asked, never guessed.
            return Route(unclear=True, question=shared_place_note(tokens[at].text))
        found = _place_at(tokens, at, countries)
        if found is None:
            at += 1
            continue
        width, code, is_port = found
        role = _role(tokens, at)
        if role == "rule":
            role = "named" if is_port else "to"  # "cif la" already names the destination
        if role == "to":
            to.add(code)
        elif role is None and not is_port:
            return Route(unclear=True)  # a country named with nothing saying which one it is
        at += width
    if len(to) > 1:
        return Route(unclear=True)
    return Route(tuple(f"to {c}" for c in to))


def _place_at(
    tokens: Sequence[Token], at: int, countries: CountryFinder
) -> tuple[int, str, bool] | None:
    """The width, country code and port-ness of a place named by the words from `at`."""
    if tokens[at].kind is not Kind.WORD or not countries.may_start(tokens[at].text):
        return None
    for width in range(_WIDEST, 0, -1):
        words = tokens[at : at + width]
        if len(words) < width or any(t.kind is not Kind.WORD for t in words):
            continue
        name = " ".join(t.text for t in words)
        code = countries.exact(name) if len(name) > 3 or name in _SHORT_NAMES else None
        if code is not None:
            return width, code, False
        port = countries.port(name) if len(name) > 3 else None
        if port is not None:
            return width, port.country, True
    return None


def _role(tokens: Sequence[Token], at: int) -> str | None:
    """ "to", "from", "rule", "named" or None for the place at `at`, from the words before
    it. After a C or D rule ("rule") the place is at arrival: the destination; after E or F it
    is where the seller hands over ("named": the rule's place, neither destination nor origin)."""
    before = at - 1
    if _text(tokens, before) == "the":
        before -= 1
    if _text(tokens, before) == "in" and _text(tokens, before - 1) in _PEOPLE:
        before -= 2  # "shipped to me in the states"
    word = _text(tokens, before)
    code = INCOTERMS.get(word or "")
    if code is not None:
        return "rule" if code in _ARRIVAL else "named"
    if word in _TO or (word in _IN and _text(tokens, before - 1) in _DELIVERY):
        return "to"
    if word in _FROM or (word == "in" and _text(tokens, before - 1) in _MADE):
        return "from"
    return None


def _text(tokens: Sequence[Token], at: int) -> str | None:
    if 0 <= at < len(tokens) and tokens[at].kind is Kind.WORD:
        return tokens[at].text
    return None
