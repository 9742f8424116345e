"""Concept word groups, inflections and typo tolerance of the combination rules."""

from __future__ import annotations

import pytest

from knowledge.scam.combos import parse_combo
from knowledge.scam.lexicon import (
    ANY_NUMBER,
    NO_TERMS,
    Lexicon,
    inflections,
    spell_alternative,
)
from tests.knowledge.scam.support import scan


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("transfer", {"transfers", "transferred", "transferring", "transfered"}),
        ("settle", {"settles", "settled", "settling"}),
        ("remit", {"remits", "remitted", "remitting"}),
        ("refund", {"refunds", "refunded", "refunding"}),
        ("verify", {"verifies", "verified", "verifying"}),
        ("pass", {"passes", "passed", "passing"}),
    ],
)
def test_inflections_cover_s_ed_and_ing(word: str, forms: set[str]) -> None:
    """A starred word stands for its -s, -ed and -ing forms, doubled consonant included."""
    assert forms <= set(inflections(word))
    assert inflections(word)[0] == word


def test_concept_reference_spells_out_every_entry() -> None:
    """`@name` stands for each entry of the concept, starred words inflected."""
    concepts = {"pay": ("wire*", "send the money")}
    spelled = spell_alternative("@pay", concepts)
    assert ("wired",) in spelled
    assert ("send", "the", "money") in spelled
    assert spell_alternative("bank card", concepts) == [("bank", "card")]


def test_window_prefix_sets_the_reach_of_a_rule() -> None:
    """`N:` before a rule is its window in words; without it the window is 8."""
    assert parse_combo("4: my + account")[0] == 4
    assert parse_combo("my + account")[0] == 8


def test_long_rule_word_matches_within_one_typo_keeping_the_first_letter() -> None:
    """'acount' stands for account; 'finance' does not stand for binance; short words exact."""
    lexicon = Lexicon()
    account, binance, limit = (lexicon.number(w) for w in ("account", "binance", "limit"))
    assert account in lexicon.terms("acount")
    assert account in lexicon.terms("accuont")
    assert binance not in lexicon.terms("finance")
    assert lexicon.terms("limits") == NO_TERMS
    assert lexicon.terms("limit") == frozenset({limit})


def test_number_word_stands_for_any_digits_and_only_digits() -> None:
    """`#number` in a rule stands for any word of digits, never for a word of letters."""
    lexicon = Lexicon()
    number = lexicon.number(ANY_NUMBER)
    assert spell_alternative("#number to", {}) == [(ANY_NUMBER, "to")]
    assert number in lexicon.terms("4320")
    assert number in lexicon.terms("7")
    assert number not in lexicon.terms("number")
    assert lexicon.terms("usd4") == NO_TERMS


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Kindly direct the balance to our alternate banking details.", "changed_bank_details"),
        ("pls transfer to my wife acount, it is same safe", "untraceable_payment"),
        (
            "Our HSBC account got frozen, so use the sister company this time.",
            "changed_bank_details",
        ),
        ("No third party inspection allowed in our workshop.", "refuses_checks"),
        ("To view it you need to sign in with your email and password.", "credentials_request"),
        ("Please return the excess to our logistics partner.", "overpayment_refund"),
        ("Alibaba messages are monitored, talk to me on WhatsApp.", "off_platform_contact"),
        # round five: a sum handed on, a bank dropped, a code named by how it came
        ("Kindly refund 1,800 to my cousin, he will collect.", "overpayment_refund"),
        ("We stopped using ICBC, please pay our other account.", "changed_bank_details"),
        ("Forward me the code we texted you for the delivery.", "credentials_request"),
        ("Sorry, no time to send samples this season.", "refuses_checks"),
    ],
)
def test_rules_over_concepts_catch_wording_no_phrase_lists(text: str, category: str) -> None:
    """Word-group rules find the idea in wording that is in no phrase line."""
    assert category in scan(text).categories, scan(text).findings


def test_finance_is_not_read_as_binance() -> None:
    """A one-letter difference at the start of a word is another word, not a typo."""
    assert scan("Our finance confirmed your deposit has arrived, thank you.").findings == ()
