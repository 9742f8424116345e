"""The words and patterns `terms.py` reads a finding's sentence with (round 14).

Owns the regular expressions, category names and advice texts of the forwarded-terms readings,
kept apart so the readings stay short; each says in a comment what it stands for. It must not
read messages itself.
"""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n")
REACH = 300  # characters searched either way for a sentence's ends

# A card asked for (the data file's "@card_secret" combination or a card phrase).
CARD_WORD = "card"
CREDENTIALS = "credentials_request"
PAYING = re.compile(r"\b(?:pay\w*|settle\w*|invoice\w*|charge\w*|balance|fees?)\b")
# another way to pay named, or the card named as accepted ("Visa will be accepted")
OTHER_WAY = re.compile(
    r"\b(?:bank transfer|wire transfer|wire|telegraphic transfer|t/t|remittance|cheque|check"
    r"|transfer|accept\w*)\b"
)
SECRET = re.compile(
    r"\b(?:cvv2?|cvc2?|csc|security code|pin|otp|password|passcode|verif\w*|identity"
    r"|unlock\w*|unblock\w*|suspen\w*|refund\w*|reactivat\w*|on the back)\b"
)
CARD_WHY = (
    "Card details asked for to pay an invoice, beside a bank transfer: a usual way to pay a "
    "laboratory, shop or service. Give them only on the company's own payment page or by phone "
    "to the number you already know, and never the code on the back by e-mail or chat."
)
WIRE_SHAPE = "shape: wire"

# A payment window counted from an event of the trade, not from the message.
PRESSURE = "pressure"
WINDOW = re.compile(r"\bwithin (?:the next )?\S+ (?:hours?|minutes?|hrs?|mins?)\b")
FROM_TRADE = re.compile(
    r"\s*(?:of|after|from|following)\s+(?:(?:the )?(?:date|day|time) of\s+)?(?:(?:your )?"
    r"(?:placing|receiving|making|confirming|submitting|booking|signing|buying|ordering"
    r"|purchasing)\b|(?:the|your|an?|each)\s+(?:order|booking|invoice|purchase|checkout"
    r"|delivery|confirmation|reservation|proforma|pi|contract|agreement)\b)"
)
# The writer's own processing time, not the reader's deadline ("orders will be marked paid
# within 48 hours", "payments are credited within 24 hours"; round 16): what the window
# closes on is the writer's step. "must be paid within" is the reader's and stays.
OWN_STEP = re.compile(
    r"\b(?:will be|are|is|gets?) (?:usually |normally |typically )?(?:marked (?:as )?paid"
    r"|credited|allocated|reflected|processed|verified)\s*$"
    # the same step said actively: "the marketplace will verify your payment within 24 hours"
    r"|\bwill (?:verify|confirm|check|process|review) (?:your |the )?payments?\s*$"
)
OWN_STEP_REACH = 40  # characters before the window read for the writer's step
ULTIMATUM = "shape: ultimatum"
# The ultimatum of a term fails a duty already stated (to pay, "to do so"); one that fails to
# "complete your registration" or "verify" asks for something new. A "pay now" anywhere makes
# the message a demand, not terms.
DUTY = re.compile(
    r"(?:failure to|fail to|do not|don't|not) (?:pay|do so|settle|comply"
    r"|(?:complete|make|remit) (?:the |your |full )?payment)\b"
)
PAY_NOW = re.compile(r"\b(?:pay|payment|remit)\s+(?:now|immediately|today)\b")
NOW_WORDS = ("now", "immediately", "today")
# A way out: a link (a scheme, "www.", a host's ending before a "/") or an ask to click, open
# or log in. Found from literals first: a whole-text regex with a host pattern in it cost up to
# 4 ms on a 4 KB text with long hyphen runs.
LINK_MARKS = ("http", "www.")
HOST_BEFORE = re.compile(r"[a-z0-9-]\.[a-z]{2,24}$")
HOST_REACH = 30  # characters before a "/" read for a host's ending
WAY_IN_MARKS = ("click", "tap", "log", "sign", "download", "open the")
WAY_IN = re.compile(r"\b(?:click|tap|log ?in|login|sign ?in|log on|logon|download|open the)\b")
THREAT = re.compile(
    r"\b(?:legal|court|lawsuit|law ?suit|police|arrest\w*|prosecut\w*|collection|debt"
    r"|penalt\w*|fine|suspen\w*|clos\w*|block\w*|lock\w*|delet\w*|terminat\w*|deactivat\w*"
    r"|disabl\w*|account|credit|blacklist\w*|report\w*|return\w*|destroy\w*|seiz\w*"
    r"|confiscat\w*|forfeit\w*)\b"
)
# What a vendor's credit terms do to an account that pays late (round 15: a statement's or a
# credit policy's "marked as delinquent", "placed on credit hold", "suspension of credit
# privileges"): a term of the trade account, masked before the threat words are read. An
# account "suspended", "closed" or "blocked" is no such term and stays a threat.
ON_TERMS = re.compile(
    r"\b(?:(?:your |the |our )?(?:\w+ )?account (?:being |will be |is |may be |to be )?"
    r"(?:marked|placed|put|flagged|held|kept) (?:as |on |under )?(?:delinquent|past due|overdue"
    r"|(?:credit )?hold)|(?:suspension|loss|withdrawal|review|reduction) of (?:your |the )?"
    r"credit(?: allowance| privileges?| terms| limit| line)*|credit (?:hold|allowance|privileges?"
    r"|terms|limit|line)s?)\b"
)
TERM_WHY = (
    "A payment deadline stated as a term of the deal, not a threat: check the terms before "
    "you order, and pay the company on the contract."
)

# A secure place named: the data file's secured-document combinations of `open_or_log_in`.
OPEN = "open_or_log_in"
SECURED = ("protected|encrypted|secured", "@document + is|has been + protected")
# the place or document itself named in the excerpt ("secure it" names no place)
PLACE = re.compile(r"portal|document|upload|viewer|file|attachment|folder")

# The writer asking whether a wire can be sent.
WIRE_CATEGORY = "unusual_transfer"
OWN_QUESTION = re.compile(
    r"\b(?:can|could|should|may|shall|do|would|how (?:do|can|should|would)) (?:we|i)"
    r"(?: (?:also|still|just|then|ever))?\s*$"
)
QUESTION_REACH = 30  # characters before the wire words searched for "can we"

# A payment bounced or rejected, as a caution: the data file's bounce combination.
PAYEE = "changed_bank_details"
BOUNCE = "bounce*|reject*"
MODAL = re.compile(r"\b(?:would|will|may|might|could|can|shall)\b")

# A change of banking rules: the bank word, then what changed.
BANK_ENDS = ("bank", "banking")
BANK_RULES = re.compile(
    r"\s+(?:regulation|rule|law|system|hour|holiday|fee|charge|sector|industry|polic|practice"
    r"|procedure|cost|supervision)\w*\b"
)

# A held parcel in the customer's voice: "my" right before the parcel, or a condition.
HELD_CATEGORIES = frozenset({"surprise_fees", "fake_notice"})
HELD = re.compile(r"\b(?:held|stuck|detained|retained|retrieved)\b")
MINE = re.compile(r"\bmy (?:\w+ ){0,2}$")
CONDITION = re.compile(r"\b(?:if|when|whenever|in case)\b(?! you (?:do not|don't|fail))")

# A person's account (the data file's person's-account combinations) named in a
# sentence, and the one before, where no money moves: a log-in, not a payee.
PERSONS = ("@person + @personal_account", "personal|private + account")
UNTRACEABLE = "untraceable_payment"
MONEY = re.compile(
    r"\b(?:pay\w*|paid|send|sent|transfer\w*|wire\w*|remit\w*|deposit\w*|disburse\w*|use"
    r"|funds?|money|amount|balance|\$|usd|eur|rmb)\b"
)

# A button's name: a quotation mark right before the words, a press verb before it.
BUTTON = re.compile(r"\b(?:click\w*|tap\w*|press\w*|select\w*|hit|choos\w*|push\w*)(?: on)?\s*$")
QUOTES = "'\"\u2018\u201c"
# The categories whose wording findings these readings may lower or drop.
READ = frozenset(
    {CREDENTIALS, PRESSURE, "pressing_request", OPEN, WIRE_CATEGORY, PAYEE, UNTRACEABLE}
    | HELD_CATEGORIES
)
