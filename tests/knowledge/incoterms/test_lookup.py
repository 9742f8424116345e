"""Finding Incoterms from typed text: codes, places, typo'd names, other terms and questions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.incoterms.lookup import MAX_PLACE_CHARS, MAX_SUGGESTIONS, IncotermsGuide
from knowledge.incoterms.matches import (
    Lookup,
    MisconceptionMatch,
    NoMatch,
    OtherTermMatch,
    RuleMatch,
    Suggestions,
)
from knowledge.incoterms.models import INCOTERMS_2020, Incoterms, OtherTermKind
from knowledge.loader import load_knowledge


@pytest.fixture(scope="module")
def guide() -> IncotermsGuide:
    """One guide over the shipped data, built as the bot builds it."""
    return IncotermsGuide(load_knowledge().get(Incoterms))


def describe(result: Lookup) -> str:
    """A short account of a lookup, for failure messages."""
    if isinstance(result, RuleMatch):
        return f"rule {result.rule.code} at {result.place!r}"
    if isinstance(result, OtherTermMatch):
        return f"other term {result.term.key}"
    if isinstance(result, MisconceptionMatch):
        return f"misconception {result.misconception.id}"
    if isinstance(result, Suggestions):
        return f"suggestions {[entry.key for entry in result.entries]}"
    return "nothing"


def found(guide: IncotermsGuide, query: str) -> RuleMatch:
    """The rule match for `query`, failing the test on anything else."""
    result = guide.find_rule(query)
    assert isinstance(result, RuleMatch), f"{query!r} gave {describe(result)}"
    return result


def suggested(result: Lookup) -> list[str]:
    """The keys of the suggested entries, best first."""
    assert isinstance(result, Suggestions), f"expected suggestions, got {describe(result)}"
    return [entry.key for entry in result.entries]


@pytest.mark.parametrize("code", INCOTERMS_2020)
def test_every_code_is_found_in_any_case(guide: IncotermsGuide, code: str) -> None:
    """FOB, fob and Fob all find the rule, with no place."""
    for typed in (code, code.lower(), code.capitalize(), f"  {code}  "):
        match = found(guide, typed)
        assert (match.rule.code, match.place) == (code, None)


@pytest.mark.parametrize("code", INCOTERMS_2020)
def test_every_full_name_is_found(guide: IncotermsGuide, code: str) -> None:
    """The rule's own name, in lower case too, finds it."""
    name = guide.rule(code).name
    assert found(guide, name).rule.code == code
    assert found(guide, name.lower()).rule.code == code


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("free on bord", "FOB"),
        ("Free on boad", "FOB"),
        ("free carier", "FCA"),
        ("free alongside shp", "FAS"),
        ("cost insurance freight", "CIF"),
        ("cost insurence and freight", "CIF"),
        ("cost and frieght", "CFR"),
        ("cost & freight", "CFR"),
        ("carriage insurance paid", "CIP"),
        ("carriage paid", "CPT"),
        ("deliverd at plase", "DAP"),
        ("delivered at place unloded", "DPU"),
        ("deliverd duty paid", "DDP"),
        ("delivred duty unpaid", "ddu"),
        ("ex work", "EXW"),
        ("exworks", "EXW"),
        ("ex-works", "EXW"),
        ("ex factory", "EXW"),
        ("f.o.b.", "FOB"),
    ],
)
def test_names_with_typos_are_found(guide: IncotermsGuide, query: str, code: str) -> None:
    """A name typed loosely, misspelt or abbreviated finds the one rule it means."""
    result = guide.find_rule(query)
    entry = result.rule if isinstance(result, RuleMatch) else getattr(result, "term", None)
    assert entry is not None, f"{query!r} gave {describe(result)}"
    assert entry.key == code


@pytest.mark.parametrize(
    ("query", "code", "place"),
    [
        ("fob shanghai", "FOB", "shanghai"),
        ("CIF Rotterdam", "CIF", "Rotterdam"),
        ("cif, rotterdam.", "CIF", "rotterdam"),
        ("FOB Shanghai, Incoterms® 2020", "FOB", "Shanghai"),
        ("DAP Munich Incoterms 2020", "DAP", "Munich"),
        ("F.O.B. Ningbo", "FOB", "Ningbo"),
        ("DDP New York", "DDP", "New York"),
        ("CIF (Port of Santos)", "CIF", "Port of Santos"),
        ("fca shenzhen warehouse", "FCA", "shenzhen warehouse"),
        ("free on bord shanghai", "FOB", "shanghai"),
        ("cost insurance freight Rotterdam", "CIF", "Rotterdam"),
        ("ex works Guangzhou", "EXW", "Guangzhou"),
    ],
)
def test_codes_and_names_with_places_keep_the_place(
    guide: IncotermsGuide, query: str, code: str, place: str
) -> None:
    """The place typed after the rule comes back as the user wrote it, minus trimmings."""
    match = found(guide, query)
    assert (match.rule.code, match.place) == (code, place)


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("fob price", "FOB"),
        ("fob insurance", "FOB"),
        ("exw risk", "EXW"),
        ("what is fob", "FOB"),
        ("explain cif please", "CIF"),
        ("who pays duty under ddp", "DDP"),
        ("fob vs xyz", "FOB"),
        ("dpu versus", "DPU"),
    ],
)
def test_a_question_about_a_rule_is_not_taken_for_a_place(
    guide: IncotermsGuide, query: str, code: str
) -> None:
    """Words after a code that ask something find the rule without inventing a place."""
    match = found(guide, query)
    assert (match.rule.code, match.place) == (code, None)


def test_a_place_too_long_to_be_a_place_is_dropped(guide: IncotermsGuide) -> None:
    """A sentence after the code is not shown back as the named place."""
    match = found(guide, "fob " + "shanghai " * 10)
    assert (match.rule.code, match.place) == ("FOB", None)


@pytest.mark.parametrize(
    ("query", "first", "also"),
    [
        ("free", "FCA", {"FAS", "FOB"}),
        ("delivered", "DAP", {"DPU", "DDP"}),
        ("duty", "DDP", {"ddu"}),
        ("deliverd duty payed", "DDP", {"ddu"}),
        ("paid", "CPT", {"CIP", "DDP"}),
        ("insurance", "CIP", {"CIF"}),
        ("fbo", "FOB", set()),
        ("fbo shanghai", "FOB", set()),
        ("cfi", "CIP", {"CFR", "CIF"}),
        ("exv", "EXW", set()),
    ],
)
def test_unclear_input_gets_ranked_suggestions(
    guide: IncotermsGuide, query: str, first: str, also: set[str]
) -> None:
    """Part of a name or a mistyped code offers what it could mean, best first."""
    keys = suggested(guide.find_rule(query))
    assert keys[0] == first
    assert also <= set(keys)
    assert len(keys) <= MAX_SUGGESTIONS


def test_two_codes_in_a_sentence_are_both_suggested(guide: IncotermsGuide) -> None:
    """A sentence naming two rules offers both, in the order typed."""
    assert suggested(guide.find_rule("should I pick fob or cif here")) == ["FOB", "CIF"]


@pytest.mark.parametrize(
    "query",
    ["", "   ", "!!!", "hello", "asdfgh", "blah blah", "the quick brown fox", "what is this",
     "and", "on", "<b>&", "a and b", "to the"],
)  # fmt: skip
def test_junk_finds_nothing(guide: IncotermsGuide, query: str) -> None:
    """Text unlike any rule gets nothing rather than a wild guess."""
    assert isinstance(guide.find_rule(query), NoMatch)


@pytest.mark.parametrize(
    ("query", "key", "successor"),
    [
        ("DAT", "dat", "DPU"),
        ("delivered at terminal", "dat", "DPU"),
        ("ddu", "ddu", "DAP"),
        ("DDU Hamburg", "ddu", "DAP"),
        ("Delivered Duty Unpaid", "ddu", "DAP"),
        ("DAF", "daf", "DAP"),
        ("delivered ex ship", "des", "DAP"),
        ("DEQ", "deq", "DPU"),
        ("C&F", "cnf", "CFR"),
        ("CNF Jebel Ali", "cnf", "CFR"),
        ("c+f", "cnf", "CFR"),
    ],
)
def test_retired_and_informal_terms_point_to_2020_rules(
    guide: IncotermsGuide, query: str, key: str, successor: str
) -> None:
    """Old or informal terms are recognised and lead to the rule to use now."""
    result = guide.find_rule(query)
    assert isinstance(result, OtherTermMatch), f"{query!r} gave {describe(result)}"
    assert result.term.key == key
    assert result.successor is not None
    assert result.successor.code == successor


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("FOB destination", "fob-destination"),
        ("fob destinaton", "fob-destination"),
        ("FOB Destination, freight prepaid", "fob-destination"),
        ("FOB shipping point", "fob-shipping-point"),
        ("fob origin", "fob-shipping-point"),
    ],
)
def test_us_fob_terms_are_not_taken_for_fob(guide: IncotermsGuide, query: str, key: str) -> None:
    """The US "FOB destination" is its own term, not FOB with a place called destination."""
    result = guide.find_rule(query)
    assert isinstance(result, OtherTermMatch), f"{query!r} gave {describe(result)}"
    assert result.term.key == key
    assert result.term.kind is OtherTermKind.US_DOMESTIC


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("cif risk", "c-rules-risk"),
        ("when does risk pass", "c-rules-risk"),
        ("is the seller liable if goods are lost at sea under cfr", "c-rules-risk"),
        ("cif damaged", "c-rules-risk"),
        ("is cif insurance enough", "cif-cover"),
        ("does cif cover theft", "cif-cover"),
        ("cif insurence", "cif-cover"),
        ("can I use fob for containers", "sea-rules-containers"),
        ("fob air freight", "sea-rules-containers"),
        ("who is the exporter under exw", "exw-exporter"),
        ("exw export", "exw-exporter"),
        ("when do I own the goods", "title-and-payment"),
        ("does fob transfer ownership", "title-and-payment"),
        ("title", "title-and-payment"),
    ],
)
def test_misconception_questions_get_the_correction(
    guide: IncotermsGuide, query: str, key: str
) -> None:
    """A question on a common misconception is answered with its correction."""
    result = guide.find_rule(query)
    assert isinstance(result, MisconceptionMatch), f"{query!r} gave {describe(result)}"
    assert result.misconception.id == key


def test_a_topic_word_about_another_rule_is_no_misconception(guide: IncotermsGuide) -> None:
    """Insurance under EXW is not the CIF cover myth: the EXW card answers it."""
    assert found(guide, "exw insurance").rule.code == "EXW"


def test_entries_are_found_by_their_button_key(guide: IncotermsGuide) -> None:
    """Buttons carry a rule code or term id, and the guide turns it back into the entry."""
    rule = guide.entry("FOB")
    term = guide.entry("fob-destination")
    assert rule is not None
    assert rule.key == "FOB"
    assert term is not None
    assert term.key == "fob-destination"
    assert guide.entry("XYZ") is None


def test_resolve_rule_only_accepts_confident_rules(guide: IncotermsGuide) -> None:
    """Resolving a side of a comparison takes codes, names and places, never guesses."""
    resolved = [guide.resolve_rule(q) for q in ("fob", "free on bord", "cif rotterdam")]
    assert [rule.code if rule else None for rule in resolved] == ["FOB", "FOB", "CIF"]
    for unsure in ("free", "fbo", "ddu", "hello", ""):
        assert guide.resolve_rule(unsure) is None


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=80))
def test_any_text_gets_an_answer_and_never_an_error(guide: IncotermsGuide, text: str) -> None:
    """Whatever is typed, the lookup returns one of its answers; a place is the user's text."""
    result = guide.find_rule(text)
    assert isinstance(
        result, RuleMatch | OtherTermMatch | MisconceptionMatch | Suggestions | NoMatch
    )
    if isinstance(result, RuleMatch) and result.place is not None:
        assert result.place in " ".join(text.split())
        assert 0 < len(result.place) <= MAX_PLACE_CHARS


def test_linking_words_with_a_real_word_still_suggest(guide: IncotermsGuide) -> None:
    """ "paid to" and "cost and" offer the rules their real word belongs to."""
    assert suggested(guide.find_rule("paid to"))[:3] == ["CPT", "CIP", "DDP"]
    assert suggested(guide.find_rule("cost and")) == ["CFR", "CIF"]


def test_the_common_rules_come_likeliest_first(guide: IncotermsGuide) -> None:
    """The rules offered before any typing are real rules, FOB and EXW first."""
    assert [rule.code for rule in guide.common()][:2] == ["FOB", "EXW"]
