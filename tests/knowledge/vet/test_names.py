"""Supplier names: kept exactly as typed, keyed for identity, and found again by fuzzy /report."""

from __future__ import annotations

import pytest

from knowledge.vet.names import (
    MAX_NAME_CHARS,
    DidYouMean,
    Found,
    NameProblem,
    NoMatch,
    SupplierIndex,
    SupplierName,
    read_supplier_name,
    supplier_key,
)
from knowledge.vet.records import SupplierRef

HOSTILE_NAMES = [
    '<b>Acme</b> & Sons "Ltd"',
    "Robert'); DROP TABLE suppliers;--",
    "\U0001f3ed Factory \U0001f1e8\U0001f1f3 \U0001f468\u200d\U0001f469\u200d\U0001f467",
    "\u0634\u0631\u0643\u0629 \u0627\u0644\u0646\u0648\u0631 \u202eRTL",
    "\u6df1\u5733\u5e02\u534e\u5f3a\u7535\u5b50\u6709\u9650\u516c\u53f8",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_names_are_kept_exactly_as_typed(name: str) -> None:
    """Markup, quotes, SQL, emoji and right-to-left text are kept character for character."""
    read = read_supplier_name(name)
    assert isinstance(read, SupplierName)
    assert read.text == name


def test_only_outer_spaces_are_trimmed() -> None:
    """Spaces around the name go; spaces inside stay."""
    read = read_supplier_name("  Acme   Tools  ")
    assert isinstance(read, SupplierName)
    assert read.text == "Acme   Tools"


def test_names_over_100_characters_are_refused() -> None:
    """100 characters are fine, 101 are too long; blank names are empty."""
    assert isinstance(read_supplier_name("x" * MAX_NAME_CHARS), SupplierName)
    assert read_supplier_name("x" * (MAX_NAME_CHARS + 1)) is NameProblem.TOO_LONG
    assert read_supplier_name("   ") is NameProblem.EMPTY


def test_key_folds_case_width_and_spacing() -> None:
    """Two spellings of one supplier share a key."""
    assert (
        supplier_key("ACME  Tools") == supplier_key("acme tools") == supplier_key("ＡＣＭＥ tools")
    )


@pytest.mark.parametrize(
    "link",
    [
        "https://acmetools.en.alibaba.com/minisiteentrance.html?spm=a2700",
        "acmetools.en.alibaba.com",
        "http://AcmeTools.fr.alibaba.com/company_profile.html#top",
        "https://acmetools.alibaba.com/",
    ],
)
def test_store_links_name_their_store(link: str) -> None:
    """Any link into the same Alibaba store is the same supplier."""
    assert supplier_key(link) == "acmetools.alibaba.com"


def test_product_links_on_the_main_site_are_not_reduced() -> None:
    """A www.alibaba.com product link is not a store; it keys as the text itself."""
    link = "https://www.alibaba.com/product-detail/Widget_1600.html"
    assert supplier_key(link) == link.casefold()


REFS = [
    SupplierRef(1, "Shenzhen Acme Electronics Co., Ltd"),
    SupplierRef(2, "Ningbo Bright Lighting"),
    SupplierRef(3, "Guangzhou Textile Factory"),
    SupplierRef(4, "Acme"),
    SupplierRef(5, "https://acmetools.en.alibaba.com/"),
]


@pytest.fixture(scope="module")
def index() -> SupplierIndex:
    """A chat with five suppliers."""
    return SupplierIndex(REFS)


def test_exact_name_in_any_case_is_found(index: SupplierIndex) -> None:
    """An exact (folded) name wins even when it is also part of a longer name."""
    assert index.match("acme") == Found(REFS[3])
    assert index.match("NINGBO  bright lighting") == Found(REFS[1])


def test_a_typo_still_finds_a_clear_winner(index: SupplierIndex) -> None:
    """A close, unambiguous query is found without asking."""
    assert index.match("guangzhou textil factory") == Found(REFS[2])
    assert index.match("bright light") == Found(REFS[1])


def test_store_link_finds_the_store_supplier(index: SupplierIndex) -> None:
    """Another link into the same store finds the supplier saved by link."""
    assert index.match("https://acmetools.fr.alibaba.com/x.html") == Found(REFS[4])


def test_ambiguous_query_asks_did_you_mean(index: SupplierIndex) -> None:
    """A query close to two names offers both, the closer first."""
    result = index.match("acme electronic")
    assert isinstance(result, DidYouMean)
    assert result.candidates[0] == REFS[0]
    assert REFS[3] in result.candidates


def test_unsure_single_match_is_offered_not_assumed(index: SupplierIndex) -> None:
    """A weak match is a suggestion, not a silent pick."""
    result = index.match("ningbo brite")
    assert result == DidYouMean((REFS[1],))


@pytest.mark.parametrize("query", ["Zhejiang Pumps", "", "\U0001f3ed"])
def test_unrelated_or_empty_queries_find_nothing(index: SupplierIndex, query: str) -> None:
    """Nothing close enough is reported as no match."""
    assert index.match(query) == NoMatch()


def test_an_empty_chat_has_no_matches() -> None:
    """With no suppliers every query finds nothing."""
    assert SupplierIndex([]).match("acme") == NoMatch()


def test_emoji_only_names_are_found_exactly() -> None:
    """Names with nothing for fuzzy matching to compare are still found when typed the same."""
    ref = SupplierRef(9, "\U0001f3ed\U0001f3ed")
    assert SupplierIndex([ref]).match("\U0001f3ed\U0001f3ed") == Found(ref)


def test_a_store_link_shared_from_the_app_is_accepted_however_long() -> None:
    """A share link with tracking parameters past 100 characters names its store's host."""
    link = (
        "https://shenzhenacme.en.alibaba.com/company_profile.html?spm=a2700.shop_index.74.2"
        ".6c7b5e0dXyZabc&from=share&share_token=8f2c1d"
    )
    assert len(link) > MAX_NAME_CHARS
    assert read_supplier_name(link) == SupplierName(
        text="shenzhenacme.en.alibaba.com", key="shenzhenacme.alibaba.com"
    )
