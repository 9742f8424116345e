"""The stretches of a warning that quote or paraphrase the scam it warns about.

Owns finding, in a message, the text that is shown rather than said: what stands inside
quotation marks, a heading ("Change of bank account."), and the rest of a clause after a
frame that introduces an example ("for example", "such as", "messages like", "scammers may
say", "a text says", "if you receive an e-mail ... asking", "claiming", "according to this
e-mail", "谎称"). The caller
(`adjust.in_context`) uses these stretches only when the message's stance is a warning (it
carries a warning cue such as "scammers", "beware", "phishing": `advisory.MessageKind`), so a
real scam that merely uses quotation marks or "such as" is read as before. Pure: regular
expressions over the original text around a stretch (its line and sentence, so the cost
grows with the findings, not the text); it decides nothing about findings.
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
    r"|informed|direct|directs|directed|pressure|pressures|need|needs|needed|want|wants"
    r"|wanted)"
)
_MAY = r"(?:(?:may|might|will|would|could|can|often|usually|typically|also|then|will often)\s+)*"
_FRAME_SOURCE = (
    r"\b(?:for (?:example|instance)\b|e\.g\.|examples?\s*:|such as\b|like this\s*:"
    r"|(?:messages?|e-?mails?|texts?|calls?|letters?|notices?|requests?|lines?|wording)"
    r" (?:like|such as|along the lines of|similar to)\b|along the lines of\b"
    r"|something (?:like|to the effect of)\b"
    r"|(?:any|all|such) (?:requests?|e-?mails?|messages?|calls?|texts?|instructions?"
    r"|demands?|notices?|letters?)\b"
    rf"|{_WHO}\s+{_MAY}{_SAY}\b"
    r"|(?:claiming|saying|stating|asking you|requesting|telling you|notifying you|informing"
    r" you|instructing you|urging you|demanding)\b"
    r"|according to (?:this|the|that|an?) (?:e-?mail|message|text|letter|notice|sms)\b"
    r"|if you (?:ever |should |do |suddenly )?(?:receive|get|are sent)\b"
    r"[^.!?\n]{0,120}?\b(?:saying|that says|asking|claiming"
    r"|requesting|telling|stating|which says|about)\b"
    r"|(?:the )?subject(?: line)?(?: of [^.!?\n]{0,40})? (?:was|is|reads|read)\b)"
)
_CHINESE_FRAMES = r"谎称|声称|自称|冒称|以[^，。,]{1,12}为由"
# Case-blind matching makes the regex engine try every alternative at every position (about
# 900 µs over 4,096 characters); the same pattern over lower-cased text, opening on the
# characters a frame can start with, takes a quarter of that. The case-blind form is kept
# for the rare text whose length lower-casing changes. Every English frame opens on a word
# boundary, tested once before the alternatives rather than once in each (round 15: a third
# of the time inside words; the plain form is pinned in tests/knowledge/scam/
# test_fast_patterns.py).
_FRAMES = re.compile(f"(?i:{_FRAME_SOURCE})|{_CHINESE_FRAMES}")
_FRAMES_LOWER = re.compile(f"(?=[a-z谎声自冒以])(?:{_FRAME_SOURCE}|{_CHINESE_FRAMES})")
_STOPS = (". ", "! ", "? ", ".\n", "!\n", "?\n", "\n", "。", "！", "？")
_CLAUSE_END = re.compile(r"[.!?。！？\n](?=\s|$)|[。！？\n]")
# A heading ("Change of bank account.", "Fake invoices") names a topic, it asks nothing: the
# message's first sentence or a line of its own, short, opening on a capital, with no digit,
# address or greeting, and speaking to nobody.
_FIRST_SENTENCE = re.compile(r"\s*[^.!?:\n]+[.!?:]?(?=\s)")
_HEADING_WORDS = 6
_HEADING_CHARS = 80  # six words of a heading never run longer
_MARKS = ("“", '"', "「", "『", "«")
_NOT_HEADING = re.compile(
    r"(?i)\b(?:you|your|we|our|us|i|my|me|please|kindly|pls|dear|hi|hello|attn|regards"
    r"|yours|thanks|thank|sincerely|best)\b|[\d@,]|://|\bwww\."
)


_REACH = 250  # characters before a finding searched for the frame that opens its clause


def shown(text: str, start: int, end: int) -> bool:
    """Whether the stretch start..end of `text` is shown rather than said: inside a
    quotation or a heading, or in a clause that an example frame opens before it. Looks only
    around the stretch (its line, its sentence), never over the whole text."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    # Quotations never span lines, so the stretch's line holds any that could contain it
    # (looked for only when the line has a quotation mark: a C-speed test).
    if any(text.find(mark, line_start, line_end) >= 0 for mark in _MARKS):
        for quote in _QUOTED.finditer(text, line_start, line_end):
            if quote.start() <= start and end <= quote.end():
                return True
    if line_end - line_start <= _HEADING_CHARS and _heading(text[line_start:line_end]):
        return True
    if start < _HEADING_CHARS:
        first = _FIRST_SENTENCE.match(text, 0, _HEADING_CHARS + 1)
        if first is not None and end <= first.end() and _heading(first.group()):
            return True
    # The sentence opens after the last stop before the stretch (found backwards, in C).
    reach = max(0, start - _REACH)
    sentence_start = reach
    for stop in _STOPS:
        found = text.rfind(stop, reach, start)
        if found >= 0:
            sentence_start = max(sentence_start, found + len(stop))
    window = text[sentence_start:end]
    lowered = window.lower()
    same = len(lowered) == len(window)
    frames = _FRAMES_LOWER.finditer(lowered) if same else _FRAMES.finditer(window)
    for frame in frames:
        opens, closes = sentence_start + frame.start(), sentence_start + frame.end()
        if opens > start:
            break  # frames come in order: none from here on opens before the stretch
        if _CLAUSE_END.search(text, closes, end) is None:
            return True
    return False


def _heading(line: str) -> bool:
    """A short line that opens on a capital letter and speaks to nobody."""
    words = line.split()
    return (
        0 < len(words) <= _HEADING_WORDS
        and words[0][:1].isupper()
        and not line.isupper()
        and _NOT_HEADING.search(line) is None
    )
