"""The readings of messages in languages other than English, turned into findings.

Owns the non-English readers the scanner runs (Chinese phrases, the European languages'
diversion and executive requests, Japanese, round 16's European moves, round 18's Chinese
and Korean business moves, round 22's Korean tax text and Chinese chat group) and how each
hit becomes a `Finding` said in English, quoted in whole words (`whole_words.py`). It builds
findings through the scanner's own maker, so categories, titles and advice come from one place
(a reading's own what-to-do, where its category's does not fit, rides along); it must not
score, merge or decide anything.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from knowledge.scam.asian_demands import read_asian_demands
from knowledge.scam.asian_moves import read_asian
from knowledge.scam.chinese import ChineseMatcher
from knowledge.scam.european import read_european
from knowledge.scam.european_notices import own_new_account_announced
from knowledge.scam.finding import Finding
from knowledge.scam.folded_hit import FoldedHit
from knowledge.scam.japanese import read_japanese
from knowledge.scam.languages import LanguageHit, LanguageReader
from knowledge.scam.new_account import read_new_account
from knowledge.scam.normalise import Message
from knowledge.scam.outside_moves import read_outside_moves
from knowledge.scam.red_flags import RedFlags, Severity
from knowledge.scam.whole_words import quoted_span

# What each kind read in a European language counts as (languages.py): a changed account is a
# hard block, as in English; an executive's bare wire request or opener is medium.
_FOREIGN_KINDS = {
    "diversion": ("changed_bank_details", Severity.HIGH),
    "wire": ("unusual_transfer", Severity.MEDIUM),
    "opener": ("pressing_request", Severity.MEDIUM),
}


class MakeFinding(Protocol):
    """The scanner's finding maker: a category's finding for a span of `text`."""

    def __call__(
        self,
        category_id: str,
        severity: Severity,
        span: tuple[int, int],
        text: str,
        *,
        evidence: str,
        similarity: int = 100,
        why: str | None = None,
        advice: str | None = None,
    ) -> Finding: ...


class OtherLanguages:
    """Reads a message in Chinese, ten European languages and Japanese; build once."""

    def __init__(self, flags: RedFlags, make: MakeFinding) -> None:
        self._make = make
        self._chinese = ChineseMatcher(flags)
        self._foreign = LanguageReader(flags.foreign)

    def find(self, message: Message) -> list[Finding]:
        """Every other-language finding of `message`, in reading order of the readers."""
        found = self._chinese_findings(message)
        found.extend(self._japanese_findings(message))
        found.extend(self._european_findings(message))
        # Round 18: moves a business receives in Chinese and Korean (and one English opener).
        # Round 22: a Korean unpaid-tax collection text and a Chinese finance-only chat group.
        asian = [*read_asian(message.folded), *read_asian_demands(message.folded)]
        found.extend(self._read_in(hit.language, message, hit) for hit in asian)
        # Round 20: "pay our new account, not the old one", paying outside the platform and a
        # customs deposit, in thirteen languages (round 22: paying off the platform in Chinese
        # and Japanese too).
        moved = [*read_new_account(message.folded), *read_outside_moves(message.folded)]
        found.extend(self._read_in(hit.language, message, hit) for hit in moved)
        hits = self._foreign.find(message.words, message.sentence)
        if hits and own_new_account_announced(message.folded):
            # A sender's own new account announced where you can check it (round 17).
            hits = [hit for hit in hits if hit.kind != "diversion"]
        found.extend(self._foreign_finding(message, hit) for hit in hits)
        return found

    def _chinese_findings(self, message: Message) -> list[Finding]:
        return [
            self._make(
                hit.category,
                hit.severity,
                message.original_span(hit.start, hit.end),
                message.original,
                evidence=hit.pattern,
            )
            for hit in self._chinese.find(message.folded)
        ]

    def _japanese_findings(self, message: Message) -> list[Finding]:
        """Japanese readings, said in English; kept out of the English addressing gate."""
        return [self._read_in("Japanese", message, hit) for hit in read_japanese(message.folded)]

    def _european_findings(self, message: Message) -> list[Finding]:
        """Round 16's readings in six European languages, said in English like Japanese's."""
        return [self._read_in(hit.language, message, hit) for hit in read_european(message.folded)]

    def _read_in(self, language: str, message: Message, hit: FoldedHit) -> Finding:
        """A hit in folded text, said in English naming `language`; the reading checked the
        voice and the warnings itself, so it is kept out of the English addressing gate."""
        made = self._make(
            hit.category,
            hit.severity,
            quoted_span(message, hit.start, hit.end),  # whole words, not a pattern's stem
            message.original,
            evidence=f"{language}: {hit.evidence}",
            why=f"{hit.why} (Read in {language}.)",
            advice=hit.advice,
        )
        return replace(made, from_detector=True)

    def _foreign_finding(self, message: Message, hit: LanguageHit) -> Finding:
        """A finding read in a European language: said in English, naming the language."""
        category_id, severity = _FOREIGN_KINDS[hit.kind]
        span = message.word_span(hit.first, hit.last)
        evidence = f"{hit.language}: {hit.evidence}"
        made = self._make(category_id, severity, span, message.original, evidence=evidence)
        # The reader checked the voice and the warnings in the message's own language; the
        # English addressing gate cannot read it, so it is kept out of it like a detector's.
        why = f"{made.why} (Read in {hit.language}.)"  # the category's own why, and where
        return replace(made, why=why, from_detector=True)
