"""The account log-in lure and the tax-refund claim, as the public advisories describe them
(issue 15, round 14).

Owns two shapes, each returning `Lure`s in folded-text offsets (it must not score), and
`advisory_lures`, which runs them and the document lure (`lure_documents.py`) over the first
2,000 characters with one `Finder`:
- `account` (counted in `credentials_request`, medium): the reader asked to sign in, verify,
  validate, re-authenticate, re-activate, secure or click to keep an account, mailbox, password or
  bank access through the message, beside a claimed trouble with it (it expires or expired, is
  suspended, limited, locked or must be re-verified; an unusual or new sign-in; unread
  security messages; a buyer's order waiting; "to keep receiving", "to avoid losing"). A
  notice that needs nothing ("no action is needed", "if this was you", "you can ignore this")
  and a message about the trick stay out;
- `tax_refund` (counted in `fake_notice`, medium): a tax refund the reader is "eligible" or
  "due" for, to claim through a link.

Written from the advisories' description of the kind, not from the development data:
- NCSC / Action Fraud phishing guidance (reportfraud.police.uk "Phishing": urgency, "click
  here", a request for personal data; banks never e-mail a link to confirm details);
- Alibaba.com phishing FAQs (service.alibaba.com 13733712 and 20395686: "sign in to keep your
  account active", "check unread security messages", "a buyer has sent you a purchase order,
  sign in to view", "your account has been suspended", "confirm your e-mail address"; the
  helpnetsecurity.com 2015-12-15 "account verification" campaign);
- Microsoft account "unusual sign-in activity" fakes (onlinethreatalerts.com 2016-09-08,
  scam.support): "review recent activity", "verify your account to regain access";
- password-expiry and mailbox phishing (hoax-slayer / unfoxnews.com 2020-07-31 "keep the
  same password", hoax-slayer.net "mailbox exceeded the quota", malwaretips.com);
- carrier notices (DHL's fraud-awareness advice quoted by safecommunitiesportugal.com: a
  document or log-in to open when you are not doing business with them);
- HMRC (quoted by litrg.org.uk 2018-01-30 and blmforum.net): HMRC never notifies a tax refund
  by e-mail or text, nor gives a link to a secure log-in page.
"""

from __future__ import annotations

import re

from knowledge.scam.lure_documents import document_lure, refused_near
from knowledge.scam.lure_text import ABOUT, Finder, Lure, sentence
from knowledge.scam.red_flags import Severity

# Literal stems of the ask, found by a str.find loop (memoised in `Finder`, shared with the
# document shape); the ask's pattern is matched where a stem stands, and the trouble is
# searched only in the window around an ask (round 14's first draft: 0.08-0.11 ms per 4 KB).
_ASK_STEMS = (
    "sign", "log", "verif", "validat", "authenticat", "activat", "keep ", "secure your",
    "confirm", "review", "click",
)  # fmt: skip
_OBJECT = (
    r"(?:your |the |this |my )?(?:\S+ )?(?:account|identity|mailbox|e-?mail(?: address)?|"
    r"password|login|log-in|credentials|access|details|information|profile|store|shop|"
    r"membership|session|e-?banking|online banking)\b"
)
_ASK = re.compile(
    r"(?:(?:sign|log)[ -]?(?:in|on)|signin|login|logon)\b"
    r"(?=\s*(?:(?:to|into) (?:your |the )?(?:\S+ )?account\s+)?(?:here|now|below|again|at|"
    r"via|through|with your|using your|to (?:view|see|read|open|confirm|verify|keep|restore|"
    r"unlock|avoid|continue|access|check|update|reactivate|re-activate|secure|resolve)))"
    r"|(?:re-?)?(?:verify|validate|authenticate|activate)\s+" + _OBJECT + r"|"
    r"(?:re-?)?(?:verify|validate|authenticate|activate|confirm|unlock|restore)\s+"
    r"(?:it|them|now|here|below)\b|"
    r"(?:confirm|unlock|restore|secure|update)\s+" + _OBJECT + r"|"
    r"keep (?:your|the) (?:current|same|existing|old) password|"
    # the link itself as the fix ("click here", "follow the link below": NCSC, Action Fraud),
    # the form to fill in (HMRC's fake refund form) and the mailbox "upgrade" (quota phishing)
    r"(?:click|tap|follow|visit)(?: on)? (?:here|below|the (?:link|button|url|page|portal)|"
    r"this (?:link|url|page))\b|"
    r"(?:enter|provide|fill (?:in|out)) (?:your |the )?(?:password|credentials|login|"
    r"details|information|form|e-?mail)\b|"
    r"upgrade (?:your |the )?(?:mailbox|account|storage|quota)\b|"
    r"review (?:the |your |this )?(?:recent )?(?:activity|sign-?in|login)"
)
# Sign-in asked: a polite ask, a link or button before it, a duty, or a sentence opening.
_ASKED_BEFORE = re.compile(
    r"(?:\b(?:please|kindly|pls|plz|must|need to|required to|click (?:here )?to|"
    r"tap (?:here )?to|button (?:below )?to|link (?:below )?to|now)\s*|(?:^|[.!?\n:;,]\s*))$"
)
_ASK_REACH = 30  # characters before the ask where the asker stands
_TROUBLE_REACH = 260  # characters either side of the ask where the trouble is claimed
_TROUBLE_OVERLAP = 80  # a claim's longest stretch, searched again at a window's edge
_TROUBLE = re.compile(
    r"\b(?:passwords?|accounts?|mailbox(?:es)?|e-?mail|session|access|e-?banking|"
    r"online banking|store|shop|membership|profile|apple id)\b[^.!?\n]{0,60}?"
    r"\b(?:expires?|expired|expiring|"
    r"suspended|limited|restricted|locked|disabled|deactivated|closed|blocked|on hold|frozen|"
    r"terminated|compromised|flagged|unverified|must be (?:re-?)?verified|"
    r"needs? (?:to be )?(?:re-?)?verified)|"
    r"\b(?:unusual|suspicious|unrecogni[sz]ed|irregular|unknown|new) (?:sign-?in|log-?in|"
    r"login|activity|access|device)|\bunread (?:security )?(?:messages?|notifications?)|"
    r"\b(?:buyer|customer|client) (?:has )?sent you (?:a|an|new)\b|"
    r"\bto (?:keep|continue) (?:receiving|using|your|access)|\bto avoid (?:losing|suspension|"
    r"termination|deactivation|closure|interruption|restriction|your account)|"
    r"\b(?:or|otherwise) your (?:account|access|mailbox)\b|"
    # the mailbox over its quota, messages held back (hoax-slayer.net "mailbox exceeded the
    # quota"), and the hours-long deadline every advisory names (NCSC: "within 24 hours")
    r"\b(?:exceeded|exceeds|over) (?:its |the |your )?(?:storage |quota |mailbox )?"
    r"(?:limit|quota)|\b(?:incoming|pending) (?:messages|e-?mails|mails)\b|"
    r"\bwithin (?:\d+|twenty[- ]four|forty[- ]eight) ?(?:hours|hrs|h)\b|"
    r"\b(?:security|account) (?:update|upgrade|verification|review) (?:is )?(?:required|needed)"
)
# A notice that asks nothing, or the reset the reader asked for.
_NOTHING_TO_DO = re.compile(
    r"\b(?:no (?:further )?action (?:is )?(?:needed|required)|nothing (?:to do|you need to do)|"
    r"if (?:this|it) was you|you (?:can|may) (?:safely )?ignore|you (?:asked|requested) "
    r"(?:to|for|a)|if you did(?: not|n'?t) request)"
)
_TAX_BEFORE = re.compile(r"\b(?:tax|vat|hmrc|irs) $")
_TAX_REACH = 6
_REFUND_YOURS = re.compile(
    r"\b(?:you are|you're|you have been) (?:\S+ )?(?:eligible|due|entitled|selected)\b|"
    r"\byour (?:tax |vat )?(?:refund|rebate|repayment)\b"
)
_CLAIM_LINK = re.compile(
    r"(?:\bclaim\b|\bsubmit\b)[^\n]{0,80}?(?:https?:|www\.|\blink\b|\bclick|\bbutton\b)|"
    r"(?:https?:|www\.|\bclick|\bbutton\b)[^\n]{0,80}?\bclaim\b"
)


def _asked(folded: str, start: int, ask: re.Match[str]) -> bool:
    """Whether the ask at `start` is addressed to the reader (a sign-in needs an asker or a
    sentence opening before it; a verb with its object is an ask by itself)."""
    if not ask.group().startswith(("sign", "log")):
        return True
    return _ASKED_BEFORE.search(folded, max(0, start - _ASK_REACH), start) is not None


def _around(folded: str, start: int, end: int) -> tuple[int, int]:
    """The sentence before the ask's, its own and the next (where the trouble is claimed),
    at most `_TROUBLE_REACH` characters either side (a regex over the window costs ~0.1 us per
    character on the shared machine: the window is kept short)."""
    first, last = sentence(folded, start, end)
    if first > 1:
        first = sentence(folded, first - 2, first - 2)[0]
    return max(first, start - _TROUBLE_REACH), min(last, end + _TROUBLE_REACH)


def account_lure(found: Finder) -> list[Lure]:
    """The first log-in ask beside a claimed account trouble, or nothing."""
    folded = found.folded
    searched = 0  # the trouble was looked for up to here (asks come in clusters)
    for at in found.any_of(_ASK_STEMS):
        if at > 0 and folded[at - 1].isalnum():
            continue  # inside a word ("blog", "catalog")
        ask = _ASK.match(folded, at)
        if ask is None or not _asked(folded, at, ask) or refused_near(folded, at):
            continue
        first, last = _around(folded, at, ask.end())
        # what was searched already is searched again only where a claim could straddle it
        start = max(first, searched - _TROUBLE_OVERLAP)
        if start >= last:
            continue
        if _TROUBLE.search(folded, start, last) is None:
            searched = last
            continue
        if _NOTHING_TO_DO.search(folded) is not None or ABOUT.search(folded) is not None:
            return []
        return [Lure("account", Severity.MEDIUM, *ask.span())]
    return []


def tax_refund(found: Finder) -> list[Lure]:
    """A tax refund offered to the reader, to claim through a link."""
    folded = found.folded
    refund = next(
        (
            at
            for at in found.any_of(("refund", "rebate"))
            if _TAX_BEFORE.search(folded, max(0, at - _TAX_REACH), at) is not None
        ),
        None,
    )
    if refund is None or _REFUND_YOURS.search(folded) is None:
        return []
    # "claim now" is the lure's own word here, not a report of what a message claims
    about = any(word.group() not in ("claim", "claims") for word in ABOUT.finditer(folded))
    if _CLAIM_LINK.search(folded) is None or about:
        return []
    return [Lure("tax_refund", Severity.MEDIUM, refund, refund + len("refund"))]


# The advisories' lures are short, and a forwarded thread puts the newest message on top: the
# shapes read the first 2,000 characters (their cost is in the literal searches, about 2 us
# per cue per 4 KB on the shared machine; reading the whole text cost 0.15 ms at 4 KB).
_READ = 2_000


def advisory_lures(folded: str) -> list[Lure]:
    """Round 14's shapes (the document lure, the account lure, the tax refund) over the
    first `_READ` characters, their literal cues searched once for all three."""
    found = Finder(folded, _READ)
    return [*document_lure(found), *account_lure(found), *tax_refund(found)]
