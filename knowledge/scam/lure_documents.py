"""The invoice and payment-document lure, as the public advisories describe it (issue 15,
round 14).

Owns one shape (`document`, counted in `open_or_log_in`, medium): a payment document (an
invoice, a remittance or payment advice, a proof of payment or SWIFT copy, a receipt, a
statement or an outstanding balance) handed over as a file, a share or a link, with the reader
asked to open, view, check or confirm it, and one sign of the unsolicited lure beside it: a
greeting to nobody, a "shared with you" notice, a link or button to view it, a payment said
made that the reader must confirm, an overdue or outstanding claim, or a file name. A
document sent against the reader's own order with the account unchanged is ordinary billing,
and a message about the trick names it: both stay out. Returns spans in folded-text offsets;
it must not score.

Written from the advisories' description of the kind, not from the development data:
- FBI / IC3, "Business E-mail Compromise" PSAs (I-091019-PSA, 2019-09-10, ic3.gov) and the
  FBI's 2014 fraudulent-invoice warning (quoted by firstmerchants.com): a seemingly legitimate
  invoice from a vendor asking for payment; call the vendor before processing;
- Take Five / UK Finance, "Invoice and mandate fraud" (takefive-stopfraud.org.uk);
- Microsoft SharePoint / OneDrive share-notice phishing (hoax-slayer.net "shared a document
  with you"; utwente.nl "Spotting SharePoint phishing": an invoice or payroll file shared
  without context is almost always suspicious);
- fake remittance advice and payment-confirmation mail (pcrisk.com "Payment Remittance
  Advice", mailguard.com.au 2019-08-30 and 2020-04-06, systemscloud.co.uk: real finance mail
  carries invoice numbers, amounts and supplier references; lures carry a file and no context);
- Alibaba.com, "How can I tell if an email is really from Alibaba.com" (service.alibaba.com
  FAQ 20395686): generic greetings ("Dear Alibaba Member") mark phishing.
"""

from __future__ import annotations

import re

from knowledge.scam.lure_text import ABOUT, Lure, finds, ordinary_billing, refused_before
from knowledge.scam.red_flags import Severity

# Literal anchors (a str.find loop; a whole-text alternation costs far more per character).
_ANCHORS = (
    "invoice", "remittance", "payment advice", "payment confirmation", "proof of payment",
    "swift", "bank slip", "payment slip", "transfer slip", "receipt", "statement",
    "outstanding balance", "unpaid balance", "overdue balance", "open balance", "balance due",
    "payment copy", "transfer copy", "payment document", "payment notification",
    "payment notice", "payment details", "transfer confirmation", "wire confirmation",
    "purchase order", "payroll", "shipping document", "delivery document",
)  # fmt: skip
_DOCUMENT = re.compile(
    r"\b(?:invoices?|remittance(?: advice)?|payment (?:advice|confirmation|copy|slip)|"
    r"proof of payment|swift(?: copy| slip| mt103)?|bank slip|transfer (?:slip|copy)|receipts?|"
    r"statements?(?: of account)?|(?:outstanding|unpaid|overdue|open) balance|balance due|"
    # the advisories' other papers: a payment or transfer notice, a purchase order (Alibaba's
    # "a buyer has sent you a purchase order"), payroll (scam-detector.com, utwente.nl), a
    # carrier's shipping or delivery document (DHL's fraud-awareness advice)
    r"payment (?:document|notification|notice|details)|(?:transfer|wire) confirmation|"
    r"purchase orders?|payroll(?: reports?)?|(?:shipping|delivery) documents?)"
    r"(?![a-z])"  # "remittance_advice.pdf" is the document too
)
_REACH = 220  # characters either side of the document word (its sentence and the next)
# How the document comes: a file, a share, a link or a button.
_HANDED = re.compile(
    r"(?:\battach|\benclos|\bshared? (?:\S+ ){0,8}?with you\b|https?:|\bwww\.|\blink\b|"
    r"\bclick|\btap\b|\bbutton\b|\bdownload|\.(?:pdf|html?|zip|docx?|xlsx?)\b)"
)
# The reader asked to look at it or confirm it: a polite ask, a bare imperative opening a
# sentence, or "to view / open / see" after a link or button.
_ASKED = re.compile(
    r"(?:\b(?:please|kindly|pls|plz)\s+(?:\S+\s+){0,2}?|(?:^|[.!?\n:;—–-]\s*)|"
    r"\b(?:click|tap)\s+(?:here\s+|below\s+|the link\s+|the button\s+)?to\s+|\bto\s+)"
    r"(?:see|find|check|review|open|view|download|confirm|acknowledge|verify|access)\b|"
    # "for your review", "can you check": the same ask said another way (pcrisk.com: the
    # lure "requests the user to review the attached remittance advice")
    r"\bfor your (?:kind )?(?:review|perusal|attention|approval|confirmation|verification)\b|"
    r"\b(?:can|could|would) you (?:please |kindly )?(?:check|review|confirm|open|see|view)\b"
)
# The signs of the unsolicited lure (one is needed beside the document, hand-over and ask).
# (on any of the first lines: a forwarded lure often opens with its subject line)
_GREETED_NOBODY = re.compile(
    r"(?:^|\n)\W*(?:dear (?:sir|madam|sir/madam|sir or madam|customer|valued customer|client|"
    r"user|member|recipient|account holder|beneficiary|partner|friend|<email>)|hello|hi|"
    r"good (?:day|morning|afternoon|evening)|greetings)\b\s*(?:[,!.\n]|$)"
)
_GREETING_REACH = 200  # characters from the top where the greeting stands
_LURE_SIGN = re.compile(
    r"(?:\bshared? (?:\S+ ){0,8}?with you\b|https?:|\bwww\.|\blink\b|\bclick|\btap\b|"
    r"\bbutton\b|\bconfirm (?:the |your |this )?(?:payment|receipt|transfer)|"
    r"\b(?:proof of payment|swift copy)\b|\b(?:overdue|outstanding|unpaid|past due|final notice)\b|"
    # a payment said made to the reader (mailguard.com.au: "payment released today") and
    # the hurry every advisory names (NCSC: "within 24 hours", "immediately")
    r"\bpayment (?:has been |was |is )?(?:made|sent|released|processed|completed|settled|"
    r"remitted|initiated)\b|\bwe have (?:made|sent|released|processed|settled|remitted|paid)\b|"
    r"\b(?:urgent(?:ly)?|asap|immediately)\b|"
    r"\w[\w-]*[_.-]\w*\.(?:pdf|html?|zip|docx?|xlsx?)\b)"
)

# Real billing states what the document is for (systemscloud.co.uk: "invoice numbers, payment
# amounts, or supplier references"); the lure keeps it all in the file. Two particulars, or
# the job the reader had done, make the message billing.
_PARTICULARS = (
    re.compile(r"\binv(?:oice)?\s*(?:no\.?|number|nr\.?|#|ref\w*)\s*:?\s*[\w{$#-]"),
    re.compile(r"\b(?:amount|total)(?: due)?\s*:|[$€£¥]\s?[\d{]|\b(?:usd|eur|gbp)\s?\d"),
    re.compile(r"\bdue (?:date|on|by)\b"),
)
_WORK_DONE = re.compile(
    r"\bfor the (?:job|work|services?|order|goods|delivery|project|repairs?|booking)s? "
    r"(?:you|we|that you)\b"
)


def _billing(folded: str) -> bool:
    """The message itself says what is billed: ordinary billing, not a file to open blind."""
    if ordinary_billing(folded) or _WORK_DONE.search(folded) is not None:
        return True
    return sum(p.search(folded) is not None for p in _PARTICULARS) >= 2


def document_lure(folded: str) -> list[Lure]:
    """The first payment document handed over to be opened with a sign of the lure, or
    nothing; ordinary billing and messages about the trick read nothing."""
    anchors = sorted(at for word in _ANCHORS for at in finds(folded, word))
    if not anchors:
        return []
    greeted_nobody = _GREETED_NOBODY.search(folded, 0, _GREETING_REACH) is not None
    for at in anchors:
        document = _DOCUMENT.match(folded, at)
        if document is None or (at > 0 and folded[at - 1].isalnum()):
            continue
        first, last = max(0, at - _REACH), document.end() + _REACH
        handed = _HANDED.search(folded, first, last)
        asked = _ASKED.search(folded, first, last)
        if handed is None or asked is None or refused_before(folded, asked.start()):
            continue
        if not greeted_nobody and _LURE_SIGN.search(folded, first, last) is None:
            continue
        if _billing(folded) or ABOUT.search(folded) is not None:
            return []
        return [Lure("document", Severity.MEDIUM, at, document.end())]
    return []
