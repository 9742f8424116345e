"""A seller's own payment terms and a vendor's own unpaid-invoice notice (round 18).

Owns four readings that LOWER a wording finding when the honest kind shows (they never raise
anything, never drop a finding and never touch a detector's finding):
- **a payment window whose consequence is the order's own** ("pay the difference within the
  next 24 hours ... if not, your order will be refunded"), in a message with no link, no "pay
  now / today" and no threat in the window's sentence: a buying agent's term, low. A window
  with a threat, a link or a new account keeps its weight (those are other findings);
- **payment due on receipt of the invoice or the goods** in Chinese ("收到发票后应立即付款"):
  a merchant's term, low. "请立即付款到新账户" keeps it;
- **a difference refunded to the reader** ("if the freight is lower than you paid, we will
  refund the difference to your balance"): a buying agent's price-difference notice, low.
  "Please refund the difference to my agent" (the overpayment scam) keeps its weight;
- **a vendor's notice about its own unpaid invoice**: a suspension or re-activation notice (or
  its "if you fail to settle" ultimatum) with an invoice named just before, and no link, no
  log-in, no attachment and no phone line anywhere: low. The phishing twins send the reader
  to a link, a log-in, an attachment or a phone number, or ask for a card (another finding).
A changed account, a secret or a card asked for are other findings: they keep their weight.
It must not match red-flag phrases itself.
"""

from __future__ import annotations

import re

from knowledge.scam import term_cues as cue
from knowledge.scam.finding import Finding
from knowledge.scam.normalise import Message
from knowledge.scam.terms import folded_span, offers_way_out

_PRESSING = "pressing_request"
_NOTICE = "fake_notice"
_REFUND = "overpayment_refund"
_READ = frozenset({cue.PRESSURE, _PRESSING, _NOTICE, _REFUND})
# "your order will (still) be refunded": the buyer's order ends and the money goes back;
# nothing is taken from the reader. "or your order is cancelled" alone is a threat's shape.
_ORDER_REFUNDED = re.compile(
    r"\b(?:the|your|this) (?:order|purchase)s? (?:will|would|is|are|shall|gets?) "
    r"(?:(?:still|then|automatically|be) )*refunded\b"
)
# "... you paid, we will refund the difference to your balance": the writer (or its platform)
# pays the reader back; the overpayment scam asks the READER to send the difference on.
_WE_REFUND = re.compile(r"\b\w+ (?:will|shall|would) (?:\w+ )?refund the difference\s*$")
_TO_YOU = re.compile(r"\s*(?:(?:directly|back|in full) )?to (?:you\b|your )")
# Chinese: "收到发票后 / 收货后 ... 立即付款": paid on receipt, a term of sale.
_ON_RECEIPT = re.compile(
    r"收(?:到|取)?(?:發票|发票|賬單|账单|貨物|货物|貨|货)(?:後|后)[^。！？!?\n]{0,4}$"
)
_RECEIPT_REACH = 12  # characters before a Chinese pay-now read for "on receipt"
_PAY_NOW_ZH = ("立即付款", "立即支付", "马上付款", "馬上付款")
# What a vendor's own unpaid-invoice notice says will happen to the service.
_SERVICE_STEP = re.compile(r"suspen\w*|activat\w*|paus\w*|lock\w*|disabl\w*|restor\w*")
_INVOICE_REACH = 200  # characters before a notice's end searched for the invoice
# A phone line or a file to open: a callback or attachment phish, not a vendor's notice.
_CALL_OR_FILE = re.compile(
    r"\b(?:call\w*|phone|dial|whatsapp|telegram|text us|attach\w*|enclosed)\b"
)


def as_own_terms(findings: list[Finding], message: Message) -> list[Finding]:
    """The findings once a seller's own terms or invoice notice is read: some lowered."""
    if not any(f.category in _READ and not f.from_detector for f in findings):
        return findings
    folded = message.folded
    notice_ok: bool | None = None  # asked once, only when a notice asks
    kept: list[Finding] = []
    for finding in findings:
        lowered = False
        if finding.category in _READ and not finding.from_detector:
            start, end = folded_span(message, finding)
            if finding.category == _REFUND:
                lowered = _refunded_to_reader(folded, start, end)
            elif finding.category == cue.PRESSURE:
                lowered = _own_window(folded, start, end) or _on_receipt(folded, start, end)
            if not lowered and _SERVICE_STEP.search(folded, start, end) is not None:
                if notice_ok is None:
                    notice_ok = _no_way_out(folded)
                lowered = notice_ok and "invoice" in folded[max(0, end - _INVOICE_REACH) : end]
        kept.append(finding.lowered() if lowered else finding)
    return kept


def _own_window(folded: str, start: int, end: int) -> bool:
    """A window whose stated consequence is the order refunded, no link, no threat near."""
    window = cue.WINDOW.search(folded, start, end + 1)
    if window is None or any(mark in folded for mark in cue.LINK_MARKS):
        return False
    # "pay today" elsewhere makes the message a demand, not terms
    if any(word in folded for word in cue.NOW_WORDS) and cue.PAY_NOW.search(folded):
        return False
    sentence_start = folded.rfind(".", 0, window.start()) + 1
    sentence_end = folded.find(".", window.end())
    sentence = folded[sentence_start : sentence_end if sentence_end != -1 else len(folded)]
    if cue.THREAT.search(sentence) is not None:
        return False
    return _ORDER_REFUNDED.search(folded) is not None


def _refunded_to_reader(folded: str, start: int, end: int) -> bool:
    """The writer refunds the difference to the reader ("we will refund the difference to your
    balance"); "please refund the difference to my agent" is the scam's ask and stays."""
    if _WE_REFUND.search(folded, start, end) is None:
        return False
    return _TO_YOU.match(folded, end) is not None


def _on_receipt(folded: str, start: int, end: int) -> bool:
    """A Chinese pay-now preceded by "on receipt of the invoice / the goods"."""
    if not any(word in folded[start:end] for word in _PAY_NOW_ZH):
        return False
    return _ON_RECEIPT.search(folded[max(0, start - _RECEIPT_REACH) : start]) is not None


def _no_way_out(folded: str) -> bool:
    """No link, log-in, attachment or phone line anywhere in the message."""
    return not offers_way_out(folded) and _CALL_OR_FILE.search(folded) is None
