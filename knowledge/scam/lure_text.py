"""The shared pieces of the scam shapes (`lures.py`, `lure_notices.py`).

Owns what a shape found (`Lure`: its kind, severity, span, category and own explanation) and
the text helpers both modules read with: the sentence around a span, a refusal before an ask,
whole-word finds, the words that make a message one about a trick (`ABOUT`), and ordinary
billing (a document sent against the reader's own order, no changed account). Offsets are in
the folded text; nothing here scores or decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.scam import own_advice
from knowledge.scam.red_flags import Severity

REFUSED = re.compile(
    r"\b(?:never|do not|don'?t|not|beware|scam|fraud|fraudster|criminals?|phishing|example)\b"
)
# A message that names the trick is about it, not one of it ("the text claims a fee").
# ("phishing@" is a honeypot's own address, not the word.)
# ("this is not a scam" is the writer vouching for itself, not a message about scams.)
ABOUT = re.compile(
    r"\b(?:(?<!not a )scam|scams|scammers?|fraud|fraudsters?|phishing(?!@)|never|beware|"
    r"claims?|betrug)\b"
)

# The reader's order or the agreed terms cited, and a changed account named.
_ORDER_CITED = re.compile(
    r"\b(?:your (?:order|po|purchase order)|po ?(?:no\.?|number|#) ?\w*\d|"
    r"order (?:no\.?|number|#) ?\w*\d|repeat orders?|as agreed|per (?:our|the) (?:contract|terms))"
)
_ACCOUNT_CHANGED = re.compile(
    r"\b(?:new|changed?|updated?|different) (?:bank |banking |account )?(?:account|details|"
    r"bank|payment)|\bremit the new\b"
)


def ordinary_billing(folded: str) -> bool:
    """An invoice or remittance sent against the reader's own order or agreed terms, with
    no changed account: ordinary billing, not the unsolicited document of a lure."""
    return _ORDER_CITED.search(folded) is not None and _ACCOUNT_CHANGED.search(folded) is None


# Where each shape counts (category ids of `data/red_flags.yaml`).
_CATEGORY = {
    "money_now": "unusual_transfer",
    "attachment": "open_or_log_in",
    "details": "open_or_log_in",
    "domain_letter": "fake_notice",
    "parcel": "fake_notice",
    "call_back": "fake_notice",
    "code": "credentials_request",
    "opener": "pressing_request",
    "advance_fee": "windfall_lure",
    "buyer_order": "open_or_log_in",
    "card_order": "overpayment_refund",
    "money_offer": "windfall_lure",
    "payroll": "pressing_request",
    "zh_link": "fake_notice",
    "release_fee": "surprise_fees",
    "free_mail": "windfall_lure",
    "ultimatum": "pressing_request",
    "remittance": "open_or_log_in",
    "vouching": "pressing_request",
    "recovery_ad": "windfall_lure",
    "instrument_offer": "windfall_lure",
    "stranger_letter": "windfall_lure",
    "fee_first": "surprise_fees",
    "card_forwarder": "overpayment_refund",
    "fake_payment": "overpayment_refund",
    "cancel_link": "fake_notice",
    "cheque_job": "windfall_lure",
    "zh_new_number": "pressing_request",
    "zh_invoice_sale": "dubious_certificate",
    # round 14, from the advisories (lure_documents.py, lure_accounts.py)
    "document": "open_or_log_in",
    "account": "credentials_request",
    "tax_refund": "fake_notice",
    # round 15, short openers (lure_fragments.py)
    "pay_here": "unusual_transfer",
    "ko_new_account": "changed_bank_details",
    "boss_order": "unusual_transfer",
    "tax_qr": "fake_notice",
    "tax_threat": "fake_notice",
    "official_benefit": "windfall_lure",
    "account_freeze": "pressing_request",
    "stranger_channel": "off_platform_contact",
}
# What to do where the category's advice ("open Alibaba yourself") does not fit (round 19).
_ADVICE = {
    "parcel": own_advice.PARCEL,
    "call_back": own_advice.CALL_BACK,
    "domain_letter": own_advice.DOMAIN,
    "zh_link": own_advice.LINK_TEXT,
    "cancel_link": own_advice.CANCEL,
    "tax_refund": own_advice.TAX,
    "tax_qr": own_advice.TAX,
    "tax_threat": own_advice.TAX,
    "official_benefit": own_advice.OFFICIAL,
    "account": own_advice.SIGN_IN,
}
_WHY = {
    "pay_here": (
        'A short message asking you to pay into "this" account or card, without saying whose '
        "it is, is how a fake boss or a hijacked chat diverts money. Call the person on the "
        "number you already have, and pay only to the account on the contract."
    ),
    "ko_new_account": (
        "The message says the supplier's bank changed and asks you to pay a new account: the "
        "commonest supplier fraud. Confirm by phone on a number you already have before paying."
    ),
    "boss_order": (
        'A payment or order "on the president\'s instruction" sent by message is the fake-'
        "president opener. Ask the president in person or on a known number first."
    ),
    "tax_qr": (
        "Tax offices do not hand out refunds or subsidies through a QR code in an e-mail or "
        "chat; the page behind it asks for card details and a text-message code. Use the "
        "official tax app yourself."
    ),
    "tax_threat": (
        "A mail accusing your company of tax evasion, with a fine and an attachment, is a known "
        "malware lure: real tax inspections arrive by formal notice. Do not open the file; call "
        "your tax office on its published number."
    ),
    "official_benefit": (
        "Someone calling himself an official and offering your company a subsidy or loan, "
        'then asking you to call him back, is how fake-official fraud starts: a "fee" or '
        "transfer follows. Check with the office on its published number."
    ),
    "account_freeze": (
        "A notice that your account will stop paying out unless you act by a deadline, through "
        'a link, QQ or a contact it gives, is the fake bank "annual review". Ask your own '
        "branch on its published number."
    ),
    "stranger_channel": (
        "A stranger's first message that asks only for a catalogue, a quote or a registration "
        "and moves the talk to WhatsApp, a free mailbox or a link is how fake buyers and fake "
        "vendor registrations start (the fee or the goods on credit come next). Check the "
        "company's own website and reply to its official domain."
    ),
    "account": (
        "The message says your account, mailbox or password needs action and asks you to sign "
        "in or verify through it: that is how log-ins are stolen. Open the site or app yourself "
        "(the app you use or an address you type); a real problem shows there."
    ),
    "tax_refund": (
        "Tax offices do not announce refunds by e-mail or text with a link to claim them; the "
        "page behind the link asks for card or bank details. Check in your tax account yourself."
    ),
    "money_now": (
        "The message asks you to move money now, to an account it gives: that is how payment "
        "fraud works. Check the request by a phone number you already have before paying."
    ),
    "instrument_offer": (
        "Leased bank guarantees and SBLCs, SWIFT 'pre-advice' copies and 'tank-to-tank' "
        "procedures sent to strangers are advance-fee schemes: the instrument or the cargo "
        "does not exist, and the fees or 'commissions' are the goal. Do not pay or sign "
        "anything; ask your own bank about any instrument."
    ),
    "cheque_job": (
        "A job printing cheques or payments and posting them passes stolen or forged money "
        "through you: it is cheque fraud, and the person who posts them is the one caught. "
        "Do not take it."
    ),
    "zh_new_number": (
        "A text saying a boss or colleague has a new number, asking you to save it or reply, "
        "is how impersonation starts: the money request comes days later. Check by calling "
        "the old number you already have."
    ),
    "zh_invoice_sale": (
        "An offer from a stranger to issue VAT invoices for you (代开发票) is illegal in China: "
        "only the tax office may issue an invoice on another's behalf. Ask your supplier for "
        "its own official fapiao."
    ),
}


@dataclass(frozen=True, slots=True)
class Lure:
    """One shape found: its kind, severity and span in folded-text offsets."""

    kind: str  # a key of `_CATEGORY`
    severity: Severity
    start: int
    end: int

    @property
    def category(self) -> str:
        """The red-flag category the shape counts in."""
        return _CATEGORY[self.kind]

    @property
    def why(self) -> str | None:
        """The shape's own explanation, or None for the category's."""
        return _WHY.get(self.kind)

    @property
    def advice(self) -> str | None:
        """The shape's own what-to-do where its category's names the wrong place, or None."""
        return _ADVICE.get(self.kind)


_STOPS = ".!?\n"  # what ends a sentence for the shapes (a plain scan, no splitting)


def _sentence_start(folded: str, at: int, floor: int = 0) -> int:
    """Where the sentence holding `at` begins, read back no further than `floor`."""
    return max(floor, max(folded.rfind(mark, floor, at) for mark in _STOPS) + 1)


def _sentence_end(folded: str, at: int) -> int:
    """Where the sentence holding `at` ends (its mark), or the text's end."""
    stops = [found for mark in _STOPS if (found := folded.find(mark, at)) >= 0]
    return min(stops) if stops else len(folded)


def sentence(folded: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end) and the next one (where a hurry may be said)."""
    first = _sentence_end(folded, end)
    return _sentence_start(folded, start), _sentence_end(folded, first + 1)


def refused_before(folded: str, start: int, reach: int | None = None) -> bool:
    """A refusal or warning word in the same sentence before the ask, at most `reach`
    characters back when given (an unbounded search for the sentence's start cost 0.02 ms
    per call at the end of a 4 KB text)."""
    floor = 0 if reach is None else max(0, start - reach)
    return REFUSED.search(folded, _sentence_start(folded, start, floor), start + 1) is not None


def finds(folded: str, word: str) -> list[int]:
    """Every place `word` starts in `folded` (a str.find loop)."""
    found: list[int] = []
    at = folded.find(word)
    while at >= 0:
        found.append(at)
        at = folded.find(word, at + 1)
    return found


def words_at(folded: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where each of `words` stands as a whole word, in text order. (A str.find loop: a
    regular expression that opens on a word alternation costs 10-20x more per character.)"""
    found: list[tuple[int, int]] = []
    size = len(folded)
    for word in words:
        at = folded.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not folded[at - 1].isalnum()) and (
                end == size or not folded[end].isalnum()
            ):
                found.append((at, end))
            at = folded.find(word, end)
    return sorted(found)


class Finder:
    """Where literal cues stand in the first `reach` characters of one folded text, each cue
    searched once however many shapes ask for it (round 14: the advisory shapes share their
    link and ask words)."""

    def __init__(self, folded: str, reach: int | None = None) -> None:
        self.folded = folded
        self.reach = len(folded) if reach is None else min(reach, len(folded))
        self._found: dict[str, list[int]] = {}

    def at(self, cue: str) -> list[int]:
        """Every offset before `reach` where `cue` starts (a str.find loop, memoised)."""
        found = self._found.get(cue)
        if found is None:
            found = self._found[cue] = []
            folded, reach = self.folded, self.reach
            place = folded.find(cue, 0, reach)
            while place >= 0:
                found.append(place)
                place = folded.find(cue, place + 1, reach)
        return found

    def any_of(self, cues: tuple[str, ...]) -> list[int]:
        """Every offset where one of `cues` starts, in text order."""
        return sorted(at for cue in cues for at in self.at(cue))
