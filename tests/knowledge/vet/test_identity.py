"""Which supplier a typed name means (issue 12). The names below are a regression set written
for this project, not a measured sample of real names: they pin the rules (legal suffixes,
store ids, shortened and mistyped names, names that only share a city or a trade word)."""

from __future__ import annotations

import pytest

from knowledge.vet import (
    CloseCompanies,
    CompanyKey,
    NewCompany,
    SameCompany,
    SupplierRef,
    company_key,
    match_company,
)

KNOWN = (
    SupplierRef(1, "Ningbo Bright Home Co"),
    SupplierRef(2, "Shenzhen Acme Electronics Co., Ltd."),
    SupplierRef(3, "Guangzhou Bright Trading Co"),
    SupplierRef(4, "宁波明亮家居有限公司"),
    SupplierRef(5, "emptystore.en.alibaba.com"),
)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Ningbo Bright Home Co., Ltd.", ("ningbo", "bright", "home")),
        ("NINGBO BRIGHT HOME LIMITED", ("ningbo", "bright", "home")),
        ("Ningbo Bright Home Company Limited (HK)", ("ningbo", "bright", "home")),
        ("Bright Trading Inc.", ("bright", "trading")),
        ("Bright Industrial Corp", ("bright", "industrial")),
        ("宁波明亮家居有限公司", ("宁波明亮家居",)),
        ("Ｎｉｎｇｂｏ　Ｂｒｉｇｈｔ", ("ningbo", "bright")),
    ],
)
def test_company_key_folds_case_width_punctuation_and_legal_forms(
    name: str, words: tuple[str, ...]
) -> None:
    """Legal forms go; trade words that tell companies apart stay."""
    assert company_key(name).words == words


def test_a_store_link_is_its_store_id() -> None:
    """Any link into an Alibaba store is that store."""
    assert company_key("https://acme.en.alibaba.com/product/1.html?x=1") == CompanyKey(
        ("acme",), "acme"
    )


@pytest.mark.parametrize(
    ("name", "same"),
    [("ningbo bright home co., ltd", 1), ("Shenzhen ACME Electronics", 2), ("宁波明亮家居", 4)],
)
def test_the_same_company_is_found_without_asking(name: str, same: int) -> None:
    """Only the legal form, case or punctuation differ: it is that supplier."""
    assert match_company(name, KNOWN) == SameCompany(KNOWN[same - 1])


@pytest.mark.parametrize(
    ("name", "ids"),
    [
        ("ningbo bright", {1}),
        ("ningbo brigth home", {1}),
        ("acme", {2}),
        ("bright", {1, 3}),
        ("宁波明亮", {4}),
        ("https://ningbobright.en.alibaba.com", {1}),
        ("emptystor", {5}),
    ],
)
def test_close_names_are_asked_about(name: str, ids: set[int]) -> None:
    """Shortened, mistyped, a store id spelling a name: ask before using or adding one."""
    found = match_company(name, KNOWN)
    assert isinstance(found, CloseCompanies)
    assert {c.supplier_id for c in found.candidates} == ids


@pytest.mark.parametrize(
    "name",
    ["Shenzhen Beta Electronics", "shenzhen", "Guangzhou Bright Industrial", "Hangzhou Toys", ""],
)
def test_other_companies_are_new(name: str) -> None:
    """A shared city or trade word, or a different distinctive word, is another company."""
    assert match_company(name, KNOWN) == NewCompany()


def test_names_without_words_match_nothing_but_themselves() -> None:
    """Emoji or punctuation alone: no word to compare, so no question and no crash."""
    odd = (SupplierRef(7, "🏭🏭"), SupplierRef(8, "!!!"))
    assert match_company("Acme", odd) == NewCompany()
    assert match_company("🏭", KNOWN + odd) == NewCompany()
