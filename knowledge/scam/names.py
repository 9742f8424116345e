"""Who the money goes to: the beneficiary and company names a message gives, and whether they
agree with each other and with the suppliers the team vetted.

Owns reading names out of a message (a beneficiary or account-name line, in English or
Chinese, and company names with a legal ending such as "Co., Ltd", "Limited", "有限公司"),
comparing two company names the way a buyer would (legal endings, punctuation and case do not
count; "Sunrise Industrial" is part of "Guangzhou Sunrise Industrial Co., Ltd"). Only names
are read: words that open on capitals or Chinese characters, never a phrase such as "info for
payment" or "our company name". Which names disagree is `payees.py`'s work.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

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
# A name as a beneficiary line gives it: capitalised words (a bracketed country code, initials,
# digits) joined by a few small words, stopping at the first word that ends a sentence.
_JOINERS = frozenset((
    "of", "and", "&", "de", "da", "del", "la", "le", "du", "dos", "van", "von", "der", "bin",
    "binti", "al", "el",
))  # fmt: skip
_NAME_SHAPE = re.compile(
    r"(?:(?:[A-Z0-9][\w&'-]*\.?|\([A-Z]{2,3}\)|(?:"
    + "|".join(sorted(_JOINERS))
    + r")(?=(?:[ \t]+[a-z]+)*[ \t]+[A-Z]))(?:[ \t]+|$))+"
)
_NAME_STOP = re.compile(r"[A-Za-z]{2}\.(?:[ \t]|$)")
_CHINESE_NAME = re.compile(r"[\u4e00-\u9fff·]{2,30}")
_CHINESE_GENERIC = frozenset(
    {"账户", "账号", "公司", "名称", "姓名", "户名", "本公司", "我司", "贵司"}
)
# Words of a bank-details form, never a name by themselves ("Account Name: Account Number").
_FORM_WORDS = frozenset((
    "account", "accounts", "name", "names", "number", "no", "details", "detail", "info",
    "information", "payment", "payments", "beneficiary", "beneficiaries", "bank", "address",
    "code", "swift", "iban", "company", "our", "your", "the", "this", "same", "new", "old",
    "holder", "payee", "please", "see", "below", "above", "n/a", "tbc",
))  # fmt: skip
_SENTENCE_END = re.compile(r"[A-Za-z]{4}[.:!?][ \t]+")
_LOOK_BACK = 90  # characters before a legal ending that may hold the name
_ENDINGS = re.compile(
    r"\b(?:co|ltd|limited|company|inc|llc|gmbh|corp|corporation|the)\b|有限公司|有限|公司"
)
_BANKS = re.compile(r"\bbank\b|银行", re.IGNORECASE)


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
            # "Copyright. HSBC Corporation Limited": a word that ends a sentence is no part
            run = words.group()
            skip = max((told.end() for told in _SENTENCE_END.finditer(run)), default=0)
            if skip == len(run):
                continue
            begin = start - len(window) + words.start() + skip
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


def _person_or_company(name: str) -> str:
    """`name` cut to the name it opens with, or "" when it is no name: a name is words that
    open on a capital letter or a digit (joined by "of", "and", "&"...), or Chinese
    characters, and not only words every bank form has ("Account", "Payment Details")."""
    if _CHINESE_NAME.fullmatch(name):
        return "" if name in _CHINESE_GENERIC else name
    shaped = _NAME_SHAPE.match(name)
    if shaped is None:
        return ""
    kept = shaped.group()
    stop = _NAME_STOP.search(kept)  # "JOHN SMITH. Bank: ICBC": the name ends with its sentence
    kept = (kept[: stop.start() + 2] if stop else kept).rstrip(" \t.")
    if " " not in kept and name[shaped.end() :][:1].islower():
        return ""  # "Compare the contract party": a sentence that opens on a capital
    words = [word.strip(".,'&-").casefold() for word in kept.split()]
    if not any(word and word not in _FORM_WORDS and word not in _JOINERS for word in words):
        return ""
    return kept


# The bot asks twice of one message (does it name anyone, so that the chat's vetted
# suppliers are worth fetching; then the scan's own cross-check): the answer is kept for the
# last two texts (equal texts are found by their hash; the names are frozen).
@lru_cache(maxsize=2)
def named(text: str) -> tuple[Named, ...]:
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
        else:
            lead = len(name) - len(name.lstrip())
            start, name = start + lead, _person_or_company(name.lstrip())
        if name and not _BANKS.search(name):
            found.append(Named(name, start, start + len(name), True))
    taken = [(item.start, item.end) for item in found]
    for company in _companies(text):
        inside = any(s <= company.start < e for s, e in taken)
        if not inside and not _BANKS.search(company.name):
            found.append(Named(company.name, company.start, company.end, False))
    return tuple(found)
