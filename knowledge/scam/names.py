"""Who the money goes to: the beneficiary and company names a message gives, and whether they
agree with each other and with the suppliers the team vetted.

Owns reading names out of a message (a beneficiary or account-name line, in English or
Chinese, and company names with a legal ending such as "Co., Ltd", "Limited", "有限公司"),
comparing two company names the way a buyer would (legal endings, punctuation and case do not
count; "Sunrise Industrial" is part of "Guangzhou Sunrise Industrial Co., Ltd"), and the
resulting mismatches. It is handed the vetted names as plain strings: it knows nothing of the
vetting feature or its storage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

_NAME_WORDS = 6  # a beneficiary line longer than this without a legal ending is no name
_SAME_NAME = 90  # rapidfuzz ratio (0-100) from which two cleaned names are the same company
_BENEFICIARY_SOURCE = (
    r"(?:beneficiary(?:'s)?(?: name)?|account name|account holder(?:'s name)?|name of "
    r"(?:the )?beneficiary|payee(?: name)?|收款人(?:名称|姓名|户名)?|收款单位|户名|开户名)"
    r"\s*[:：]?\s*(?:is\s+)?(?P<name>[^\n,;:：。]{3,80})"
)
_BENEFICIARY = re.compile(_BENEFICIARY_SOURCE, re.IGNORECASE)
# Case-blind matching makes the regex engine try every position of a message (170 µs on
# 4,096 characters); the same lower-case pattern over the lower-cased text skips to the
# letters that can start a match (35 µs) and finds the same spans, unless lower-casing moves
# characters or the engine reads a character as "i" or "s" that lower-casing does not:
# dotted capital I (two characters in lower case), dotless i and long s (`_beneficiaries`).
_BENEFICIARY_LOWER = re.compile(_BENEFICIARY_SOURCE)
_CASE_EXCEPTIONS = ("\u0130", "\u0131", "\u017f")
# A company name: a legal ending, found first (cheap), then up to six capitalised words (or a
# bracketed country code) right before it; in Chinese, the characters before 有限公司.
_LATIN_ENDINGS = (
    r"Co\.?,?[ \t]*Ltd\.?", r"Company[ \t]+Limited", "Limited", r"Ltd\.?", r"Inc\.?", "LLC",
    "GmbH", r"Corp\.?", "Corporation",
)  # fmt: skip
# `\b(?:Co...|Limited|...)`, with each ending opening on its first letter and looking behind
# it for a word character instead: a pattern opening on `\b` is tried at every position,
# one opening on letters skips to those letters (C, L, I, G: rare capitals).
_LATIN_ENDING = re.compile(
    "(?:" + "|".join(f"{e[0]}(?<!\\w{e[0]}){e[1:]}" for e in _LATIN_ENDINGS) + r")(?![\w])"
)
_CHINESE_ENDING = re.compile(r"[\u4e00-\u9fff]{2,20}有限公司")
_BEFORE_ENDING = re.compile(r"(?:(?:[A-Z][\w&'.-]*|\([A-Z]{2,3}\))[ \t]+){1,6}$")
_LOOK_BACK = 90  # characters before a legal ending that may hold the name
_ENDINGS = re.compile(
    r"\b(?:co|ltd|limited|company|inc|llc|gmbh|corp|corporation|the)\b|有限公司|有限|公司"
)
_ADDRESS = re.compile(r"://|\bwww\.|\.(?:com|cn|net|org)\b", re.IGNORECASE)  # a URL, no name
_BANKS = re.compile(r"\bbank\b|银行", re.IGNORECASE)
_MONEY = re.compile(
    r"\b(?:account|beneficiary|iban|swift|bank|remit\w*|pay\w*|wire|transfer)\b|账户|账号|汇款|付款",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Company:
    start: int
    end: int
    name: str


def _endings(text: str) -> list[re.Match[str]]:
    """Legal endings in the order they stand (Latin and Chinese ones never overlap: they
    share no character)."""
    latin = list(_LATIN_ENDING.finditer(text))
    if "有限公司" not in text:
        return latin
    return sorted((*latin, *_CHINESE_ENDING.finditer(text)), key=lambda m: m.start())


def _beneficiaries(text: str) -> Iterator[re.Match[str]]:
    """Beneficiary lines, matched case-blind (spans into `text`; see _BENEFICIARY_LOWER)."""
    if any(char in text for char in _CASE_EXCEPTIONS):
        return _BENEFICIARY.finditer(text)
    return _BENEFICIARY_LOWER.finditer(text.lower())


def _companies(text: str) -> list[_Company]:
    """Company names with a legal ending, where they stand."""
    found: list[_Company] = []
    for ending in _endings(text):
        start, end = ending.span()
        if "有限公司" in ending.group():
            found.append(_Company(start, end, ending.group()))
            continue
        window = text[max(0, start - _LOOK_BACK) : start]
        words = _BEFORE_ENDING.search(window)
        if words is not None:
            begin = start - len(window) + words.start()
            found.append(_Company(begin, end, text[begin:end]))
    return found


def clean(name: str) -> str:
    """A company name without legal endings, punctuation or case: what identifies it."""
    lowered = _ENDINGS.sub(" ", name.casefold())
    return " ".join(re.sub(r"[^\w\u4e00-\u9fff]+", " ", lowered).split())


def same_company(first: str, second: str) -> bool:
    """Whether two names plausibly name the same company (one inside the other counts)."""
    a, b = clean(first), clean(second)
    if not a or not b:
        return False
    return a in b or b in a or fuzz.ratio(a, b) >= _SAME_NAME


@dataclass(frozen=True, slots=True)
class Named:
    """A name the message gives, where it stands in the original text, and its role."""

    name: str
    start: int
    end: int
    beneficiary: bool


def named(text: str) -> list[Named]:
    """Beneficiary names first, then company names, each once, in the order they appear."""
    found: list[Named] = []
    for match in _beneficiaries(text):
        start, end = match.span("name")
        name = text[start:end].rstrip(" .\t\"'“”")  # as written, not lower-cased
        companies = _companies(name)  # "for this payment is Sunrise Trading Limited"
        if companies:
            start, name = start + companies[0].start, companies[0].name
        elif len(name.split()) > _NAME_WORDS:
            continue  # a sentence about the beneficiary, not a name
        if name and not _BANKS.search(name):
            found.append(Named(name, start, start + len(name), True))
    taken = [(item.start, item.end) for item in found]
    for company in _companies(text):
        inside = any(s <= company.start < e for s, e in taken)
        if not inside and not _BANKS.search(company.name):
            found.append(Named(company.name, company.start, company.end, False))
    return found


@dataclass(frozen=True, slots=True)
class Mismatch:
    """A beneficiary or company name that is not the company it should be."""

    name: Named
    expected: str  # the other name: the message's contract company, or a vetted supplier
    vetted: bool  # the expected name comes from the team's vetted suppliers


_PAYEE_WORDS = ("beneficiar", "account name", "account holder", "payee", "收款", "户名", "开户名")


def mismatches(text: str, vetted: Sequence[str] = ()) -> list[Mismatch]:
    """Names in `text` that differ from the company the message itself names, or, when the
    chat has vetted suppliers, from every one of them."""
    lowered = text.casefold()
    if not vetted and not any(word in lowered for word in _PAYEE_WORDS):
        return []  # no payee named and nothing to compare with: the regexes are not needed
    names = named(text)
    found: list[Mismatch] = []
    beneficiaries = [item for item in names if item.beneficiary]
    companies = [item for item in names if not item.beneficiary]
    for payee in beneficiaries:
        others = [c for c in companies if not same_company(c.name, payee.name)]
        if others and not any(same_company(c.name, payee.name) for c in companies):
            found.append(Mismatch(payee, others[0].name, vetted=False))
    vetted = [name for name in vetted if not _ADDRESS.search(name) and clean(name)]
    if not vetted:
        return found
    # A company named beside bank details is who gets paid; elsewhere it may be a forwarder.
    about_money = _MONEY.search(text) is not None
    for item in names:
        if not (item.beneficiary or about_money) or any(m.name == item for m in found):
            continue
        if not any(same_company(item.name, supplier) for supplier in vetted):
            closest = max(vetted, key=lambda v: fuzz.ratio(clean(v), clean(item.name)))
            found.append(Mismatch(item, closest, vetted=True))
    return found
