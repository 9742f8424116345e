"""Honest e-mail told in the writer's own voice, read before it counts as a demand (round 17).

Owns four readings of a wording finding's own clause that LOWER or drop it when the honest
kind shows (they never raise anything, and never touch a detector's finding):
- **a customer's own payment complaint**: a fee-to-activate notice whose match says the
  writer paid and the thing did NOT activate ("right after I paid, the subscription did not
  activate"): a refund request, low. "Pay to activate your account" keeps its weight;
- **the writer's own attempt at a messenger** in Chinese ("尝试...加QQ", "加微信...没人回复"):
  a customer who could not reach anyone (a fapiao request), low. "请加我QQ" keeps it;
- **an account that should not be under one person's name** ("so the account isn't just
  under my name"): a treasurer opening the club's own account, dropped. "pay to the account
  under my name" keeps its weight;
- **a third person's log-in** ("the person who purchased the licences can log in to download
  the correct invoice") in a message with no link: a support reply, low. "Please log in to
  download your invoice" and any link keep it.
A changed account, a hurry or a secret are other findings: they keep their weight.
It must not match red-flag phrases itself.
"""

from __future__ import annotations

import re

from knowledge.scam.finding import Finding
from knowledge.scam.normalise import Message
from knowledge.scam.terms import folded_span

_NOTICE = "fake_notice"
_MESSENGER = "off_platform_contact"
_UNTRACEABLE = "untraceable_payment"
_OPEN = "open_or_log_in"
_READ = frozenset({_NOTICE, _MESSENGER, _UNTRACEABLE, _OPEN})
_REACH = 60  # characters before a match searched for its subject
# "I paid", "we have already paid", "after I paid": the writer is the one who paid ...
_I_PAID = re.compile(r"\b(?:i|we)\s(?:have\s|had\s)?(?:already\s|just\s)?paid\b")
# ... and what was paid for did not start: a complaint, not a condition.
_NOT_STARTED = re.compile(
    r"\b(?:did not|didn't|does not|doesn't|was not|wasn't|has not|hasn't|have not|haven't"
    r"|never|still not|not)\b"
)
# The writer tried and heard nothing ("尝试/试过/试着 ... 加QQ", "加微信 ... 没人回复").
_TRIED = re.compile(r"(?:尝试|试过|试了|试着)[^。！？，,.!?\n]{0,12}$")
_NO_ANSWER = re.compile(r"^[^。！？.!?\n]{0,14}(?:没有?(?:任何)?(?:反应|回复|回应|人回|人理))")
# "isn't just / not only under my name": more signatories, not a person's own payee.
_NOT_ONLY = re.compile(r"(?:\bnot|n't)\s(?:just|only|solely)\s(?:under|in)\s")
# "the person who purchased ... can", "the account owner can": someone else's log-in.
_THIRD_PERSON = re.compile(
    r"\b(?:person|owner|admin|administrator|purchaser|buyer|account holder)\b"
    r"[^.!?\n]{0,60}\bcan\s$"
)
_LINK_MARKS = ("http", "www.", "://")


def as_exchanged(findings: list[Finding], message: Message) -> list[Finding]:
    """The findings once the writer's own voice is read: some lowered, one kind dropped."""
    if not any(f.category in _READ and not f.from_detector for f in findings):
        return findings
    folded = message.folded
    kept: list[Finding] = []
    for finding in findings:
        read: Finding | None = finding
        if finding.category in _READ and not finding.from_detector:
            read = _read(finding, folded, folded_span(message, finding))
        if read is not None:
            kept.append(read)
    return kept


def _read(finding: Finding, folded: str, span: tuple[int, int]) -> Finding | None:
    """One wording finding as its kind's reading sees it: kept, lowered, or dropped."""
    start, end = span
    before = folded[max(0, start - _REACH) : start]
    category = finding.category
    if category == _UNTRACEABLE:
        return None if _NOT_ONLY.search(folded, start, end) else finding
    if category == _NOTICE:
        paid = _I_PAID.search(before + folded[start:end]) is not None
        lowered = paid and _NOT_STARTED.search(folded, start, end) is not None
    elif category == _MESSENGER:
        after = folded[end : end + _REACH]
        lowered = _TRIED.search(before) is not None or _NO_ANSWER.search(after) is not None
    else:
        lowered = _THIRD_PERSON.search(before) is not None and not any(
            mark in folded for mark in _LINK_MARKS
        )
    if not lowered:
        return finding
    return finding.lowered()
