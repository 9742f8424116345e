"""Supplier names: checking what a buyer typed, the key that identifies a supplier, and the
fuzzy lookup behind /report.

Owns the name rules (kept exactly as typed, at most 100 characters; an Alibaba store link
names its store) and the rapidfuzz matcher that returns one supplier or "did you mean"
candidates. It must not touch storage: the caller passes the chat's suppliers in.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from rapidfuzz import fuzz, process, utils

from knowledge.vet.records import SupplierRef

MAX_NAME_CHARS = 100
# Matcher tuning (0-100 WRatio): a sure match, the lead it needs over the runner-up, and the
# floor below which a name is not even suggested.
SURE_SCORE = 90
SURE_MARGIN = 5
SUGGEST_SCORE = 60
MAX_SUGGESTIONS = 3

# Alibaba hosts that are not a supplier's store.
_NOT_A_STORE = frozenset({"www", "m", "message", "login", "offer", "sale", "s", "i"})


class NameProblem(StrEnum):
    """Why a typed supplier name cannot be used."""

    EMPTY = "empty"
    TOO_LONG = "too_long"


@dataclass(frozen=True, slots=True)
class SupplierName:
    """A supplier name as typed (`text`) and the key that says two spellings are one supplier."""

    text: str
    key: str


def _store_host(text: str) -> str | None:
    """`acme.en.alibaba.com` for any link into that store, None for anything else."""
    candidate = text if "://" in text else f"https://{text}"
    try:
        host = (urlsplit(candidate).hostname or "").casefold()
    except ValueError:
        return None
    labels = host.removesuffix(".alibaba.com").split(".")
    if not host.endswith(".alibaba.com") or " " in text or labels[0] in _NOT_A_STORE:
        return None
    return f"{labels[0]}.alibaba.com"  # the language label (en, fr) does not change the store


def store_id(text: str) -> str | None:
    """The store id of an Alibaba store link ("acme" for acme.en.alibaba.com/...), else None."""
    host = _store_host(" ".join(unicodedata.normalize("NFKC", text).casefold().split()))
    return host.removesuffix(".alibaba.com") if host else None


def supplier_key(text: str) -> str:
    """The identity of a supplier name: case, width and spacing folded; store links reduced."""
    folded = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return _store_host(folded) or folded


def read_supplier_name(raw: str) -> SupplierName | NameProblem:
    """Check a typed name; the text is kept exactly as typed, only outer spaces trimmed."""
    text = raw.strip()
    if not text:
        return NameProblem.EMPTY
    if len(text) > MAX_NAME_CHARS:
        # A store link shared from the app carries long tracking parameters: keep its host,
        # which names the store, rather than refuse the link.
        link = text if "://" in text else f"https://{text}"
        host = urlsplit(link).hostname if _store_host(text) else None
        if host is None or len(host) > MAX_NAME_CHARS:
            return NameProblem.TOO_LONG
        text = host
    return SupplierName(text=text, key=supplier_key(text))


@dataclass(frozen=True, slots=True)
class Found:
    """One supplier the query clearly names."""

    supplier: SupplierRef


@dataclass(frozen=True, slots=True)
class DidYouMean:
    """Several or uncertain candidates, best first."""

    candidates: tuple[SupplierRef, ...]


@dataclass(frozen=True, slots=True)
class NoMatch:
    """Nothing close enough to suggest."""


def _comparable(text: str) -> str:
    return utils.default_process(supplier_key(text))


class SupplierIndex:
    """The chat's suppliers prepared once for fuzzy lookup by name."""

    def __init__(self, suppliers: Sequence[SupplierRef]) -> None:
        self._suppliers = tuple(suppliers)
        self._keys = {supplier_key(s.name): s for s in reversed(self._suppliers)}
        self._choices = [_comparable(s.name) for s in self._suppliers]

    def match(self, query: str) -> Found | DidYouMean | NoMatch:
        """The supplier `query` names, "did you mean" candidates, or nothing."""
        exact = self._keys.get(supplier_key(query))
        if exact is not None:
            return Found(exact)
        # identity.py builds on this module's store links, so it is imported here, late.
        from knowledge.vet.identity import SameCompany, match_company

        company = match_company(query, self._suppliers)  # "Acme Co., Ltd" for "ACME co"
        if isinstance(company, SameCompany):
            return Found(company.supplier)
        wanted = _comparable(query)
        if not wanted:
            return NoMatch()
        hits = process.extract(
            wanted,
            self._choices,
            scorer=fuzz.WRatio,
            processor=None,  # choices and query are processed once, above
            score_cutoff=SUGGEST_SCORE,
            limit=None,
        )
        # WRatio ties easily on partial matches; plain similarity breaks the tie.
        ranked = sorted(hits, key=lambda hit: (-hit[1], -fuzz.ratio(wanted, hit[0]), hit[2]))
        if not ranked:
            return NoMatch()
        best = ranked[0][1]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        if best >= SURE_SCORE and best - runner_up >= SURE_MARGIN:
            return Found(self._suppliers[ranked[0][2]])
        return DidYouMean(tuple(self._suppliers[hit[2]] for hit in ranked[:MAX_SUGGESTIONS]))
