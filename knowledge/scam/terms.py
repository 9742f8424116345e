"""Business terms a sourcing team forwards, read before they count as demands (round 14).

Owns the readings of a finding's own sentence that LOWER what the wording matchers found when
the honest kind shows (they never raise anything, and never touch a detector's finding):
- **a card to pay an invoice**: card details asked for to pay the writer's own bill, with
  another way to pay (a bank transfer, a cheque) named beside it, is one way to pay (a
  laboratory's or a shop's payment terms): advice, low. A card asked for with its security
  code, to verify, unlock or refund, or as the only way out, keeps its weight; so does the
  wire a reader is offered as the other choice only in that same sentence;
- **a deadline that is a term of the trade**: a payment window counted from the reader's own
  order or the invoice ("within 2 hours of placing an order"), not from the message; an
  ultimatum whose cost is a term of the deal (storage, a new rate, the right to buy) in a
  message with no link and no log-in. A window from now, a way out through a link, a legal,
  account or parcel threat keep their weight;
- **a secure place named**: a "secure portal" or "encrypted document" named as where
  documents go, in a message with no link and no ask to open, click or log in;
- **the writer's own question about a wire** ("can we send a wire to a supplier abroad?"):
  it asks whether, it asks the reader for nothing;
- **a button's name quoted** in a how-to (click "Pay now" on the order page), and **a
  bounced payment as a caution** ("otherwise the payment may be rejected"): dropped.
- **a held parcel in the customer's voice** ("My order is held at customs.", "in case my
  parcel is held by customs"): a help page's question, low; "your parcel is held" stays;
- **a change of banking rules** ("the change in banking regulations"): not an account,
  dropped; **a person's account where no money moves** ("the owner of the account is part
  of the ops team"): a log-in, low.
It must not match red-flag phrases itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from knowledge.scam.finding import Finding
from knowledge.scam.normalise import Message
from knowledge.scam.red_flags import Severity

Span = tuple[int, int]  # offsets into the folded text

_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n")
_REACH = 300  # characters searched either way for a sentence's ends

# A card asked for (the data file's "@card_secret" combination or a card phrase).
_CARD_WORD = "card"
_CREDENTIALS = "credentials_request"
_PAYING = re.compile(r"\b(?:pay\w*|settle\w*|invoice\w*|charge\w*|balance|fees?)\b")
# another way to pay named, or the card named as accepted ("Visa will be accepted")
_OTHER_WAY = re.compile(
    r"\b(?:bank transfer|wire transfer|wire|telegraphic transfer|t/t|remittance|cheque|check"
    r"|transfer|accept\w*)\b"
)
_SECRET = re.compile(
    r"\b(?:cvv2?|cvc2?|csc|security code|pin|otp|password|passcode|verif\w*|identity"
    r"|unlock\w*|unblock\w*|suspen\w*|refund\w*|reactivat\w*|on the back)\b"
)
_CARD_WHY = (
    "Card details asked for to pay an invoice, beside a bank transfer: a usual way to pay a "
    "laboratory, shop or service. Give them only on the company's own payment page or by phone "
    "to the number you already know, and never the code on the back by e-mail or chat."
)
_WIRE_SHAPE = "shape: wire"

# A payment window counted from an event of the trade, not from the message.
_PRESSURE = "pressure"
_WINDOW = re.compile(r"\bwithin \S+ (?:hours?|minutes?|hrs?|mins?)\b")
_FROM_TRADE = re.compile(
    r"\s*(?:of|after|from|following)\s+(?:(?:placing|receiving|making|confirming|submitting"
    r"|booking)\b|(?:the|your|an?|each)\s+(?:order|booking|invoice|purchase|checkout|delivery"
    r"|confirmation|reservation|proforma|pi)\b)"
)
_ULTIMATUM = "shape: ultimatum"
# The ultimatum of a term fails a duty already stated (to pay, "to do so"); one that fails to
# "complete your registration" or "verify" asks for something new. A "pay now" anywhere makes
# the message a demand, not terms.
_DUTY = re.compile(r"(?:failure to|fail to|do not|don't|not) (?:pay|do so|settle|comply)\b")
_PAY_NOW = re.compile(r"\b(?:pay|payment|remit)\s+(?:now|immediately|today)\b")
_WAY_OUT = re.compile(
    r"https?://|www\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)+/\S|\b(?:click|tap|log ?in|login|sign ?in"
    r"|log on|logon|download|open the)\b"
)
_THREAT = re.compile(
    r"\b(?:legal|court|lawsuit|law ?suit|police|arrest\w*|prosecut\w*|collection|debt"
    r"|penalt\w*|fine|suspen\w*|clos\w*|block\w*|lock\w*|delet\w*|terminat\w*|deactivat\w*"
    r"|disabl\w*|account|credit|blacklist\w*|report\w*|return\w*|destroy\w*|seiz\w*"
    r"|confiscat\w*|forfeit\w*)\b"
)
_TERM_WHY = (
    "A payment deadline stated as a term of the deal, not a threat: check the terms before "
    "you order, and pay the company on the contract."
)

# A secure place named: the data file's secured-document combinations of `open_or_log_in`.
_OPEN = "open_or_log_in"
_SECURED = ("protected|encrypted|secured", "@document + is|has been + protected")
# the place or document itself named in the excerpt ("secure it" names no place)
_PLACE = re.compile(r"portal|document|upload|viewer|file|attachment|folder")

# The writer asking whether a wire can be sent.
_WIRE_CATEGORY = "unusual_transfer"
_OWN_QUESTION = re.compile(
    r"\b(?:can|could|should|may|shall|do|would|how (?:do|can|should|would)) (?:we|i)"
    r"(?: (?:also|still|just|then|ever))?\s*$"
)
_QUESTION_REACH = 30  # characters before the wire words searched for "can we"

# A payment bounced or rejected, as a caution: the data file's bounce combination.
_PAYEE = "changed_bank_details"
_BOUNCE = "bounce*|reject*"
_MODAL = re.compile(r"\b(?:would|will|may|might|could|can|shall)\b")

# A change of banking rules: the bank word, then what changed.
_BANK_ENDS = ("bank", "banking")
_BANK_RULES = re.compile(
    r"\s+(?:regulation|rule|law|system|hour|holiday|fee|charge|sector|industry|polic|practice"
    r"|procedure|cost|supervision)\w*\b"
)

# A held parcel in the customer's voice: "my" right before the parcel, or a condition.
_HELD_CATEGORIES = frozenset({"surprise_fees", "fake_notice"})
_HELD = re.compile(r"\b(?:held|stuck|detained|retained|retrieved)\b")
_MINE = re.compile(r"\bmy (?:\w+ ){0,2}$")
_CONDITION = re.compile(r"\b(?:if|when|whenever|in case)\b(?! you (?:do not|don't|fail))")

# A person's account (the data file's person's-account combinations) named in a
# sentence, and the one before, where no money moves: a log-in, not a payee.
_PERSONS = ("@person + @personal_account", "personal|private + account")
_UNTRACEABLE = "untraceable_payment"
_MONEY = re.compile(
    r"\b(?:pay\w*|paid|send|sent|transfer\w*|wire\w*|remit\w*|deposit\w*|disburse\w*|use"
    r"|funds?|money|amount|balance|\$|usd|eur|rmb)\b"
)

# A button's name: a quotation mark right before the words, a press verb before it.
_BUTTON = re.compile(r"\b(?:click\w*|tap\w*|press\w*|select\w*|hit|choos\w*|push\w*)(?: on)?\s*$")
_QUOTES = "'\"\u2018\u201c"


def _not_the_account(finding: Finding, folded: str, span: Span) -> bool:
    """A change of banking rules or fees ("the change in banking regulations"): the bank
    word the match ends on is followed by what changed, and that is not an account."""
    start, end = span
    if finding.category != _PAYEE or not folded[start:end].endswith(_BANK_ENDS):
        return False
    return _BANK_RULES.match(folded, end) is not None


def _customer_voice(finding: Finding, folded: str, span: Span) -> bool:
    """A held parcel in the customer's own voice or in a condition ("My order is held at
    customs.", "what if my parcel is held by customs"): a help page's question."""
    start, end = span
    if finding.category not in _HELD_CATEGORIES or _HELD.search(folded, start, end) is None:
        return False
    begin, _ = _sentence(folded, start, start)
    clause = re.split(r"[,:;]", folded[begin:start])[-1]
    return _MINE.search(clause) is not None or _CONDITION.search(clause) is not None


def _caution(finding: Finding, folded: str, span: Span) -> bool:
    """A bounced or rejected payment told as what would follow a mistake ("otherwise the
    payment may be rejected"): a modal in the match, not the excuse "it was returned"."""
    if finding.category != _PAYEE or _BOUNCE not in finding.evidence:
        return False
    return _MODAL.search(folded, *span) is not None


def _no_money(finding: Finding, folded: str, span: Span) -> bool:
    """A person's account named where no money moves ("the owner of the account is part of
    the ops team"): that sentence and the one before name no payment, transfer or sum."""
    if finding.category != _UNTRACEABLE or not any(p in finding.evidence for p in _PERSONS):
        return False
    begin, end = _sentence(folded, *span)
    before, _ = _sentence(folded, max(0, begin - 2), max(0, begin - 1)) if begin else (0, 0)
    return _MONEY.search(folded, before, end) is None


def _folded_span(message: Message, finding: Finding) -> Span:
    """The finding's span in the folded text (zero-width characters dropped, look-alike
    letters mapped, lower case), where these readings look."""
    if message.origin is None:
        return finding.start, finding.end
    return bisect_left(message.origin, finding.start), bisect_left(message.origin, finding.end)


def as_terms(findings: list[Finding], message: Message) -> list[Finding]:
    """The findings once the forwarded business terms are read: some lowered, a quoted
    button's name, a caution and a change of banking rules dropped."""
    if not findings:
        return findings
    folded = message.folded
    spans = [_folded_span(message, finding) for finding in findings]
    # Searched only when an ultimatum or a secure place asks (a 4 KB search is not free).
    asks = any(
        f.evidence == _ULTIMATUM or _secure_place(f, folded, span)
        for f, span in zip(findings, spans, strict=True)
    )
    way_out = asks and _WAY_OUT.search(folded) is not None
    kept: list[Finding] = []
    card_sentences: list[Span] = []
    wires: list[tuple[int, Span]] = []  # the choice a card is offered beside
    for finding, span in zip(findings, spans, strict=True):
        if finding.from_detector:
            kept.append(finding)
            continue
        if any(drop(finding, folded, span) for drop in (_button, _caution, _not_the_account)):
            continue
        if finding.evidence == _WIRE_SHAPE:
            wires.append((len(kept), span))
        if _customer_voice(finding, folded, span):
            kept.append(_low(finding))
        elif _card_to_pay(finding, folded, span):
            card_sentences.append(_sentence(folded, *span))
            kept.append(_low(finding, _CARD_WHY))
        elif _trade_term(finding, folded, span, way_out) or _own_question(finding, folded, span):
            kept.append(_low(finding, _TERM_WHY if finding.category == _PRESSURE else None))
        elif (_secure_place(finding, folded, span) and not way_out) or _no_money(
            finding, folded, span
        ):
            kept.append(_low(finding))
        else:
            kept.append(finding)
    # "either make the transfer or give us your card": the wire is the other choice
    for at, (start, _) in wires:
        if any(begin <= start < end for begin, end in card_sentences):
            kept[at] = _low(kept[at])
    return kept


def _secure_place(finding: Finding, folded: str, span: Span) -> bool:
    """A secured portal or document named by the data file's secured-document combinations."""
    if finding.category != _OPEN or not finding.evidence.startswith(_SECURED, 3):
        return False
    return _PLACE.search(folded, *span) is not None


def _sentence(folded: str, start: int, end: int) -> Span:
    """The span of the sentence holding folded[start:end]."""
    begin = max(0, start - _REACH)
    for found in _SENTENCE_END.finditer(folded, begin, start):
        begin = found.end()
    after = _SENTENCE_END.search(folded, end, end + _REACH)
    return begin, after.end() if after else min(len(folded), end + _REACH)


def _card_to_pay(finding: Finding, folded: str, span: Span) -> bool:
    """Card details asked for to pay, another way to pay named in that sentence or the one
    before, no secret or verification around (that sentence, the one before and after)."""
    if finding.category != _CREDENTIALS or _CARD_WORD not in folded[span[0] : span[1]]:
        return False
    begin, end = _sentence(folded, *span)
    before, _ = _sentence(folded, max(0, begin - 2), max(0, begin - 1)) if begin else (0, 0)
    _, after = _sentence(folded, end, end) if end < len(folded) else (0, end)
    terms = folded[before:end]
    if _PAYING.search(terms) is None or _OTHER_WAY.search(terms) is None:
        return False
    return _SECRET.search(folded, before, after) is None


def _trade_term(finding: Finding, folded: str, span: Span, way_out: bool) -> bool:
    """A window counted from the order or invoice, or an ultimatum with a trade cost and no
    way out through a link or a log-in."""
    start, end = span
    if finding.category == _PRESSURE:
        window = _WINDOW.search(folded, start, end + 1)
        if window is None:
            return False
        return _FROM_TRADE.match(folded, window.end()) is not None
    if finding.evidence != _ULTIMATUM or way_out or _PAY_NOW.search(folded) is not None:
        return False
    if _DUTY.search(folded, start, end) is None:
        return False
    _, stop = _sentence(folded, start, end)
    return _THREAT.search(folded, start, stop) is None


def _own_question(finding: Finding, folded: str, span: Span) -> bool:
    """ "Can we send a wire ...?": the writer's question, the sentence ending in "?"."""
    start, end = span
    if finding.category != _WIRE_CATEGORY:
        return False
    if _OWN_QUESTION.search(folded[max(0, start - _QUESTION_REACH) : start]) is None:
        return False
    _, stop = _sentence(folded, start, end)
    return folded[:stop].rstrip().endswith("?")


def _button(finding: Finding, folded: str, span: Span) -> bool:
    """Pressure words that are a button's quoted name: click "Pay now"."""
    start = span[0]
    if finding.category != _PRESSURE or not start or folded[start - 1] not in _QUOTES:
        return False
    return _BUTTON.search(folded, max(0, start - 20), start - 1) is not None


def _low(finding: Finding, why: str | None = None) -> Finding:
    return replace(finding, severity=Severity.LOW, blocking=False, why=why or finding.why)
