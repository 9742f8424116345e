"""The invoice and payment-document lure, as the public advisories describe it (issue 15,
round 14).

Owns one shape (`document`, counted in `open_or_log_in`, medium): a payment document (an
invoice, a remittance or payment advice, a SWIFT copy, a receipt, a statement, payroll)
handed over as a file, a share, a link or a download, with the reader asked to open, view,
check or confirm it, and one sign of the unsolicited lure beside it: a greeting to nobody, a
"shared with you" notice, a link, a payment said made or to confirm, a proof of payment or
SWIFT copy, an overdue or outstanding claim, a hurry. Billing that states what it bills (two
of invoice number, amount, due date; the job done) or cites the reader's own order with the
account unchanged stays out, and so does a message about the trick. Returns spans in
folded-text offsets; it must not score.

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
from bisect import bisect_left

from knowledge.scam.lure_text import ABOUT, Finder, Lure, ordinary_billing, refused_before
from knowledge.scam.red_flags import Severity

# Speed: every cue is first found by a str.find loop over a few literal words (memoised in
# `Finder`, shared with the account shape), and the shapes' patterns run only in the window
# around a document word that was handed over. Round 14's first draft searched each cue list
# over the text and cost 0.3-1.7 ms per 4 KB; the round's budget was 0.1 ms.
# How the document comes: a file, a share, a link or a download (checked first: the gate).
_HANDED = ("attach", "http", "www.", "click", "link", "download", "shared")
# The document's word (its stem; `_DOCUMENT` reads the whole name where the stem stands).
_STEMS = ("invoice", "remittance", "payment", "receipt", "statement", "swift", "payroll")
_DOCUMENT = re.compile(
    r"(?:invoices?|remittance(?: advice)?|payment (?:advice|confirmation|copy|slip|document|"
    r"notification|notice|details)|swift(?: copy| slip| mt103)?|receipts?|"
    r"statements?(?: of account)?|"
    # payroll (scam-detector.com's "payroll reports attached", utwente.nl's payroll share)
    r"payroll(?: reports?)?)"
    r"(?![a-z])"  # "remittance_advice.pdf" is the document too
)
_REACH = 220  # characters either side of the document word (its sentence and the next)
_SHARED = re.compile(r"\bshared? (?:\S+ ){0,8}?with you\b")  # "shared" hands over only this
_SHARED_REACH = 80
# The reader asked to look at it or confirm it: a polite ask, a bare imperative opening a
# sentence, "to view / open / see" after a link or button, "for your review", "can you
# check" (pcrisk.com: the lure "requests the user to review the attached remittance advice").
_ASK_WORDS = re.compile(
    r"(?:see|find|check|review|open|view|download|confirm|acknowledge|verify|access|for your)\b"
)  # read first: a pattern opening on the asker cost 7x more per character
_ASKER = re.compile(
    r"(?:\b(?:please|kindly|pls|plz)\s+(?:\S+\s+){0,2}?|[.!?\n:;—–-]\s*|"
    r"\b(?:click|tap|here|below|link|button)\s+to\s+|"
    r"\b(?:can|could|would) you (?:please |kindly )?)$"
)
_ASKER_REACH = 32  # characters before the verb where the asker stands
_FOR_YOUR = re.compile(
    r" (?:kind )?(?:review|perusal|attention|approval|confirmation|verification)\b"
)
_ASK_OVERLAP = 40  # an ask's longest stretch, read again at a window's edge
_OPENS_WITH_ASK = re.compile(r"\W*(?:see|find|check|review|open|view|download|confirm)\b")
# The signs of the unsolicited lure (one is needed beside the document, hand-over and ask):
# a greeting to nobody on any of the first lines (a forwarded lure often opens with its
# subject line), a share, a link, an overdue or outstanding claim, a payment said made to the
# reader (mailguard.com.au: "payment released today") or one to confirm, a proof of payment or
# SWIFT copy, the hurry every advisory names (NCSC: "within 24 hours", "immediately").
_GREETED_NOBODY = re.compile(
    r"(?:^|\n)\W*(?:dear (?:sir|madam|sir/madam|sir or madam|customer|valued customer|client|"
    r"user|member|recipient|account holder|beneficiary|partner|friend|<email>)|hello|hi|"
    r"good (?:day|morning|afternoon|evening)|greetings)\b\s*(?:[,!.\n]|$)"
)
_GREETING_REACH = 200  # characters from the top where the greeting stands
_SIGNS = ("overdue", "outstanding", "urgent", "immediately")
_SIGNS_CHECKED = {
    "confirm": re.compile(r"confirm (?:the |your |this )?(?:payment|receipt|transfer)"),
    "payment": re.compile(
        r"payment (?:has been |was |is )?(?:made|sent|released|processed|completed|settled|"
        r"remitted|initiated)\b"
    ),
    "we have": re.compile(r"we have (?:made|sent|released|processed|settled|remitted|paid)\b"),
}
_PROOF = re.compile(r"proof of $")  # "proof of payment", read back from "payment"

# Real billing states what the document is for (systemscloud.co.uk: "invoice numbers, payment
# amounts, or supplier references"); the lure keeps it all in the file. Two particulars, the
# job the reader had done, or the reader's own order cited (`ordinary_billing`) make the
# message billing. One pattern, read once over the document's window (separate whole-text
# searches cost 0.14 ms per 4 KB).
_BILLED = re.compile(
    r"\b(?:(?P<number>inv(?:oice)?\s*(?:no\.?|number|nr\.?|#|ref\w*)\s*:?\s*[\w{$#-])|"
    r"(?P<amount>(?:amount|total)(?: due)?\s*:|(?:usd|eur|gbp)\s?\d)|"
    r"(?P<due>due (?:date|on|by)\b)|"
    r"(?P<work>for the (?:job|work|services?|order|goods|delivery|project|repairs?|booking)s? "
    r"(?:you|we|that you)\b)|"
    r"(?P<order>your (?:order|po|purchase order)|po ?(?:no\.?|number|#)|order (?:no\.?|number|#)|"
    r"repeat orders?|as agreed|per (?:our|the) (?:contract|terms)))"
    r"|(?P<money>[$€£¥]\s?[\d{])"
)


def _billing(folded: str, first: int, last: int) -> bool:
    """The message says what is billed near the document (in [first, last)), or cites the
    reader's order with the account unchanged: ordinary billing, not a file to open blind."""
    kinds = {match.lastgroup for match in _BILLED.finditer(folded, first, last)}
    kinds = {"amount" if kind == "money" else kind for kind in kinds}
    if "work" in kinds or len(kinds & {"number", "amount", "due"}) >= 2:
        return True
    # (the window's slice: a whole-text search for a changed account cost 0.09 ms per 4 KB)
    return "order" in kinds and ordinary_billing(folded[first:last])


def _handed(found: Finder) -> list[int]:
    """Where a file, share, link or download is handed over (a "link" inside "linkedin" is
    none, nor "shared" without "with you")."""
    folded = found.folded
    places = []
    for at in found.any_of(_HANDED):
        inside = folded[at + 4 : at + 5].isalpha() and not folded.startswith("links", at)
        if folded.startswith("link", at) and inside:
            continue
        if folded.startswith("shared", at) and not _SHARED.match(folded, at, at + _SHARED_REACH):
            continue
        places.append(at)
    return places


def _document_at(folded: str, at: int) -> re.Match[str] | None:
    """The document named at `at` (a stem's offset), or None."""
    if at > 0 and folded[at - 1].isalnum():
        return None
    return _DOCUMENT.match(folded, at)


def _signs(found: Finder, handed: list[int]) -> list[int]:
    """Where a sign of the lure stands: a link or share (among `handed`), an overdue claim, a
    hurry, a payment said made or to confirm, a proof of payment or SWIFT copy."""
    folded = found.folded
    places = [at for at in handed if not folded.startswith(("attach", "download"), at)]
    places += found.any_of(_SIGNS)
    for cue, shape in _SIGNS_CHECKED.items():
        places += [at for at in found.at(cue) if shape.match(folded, at)]
    places += [at for at in found.at("payment") if _PROOF.search(folded, max(0, at - 9), at)]
    places += [at for at in found.at("swift") if folded.startswith("swift copy", at)]
    return sorted(places)


def _near(places: list[int], first: int, last: int) -> bool:
    """Whether one of the sorted `places` is in [first, last)."""
    place = bisect_left(places, first)
    return place < len(places) and places[place] < last


_REFUSAL_REACH = 200  # characters back, within the sentence, where a refusal is looked for


def refused_near(folded: str, at: int) -> bool:
    """`refused_before` read back at most `_REFUSAL_REACH` characters."""
    return refused_before(folded, at, _REFUSAL_REACH)


class _Asks:
    """The asks to look at or confirm a document (not refused), read once from left to right
    as the document windows slide along the text (each window read afresh cost 0.03 ms)."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.places: list[int] = []
        self.read_to = 0
        if _OPENS_WITH_ASK.match(folded) is not None:  # a bare imperative opening the text
            self.places.append(0)

    def near(self, first: int, last: int) -> bool:
        """Whether an ask stands in [first, last)."""
        if last > self.read_to:
            folded, start = self.folded, max(first, self.read_to - _ASK_OVERLAP)
            for word in _ASK_WORDS.finditer(folded, start, last):
                at = word.start()
                if at < self.read_to or (at > 0 and folded[at - 1].isalnum()):
                    continue
                if word.group() == "for your":
                    asked = _FOR_YOUR.match(folded, word.end()) is not None
                else:
                    asked = _ASKER.search(folded, max(0, at - _ASKER_REACH), at) is not None
                if asked and not refused_near(folded, at):
                    self.places.append(at)
            self.read_to = last
        return _near(self.places, first, last)


def document_lure(found: Finder) -> list[Lure]:
    """The first payment document handed over to be opened with a sign of the lure, or
    nothing; ordinary billing and messages about the trick read nothing."""
    handed = _handed(found)
    if not handed:
        return []
    folded = found.folded
    greeted_nobody: bool | None = None
    signs: list[int] | None = None
    asks = _Asks(folded)
    for at in found.any_of(_STEMS):
        document = _document_at(folded, at)
        if document is None:
            continue
        first, last = max(0, at - _REACH), document.end() + _REACH
        if not _near(handed, first, last):
            continue
        if greeted_nobody is None:
            greeted_nobody = _GREETED_NOBODY.search(folded, 0, _GREETING_REACH) is not None
        if not greeted_nobody:
            signs = _signs(found, handed) if signs is None else signs
            if not _near(signs, first, last):
                continue
        if asks.near(first, last):
            if _billing(folded, first, last) or ABOUT.search(folded) is not None:
                return []
            return [Lure("document", Severity.MEDIUM, at, document.end())]
    return []
