"""What a language reading found: one span of a message's folded text, said in English.

Owns the small value the Japanese, European and Asian readings return (the span, its category
and severity, the language it was read in, what was read, why it matters and, where its
category's advice names the wrong place, its own what-to-do from `own_advice.py`);
`other_languages.py` turns each into a finding. Knows nothing of how a reading finds it; no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.scam.red_flags import Severity


@dataclass(frozen=True, slots=True)
class FoldedHit:
    """A reading: its category, severity, span in the folded text, the language it was read
    in, what it read (in English), why it matters and, where its category's general advice
    does not fit, what to do."""

    category: str
    severity: Severity
    start: int
    end: int
    language: str
    evidence: str
    why: str
    advice: str | None = None
