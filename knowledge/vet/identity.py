"""Which supplier a typed name means: the company behind the string.

Owns the company key (case, width, punctuation and legal suffixes such as "Co., Ltd", "Inc" or
"(HK)" folded away; words such as Trading or Industrial kept, because they tell two companies
apart; an Alibaba store link reduced to its store id) and the rule that says a new name is the
same company, close enough to ask about, or a new supplier. Pure: the caller passes the chat's
suppliers in and decides what to ask.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from knowledge.vet.names import store_id
from knowledge.vet.records import SupplierRef

# Legal forms that name no company: removed from the end of a name, repeatedly, so
# "Co., Ltd." and "Company Limited (HK)" both go. Compared after punctuation is gone.
LEGAL_SUFFIXES = (
    "co ltd", "co limited", "company limited", "company ltd", "co", "company", "ltd",
    "limited", "inc", "incorporated", "corp", "corporation", "llc", "plc", "gmbh", "hk",
    "pte", "pvt", "sdn bhd",
)  # fmt: skip
# The same in Chinese: 有限公司 (limited company) and its longer forms, at the end of a name.
_CHINESE_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "公司")
_PUNCTUATION = re.compile(r"[\W_]+", re.UNICODE)
# Matching thresholds (rapidfuzz 0-100): a word typed with a typo still counts as that word;
# a whole name this similar is worth a question.
WORD_SCORE = 80
NAME_SCORE = 88
MAX_CLOSE = 3


@dataclass(frozen=True, slots=True)
class CompanyKey:
    """A supplier name reduced to what identifies the company: words, or a store id."""

    words: tuple[str, ...]
    store: str | None = None  # set when the name was an Alibaba store link

    @property
    def compact(self) -> str:
        """The words run together ("ningbobrighthome"): how a store id spells a name."""
        return self.store or "".join(self.words)


def company_key(name: str) -> CompanyKey:
    """The company a name means: "Ningbo Bright Home Co., Ltd." -> (ningbo, bright, home)."""
    store = store_id(name)
    if store is not None:
        return CompanyKey((store,), store)
    text = unicodedata.normalize("NFKC", name).casefold()
    for suffix in _CHINESE_SUFFIXES:
        text = text.removesuffix(suffix)
    words = _PUNCTUATION.sub(" ", text).split()
    while len(words) > 1:
        for suffix in LEGAL_SUFFIXES:
            tail = suffix.split()
            if len(words) > len(tail) and words[-len(tail) :] == tail:
                words = words[: -len(tail)]
                break
        else:
            break
    return CompanyKey(tuple(words))


@dataclass(frozen=True, slots=True)
class SameCompany:
    """The name means a supplier the chat already has: use it, no question needed."""

    supplier: SupplierRef


@dataclass(frozen=True, slots=True)
class CloseCompanies:
    """Suppliers the name may mean, best first: ask before using one or starting another."""

    candidates: tuple[SupplierRef, ...]


@dataclass(frozen=True, slots=True)
class NewCompany:
    """No supplier of the chat is like this name."""


def _word_in(word: str, others: Sequence[str]) -> bool:
    return any(word == other or fuzz.ratio(word, other) >= WORD_SCORE for other in others)


def _one_word_close(short: str, long_: str) -> bool:
    """Names with no spaces (Chinese, or run together): one contains the other, or a typo."""
    shortest = 2 if any(ord(c) > 0x2E80 for c in short) else 4
    return (len(short) >= shortest and short in long_) or fuzz.ratio(short, long_) >= NAME_SCORE


def closeness(query: CompanyKey, known: CompanyKey) -> float:
    """How likely two keys name one company, 0-100; 100 only when they are the same key.

    Close: a store id that spells the start of a name; a name whose every word is in the
    other (shortened, or a word mistyped), except a lone first word, which is usually the
    city ("Shenzhen"); a one-word name inside the other. Two names that share only a city or
    a trade word are not close.
    """
    if query == known:
        return 100.0
    if query.store is not None or known.store is not None:
        short, long_ = sorted((query.compact, known.compact), key=len)
        return 95.0 if len(short) >= 4 and long_.startswith(short) else 0.0
    short_words, long_words = sorted((query.words, known.words), key=len)
    if not short_words:  # a name of emoji or punctuation only: no word to compare
        return 0.0
    if len(long_words) == 1:
        return 95.0 if _one_word_close(short_words[0], long_words[0]) else 0.0
    # Only the city (the first word) in common is no reason to ask.
    only_city = len(short_words) == 1 and _word_in(short_words[0], long_words[:1])
    if only_city or not all(_word_in(word, long_words) for word in short_words):
        return 0.0
    return 99.0


def match_company(query: str, suppliers: Sequence[SupplierRef]) -> (
    SameCompany | CloseCompanies | NewCompany
):  # fmt: skip
    """The supplier `query` names among the chat's, those it may name, or none."""
    wanted = company_key(query)
    if not wanted.words or not wanted.compact:
        return NewCompany()
    scored: list[tuple[float, int, SupplierRef]] = []
    for index, supplier in enumerate(suppliers):
        score = closeness(wanted, company_key(supplier.name))
        if score == 100.0:
            return SameCompany(supplier)
        if score > 0:
            scored.append((score, -index, supplier))
    if not scored:
        return NewCompany()
    scored.sort(key=lambda hit: (hit[0], -hit[1]), reverse=True)  # best, then most recent
    best: dict[int, SupplierRef] = {}
    for _, _, supplier in scored:  # a merged name stands for its supplier: offer it once
        best.setdefault(supplier.supplier_id, supplier)
    return CloseCompanies(tuple(best.values())[:MAX_CLOSE])
