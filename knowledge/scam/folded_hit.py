"""What a language reading found: one span of a message's folded text, said in English.

Owns the small value the Japanese, European and Asian readings return (the span, its category
and severity, the language it was read in, what was read and why it matters);
`other_languages.py` turns each into a finding. Knows nothing of how a reading finds it; no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.scam.red_flags import Severity


@dataclass(frozen=True, slots=True)
class FoldedHit:
    """A reading: its category, severity, span in the folded text, the language it was read
    in, what it read (in English) and why it matters."""

    category: str
    severity: Severity
    start: int
    end: int
    language: str
    evidence: str
    why: str
