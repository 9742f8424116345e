"""The scam check's replies as phone-sized HTML: the verdict, the findings, the reminders.

Owns every sentence the scam check shows and the layout: a verdict line (risk and score), up
to five findings grouped by category, each quoting the excerpt exactly as the supplier wrote
it (escaped), with why it matters and what to do; the full report split into messages that
Telegram accepts. Pure: it renders a `ScanResult` and never decides what is a red flag.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from handlers.shared.message_size import MAX_TEXT, paginate, utf16_length
from knowledge.scam import Finding, Risk, ScanResult, Severity

SHOWN = 5  # findings in the first reply; the rest behind the "show all" button
MAX_HTML = MAX_TEXT  # Telegram's limit, in UTF-16 code units
_EXCERPT = 100  # characters of one quoted excerpt before it is cut

_KEPT = (
    "I keep only the verdict and a fingerprint of each message, never its text, so your team "
    "hears when a message was already checked."
)
USAGE = (
    "<b>Scam check</b>\n"
    "Send me a supplier's message and I point out the phrases that worry me, why, and what "
    "to do.\n\n"
    "• In this chat: forward the message to me, or paste its text.\n"
    "• <code>/scam TEXT</code> checks TEXT.\n"
    "• In a group: reply to the message with <code>/scam</code>.\n\n" + _KEPT
)
# In a group the bot reads only what /scam replies to (privacy mode): a forward alone is chatter.
GROUP_USAGE = (
    "<b>Scam check</b>\n"
    "I point out the phrases in a supplier's message that worry me, why, and what to do.\n\n"
    "• Here: reply to the supplier's message with <code>/scam</code> (forward it into the "
    "group first). I don't read forwards on their own in a group.\n"
    "• <code>/scam TEXT</code> checks TEXT.\n"
    "• In a private chat with me, just forward or paste it.\n\n" + _KEPT
)
OWN_MESSAGE = (
    "That is my own message, not the supplier's. Reply with <code>/scam</code> to the "
    "supplier's message itself, or paste its words after <code>/scam</code>."
)
NO_TEXT = (
    "That message has no text or caption I can read. Reply with <code>/scam</code> to a "
    "message with words in it, or paste the words after <code>/scam</code>."
)
GONE = (
    "I don't keep the text of messages I check, and the original is no longer available "
    "(deleted, edited or too old). Forward it to me again to see every finding."
)
BLOCKING = "<i>One sign is enough for high risk here: {title}.</i>"
LEARNED_HEAD = "<b>{number}. The wording reads like: {title}</b>"
LEARNED_NOTE = (
    "<i>Raised by the learned check, which compares the message with real scams and real "
    "supplier mail; these sentences weighed most:</i>"
)
PASTED_HINT = (
    "To check a supplier's message, forward it to me or paste it. Meant something else? "
    "Send /help."
)

_VERDICT = {
    Risk.HIGH: "🔴 <b>High risk</b>",
    Risk.MEDIUM: "🟠 <b>Medium risk</b>",
    Risk.LOW: "🟡 <b>Low risk</b>",
}
_SEVERITY = {Severity.HIGH: "high", Severity.MEDIUM: "medium", Severity.LOW: "low"}


@dataclass(frozen=True, slots=True)
class Notes:
    """What the reply says besides the findings: who sent it, who checked it before."""

    origin: str | None = None  # HTML line about the forward's origin
    checked_before: datetime | None = None
    in_group: bool = False
    pasted: bool = False  # typed or pasted in a private chat, not forwarded


def quote(excerpt: str) -> str:
    """An excerpt on one line, cut at `_EXCERPT` characters, escaped for HTML."""
    flat = " ".join(excerpt.split())
    if len(flat) > _EXCERPT:
        flat = flat[: _EXCERPT - 1].rstrip() + "…"
    return f"“<i>{html.escape(flat)}</i>”"


_THANKS = frozenset(
    ("thanks", "thank you", "thx", "ty", "cheers", "many thanks", "thank you so much", "谢谢")
)
_HELLO = frozenset(("hi", "hello", "hey", "hi there", "good morning", "good afternoon", "你好"))


def small_talk(text: str) -> str | None:
    """A polite answer to thanks or a greeting typed on its own, else None."""
    said = " ".join(text.casefold().strip(" !.?,🙂🙏👍").split())
    if said in _THANKS:
        return "You're welcome. Forward me a supplier's message any time; /help lists the rest."
    if said in _HELLO:
        return (
            "Hello! Forward or paste a supplier's message and I'll check it for scam signs, "
            "or ask the sourcing guide a question with /guide. /help lists everything."
        )
    return None


def too_short(incoterm: str | None) -> str:
    """The answer to a few typed words that carry no red flag: what to send instead."""
    lines = [
        "Nothing to check in a few words. Forward me a supplier's message, or paste it, and "
        "I'll point out any scam signs. /help lists everything else."
    ]
    if incoterm is not None:
        code = html.escape(incoterm)
        lines.append(f"Looking for the {code} rule? Send /incoterm {code}.")
    return "\n".join(lines)


def verdict_line(result: ScanResult) -> str:
    # A message the learned part raised has no rule finding but is not "no red flags": its
    # band is what the user must see (round 19 found "No red flags found · score 43/100").
    if not result.findings and result.risk is Risk.LOW:
        return f"⚪ <b>No red flags found</b> · score {result.score}/100"
    return f"{_VERDICT[result.risk]} · score {result.score}/100"


def checked_before_line(at: datetime, *, in_group: bool) -> str:
    when = at.astimezone(UTC)
    date = f"{when.day} {when:%b %Y, %H:%M} UTC"
    who = "Your team" if in_group else "You"
    return f"ℹ️ {who} already checked this message on {date}."


def _groups(findings: Sequence[Finding]) -> list[list[Finding]]:
    """Findings grouped by category, in the order each category first appears."""
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.category, []).append(finding)
    return list(groups.values())


def category_block(number: int, findings: Sequence[Finding]) -> list[str]:
    """One category: title and severity, its quotes, why and what to do.

    One reason per category, the strongest finding's: on a phone, a second "Why:" that says
    nearly the same in other words reads as noise. What to do: a reading's own advice if one
    of the findings carries it, else the category's.
    """
    first = findings[0]
    lines = [f"<b>{number}. {html.escape(first.title)}</b> · {_SEVERITY[first.severity]}"]
    lines.extend(quote(finding.excerpt) for finding in findings)
    lines.append(f"Why: {html.escape(first.why)}")
    # A reading's own advice wins over the category's, which may name the wrong place.
    advice = next((finding.advice for finding in findings if finding.advice), first.what_to_do)
    lines.append(f"What to do: {html.escape(advice)}")
    return lines


def learned_block(number: int, result: ScanResult) -> list[str]:
    """Why the learned part raised the verdict: the sentences and the nearest kind of scam."""
    if not result.learned_quotes:
        return []
    typology = result.learned_typology
    title = typology.title if typology is not None else "a known scam pattern"
    lines = [LEARNED_HEAD.format(number=number, title=html.escape(title)), LEARNED_NOTE]
    lines.extend(quote(sentence) for sentence in result.learned_quotes)
    if typology is not None:
        lines.append(f"Why: {html.escape(typology.why)}")
        lines.append(f"What to do: {html.escape(typology.what_to_do)}")
    return lines


def _reminders(always_check: Sequence[str], *, no_findings: bool) -> list[str]:
    head = (
        "That is no proof the supplier is genuine. Before you pay, still:"
        if no_findings
        else "Before you pay, still:"
    )
    return [head, *(f"• {html.escape(item)}" for item in always_check)]


def _summary_with(
    result: ScanResult, notes: Notes, always_check: Sequence[str], shown: int
) -> str:
    lines = [verdict_line(result)]
    blocking = next((f for f in result.findings if f.blocking), None)
    if result.risk is Risk.HIGH and blocking is not None:
        # The score adds categories up; a single blocking sign sets the risk on its own, and a
        # "45/100" beside "High risk" needs that said.
        lines.append(BLOCKING.format(title=html.escape(blocking.title.lower())))
    if notes.checked_before is not None:
        lines.append(checked_before_line(notes.checked_before, in_group=notes.in_group))
    if notes.origin:
        lines.append(notes.origin)
    for number, group in enumerate(_groups(result.findings[:shown]), start=1):
        lines.append("")
        lines.extend(category_block(number, group))
    learned = learned_block(len(_groups(result.findings[:shown])) + 1, result)
    if learned:
        lines += ["", *learned]
    hidden = len(result.findings) - shown
    if hidden > 0:
        lines += ["", f"Showing the {shown} strongest of {len(result.findings)} findings."]
    if result.risk is Risk.LOW:
        lines += ["", *_reminders(always_check, no_findings=not result.findings)]
    if notes.pasted and not result.findings and result.risk is Risk.LOW:
        lines += ["", PASTED_HINT]
    return "\n".join(lines)


def summary(result: ScanResult, notes: Notes, always_check: Sequence[str]) -> str:
    """The first reply: verdict and the strongest findings, within Telegram's limit."""
    shown = min(SHOWN, len(result.findings))
    text = _summary_with(result, notes, always_check, shown)
    while shown > 1 and utf16_length(text) > MAX_HTML:  # only ever with extreme excerpts
        shown -= 1
        text = _summary_with(result, notes, always_check, shown)
    return text


def has_more(result: ScanResult) -> bool:
    """Whether the first reply leaves findings out."""
    return len(result.findings) > SHOWN


def _pack(lines: Sequence[str]) -> list[str]:
    """Join self-contained HTML lines into messages of at most `MAX_HTML` units."""
    return [page.strip("\n") for page in paginate(lines, MAX_HTML, separator="\n")]


def full_report(result: ScanResult) -> list[str]:
    """Every finding, grouped by category, split into as many messages as it takes."""
    categories = len(result.categories)
    lines = [
        f"<b>Full report</b>: {len(result.findings)} findings in {categories} categories",
        verdict_line(result),
    ]
    groups = _groups(result.findings)
    for number, group in enumerate(groups, start=1):
        lines.append("")
        lines.extend(category_block(number, group))
    learned = learned_block(len(groups) + 1, result)
    if learned:
        lines += ["", *learned]
    return _pack(lines)
