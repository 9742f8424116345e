"""Scam shapes of a stranger's approach (issue 15, round 6), beside `lures.py`.

Owns readings of how a stranger opens a scam, by its structure rather than one scam's words:
- **buyer's order** (`open_or_log_in`): the writer's own order, PO or quotation sent as a
  file ("find enclosed our new order PO58609") that skips the quote and asks to be billed at
  once (a PI or commercial invoice, "prompt execution", "so we can process payment"): order
  phishing delivers the "order" as a file and wants the seller to open it;
- **buyer's card order** (`overpayment_refund`): a first contact that wants to place an
  order and asks about paying by card or shipping abroad (the stolen-card and overpayment
  set-up);
- **money offer** (`windfall_lure`): loans, finance or funds offered to the reader with a
  free-mail or messenger address or a request to get back (private lenders, "investors");
- **payroll change** (`pressing_request`): an employee's request to change where pay
  goes (direct deposit) pressed before the next payroll (payroll diversion);
- **release fee** (`surprise_fees`): an ask to pay a fee, duty, tax or deposit so that the
  reader's goods, parcel or funds are released, received or unlocked (EN and ZH: 缴纳/支付 +
  费/保证金/税 + 才能/即可 + 放行/解冻/清关/发货);
- **money by free mail** (`windfall_lure`): a reply address in a free mailbox (gmail, yahoo,
  163 ...) given to contact about funds, compensation, a claim or a prize: banks, law firms,
  agencies and lotteries never take replies there. It is the writer's own address, so it
  counts even in a letter dressed in warning words ("victims", "fraudsters"), unless quoted;
- **recovery advertisement** (`windfall_lure`): a first-person story that found or was
  helped by experts who trace or recover lost money (the recovery-scam testimonial). Like
  the free-mail address it is the writer's own recommendation, so a story full of scam
  words does not excuse it;
- **short Chinese SMS with a link** (`fake_notice`): 您/你 + 点击 + a link or log-in, in a
  text-message-sized message with no warning word.
Each returns `Lure`s in folded-text offsets and must not score; a message about the trick
(`ABOUT`) drops all of them but the free-mail one and the recovery advertisement
(advisories describe these openings; those two are the writer's own).
"""

from __future__ import annotations

import re

from knowledge.scam.lure_text import ABOUT, Lure, finds
from knowledge.scam.red_flags import Severity

# The writer's own order or quotation, as a file ("our new order", "the attached quotation").
_OWN_ORDER = re.compile(
    r"(?:\b(?:find|see)\s+(?:the\s+)?(?:attached|enclosed)|\b(?:attached|enclosed)\s+(?:is|are)"
    r"|\bin the attachment)\s+(?:our\s+(?:new\s+)?|the\s+)?"
    r"(?:orders?|po|purchase orders?|quotation|inquiry|enquiry|rfq|product list)\b"
)
# What the stranger wants done with it: skip the quote and bill at once (a pro-forma or
# commercial invoice, "prompt execution", "so that we can process payment"). An honest RFQ
# asks for a price ("kindly quote your best FOB price") and stays low.
_ORDER_ASK = re.compile(
    r"\b(?:pi|proforma|pro-forma|commercial invoice|process payment|prompt execution)\b"
)
_ORDER_REACH = 300
# A first contact that wants to buy, and how it means to pay or ship.
_WANTS_ORDER = re.compile(
    r"\b(?:want(?:ed)? to|would like to|will be happy to|like to|wish to) "
    r"(?:place an order|purchase an order|purchase|buy|order)\b"
)
_CARD_OR_ABROAD = re.compile(
    r"\b(?:credit card|visa|master ?card|payment methods?|ship internationally|"
    r"ship (?:it |them )?to|shipping to)\b"
)
_FIRST_CONTACT_CHARS = 600  # an inquiry is short
# Money offered to the reader by someone reached through a free mailbox or a messenger.
_OFFER = re.compile(
    r"\b(?:loans?|financing|finance|funding|invest (?:this |these |the )?funds|"
    r"provide funds|lender)\b"
)
_OFFER_WORDS = ("loan", "financ", "funding", "funds", "lender")
_CHANNELS = (
    "@", "whatsapp", "what's app", "whats app", "get back to me", "email us", "contact us",
    "reply",
)  # fmt: skip
_PER_YEAR = re.compile(r" ?(?:per|a|p\.?) ?(?:year|annum|month)\b")  # after "N%"
# An employee's pay sent elsewhere, pressed before the next run.
_PAY_PLACE = re.compile(
    r"\b(?:direct deposit|pay ?check|paycheque|salary account|payroll account)"
)
_PAY_WORDS = ("direct deposit", "pay check", "paycheck", "paycheque", "salary acc", "payroll acc")
_PAY_CHANGE = re.compile(r"\b(?:update|change|new|form|switch)")
_PAY_HURRY = re.compile(
    r"\b(?:before the (?:next|upcoming) pay(?:roll|day)?|high importance|now|today|asap|"
    r"urgent(?:ly)?|as soon as)\b"
)
_PAY_REACH = 200
# A fee asked so that something of the reader's is let go: the advance-fee pretext, whatever
# the goods (customs, clearance, "certificate", unlocking a payment).
# Read from the fee word: what follows it (a release of the reader's thing), then the ask
# and the payment verb before it; anchored matches at each fee word, never a whole-text scan.
_FEE_THEN_RELEASE = re.compile(
    r"(?:fees?|charges?|duty|duties|tax|taxes|deposit)\b"
    r"(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,40}?"  # a decimal point is no sentence end
    r"\b(?:to|before|so (?:that )?(?:we|you) can|in order to)\s+(?:\S+\s+){0,2}?"
    r"(?:release|receive|claim|clear|unlock|unfreeze|get|deliver)\b"
)
_ASK_TO_PAY = re.compile(
    r"\b(?:please|kindly|just|must|need to|have to|required to)\s+(?:\S+\s+){0,2}?"
    r"(?:pay|send|remit|deposit|transfer)\b[^.!?\n]{0,60}?$"
)
_ZH_RELEASE_FEE = re.compile(
    r"(?:请|需|需要|先|须|必须)[^。!?\n]{0,8}(?:缴纳|支付|交纳|交|付)[^。!?\n]{0,16}"
    r"(?:费|保证金|押金|税)[^。!?\n]{0,12}(?:才能|即可|以便|方可|后)[^。!?\n]{0,8}"
    r"(?:放行|解冻|提现|到账|清关|发货|领取|解除)"
)
# A reply address in a free mailbox, and money the letter is about.
_FREE_MAIL = re.compile(
    r"@(?:gmail|googlemail|yahoo|hotmail|outlook|aol|live|protonmail|gmx|yandex|zoho|icloud)\."
)
_DOMAIN_END = re.compile(r"[a-z]{2,}(?:\.[a-z]{2,})*")  # the rest of the address's domain
_CONTACT = re.compile(r"\b(?:contact|reply|respond|email|e-mail|write|reach|send)\b")
_CONTACT_REACH = 120  # characters before the address where the request to contact stands
# Windfall words only: a supplier quoting "USD 12,400" or asking for "the funds" with a
# gmail address (common among small exporters) is not a windfall letter.
_MONEY_TALK = re.compile(
    r"\b(?:compensation|restitution|inheritance|donation|lottery|prize|awarded|next of kin|"
    r"grant|claim (?:code|your)|\d[\d,.]* ?million)"
)
_FEE_STEMS = ("fee", "charge", "dut", "tax", "deposit")  # the anchors (word starts)
_FEE_BEFORE = 110  # characters before the fee word where the ask and the verb stand
# The recovery-scam testimonial: "I found / was referred to" + experts who recover money.
_FOUND_HELP = re.compile(
    r"\b(?:i found|i came across|i contacted|i was (?:introduced|referred) to|"
    r"(?:they|who) helped me|i reached out to)\b"
)
_FOUND_CUES = (
    "i found", "i came across", "i contacted", "i was intro", "i was refer", "helped me",
    "i reached out",
)  # fmt: skip
_RECOVERY = re.compile(
    r"\b(?:recover(?:y|ed|ing)?|retriev\w*|trac(?:e|ing)) (?:\S+ ){0,3}?"
    r"(?:funds|money|crypto|assets|bitcoin|investment)"
)
_EXPERTS = re.compile(r"\b(?:experts?|speciali[sz]\w*|professionals?|hackers?|legit)\b")
_RECOVERY_REACH = 300
# Chinese text messages: a click and a link or log-in, addressed to the reader.
_ZH_SMS_CHARS = 120
_ZH_REFUSED = ("勿", "不要", "谨防", "诈骗", "骗", "警惕", "提醒", "不会要求", "不会通过")
_ZH_LINK = re.compile(
    r"点击[^。!?\n]{0,12}?(?:链接|登录|登陆|网址|http|www)|点击[^。\n]{0,30}www\."
)


def _buyer_order(folded: str) -> list[Lure]:
    for at in (*finds(folded, "attach"), *finds(folded, "enclos")):
        order = _OWN_ORDER.search(folded, max(0, at - 24), at + 60)
        if order is None or "your order" in folded[max(0, order.start() - 200) : order.end()]:
            continue
        if _ORDER_ASK.search(folded, max(0, order.start() - 100), order.end() + _ORDER_REACH):
            return [Lure("buyer_order", Severity.MEDIUM, *order.span())]
    return []


def _card_order(folded: str) -> list[Lure]:
    if len(folded) > _FIRST_CONTACT_CHARS:
        return []
    wants = _WANTS_ORDER.search(folded)
    if wants is None or _CARD_OR_ABROAD.search(folded, wants.end()) is None:
        return []
    return [Lure("card_order", Severity.MEDIUM, *wants.span())]


def _money_offer(folded: str) -> list[Lure]:
    # Cheap exact tests first: an offer word, a channel, then a rate, an address or a
    # get-back (a whole-text search for them cost up to 0.7 ms per 4 KB).
    if not any(word in folded for word in _OFFER_WORDS):
        return []
    # Addressed to the reader, or to "the applicant" (loan advertisements posted to all).
    if not any(cue in folded for cue in _CHANNELS) or (
        "your" not in folded and "you " not in folded and "applicant" not in folded
    ):
        return []
    rate = "interest rate" in folded or any(
        _PER_YEAR.match(folded, at + 1) for at in finds(folded, "%")
    )
    if not (rate or "@" in folded or "get back" in folded):
        return []
    offer = _OFFER.search(folded)
    return [] if offer is None else [Lure("money_offer", Severity.MEDIUM, *offer.span())]


def _payroll(folded: str) -> list[Lure]:
    if not any(word in folded for word in _PAY_WORDS):
        return []
    place = _PAY_PLACE.search(folded)
    if place is None:
        return []
    first, last = max(0, place.start() - _PAY_REACH), place.end() + _PAY_REACH
    if _PAY_CHANGE.search(folded, first, last) is None:
        return []
    if _PAY_HURRY.search(folded, first, last + _PAY_REACH) is None:
        return []
    return [Lure("payroll", Severity.MEDIUM, *place.span())]


def _release_fee(folded: str) -> list[Lure]:
    if not folded.isascii() and (zh := _ZH_RELEASE_FEE.search(folded)) is not None:
        return [Lure("release_fee", Severity.MEDIUM, *zh.span())]
    for start in sorted(at for stem in _FEE_STEMS for at in finds(folded, stem)):
        if start and folded[start - 1].isalnum():
            continue  # "coffee", "syntax": not the word
        release = _FEE_THEN_RELEASE.match(folded, start)
        if release is None:
            continue
        ask = _ASK_TO_PAY.search(folded, max(0, start - _FEE_BEFORE), start)
        if ask is not None:
            return [Lure("release_fee", Severity.MEDIUM, ask.start(), release.end())]
    return []


def _free_mail_money(folded: str) -> list[Lure]:
    if "@" not in folded:
        return []
    for address in _FREE_MAIL.finditer(folded):
        first = max(0, address.start() - _CONTACT_REACH)
        contact = _CONTACT.search(folded, first, address.start())
        if contact is not None and _MONEY_TALK.search(folded) is not None:
            # The span is the address alone, so a quoted one reads as shown, not given.
            start = max(folded.rfind(mark, 0, address.start()) for mark in " \n(<:") + 1
            end = _DOMAIN_END.match(folded, address.end())
            return [Lure("free_mail", Severity.MEDIUM, start, end.end() if end else address.end())]
    return []


def _recovery_ad(folded: str) -> list[Lure]:
    if not any(cue in folded for cue in _FOUND_CUES):
        return []
    for found in _FOUND_HELP.finditer(folded):
        first, last = max(0, found.start() - _RECOVERY_REACH), found.end() + _RECOVERY_REACH
        if _RECOVERY.search(folded, first, last) and _EXPERTS.search(folded, found.end(), last):
            return [Lure("recovery_ad", Severity.MEDIUM, *found.span())]
    return []


def _chinese_sms(folded: str) -> list[Lure]:
    if folded.isascii() or len(folded) > _ZH_SMS_CHARS or not ("您" in folded or "你" in folded):
        return []
    link = _ZH_LINK.search(folded)
    if link is None or any(word in folded for word in _ZH_REFUSED):
        return []
    return [Lure("zh_link", Severity.MEDIUM, *link.span())]


def stranger_lures(folded: str) -> list[Lure]:
    """Every stranger's opening found in `folded` (none in a message about the trick)."""
    found = [
        *_buyer_order(folded),
        *_card_order(folded),
        *_money_offer(folded),
        *_payroll(folded),
        *_release_fee(folded),
        *_chinese_sms(folded),
    ]
    if found and ABOUT.search(folded) is not None:
        found = []
    return found + _free_mail_money(folded) + _recovery_ad(folded)
