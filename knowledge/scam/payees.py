"""Which of the team's vetted suppliers a message is about, so a payee is compared with the
right one, and only then.

Owns the rule that keeps the vetted-supplier cross-check to real findings. A chat that vetted
one supplier also buys from others, so a message that pays "Ningbo Sunrise Houseware Co" (its
own company, another supplier) says nothing about a vetted "Guangzhou Sunrise Industrial". A
name in a message differs "from the vetted one" only when the message is about that vetted
supplier:

- the message names the vetted supplier itself (any company it names is the same company, or
  the vetted name's words stand in it in order: "our contract is with Guangzhou Sunrise
  Industrial"); then a beneficiary that is another company or a person is a finding; or
- the name looks like the vetted supplier without being it: it shares the vetted name's
  distinctive word(s) ("Sunrise") and adds nothing of its own that tells it apart, only words
  any company name carries (Trading, Industrial, Group, International, a legal ending) or a
  country or Hong Kong ("Sunrise Trading (HK) Limited" beside "Guangzhou Sunrise Industrial":
  the offshore-branch account of payment diversion). A name with a word of its own (a product
  line such as Houseware, or another city such as Ningbo) is another company.

Pure string work over names `names.py` read; it knows nothing of the vet feature or storage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.scam.names import Named, clean, named, same_company

# Words that say what kind of company, not which one: a name made of these and the vetted
# supplier's own words is a look-alike of it.
_GENERIC = frozenset((
    "trading", "trade", "traders", "industrial", "industry", "industries", "international",
    "intl", "global", "group", "holding", "holdings", "import", "export", "imp", "exp", "i",
    "e", "im", "ex", "manufacturing", "manufacture", "manufacturer", "manufactory", "factory",
    "enterprise", "enterprises", "development", "dev", "commercial", "business", "supply",
    "supplies", "supplier", "service", "services", "product", "products", "sourcing",
    "investment", "investments", "partner", "partners", "branch", "office", "company", "and",
    "of", "the", "&", "hk", "hong", "kong", "china", "chinese", "asia", "asian", "pacific",
    "overseas", "offshore", "usa", "us", "uk", "america", "europe", "european", "singapore",
    "sg", "dubai", "uae", "taiwan", "macau", "macao", "vietnam", "malaysia", "thailand",
    "india", "turkey", "korea", "japan", "germany", "new", "tech", "technology",
    "technologies", "science", "sci",
))  # fmt: skip
# Cities and provinces a Chinese company name opens with: they are no part of which company
# it is ("Guangzhou" is not what "Sunrise" shares), but another one tells the names apart.
_PLACES = frozenset((
    "guangzhou", "shenzhen", "dongguan", "foshan", "zhongshan", "zhuhai", "huizhou",
    "jiangmen", "shantou", "chaozhou", "jieyang", "zhaoqing", "qingyuan", "ningbo", "yiwu",
    "hangzhou", "wenzhou", "taizhou", "jinhua", "shaoxing", "huzhou", "jiaxing", "cixi",
    "yuyao", "yongkang", "shanghai", "suzhou", "wuxi", "changzhou", "nantong", "nanjing",
    "yangzhou", "kunshan", "jiangyin", "zhangjiagang", "xiamen", "fuzhou", "quanzhou",
    "jinjiang", "putian", "zhangzhou", "qingdao", "jinan", "yantai", "weifang", "linyi",
    "zibo", "tianjin", "beijing", "hebei", "shijiazhuang", "baoding", "cangzhou", "dalian",
    "shenyang", "harbin", "changchun", "wuhan", "changsha", "zhengzhou", "hefei", "nanchang",
    "chengdu", "chongqing", "xian", "kunming", "nanning", "guilin", "haikou", "guangdong",
    "zhejiang", "jiangsu", "fujian", "shandong", "henan", "hubei", "hunan", "anhui", "jiangxi",
    "sichuan", "yunnan", "guangxi", "liaoning", "jilin", "heilongjiang", "shanxi", "shaanxi",
    "gansu", "hainan",
))  # fmt: skip


def _words(name: str) -> set[str]:
    return set(clean(name).split())


def _distinctive(name: str) -> set[str]:
    """The words that say which company: neither generic nor a place."""
    return _words(name) - _GENERIC - _PLACES


def look_alike(name: str, supplier: str) -> bool:
    """Whether `name` passes for `supplier` without being it: it shares the supplier's
    distinctive words and has none of its own (generic words and countries aside), nor a
    city the supplier's name does not have."""
    if same_company(name, supplier):
        return False
    own, theirs = _distinctive(name), _distinctive(supplier)
    if not own or not own & theirs:
        return False
    places = (_words(name) & _PLACES) - _words(supplier)
    return own <= theirs and not places


def _names_supplier(cleaned: str, companies: Sequence[Named], supplier: str) -> bool:
    """Whether the message names `supplier` itself: one of its companies is the supplier,
    or the supplier's cleaned name stands in the cleaned text (`cleaned`) word for word."""
    if any(same_company(company.name, supplier) for company in companies):
        return True
    return f" {clean(supplier)} " in cleaned


@dataclass(frozen=True, slots=True)
class Mismatch:
    """A beneficiary or company name that is not the company it should be."""

    name: Named
    expected: str  # the other name: the message's contract company, or a vetted supplier
    vetted: bool  # the expected name comes from the team's vetted suppliers


_PAYEE_WORDS = ("beneficiar", "account name", "account holder", "payee", "收款", "户名", "开户名")
_ADDRESS = re.compile(r"://|\bwww\.|\.(?:com|cn|net|org)\b", re.IGNORECASE)  # a URL, no name
_MONEY = re.compile(
    r"\b(?:account|beneficiary|iban|swift|bank|remit\w*|pay\w*|wire|transfer)\b|账户|账号|汇款|付款",
    re.IGNORECASE,
)


def mismatches(text: str, vetted: Sequence[str] = ()) -> list[Mismatch]:
    """Names in `text` that differ from the company the message itself names, and, when the
    chat has vetted suppliers, names that differ from the vetted supplier the message is
    about (the rule in this module's docstring)."""
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
    suppliers = [name for name in vetted if not _ADDRESS.search(name) and clean(name)]
    if not suppliers:
        return found
    # A company named beside bank details is who gets paid; elsewhere it may be a forwarder.
    about_money = _MONEY.search(text) is not None
    cleaned: str | None = None  # the whole text cleaned, read once and only when needed
    for item in names:
        if any(m.name == item for m in found):
            continue
        if any(same_company(item.name, supplier) for supplier in suppliers):
            continue  # a vetted supplier itself
        alike = [s for s in suppliers if look_alike(item.name, s)]
        if alike and (item.beneficiary or about_money):
            found.append(Mismatch(item, alike[0], vetted=True))
            continue
        if not item.beneficiary:
            continue
        cleaned = f" {clean(text)} " if cleaned is None else cleaned
        about = [s for s in suppliers if _names_supplier(cleaned, companies, s)]
        if about:
            found.append(Mismatch(item, about[0], vetted=True))
    return found
