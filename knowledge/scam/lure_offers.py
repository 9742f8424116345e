"""Scam shapes of unsolicited offers and short lead-ins (issue 15, round 7), beside `lures.py`.

Owns readings of kinds of message the earlier shapes missed on the sixth fresh batch, each by
what every message of the kind carries rather than one message's words:
- **bank instrument or commodity offer** (`windfall_lure`): BG/SBLC leasing, "pre-advice"
  SWIFT printouts (MT199/MT799/MT760) and "tank-to-tank" procedures are written from
  templates that stack a trade jargon no honest offer to a stranger needs: a leased or
  monetised instrument, an SBLC offered with a leasing price, a SWIFT message type with a
  pre-advice or a "full bank responsibility" printout, or two steps of a broker's procedure
  (ICPO, NCNDA/IMFPA, dip test, POP documents, RWA). A bank's own trade-finance page names
  the instruments and MT760, but not leasing, pre-advice or a procedure;
- **a stranger's 419 lead-in** (`windfall_lure`): the writer excuses the intrusion or says
  you have never met ("you do not know me", "pardon me for intruding", "beloved in Christ")
  and tells a donor's or insider's story (a widow, cancer, a donation, charity, an offshore
  transfer, a confidential transaction, "a vital subject"): the opening of an advance-fee
  letter, with or without a sum;
- **money after a fee** (`surprise_fees`): money to be deposited or credited to the reader
  once the reader pays (the advance fee in one line);
- **card and forwarder** (`overpayment_refund`): a buyer asking to charge their card extra
  for their own freight forwarder (the stolen-card and forwarder trick);
- **fake payment notice** (`overpayment_refund`): money said sent to you, with an extra
  amount or an errand to a post office or agent (the fake PayPal notice of the overpayment
  trick);
- **a request you never made, with a cancel link** (`fake_notice`): your mailbox or account
  "will be suspended / is about to be deleted as requested" unless you cancel the request
  or command through the link (mailbox phishing);
- **cheque-printing job** (`windfall_lure`): a remote job printing cheques or payees and
  posting them (the money-mule and cheque-fraud advertisement);
- **Chinese 'new number' SMS** (`pressing_request`): a text-message-sized note that the
  writer changed numbers and asks to save it or reply (the boss-impersonation opener), or
  "我是你领导" with a contact to add;
- **invoices for sale** (`dubious_certificate`): 代开发票 / 真票 offers (only the tax office
  may issue an invoice on another's behalf; a message naming the tax office is honest).
Each returns `Lure`s in folded-text offsets and must not score; a message about the trick
(scam, fraud, phishing, beware; or a Chinese warning word) drops all of them.
"""

from __future__ import annotations

import re

from knowledge.scam.lure_text import Lure
from knowledge.scam.red_flags import Severity

# A message about the trick. Narrower than `lure_text.ABOUT`: "never" and "claims" belong to
# these kinds themselves ("we have never met", the fake notice's copied "PayPal will never
# ask for your password").
_ABOUT = re.compile(r"\b(?:scams?|scammers?|fraud|fraudsters?|phishing(?!@)|beware|betrug)\b")
# Bank instruments and their leasing.
_INSTRUMENT = ("sblc", "standby letter of credit", "bank guarantee", "bg/", " mtn")
_LEASED = ("leasing", "leased", "lease price", "monetiz", "monetis", "broker commission")
_SWIFT_TYPE = re.compile(r"\bmt[ -]?(?:199|799|760)\b|message type ?: ?(?:199|799|760)\b")
_SWIFT_CODES = ("199", "799", "760")  # tested before the message-type pattern
_PRINTOUT = ("pre-advice", "preadvice", "pre advice", "full bank responsibility", "hcpy")
# A broker's procedure: two different steps are a template, one is a mention.
_PROCEDURE = (
    ("icpo",), ("ncnda", "imfpa"), ("tank to tank", "tank-to-tank"), ("dip test", "dip-test"),
    ("pop documents", "proof of product"), ("rwa", "ready willing and able"), ("atsc",),
)  # fmt: skip
# A stranger's lead-in and the story it opens.
_INTRO = (
    "you do not know me", "you don't know me", "we have never met", "never met or known",
    "pardon me for intruding", "apologize for this intrusion", "sorry for this intrusion",
    "confide in you", "beloved in christ", "sister in christ", "brother in christ",
    "divine direction", "trustworthy person", "reputable and trustworthy",
)  # fmt: skip
_STORY = (
    "cancer", "widow", "late husband", "inheritance", "next of kin", "donate", "charit",
    "orphan", "humanitarian", "hospital", "offshore account", "large sum", "confidential "
    "transaction", "vital subject", "bold step",
)  # fmt: skip
_LETTER_CHARS = 4000
_MONEY_AFTER_FEE = re.compile(
    r"\b(?:deposited|credited|released|transferred|paid)\s+(?:in)?to\s+your\s+"
    r"(?:account|wallet|card)\b[^.!?\n]{0,40}?\b(?:once|after|as soon as|when)\s+you\s+"
    r"(?:pay|send|remit)\b"
)
# An extra charge on the buyer's card, for the buyer's own forwarder (paid on by the seller).
_YOU_PAY = ("you pay", "you send", "you remit")
_CARD_FORWARDER = re.compile(
    r"charge (?:an? )?(?:another|extra|additional|more)\b(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,60}?"
    r"\b(?:my|the|this) (?:credit )?card\b[^.!?\n]{0,40}?\bfor (?:the|my|our)\s+"
    r"(?:freight forwarder|forwarder|shipper|shipping agent|shipping company)\b"
)
_SENT_YOU = re.compile(r"sent you (?:money|a payment|payment|\$|usd)")
_PAYMENT_ERRAND = ("additional amount", "extra amount", "post office", "western union")
_SUSPENDED = re.compile(
    r"(?:will be|about to|going to|scheduled to be) "
    r"(?:suspend|deactivat|terminat|disabl|delet|clos)\w*"
)
_SUSPENDED_AT = ("will be ", "about to ", "going to ", "scheduled to be ")
_CANCEL = re.compile(r"cancel (?:this |the )?(?:request|now|command|deletion|suspension)\b")
_LINK = ("http", "hxxp", "www.", "click", "below", "link")
_CHEQUE_JOB = re.compile(
    r"\b(?:check|cheque) paper\b|\bprint(?:s|ing)? (?:the )?(?:payees?|checks|cheques)\b"
)
_CHEQUE_CUES = (
    "check paper",
    "cheque paper",
    "print the payee",
    "prints payee",
    "print checks",
    "print cheques",
    "printing checks",
    "printing cheques",
)
_POSTING = ("fedex", "usps", "ups ", "courier", "post office")
_ZH_CHARS = 150
_ZH_REFUSED = ("勿", "不要", "谨防", "诈骗", "骗", "警惕", "提醒", "违法", "犯罪", "警方", "举报")
_ZH_NEW_NUMBER = re.compile(
    r"(?:换号|换了号|变更号码|更换号码|新号码|号码已更换|新手机号|新私号|私人号码|新的私人号)[^。!?\n]{0,20}?"
    r"(?:存|保存|留存|更新|加我|添加|回复|备注)"
)
_ZH_BOSS = re.compile(
    r"我是你(?:们)?的?(?:领导|老板|经理|主任|局长)[^。!?\n]{0,30}?(?:加|微信|qq)"
)
_TAX_OFFICE = ("税务局", "税务机关", "税局", "税务所")
_ZH_INVOICE = re.compile(r"代开[^。!?\n]{0,6}发票|发票代开|代开增值税|真票")


def _instrument_offer(folded: str) -> list[Lure]:
    # Exact substring tests only, cheapest first (a word alternation costs 10-20x more).
    steps = 0
    for step in _PROCEDURE:
        if any(term in folded for term in step):
            steps += 1
            if steps == 2:
                break
    leased = steps < 2 and any(term in folded for term in _LEASED)
    leased = leased and any(term in folded for term in _INSTRUMENT)
    printout = False
    if steps < 2 and not leased and any(code in folded for code in _SWIFT_CODES):
        printout = any(term in folded for term in _PRINTOUT)
        printout = printout and _SWIFT_TYPE.search(folded) is not None
    if steps < 2 and not leased and not printout:
        return []
    anchor = next(
        (
            at
            for term in (*_INSTRUMENT, *_PRINTOUT, "icpo", "tank")
            if (at := folded.find(term)) >= 0
        ),
        0,
    )
    return [Lure("instrument_offer", Severity.MEDIUM, anchor, anchor + 1)]


def _stranger_letter(folded: str) -> list[Lure]:
    if len(folded) > _LETTER_CHARS:
        return []
    intro = next((at for cue in _INTRO if (at := folded.find(cue)) >= 0), -1)
    if intro < 0 or not any(cue in folded for cue in _STORY):
        return []
    return [Lure("stranger_letter", Severity.MEDIUM, intro, intro + 1)]


def _at_word(folded: str, literal: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The first match of `pattern` anchored where `literal` starts a word."""
    at = folded.find(literal)
    while at >= 0:
        if (at == 0 or not folded[at - 1].isalnum()) and (found := pattern.match(folded, at)):
            return found
        at = folded.find(literal, at + 1)
    return None


def _english_shapes(folded: str) -> list[Lure]:
    # Each shape starts from a literal that must be there ("you pay", "charge ", "sent you",
    # "will be", a cheque word); the patterns run only around or after it.
    found: list[Lure] = []
    for verb in _YOU_PAY:
        at = folded.find(verb)
        if at >= 0 and (fee := _MONEY_AFTER_FEE.search(folded, max(0, at - 120), at + 12)):
            found.append(Lure("fee_first", Severity.MEDIUM, *fee.span()))
            break
    if "card" in folded:
        card = _at_word(folded, "charge ", _CARD_FORWARDER)
        if card is not None:
            found.append(Lure("card_forwarder", Severity.MEDIUM, *card.span()))
    if any(cue in folded for cue in _PAYMENT_ERRAND):
        sent = _at_word(folded, "sent you", _SENT_YOU)
        if sent is not None:
            found.append(Lure("fake_payment", Severity.MEDIUM, *sent.span()))
    if "cancel" in folded and "request" in folded and any(cue in folded for cue in _LINK):
        suspended = next(
            (hit for at in _SUSPENDED_AT if (hit := _at_word(folded, at, _SUSPENDED))), None
        )
        if suspended is not None:
            cancel = folded.find("cancel", suspended.end())
            if cancel >= 0 and _CANCEL.match(folded, cancel) is not None:
                found.append(Lure("cancel_link", Severity.MEDIUM, *suspended.span()))
    if any(cue in folded for cue in _CHEQUE_CUES) and any(cue in folded for cue in _POSTING):
        job = _CHEQUE_JOB.search(folded)
        if job is not None:
            found.append(Lure("cheque_job", Severity.MEDIUM, *job.span()))
    return found


def _chinese_shapes(folded: str) -> list[Lure]:
    if folded.isascii() or any(word in folded for word in _ZH_REFUSED):
        return []
    found: list[Lure] = []
    if len(folded) <= _ZH_CHARS:
        number = _ZH_NEW_NUMBER.search(folded) or _ZH_BOSS.search(folded)
        if number is not None:
            found.append(Lure("zh_new_number", Severity.MEDIUM, *number.span()))
    # The tax office itself issues invoices for small taxpayers (税务局代开): honest.
    if not any(office in folded for office in _TAX_OFFICE) and (
        invoice := _ZH_INVOICE.search(folded)
    ):
        found.append(Lure("zh_invoice_sale", Severity.MEDIUM, *invoice.span()))
    return found


def offer_lures(folded: str) -> list[Lure]:
    """Every unsolicited offer or lead-in found in `folded` (none in a message about it)."""
    found = [
        *_instrument_offer(folded),
        *_stranger_letter(folded),
        *_english_shapes(folded),
        *_chinese_shapes(folded),
    ]
    if found and _ABOUT.search(folded) is not None:
        return []
    return found
