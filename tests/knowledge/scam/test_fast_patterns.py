"""The scam check's fast pattern forms find exactly what their plain forms find.

Several patterns are written so the regex engine can skip to candidate characters (a
look-behind after the first character instead of before it, a case-blind search done on
lower-cased text, a prefilter before a search). Each is checked here against its plain form,
kept in this file, on generated text made of the pieces the patterns care about.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.scam import links, names, normalise, patterns, quoted, stance
from knowledge.scam.normalise import normalise as normalised


def _spans(
    pattern: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


def _text(pieces: list[str], max_size: int = 14) -> st.SearchStrategy[str]:
    """Text glued from pieces the patterns react to, in any order."""
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


_WORDY = ["a", "b", "Z", "1", "23", "%", " ", ".", "!", ";", "\n", "\t", "_", "-", "é", "w3s", "x"]


@settings(max_examples=400)
@given(_text(_WORDY))
def test_word_and_sentence_patterns_match_their_plain_forms(text: str) -> None:
    """Digits inside words, sentence stops and the ASCII word split agree with the plain forms."""
    digits = re.compile(r"(?<=[^\W\d_])\d{1,2}(?=[^\W\d_])")
    stops = re.compile(r"[.!?;]+(?=\s|$)|\n[ \t]*\n")
    assert _spans(normalise._DIGITS_INSIDE_WORD, text) == _spans(digits, text)
    assert _spans(normalise._STOP, text) == _spans(stops, text)
    if text.isascii():  # round 18: ASCII text is searched with the ASCII spelling
        assert _spans(normalise._ASCII_DIGITS_INSIDE_WORD, text) == _spans(digits, text)
    lowered = text.lower()
    if lowered.isascii():
        assert normalise._ASCII_WORD_GROUP.split(lowered) == normalise._WORD_GROUP.split(lowered)


_NUMBERS = ["+", "1", "86", "138 0013", "(0)", "-", ".", " ", "a", "_", "x1", "\n", "2"]


@settings(max_examples=400)
@given(_text(_NUMBERS))
def test_phone_pattern_matches_its_plain_form(text: str) -> None:
    """A phone number is found from its first character exactly as before."""
    plain = re.compile(r"(?<![\w+])\+?\d[\d \-().]{6,20}\d(?!\w)")
    assert _spans(patterns._PHONE, text) == _spans(plain, text)


_BANK = [
    *("swift", "bic", " code", " no.", "number", "#", ":", " ", "-", "account", "acct", "a/c"),
    *("deutdeff", "deutdeff500", "x", "12345678", "1234 5678 9012", "de89370400440532013000"),
    *("gb82 west 1234 5698 7654 32", "a", "b", "1", ".", "é", "\n"),
]


@settings(max_examples=400)
@given(_text(_BANK, 10))
def test_bank_identifier_patterns_match_their_plain_forms(text: str) -> None:
    """SWIFT codes, account numbers and IBANs (searched from the first place one can start)
    are found exactly as by the plain patterns searched from the start."""
    swift = re.compile(
        r"(?<![a-z])(?:swift|bic)(?: ?code)?\s*(?:no\.?|number|#)?\s*[:#.\-]?\s*"
        r"(?P<code>[a-z]{6}[a-z0-9]{2}(?:[a-z0-9]{3})?)(?![a-z0-9])"
    )
    account = re.compile(
        r"(?<![a-z])(?:account|acct|a/c)\.?\s*(?:no\.?|number|num|#)?\s*[:#.\-]?\s*"
        r"(?P<number>\d(?:[ \-]?\d){7,33})(?!\d)"
    )
    assert _spans(patterns._SWIFT, text) == _spans(swift, text)
    assert _spans(patterns._ACCOUNT, text) == _spans(account, text)
    start = patterns._IBAN_START.search(text)
    fast = list(patterns._IBAN.finditer(text, start.start() - 2)) if start else []
    assert [m.span() for m in fast] == [m.span() for m in patterns._IBAN.finditer(text)]


def test_found_bank_identifiers_are_reported() -> None:
    """The prefilters still let real identifiers through."""
    message = normalised(
        "New account: IBAN DE89 3704 0044 0532 0130 00, SWIFT: DEUTDEFF, "
        "account no. 62170012345678"
    )
    labels = [hit.label for hit in patterns._bank_identifiers(message)]
    assert labels == ["IBAN", "SWIFT/BIC code", "account number"]


def test_wallets_in_long_words_only() -> None:
    """A wallet is looked for only in a message with a word long enough to be one, and found."""
    address = "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"
    found = list(patterns._wallets(normalised(f"Send the USDT to {address} today")))
    assert [hit.label for hit in found] == ["Bitcoin wallet"]
    assert list(patterns._wallets(normalised("a short message"))) == []


_HOSTS = ["a", "b", ".", "-", " ", "x.y", "www", ".com", "é", "\n", "1", "_", "..", "a.b.c"]


@settings(max_examples=400)
@given(_text(_HOSTS))
def test_dotted_chunks_match_the_plain_dot_search(text: str) -> None:
    """Chunks holding a dot between word characters are the same found from the dot."""
    plain = re.compile(r"\w\.\w")
    spans: dict[int, int] = {}
    for dot in plain.finditer(text):
        start = dot.start()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        if start not in spans:
            chunk = re.compile(r"\S*").match(text, start)
            spans[start] = chunk.end() if chunk else start
    assert links._dotted_chunks(text) == list(spans.items())


_NAMES = [
    *("Beneficiary", "BENEFICIARY'S NAME", "account holder", "Payee", "收款人", "户名", ": "),
    *(" is ", "Sunrise Trading (HK) Limited", "Guangzhou Sunrise Co., Ltd", "XCo Ltd", "LLC"),
    *("Corp.", "GmbH", "Inc", "广州日出有限公司", "有限公司", "\n", ",", " ", "x", "é"),
    # Letters the engine's case-blind matching reads as ASCII ones: İ, ı (as i), ſ (as s),
    # the Kelvin sign (as k), alone and inside the words looked for.
    *("\u0130", "\u0131", "\u017f", "\u212a", "benef\u0131ciary", "BENEF\u0130CIARY"),
    *("account holder'\u017f name", "payee", "AC\u212aOUNT NAME"),
]


@settings(max_examples=400)
@given(_text(_NAMES))
def test_name_patterns_match_their_plain_forms(text: str) -> None:
    """Beneficiary lines (case-blind) and legal endings are found as by the plain patterns."""
    beneficiary = re.compile(names._BENEFICIARY_SOURCE, re.IGNORECASE)
    endings = re.compile(
        r"\b(?:Co\.?,?[ \t]*Ltd\.?|Company[ \t]+Limited|Limited|Ltd\.?|Inc\.?|LLC|GmbH|"
        r"Corp\.?|Corporation)(?![\w])|[\u4e00-\u9fff]{2,20}有限公司"
    )
    assert [m.span("name") for m in names._beneficiaries(text)] == [
        m.span("name") for m in beneficiary.finditer(text)
    ]
    assert [m.span() for m in names._endings(text)] == [m.span() for m in endings.finditer(text)]


def test_case_blind_search_keeps_the_name_as_written() -> None:
    """A beneficiary found on lower-cased text is quoted with its own capitals."""
    found = names.named("BENEFICIARY NAME: Sunrise Trading (HK) Limited")
    assert [(item.name, item.beneficiary) for item in found] == [
        ("Sunrise Trading (HK) Limited", True)
    ]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=4), max_size=40))
def test_one_letter_words_are_found_as_the_plain_scan_finds_them(lengths: list[int]) -> None:
    """`list.index` stepping finds exactly the places a comprehension over the lengths finds."""
    assert normalise._ones(lengths) == [at for at, size in enumerate(lengths) if size == 1]


def test_names_kept_for_a_text_equal_the_names_read_afresh() -> None:
    """The names kept for the last texts are the ones a fresh reading gives, for equal texts
    that are different objects too."""
    text = "BENEFICIARY NAME: Sunrise Trading (HK) Limited. Guangzhou Sunrise Industrial Co., Ltd"
    first = names.named(text)
    again = names.named("".join(list(text)))  # equal, not the same object
    assert first == again == names.named.__wrapped__(text)
    assert isinstance(first, tuple)  # frozen: a caller cannot change what the next one reads


_SUMS = [
    *("usd", "us$", "$", "eur", "€", "£", "gbp", "dollar", "dollars", "pounds", "euros"),
    *("1", "12", "345", "1,234", ",567", ".000", "'000", " 000", ".50", ",9", " "),
    *("million", "millions", "billion", "of ", "us ", "united states ", "x", "m", "illion"),
]


@settings(max_examples=600)
@given(_text(_SUMS, max_size=10))
def test_large_sum_test_agrees_with_the_joined_pattern(text: str) -> None:
    """`has_large_sum`, branch by branch with a prefilter, answers as `LARGE_SUM.search`."""
    assert stance.has_large_sum(text) == (stance.LARGE_SUM.search(text) is not None)


_FRAMES_PLAIN = (  # the example frames as written before round 15, a boundary in each
    r"\bfor (?:example|instance)\b|\be\.g\.|\bexamples?\s*:|\bsuch as\b|\blike this\s*:"
    r"|\b(?:messages?|e-?mails?|texts?|calls?|letters?|notices?|requests?|lines?|wording)"
    r" (?:like|such as|along the lines of|similar to)\b|\balong the lines of\b"
    r"|\bsomething (?:like|to the effect of)\b"
    r"|\b(?:any|all|such) (?:requests?|e-?mails?|messages?|calls?|texts?|instructions?"
    r"|demands?|notices?|letters?)\b"
    rf"|\b{quoted._WHO}\s+{quoted._MAY}{quoted._SAY}\b"
    r"|\b(?:claiming|saying|stating|asking you|requesting|telling you|notifying you|informing"
    r" you|instructing you|urging you|demanding)\b"
    r"|\baccording to (?:this|the|that|an?) (?:e-?mail|message|text|letter|notice|sms)\b"
    r"|\bif you (?:ever |should |do |suddenly )?(?:receive|get|are sent)\b"
    r"[^.!?\n]{0,120}?\b(?:saying|that says|asking|claiming"
    r"|requesting|telling|stating|which says|about)\b"
    r"|\b(?:the )?subject(?: line)?(?: of [^.!?\n]{0,40})? (?:was|is|reads|read)\b"
)
_FRAME_PIECES = [
    *("for example", "e.g.", "examples:", "such as", "like this:", "messages like", "any "),
    *("requests", "scammers", "they", "it", "he", " may ", "often ", "say", "ask", "claiming"),
    *("according to the e-mail", "if you receive", "subject line", " was", "saying", "xsay"),
    *("谎称", "以", "为由", "For Example", "SUCH AS", " ", ".", "\n", "a", "1", "é", "-"),
]


@settings(max_examples=500)
@given(_text(_FRAME_PIECES, 16))
def test_example_frames_match_their_plain_form(text: str) -> None:
    """The frames with the word boundary tested once find what the plain form finds."""
    plain_lower = re.compile(f"(?=[a-z谎声自冒以])(?:{_FRAMES_PLAIN}|{quoted._CHINESE_FRAMES})")
    plain = re.compile(f"(?i:{_FRAMES_PLAIN})|{quoted._CHINESE_FRAMES}")
    lowered = text.lower()
    assert _spans(quoted._FRAMES_LOWER, lowered) == _spans(plain_lower, lowered)
    assert _spans(quoted._FRAMES, text) == _spans(plain, text)
