"""The stretches of a warning that quote or paraphrase the scam it warns about.

Owns finding, in a message, the text that is shown rather than said: what stands inside
quotation marks, a heading ("Change of bank account."), and the rest of a clause after a
frame that introduces an example ("for example", "such as", "messages like", "scammers may
say", "a text says", "if you receive an e-mail ... asking", "claiming", "according to this
e-mail", "谎称"). The caller
(`adjust.in_context`) uses these stretches only when the message's stance is a warning (it
carries a warning cue such as "scammers", "beware", "phishing": `advisory.MessageKind`), so a
real scam that merely uses quotation marks or "such as" is read as before. Pure: regular
expressions over the original text, offsets into it; it decides nothing about findings.
"""

from __future__ import annotations

import re

_QUOTE = 300  # the longest stretch read as one quotation
# Quotation marks: curly, straight (on one line) and Chinese corner brackets. Single quotes
# are left alone: they are apostrophes far more often than quotes.
_QUOTED = re.compile(
    rf"“[^”\n]{{3,{_QUOTE}}}”|\"[^\"\n]{{3,{_QUOTE}}}\"|「[^」\n]{{2,{_QUOTE}}}」"
    rf"|『[^』\n]{{2,{_QUOTE}}}』|«[^»\n]{{3,{_QUOTE}}}»"
)
_WHO = (
    r"(?:scammers?|fraudsters?|criminals?|crooks?|hackers?|attackers?|impostors?|imposters?"
    r"|they|he|she|it|the (?:e-?mail|message|text|sms|caller|sender|letter|notice|scammer"
    r"|fraudster|criminal|hacker|attacker)s?"
    r"|(?:a|an|one|this|that|another|the) (?:text|e-?mail|message|letter|sms|call|notice"
    r"|request|note|whatsapp|wechat)(?: message)?)"
)
_SAY = (
    r"(?:say|says|said|saying|ask|asks|asked|asking|claim|claims|claimed|claiming|tell|tells"
    r"|told|telling|request|requests|requested|requesting|demand|demands|demanded|insist"
    r"|insists|instruct|instructs|instructed|state|states|stated|stating|threaten|threatens"
    r"|read|reads|reading|urge|urges|urged|notify|notifies|notified|notifying|inform|informs"
    r"|informed|direct|directs|directed|pressure|pressures)"
)
_MAY = r"(?:(?:may|might|will|would|could|can|often|usually|typically|also|then|will often)\s+)*"
_FRAMES = re.compile(
    r"(?i:\bfor (?:example|instance)\b|\be\.g\.|\bexamples?\s*:|\bsuch as\b|\blike this\s*:"
    r"|\b(?:messages?|e-?mails?|texts?|calls?|letters?|notices?|requests?|lines?|wording)"
    r" (?:like|such as|along the lines of|similar to)\b|\balong the lines of\b"
    r"|\bsomething (?:like|to the effect of)\b"
    r"|\b(?:any|all|such) (?:requests?|e-?mails?|messages?|calls?|texts?|instructions?"
    r"|demands?|notices?|letters?)\b"
    rf"|\b{_WHO}\s+{_MAY}{_SAY}\b"
    r"|\b(?:claiming|saying|stating|asking you|requesting|telling you|notifying you|informing"
    r" you|instructing you|urging you|demanding)\b"
    r"|\baccording to (?:this|the|that|an?) (?:e-?mail|message|text|letter|notice|sms)\b"
    r"|\bif you (?:ever |should |do |suddenly )?(?:receive|get|are sent)\b"
    r"[^.!?\n]{0,120}?\b(?:saying|that says|asking|claiming"
    r"|requesting|telling|stating|which says|about)\b"
    r"|\b(?:the )?subject(?: line)?(?: of [^.!?\n]{0,40})? (?:was|is|reads|read)\b)"
    r"|谎称|声称|自称|冒称|以[^，。,]{1,12}为由"
)
_CLAUSE_END = re.compile(r"[.!?。！？\n](?=\s|$)|[。！？\n]")
# A heading ("Change of bank account.", "Fake invoices") names a topic, it asks nothing: the
# message's first sentence or a line of its own, short, opening on a capital, with no digit,
# address or greeting, and speaking to nobody.
_FIRST_SENTENCE = re.compile(r"\s*[^.!?:\n]+[.!?:]?(?=\s)")
_LINE = re.compile(r"(?m)^[ \t]*[^\n]+$")
_HEADING_WORDS = 6
_NOT_HEADING = re.compile(
    r"(?i)\b(?:you|your|we|our|us|i|my|me|please|kindly|pls|dear|hi|hello|attn|regards"
    r"|yours|thanks|thank|sincerely|best)\b|[\d@,]|://|\bwww\."
)


def described(text: str) -> list[tuple[int, int]]:
    """Spans of `text` (start, end offsets) that quote or exemplify rather than say: every
    quotation, and each clause from an example frame to its sentence's end."""
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    spans.extend(_headings(text))
    for frame in _FRAMES.finditer(text):
        end = _CLAUSE_END.search(text, frame.end())
        spans.append((frame.start(), end.start() if end else len(text)))
    return sorted(spans)


def _headings(text: str) -> list[tuple[int, int]]:
    """The first sentence and lines of their own that read as headings."""
    found: list[tuple[int, int]] = []
    first = _FIRST_SENTENCE.match(text)
    candidates = [first] if first is not None else []
    candidates.extend(_LINE.finditer(text))
    for candidate in candidates:
        line = candidate.group()
        words = line.split()
        if (
            0 < len(words) <= _HEADING_WORDS
            and words[0][:1].isupper()
            and not line.isupper()
            and _NOT_HEADING.search(line) is None
        ):
            found.append(candidate.span())
    return found


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the stretch start..end lies within one of `spans` (sorted)."""
    return any(first <= start and end <= last for first, last in spans)
