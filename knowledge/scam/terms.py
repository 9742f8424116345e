"""Business terms a sourcing team forwards, read before they count as demands (round 14).

Owns the readings of a finding's own sentence that LOWER what the wording matchers found when
the honest kind shows (they never raise anything, and never touch a detector's finding):
- **a card to pay an invoice**: card details asked for to pay the writer's own bill, with
  another way to pay (a bank transfer, a cheque) named beside it, is one way to pay (a
  laboratory's or a shop's payment terms): advice, low. A card asked for with its security
  code, to verify, unlock or refund, or as the only way out, keeps its weight; so does the
  wire a reader is offered as the other choice only in that same sentence;
- **a deadline that is a term of the trade**: a payment window counted from the reader's own
  order, the invoice or the contract ("within 2 hours of placing an order"), not from the
  message, or the writer's own processing time ("will be marked paid within 48 hours"); an
  ultimatum whose cost is a term of the deal (storage, a new rate, the right to buy) in a
  message with no link and no log-in, or a late trade account's credit terms (marked
  delinquent, put on credit hold: round 15). A window from now, a way out through a link, a
  legal, account or parcel threat keep their weight;
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

from knowledge.scam import term_cues as cue
from knowledge.scam.finding import Finding
from knowledge.scam.normalise import Message

Span = tuple[int, int]  # offsets into the folded text


def _not_the_account(finding: Finding, folded: str, span: Span) -> bool:
    """A change of banking rules or fees ("the change in banking regulations"): the bank
    word the match ends on is followed by what changed, and that is not an account."""
    start, end = span
    if finding.category != cue.PAYEE or not folded[start:end].endswith(cue.BANK_ENDS):
        return False
    return cue.BANK_RULES.match(folded, end) is not None


def _customer_voice(finding: Finding, folded: str, span: Span) -> bool:
    """A held parcel in the customer's own voice or in a condition ("My order is held at
    customs.", "what if my parcel is held by customs"): a help page's question."""
    start, end = span
    if finding.category not in cue.HELD_CATEGORIES or cue.HELD.search(folded, start, end) is None:
        return False
    begin, _ = _sentence(folded, start, start)
    clause = re.split(r"[,:;]", folded[begin:start])[-1]
    return cue.MINE.search(clause) is not None or cue.CONDITION.search(clause) is not None


def _caution(finding: Finding, folded: str, span: Span) -> bool:
    """A bounced or rejected payment told as what would follow a mistake ("otherwise the
    payment may be rejected"): a modal in the match, not the excuse "it was returned"."""
    if finding.category != cue.PAYEE or cue.BOUNCE not in finding.evidence:
        return False
    return cue.MODAL.search(folded, *span) is not None


def _no_money(finding: Finding, folded: str, span: Span) -> bool:
    """A person's account named where no money moves ("the owner of the account is part of
    the ops team"): that sentence and the one before name no payment, transfer or sum."""
    if finding.category != cue.UNTRACEABLE or not any(p in finding.evidence for p in cue.PERSONS):
        return False
    begin, end = _sentence(folded, *span)
    before, _ = _sentence(folded, max(0, begin - 2), max(0, begin - 1)) if begin else (0, 0)
    return cue.MONEY.search(folded, before, end) is None


def folded_span(message: Message, finding: Finding) -> Span:
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
    # Only the wording findings of the categories read here (most findings pass untouched).
    spans = {
        at: folded_span(message, f)
        for at, f in enumerate(findings)
        if not f.from_detector and f.category in cue.READ
    }
    if not spans:
        return findings
    # Searched only when an ultimatum or a secure place asks (a 4 KB search is not free).
    asks = any(
        findings[at].evidence == cue.ULTIMATUM or _secure_place(findings[at], folded, span)
        for at, span in spans.items()
    )
    way_out = asks and offers_way_out(folded)
    kept: list[Finding] = []
    card_sentences: list[Span] = []
    wires: list[tuple[int, Span]] = []  # the choice a card is offered beside
    for at, finding in enumerate(findings):
        span = spans.get(at)
        read = finding if span is None else _read(finding, folded, span, way_out)
        if read is None:
            continue
        if span is not None and finding.evidence == cue.WIRE_SHAPE:
            wires.append((len(kept), span))
        elif span is not None and read is not finding and finding.category == cue.CREDENTIALS:
            card_sentences.append(_sentence(folded, *span))
        kept.append(read)
    # "either make the transfer or give us your card": the wire is the other choice
    for at, (start, _) in wires:
        if any(begin <= start < end for begin, end in card_sentences):
            kept[at] = kept[at].lowered()
    return kept


def _read(finding: Finding, folded: str, span: Span, way_out: bool) -> Finding | None:
    """One wording finding as its category's readings see it: kept, lowered, or dropped."""
    category = finding.category
    if category == cue.PRESSURE and _button(finding, folded, span):
        return None
    if category == cue.PAYEE and (
        _caution(finding, folded, span) or _not_the_account(finding, folded, span)
    ):
        return None
    why = finding.why
    if category == cue.PRESSURE:
        lowered, why = _trade_term(finding, folded, span, way_out), cue.TERM_WHY
    elif category == cue.CREDENTIALS:
        lowered, why = _card_to_pay(finding, folded, span), cue.CARD_WHY
    elif category == cue.OPEN:
        lowered = not way_out and _secure_place(finding, folded, span)
    else:
        lowered = (
            (category in cue.HELD_CATEGORIES and _customer_voice(finding, folded, span))
            or _trade_term(finding, folded, span, way_out)
            or _own_question(finding, folded, span)
            or _no_money(finding, folded, span)
        )
    return finding.lowered(why) if lowered else finding


def offers_way_out(folded: str) -> bool:
    """Whether the message offers a link or asks to click, open or log in."""
    if any(mark in folded for mark in cue.LINK_MARKS):
        return True
    at = folded.find("/")
    while at != -1:
        if cue.HOST_BEFORE.search(folded, max(0, at - cue.HOST_REACH), at) is not None:
            return True
        at = folded.find("/", at + 1)
    if not any(mark in folded for mark in cue.WAY_IN_MARKS):
        return False
    return cue.WAY_IN.search(folded) is not None


def _secure_place(finding: Finding, folded: str, span: Span) -> bool:
    """A secured portal or document named by the data file's secured-document combinations."""
    if finding.category != cue.OPEN or not finding.evidence.startswith(cue.SECURED, 3):
        return False
    return cue.PLACE.search(folded, *span) is not None


def _sentence(folded: str, start: int, end: int) -> Span:
    """The span of the sentence holding folded[start:end]."""
    begin = max(0, start - cue.REACH)
    for found in cue.SENTENCE_END.finditer(folded, begin, start):
        begin = found.end()
    after = cue.SENTENCE_END.search(folded, end, end + cue.REACH)
    return begin, after.end() if after else min(len(folded), end + cue.REACH)


def _card_to_pay(finding: Finding, folded: str, span: Span) -> bool:
    """Card details asked for to pay, another way to pay named in that sentence or the one
    before, no secret or verification around (that sentence, the one before and after)."""
    if finding.category != cue.CREDENTIALS or cue.CARD_WORD not in folded[span[0] : span[1]]:
        return False
    begin, end = _sentence(folded, *span)
    before, _ = _sentence(folded, max(0, begin - 2), max(0, begin - 1)) if begin else (0, 0)
    _, after = _sentence(folded, end, end) if end < len(folded) else (0, end)
    terms = folded[before:end]
    if cue.PAYING.search(terms) is None or cue.OTHER_WAY.search(terms) is None:
        return False
    return cue.SECRET.search(folded, before, after) is None


def _trade_term(finding: Finding, folded: str, span: Span, way_out: bool) -> bool:
    """A window counted from the order or invoice, or an ultimatum with a trade cost and no
    way out through a link or a log-in."""
    start, end = span
    if finding.category == cue.PRESSURE:
        window = cue.WINDOW.search(folded, start, end + 1)
        if window is None:
            return False
        before = folded[max(0, window.start() - cue.OWN_STEP_REACH) : window.start()]
        if cue.OWN_STEP.search(before) is not None:
            return True
        return cue.FROM_TRADE.match(folded, window.end()) is not None
    if finding.evidence != cue.ULTIMATUM or way_out or _pay_now(folded):
        return False
    if cue.DUTY.search(folded, start, end) is None:
        return False
    _, stop = _sentence(folded, start, end)
    # a late account's credit terms are what an honest vendor's terms say will happen
    consequence = cue.ON_TERMS.sub(" ", folded[start:stop])
    return cue.THREAT.search(consequence) is None


def _pay_now(folded: str) -> bool:
    """A "pay now / immediately / today" anywhere (its time words looked for first)."""
    if not any(word in folded for word in cue.NOW_WORDS):
        return False
    return cue.PAY_NOW.search(folded) is not None


def _own_question(finding: Finding, folded: str, span: Span) -> bool:
    """ "Can we send a wire ...?": the writer's question, the sentence ending in "?"."""
    start, end = span
    if finding.category != cue.WIRE_CATEGORY:
        return False
    if cue.OWN_QUESTION.search(folded[max(0, start - cue.QUESTION_REACH) : start]) is None:
        return False
    _, stop = _sentence(folded, start, end)
    return folded[:stop].rstrip().endswith("?")


def _button(finding: Finding, folded: str, span: Span) -> bool:
    """Pressure words that are a button's quoted name: click "Pay now"."""
    start = span[0]
    if finding.category != cue.PRESSURE or not start or folded[start - 1] not in cue.QUOTES:
        return False
    return cue.BUTTON.search(folded, max(0, start - 20), start - 1) is not None
