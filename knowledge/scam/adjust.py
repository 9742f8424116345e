"""Findings weighed against the whole message: warnings, listings, and signs that add up.

Owns the last look at the findings before the verdict:
- in an advisory (a fraud warning, FAQ, explainer; `advisory.MessageKind`) what the wording
  matchers found is what the message warns about: dropped; what a detector found (a link, a
  wallet) stays, but only as a low sign; except a changed or untraceable account claimed in
  the writer's own sentence of an advisory that asks the reader to pay (a scam dressed as a
  warning: "Beware of fraudsters! Our bank account has changed. Please pay ...");
- outside an advisory, a wording finding in a sentence that carries a warning cue is dropped
  ("you should be suspicious of any request to change banks");
- in a message whose stance is a warning (any warning cue), what stands in a quotation or
  after an example frame (`quoted.described`: "for example", "a text says", "scammers may
  ask") is the scam shown, not a demand: a wording finding there is dropped, a detector's
  kept as a low sign;
- a changed account told of someone else ("their bank details have changed") is a story, and
  one whose old details are said to keep working ("the former IBAN will continue to work",
  a bank merger) diverts nothing, unless the message asks the reader to pay; an account
  trouble the writer acts to prevent ("to prevent our account from being suspended") is no
  reason to pay another account;
- an untraceable method or full prepayment named among accepted terms (a listing) becomes
  low-severity advice, and so does a person's own card or account someone paid WITH (a
  reimbursement note, not a payee);
- the writer's own reply address in a free mailbox, given about money (`lure_strangers`),
  and its vouching for itself ("this is not a scam") stay even in a letter dressed in
  warning words, unless quoted or exemplified: warnings do not hand out an address to
  write to, nor vouch for the message they are;
- a push to a messenger next to a payment demand weighs as much as the demand (the issue's
  "WhatsApp + pay 100% today + stock is limited").
It must not match words itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from knowledge.scam.advisory import MessageKind
from knowledge.scam.finding import Finding
from knowledge.scam.normalise import Message
from knowledge.scam.quoted import shown
from knowledge.scam.red_flags import Severity

_LISTABLE = frozenset({"untraceable_payment", "full_prepayment"})
_MESSENGER = "off_platform_contact"
_PAYEE = "changed_bank_details"
# "their bank details have changed": someone else's account, told as a story or a warning;
# "your new bank details": the reader's own, which the reader is asked to tell.
# German too (round 14: a direct-debit FAQ's "Ihre neue Bankverbindung" is the reader's own).
_OTHERS = frozenset(
    {"your", "their", "his", "her", "its", "ihre", "ihrer", "ihren", "ihrem", "ihr", "deine"}
    | {"deiner", "deinen", "dein"}
)
_GERMAN = "German:"  # the German reading's findings (detector-made) carry their owner too
_POSSESSIVES = (
    _OTHERS
    | {"our", "my", "unsere", "unserer", "unseren", "unserem", "unser"}
    | {"meine", "meiner", "meinen", "meinem", "mein"}
)
_ACCOUNT_WORDS = frozenset(
    {"bank", "banking", "account", "accounts", "beneficiary", "details", "iban", "payee"}
    | {"bankverbindung", "bankdaten", "konto", "kontonummer", "kontodaten"}
)
# A request to the reader to pay: what a warning does not make, and a scam wrapped in one does.
# (Searched in the folded text: lower case, so no case-blind matching, which is slow.)
_PAY_REQUEST = re.compile(
    r"(?:please|kindly|pls)\b[^.!?\n]{0,40}\b(?:pay|remit|transfer|wire|send the)\b"
)
_CLAIMS = frozenset({"changed_bank_details", "untraceable_payment"})
_UNTRACEABLE = "untraceable_payment"
# A bank merger or renaming told with the old details still working ("the former IBAN and BIC
# will continue to work"): a diversion needs the old account to stop, so this diverts nothing,
# unless the message also asks the reader to pay (then the change keeps its weight).
_STILL_WORKS = re.compile(
    r"\b(?:former|old|previous|existing|current|present)\b[^.!?\n]{0,40}"
    r"\b(?:will|shall|would|can|may)?\s?(?:still|continue to|remain|remains)\s"
    r"(?:work|be valid|valid|be accepted|be used|active|in use|operational|open)\b"
    r"(?![^.!?\n]{0,30}\b(?:until|till|for now|for a few|for the next|through)\b)"
)
# The regex above opens on a word alternation (slow over 4 KB): it runs only where one of
# these verbs stands.
_KEEPS_WORKING = ("continue", "remain", "still")
_STILL_REACH = 80  # characters either side of the verb the regex reads
_USE_REQUEST = re.compile(
    r"(?:please|kindly|pls)\b[^.!?\n]{0,40}\b(?:pay|remit|transfer|wire|send|use|make)\b"
)
# The reader's own account-change procedure ("In the event you need to change or update your
# bank account, we will need a statement of the new account"; issue 15 round 16: a payment
# provider's page): it tells the account holder how to change THEIR account, it names no new
# payee, unless the message also claims the writer's own account changed or asks to pay.
_OWN_PROCEDURE = re.compile(
    r"\b(?:if|in the event|should|when|whenever)\b[^.!?\n]{0,40}\bto (?:change|update|amend)"
    r"(?: or (?:change|update|amend))? (?:your|their) (?:\w+ ){0,2}?"
    r"(?:bank|account|payout|settlement)"
)
# Every text `_OWN_PROCEDURE` finds holds one of these: asked first, as the pattern's opening
# alternation is tried at every word (round 17: about 90 µs per 4,096 characters).
_OWN_PROCEDURE_VERBS = ("to change", "to update", "to amend")
_WRITER_CHANGED = re.compile(
    r"\b(?:our|my) new\b|\b(?:our|my) (?:\w+ ){0,3}?(?:has|have|was|were|is) (?:been )?"
    r"(?:changed|updated|moved|switched)\b"
)
_AVERTING = frozenset({"prevent", "prevents", "preventing", "avoid", "avoids", "avoiding"})
_TROUBLE = re.compile(r"suspend|frozen|freez|block|restrict|audit|clos|deactivat|lock|limit")
_CLAUSE_END = re.compile(r"[.!?:;\n]")
# "paying with his own card", "paid it from my personal account": the means, not the payee
_PAID_WITH = frozenset({"with", "using", "from", "on", "by", "via"})
# The writer's own words about itself: its free-mail reply address, its vouching for itself
# ("this is not a scam"); a warning cue in that sentence does not make them a warning.
# Shapes that are the writer's own whatever the sentence looks like: a broker's procedure is
# written in the third person ("Buyer issues ICPO"), a fake notice copies the real one's
# warnings ("PayPal will never ask ...", "please be aware"); each shape drops itself in a
# message about the trick.
_OWN_WORDS = frozenset(
    {
        "shape: free_mail", "shape: vouching", "shape: recovery_ad",
        "shape: instrument_offer", "shape: stranger_letter", "shape: fake_payment",
        "shape: cancel_link",
    }
)  # fmt: skip
_OWNER_REACH = 40  # characters before a finding searched for its owner
_DEMANDS = frozenset(
    {"full_prepayment", "untraceable_payment", "changed_bank_details", "pressure", "crypto"}
)


def _sentence_of(message: Message, starts: list[int], at: int) -> int:
    """The sentence of the word that holds original offset `at` (the one before it if none)."""
    index = max(0, bisect_right(starts, at) - 1)
    return message.sentence[index] if message.sentence else 0


def in_context(
    findings: list[Finding],
    message: Message,
    kind: MessageKind,
    listed_why: str,
    reported: frozenset[int] = frozenset(),
) -> list[Finding]:
    """Findings that still count once warnings, reports and listings are read, reweighed.

    `reported` holds the sentences told of others (`stance.StanceReader.reported`): what
    the wording matchers found there happened to someone, it is not asked of the reader."""
    if not findings or not message.words:
        return findings
    warned, advisory = kind.warning_sentences(message)
    if warned and not advisory:
        findings = _shown_not_said(findings, message.original)
    warned |= reported
    listable = any(finding.category in _LISTABLE for finding in findings)
    listed = kind.listing_sentences(message) if listable else frozenset()
    findings = [f for f in findings if not _told_of_others(f, message)]
    findings = [_paid_from(f, message.original) for f in findings]
    findings = [f for f in findings if not _averted(f, message.original)]
    if _diverts_nothing(findings, message.folded):
        findings = [_low(f) if f.category == _PAYEE else f for f in findings]
    if not warned and not listed:
        return findings
    starts = (
        message.starts
        if message.origin is None
        else list(map(message.origin.__getitem__, message.starts))  # folded -> original
    )
    demands = advisory and _PAY_REQUEST.search(message.folded) is not None
    kept: list[Finding] = []
    for finding in findings:
        sentence = _sentence_of(message, starts, finding.start)
        if finding.evidence in _OWN_WORDS and not shown(
            message.original, finding.start, finding.end
        ):
            kept.append(finding)
            continue
        if advisory:
            if finding.from_detector:
                kept.append(finding.lowered())
            elif sentence not in warned and _claimed(finding, message.original, demands):
                kept.append(finding)  # "beware of fraudsters! our account has changed"
            continue
        if sentence in warned and not finding.from_detector:
            continue
        if finding.category in _LISTABLE and sentence in listed:
            kept.append(finding.lowered(listed_why))
        else:
            kept.append(finding)
    return kept


def _claimed(finding: Finding, text: str, demands: bool) -> bool:
    """In an advisory, a changed account or an untraceable payee said in the writer's own
    sentence (no warning cue in it, not quoted or exemplified), in a message that also asks
    the reader to pay, is the writer's claim: a scam dressed as a warning."""
    return demands and finding.category in _CLAIMS and not shown(text, finding.start, finding.end)


def _shown_not_said(findings: list[Finding], text: str) -> list[Finding]:
    """In a warning, a quoted or exemplified scam is shown, not said: wording found inside
    it is dropped, a detector's finding (a link, a wallet) kept as a low sign."""
    kept: list[Finding] = []
    for finding in findings:
        if not shown(text, finding.start, finding.end):
            kept.append(finding)
        elif finding.from_detector:
            kept.append(finding.lowered())
    return kept


def _told_of_others(finding: Finding, message: Message) -> bool:
    """A changed account that belongs to someone else or to the reader ("their bank
    details have changed", "if your bank account details have changed, tell us"): the
    owner is the last possessive before the first account word, in the excerpt or the few
    words before it. The German reading's findings too ("geben Sie Ihre neue
    Bankverbindung an" names the reader's own; "unsere neue Bankverbindung" stays)."""
    if finding.category != _PAYEE or (
        finding.from_detector and not finding.evidence.startswith(_GERMAN)
    ):
        return False
    before = message.original[max(0, finding.start - _OWNER_REACH) : finding.start]
    words = [w.strip(".,:;!?()\"'") for w in (before.split()[-3:] + finding.excerpt.split())]
    owner = ""
    for word in (w.casefold() for w in words):
        if word in _ACCOUNT_WORDS:
            break
        if word in _POSSESSIVES:
            owner = word
    return owner in _OTHERS


def _paid_from(finding: Finding, text: str) -> Finding:
    """A person's own card or account that someone paid WITH ("Max has been paying with his
    own card"; a treasurer's note about a reimbursement) is where the money came from, not a
    payee: a low sign. Paying TO it ("pay to his own card") keeps its weight."""
    if finding.category != _UNTRACEABLE or finding.from_detector:
        return finding
    before = text[max(0, finding.start - _OWNER_REACH) : finding.start].split()
    if not before or before[-1].casefold() not in _PAID_WITH:
        return finding
    if finding.excerpt.split()[0].casefold() not in _POSSESSIVES:
        return finding
    return _low(finding)


def _averted(finding: Finding, text: str) -> bool:
    """An account trouble the writer is acting to prevent ("filing our bank identity details
    to prevent our account from being suspended"): kept in good standing, the account gives
    no reason to pay another one. Only when "prevent" or "avoid" governs the match itself
    (within three words before it); "our account is suspended ... to prevent delays" stays."""
    if finding.category != _PAYEE or finding.from_detector:
        return False
    if _TROUBLE.search(finding.excerpt.casefold()) is None:
        return False  # "to avoid delays. Our bank account has changed" averts nothing
    before = _CLAUSE_END.split(text[max(0, finding.start - _OWNER_REACH) : finding.start])[-1]
    return any(word.casefold().strip(",") in _AVERTING for word in before.split()[-3:])


def _still_works(folded: str) -> bool:
    """Whether the message says the old account or details keep working (searched only
    around the verbs: the old words stand at most 60 characters before them)."""
    for verb in _KEEPS_WORKING:
        at = folded.find(verb)
        while at != -1:
            if _STILL_WORKS.search(folded, max(0, at - _STILL_REACH), at + _STILL_REACH):
                return True
            at = folded.find(verb, at + 1)
    return False


def _diverts_nothing(findings: list[Finding], folded: str) -> bool:
    """A changed account whose old details keep working, or the reader's own change
    procedure: no payee changes, so an account change found in it is a low sign."""
    if not any(f.category == _PAYEE for f in findings):
        return False
    still = _still_works(folded) and not _USE_REQUEST.search(folded)
    return still or _own_procedure(folded)


def _own_procedure(folded: str) -> bool:
    """How the reader changes their own account, in a message that neither claims the
    writer's account changed nor asks the reader to pay or use anything."""
    return (
        any(verb in folded for verb in _OWN_PROCEDURE_VERBS)
        and _OWN_PROCEDURE.search(folded) is not None
        and _WRITER_CHANGED.search(folded) is None
        and _USE_REQUEST.search(folded) is None
    )


def _low(finding: Finding) -> Finding:
    return finding.lowered()


def added_up(findings: list[Finding]) -> list[Finding]:
    """A messenger push beside a payment demand weighs medium, not low."""
    categories = {finding.category for finding in findings if finding.severity != Severity.LOW}
    if not categories & _DEMANDS:
        return findings
    return [
        replace(finding, severity=Severity.MEDIUM)
        if finding.category == _MESSENGER and finding.severity is Severity.LOW
        else finding
        for finding in findings
    ]
