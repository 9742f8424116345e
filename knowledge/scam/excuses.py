"""When a red-flag match is ordinary after all: a category's own excuses.

Owns the per-category exceptions of `red_flags.yaml`, applied after negation: `excused_by`
(a word near the match: "100% in advance for samples"), `excused_in_clause_by` (a word in the
match's own clause: "no video call before 8pm" sets a time, it refuses nothing), and
`kept_secret_cancels` (the next sentence tells the reader never to share what the match
names). Works on normalised words; knows no phrases.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from knowledge.scam.context import MessageCues, cue_words
from knowledge.scam.normalise import Message, normalise
from knowledge.scam.red_flags import RedFlags

_EXCUSE_REACH = 10  # words either side of a match an excuse ("for samples") reaches
# A clock time written as one word ("8pm", "10am"; "8:30pm" ends in "30pm") counts as the
# word "pm" for clause excuses, so the data need not list every hour.
_CLOCK_TIME = re.compile(r"\d{1,2}(?:am|pm)")
_CLOCK_WORD = "pm"
# How many sentences after a code's mention "never share it" may come (round 12: a bank's
# one-time-code text, "OTP to make a payment of ... . Call us if this wasn't you. NEVER share
# this code"); and the verbs before "us" that ask for a call, not for the code.
_SECRET_REACH = 2
_CALLERS = frozenset({"call", "contact", "phone", "ring"})


class Excuses:
    """Each category's excuses, read once from the data file; asked once per match."""

    def __init__(self, flags: RedFlags) -> None:
        def words_of(entries: tuple[str, ...]) -> frozenset[str]:
            return frozenset(word for entry in entries for word in normalise(entry).words)

        self._near = {c.id: words_of(c.excused_by) for c in flags.categories}
        self._in_clause = {c.id: words_of(c.excused_in_clause_by) for c in flags.categories}
        self._kept_secret_cancels = frozenset(
            c.id for c in flags.categories if c.kept_secret_cancels
        )
        cues = flags.context
        self._keep_secret = frozenset(
            refusal + verb + thing
            for refusal in cue_words(cues.keep_secret_refusals)
            for verb in cue_words(cues.keep_secret_verbs)
            for thing in cue_words(cues.keep_secret_objects)
        )
        self._keep_unless = cue_words(cues.keep_secret_unless)
        self._askers = frozenset(
            word for cue in cue_words(cues.keep_secret_askers) for word in cue
        )
        self._keep_longest = max((len(cue) for cue in self._keep_secret), default=0)

    def excuse(
        self, message: Message, category: str, span: tuple[int, int], cues: MessageCues
    ) -> bool:
        """Whether the match on words span[0]..span[1] is excused by its category's rules."""
        first, last = span
        if category in self._kept_secret_cancels and self._kept_secret_after(message, last):
            return True  # "... your verification code ... . Never share it with anyone."
        near, in_clause = self._near[category], self._in_clause[category]
        if near and _near(message, first, last, near):
            return True
        return bool(in_clause) and _in_clause(message, first, last, in_clause, cues)

    def _kept_secret_after(self, message: Message, last: int) -> bool:
        """Whether one of the two sentences after the match's opens with "never share it".

        It protects what the match names ("The SMS with your verification code comes from
        your bank. Never share it with anyone."; a bank's code text puts "Call us if this
        wasn't you." or "Valid for 10 minutes." in between), unless it keeps the secret only
        from others ("... with anyone else", "except me") or the sentences before it ask for
        it ("send me"; "call us" asks for a call, not for the code).
        """
        words, sentence = message.words, message.sentence
        start = last
        for _ in range(_SECRET_REACH):
            start = bisect_right(sentence, sentence[start], start)
            if start == len(words):
                return False
            if self._opens_keep_secret(words, start):
                break
        else:
            return False
        end = bisect_right(sentence, sentence[start], start)
        if any(
            tuple(words[at : at + length]) in self._keep_unless
            for at in range(start, end)
            for length in (1, 2, 3)
        ):
            return False
        begin = bisect_left(sentence, sentence[last], 0, last)
        return not any(
            words[at] in self._askers and (at == 0 or words[at - 1] not in _CALLERS)
            for at in range(begin, start)
        )

    def _opens_keep_secret(self, words: list[str], start: int) -> bool:
        """Whether the sentence at `start` opens with "never share it" and the like."""
        return any(
            tuple(words[start : start + length]) in self._keep_secret
            for length in range(2, min(len(words) - start, self._keep_longest) + 1)
        )


def _near(message: Message, first: int, last: int, wanted: frozenset[str]) -> bool:
    """Whether a word in `wanted` sits within reach of words first..last, same sentence.

    Near, not anywhere in the sentence: "100% in advance for samples" is excused by
    "samples", but in "inspection not necessary, ... only extra cost for you" the cost at the
    far end of a long sentence excuses nothing.
    """
    number = message.sentence[first]
    words, sentence = message.words, message.sentence
    low = max(first - _EXCUSE_REACH, 0)
    high = min(last + _EXCUSE_REACH + 1, len(words))
    return any(words[index] in wanted and sentence[index] == number for index in range(low, high))


def _in_clause(
    message: Message, first: int, last: int, wanted: frozenset[str], cues: MessageCues
) -> bool:
    """Whether a word in `wanted` (or a clock time, when "pm" is wanted) shares the clause of
    words first..last: same sentence, no comma, colon or bracket between."""
    words, sentence, breaks = message.words, message.sentence, cues.breaks
    clock = _CLOCK_WORD in wanted
    low = first
    while low > 0 and sentence[low - 1] == sentence[first] and low - 1 not in breaks:
        low -= 1
    high = last
    while high + 1 < len(words) and sentence[high + 1] == sentence[last] and high not in breaks:
        high += 1
    return any(
        words[index] in wanted or (clock and _CLOCK_TIME.fullmatch(words[index]) is not None)
        for index in range(low, high + 1)
    )
