"""Forwarded honest mail, second pass (round 15): readings that lower or drop wording findings.

Owns six readings of what a sourcing team forwards, each written from a KIND of honest
message the rules raised, with its scam twin kept raised (tests/knowledge/scam/
test_forwarded_kinds15.py):
- **"do not call" that is no secret**: a warning's advice not to call the NUMBER a payment
  request gives ("do not call the phone number in the e-mail": verify through the number you
  hold), or a story's statement that someone did not call ("they do not call the supplier");
  a demand ("do not call me", "please do not call the office") keeps its weight;
- **words joined across a greeting or a blank line**: a combination whose words sit on both
  sides of a "Hello," line or a paragraph break (a subject line "customs fees in the EU", then
  "Hello, First, thanks ...") joins two texts, not one demand: dropped;
- **a card authorisation form**: the cardholder signs to let a named company charge or debit
  the card (a travel agency's, a hotel's or a forwarder's form): one way to pay, low with
  advice, unless a security code, a PIN, a verification or an unlock is asked;
- **a vendor's overdue or credit-hold letter**: "your account" in trouble and a statement
  attached, in a letter that states what is billed (two of an invoice number, an account
  number, a due date, an amount) and offers no link and no log-in: billing, low. A link, a
  log-in or a new account (its own finding) keeps the weight;
- **"if you pay now by card" as an option**: paying today, now or immediately in a condition
  that names how ("if you pay immediately (i.e. by bank card)", "when you pay today via
  PayPal"): a description of one way to pay, low; with a discount, a loss or a cancellation in
  that sentence, or without the way named, it keeps its weight;
- **a document lure told not to be opened**: a warning that quotes the lure (a "remittance
  advice" with a file attached) and tells the reader not to open or click it ("DO NOT CLICK
  IT", "do not open the attachment"): the lure's shape is what the warning is about, low. "Do
  not reply", or "do not open it on your phone" keeps the shape's weight.
It never raises anything, never touches a detector's finding, and must not match red-flag
phrases itself.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from knowledge.scam.finding import Finding
from knowledge.scam.normalise import Message
from knowledge.scam.red_flags import Severity
from knowledge.scam.term_cues import SECRET, SENTENCE_END
from knowledge.scam.terms import folded_span, offers_way_out

# "do not call" and its kin as the rules quote it (the phrase "do not call me" matched
# fuzzily, or the combination "don't|do not|never + call|phone|contact").
SECRECY = "unusual_transfer"
NO_CALL = re.compile(
    r"\b(?:do not|don't|dont|never|did not|didn't|does not|doesn't)\s+(?:call|phone|ring)\b"
)
# the number a message gives is what a warning says not to call
A_NUMBER = re.compile(
    r"\s+(?:(?:the|any|a|that|this|those|these)\s+)?(?:(?:phone|telephone|tel|contact"
    r"|call-?back|mobile|hotline)\s+)?(?:numbers?|no\.)(?:\W|$)"
)
# the writer as the one not to be called keeps a demand's weight
A_PERSON = re.compile(r"\s+(?:me|us|him|her|my|our|the boss|the ceo)\b")
# what may open an imperative clause: nothing, a courtesy or a joining word
IMPERATIVE_LEAD = frozenset(
    ("", "please", "pls", "plz", "kindly", "just", "and", "but", "so", "then", "also", "now")
) | {"simply", "again", "or", "therefore", "hence"}
CLAUSE_END = re.compile(r"[,.;:!?()\n\"]")

# A greeting on its own line, or a blank line, between a combination's words.
BREAK = re.compile(
    r"\n[ \t]*(?:(?:hello|hi|hey|greetings|dear|good (?:morning|afternoon|evening))\b"
    r"[^\n.!?]{0,30}[,!.:]?[ \t]*)?\n"
)

# A card authorisation form: "I (hereby) authorise ... to charge / debit" and a signature.
CARD_ASK = "credentials_request"
AUTHORISE = re.compile(
    r"\b(?:i|we)\b[^.\n]{0,40}?\bauthori[sz]e\b[^.\n]{0,80}?\b(?:charg|debit|deduct|bill)\w*"
)
SIGNED = re.compile(r"\b(?:signature|signed|undersigned)\b")
FORM_WHY = (
    "A card authorisation form (the cardholder signs to let a named company charge the card): "
    "a usual way hotels, agencies and services take a payment. Send it only to a company you "
    "booked with, through the address you already know, and cover the security code on any "
    "copy of the card's back."
)

# Paying now as an option: a condition, the words, and how (a method) right after them.
PRESSURE = "pressure"
PAY_SOON = re.compile(r"\bpay\s+(?:immediately|today|now|right away)\b")
OPTION_LEAD = re.compile(r"\b(?:if|when|once|whenever) you (?:choose to |decide to |want to )?$")
BY_METHOD = re.compile(r"\s*\(?(?:i\.\s?e\.,?\s*|e\.\s?g\.,?\s*)?(?:by|via|with|using|through)\s")
# what turns the option into bait or a threat
BAIT_OR_LOSS = re.compile(
    r"\b(?:discount\w*|off|bonus|free|cheaper|special|lower|save|only|last|cancel\w*|lose|lost"
    r"|penalt\w*|suspen\w*|legal|release\w*|held|hold)\b|%"
)

# A document lure's shape (lure_documents, lure_accounts) refused by the message itself.
LURE_SHAPE = ("open_or_log_in", "shape: ")
REFUSED = re.compile(
    r"\b(?:do not|don't|dont|never|not to)\s+(?:click|open|download|tap)\s+(?:on\s+)?(?:it"
    r"|this|that|them|these|those|the (?:attachment|link|file|document|invoice)s?"
    r"|any (?:attachment|link|file)s?)\b(?!\s+(?:on|from|in|with|until|before)\b)"
)

REFUSED_WORDS = ("click", "open", "download", "tap")

# A vendor's letter about a late account: the findings its "your account" and its attached
# statement raise, and the particulars that make it billing (after lure_documents' reading).
LETTER_FINDINGS = frozenset(
    {
        ("pressing_request", "notice + trouble"),
        ("pressing_request", "shape: account"),
        ("open_or_log_in", "shape: attachment"),
    }
)
# one pattern per kind of particular, each opening with a literal (a single alternation read
# at every position cost 0.8 ms per 3 KB)
BILLED = (
    (re.compile(r"inv(?:oice)?\s*(?:no\.?|number|nr\.?|#|ref\w*)\s*:?\s*[\w{$#-]"),),
    (re.compile(r"account,?\s*(?:number|no\.?|#)?\s*:?\s*[\d{#]"),),
    (
        re.compile(r"amount(?: due)?\s*:"),
        re.compile(r"total(?: due)?\s*:"),
        re.compile(r"balance(?: due)?\s*:"),
        re.compile(r"[$\u20ac\u00a3\u00a5]\s?[\d{]"),
        re.compile(r"(?:usd|eur|gbp|rmb|cny)\s?\d"),
    ),
    (re.compile(r"due (?:date|on|by)\b"),),
)
LETTER_REACH = 3000  # a letter states its particulars near the top
LETTER_WHY = (
    "A supplier's overdue or credit-hold letter that states what is billed: usual credit "
    "control. Check the invoices against your own records and pay only the account on the "
    "contract; call the supplier on the number you already have if anything changed."
)


class _Whole:
    """What these readings ask of the whole message, each read once and only when asked."""

    def __init__(self, folded: str) -> None:
        self.folded = folded

    @cached_property
    def card_form(self) -> bool:
        return _card_form(self.folded)

    @cached_property
    def billing_letter(self) -> bool:
        return _billing_letter(self.folded)

    @cached_property
    def refused(self) -> bool:
        folded = self.folded
        if not any(word in folded for word in REFUSED_WORDS):
            return False
        return ("not" in folded or "never" in folded) and REFUSED.search(folded) is not None


def as_forwarded(findings: list[Finding], message: Message) -> list[Finding]:
    """The findings once these kinds are read: some lowered, some dropped."""
    if not findings:
        return findings
    whole = _Whole(message.folded)
    kept: list[Finding] = []
    for finding in findings:
        read = finding if finding.from_detector else _read(finding, message, whole)
        if read is not None:
            kept.append(read)
    return kept


def _read(finding: Finding, message: Message, whole: _Whole) -> Finding | None:
    """One wording finding as these kinds see it: kept, lowered, or dropped (None)."""
    folded = whole.folded
    start, end = folded_span(message, finding)
    category = finding.category
    joined = folded.find("\n", start, end) != -1 and BREAK.search(folded, start, end) is not None
    if joined or (category == SECRECY and _no_secret(folded, start, end)):
        return None
    if category == CARD_ASK and "card" in folded[start:end] and whole.card_form:
        return finding.lowered(FORM_WHY)
    if category == PRESSURE and _pay_by_choice(folded, start, end):
        return replace(finding, severity=Severity.LOW)
    shape = category == LURE_SHAPE[0] and finding.evidence.startswith(LURE_SHAPE[1])
    if shape and whole.refused:
        return replace(finding, severity=Severity.LOW)
    if (category, finding.evidence) in LETTER_FINDINGS and whole.billing_letter:
        return replace(finding, severity=Severity.LOW, why=LETTER_WHY)
    return finding


def _no_secret(folded: str, start: int, end: int) -> bool:
    """ "Do not call" as a warning's advice about a number, or as a statement about someone."""
    said = NO_CALL.search(folded, start, end + 12)
    if said is None:
        return False
    if A_NUMBER.match(folded, said.end()) is not None:
        return True
    if A_PERSON.match(folded, said.end()) is not None:
        return False
    before = CLAUSE_END.split(folded[max(0, said.start() - 60) : said.start()])[-1].split()
    return bool(before) and before[-1] not in IMPERATIVE_LEAD


def _card_form(folded: str) -> bool:
    """An authorisation to charge a card with a signature, and no code or check asked."""
    if "authori" not in folded or AUTHORISE.search(folded) is None:
        return False
    return SIGNED.search(folded) is not None and SECRET.search(folded) is None


def _pay_by_choice(folded: str, start: int, end: int) -> bool:
    """ "If you pay immediately (i.e. by card), you receive ...": one way to pay, described."""
    said = PAY_SOON.search(folded, start, end + 12)
    if said is None or OPTION_LEAD.search(folded, max(0, said.start() - 40), said.start()) is None:
        return False
    if BY_METHOD.match(folded, said.end()) is None:
        return False
    begin = max(0, said.start() - 200)
    for found in SENTENCE_END.finditer(folded, begin, said.start()):
        begin = found.end()
    after = SENTENCE_END.search(folded, said.end())
    return BAIT_OR_LOSS.search(folded, begin, after.start() if after else len(folded)) is None


def _billing_letter(folded: str) -> bool:
    """Two kinds of particulars stated, and no link and no log-in."""
    kinds = sum(
        any(pattern.search(folded, 0, LETTER_REACH) is not None for pattern in kind)
        for kind in BILLED
    )
    return kinds >= 2 and not offers_way_out(folded)
