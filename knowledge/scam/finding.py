"""One red flag found in a message: what it is, where it is, why it matters, what to do.

Owns the `Finding` shape every matcher and adjustment passes along. It quotes the ORIGINAL
text (`excerpt` is exactly `original[start:end]`). It decides nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from knowledge.scam.red_flags import Severity


@dataclass(frozen=True, slots=True)
class Finding:
    """One red flag in the message, quoted as written, with why it matters and what to do."""

    category: str  # category id from the data file
    title: str
    severity: Severity
    blocking: bool  # forces a high-risk verdict on its own
    excerpt: str  # exactly original[start:end]
    start: int
    end: int
    why: str
    what_to_do: str
    evidence: str  # the phrase it matched, or what a detector recognised
    similarity: int  # 0-100: how closely the wording matched (100 for detectors)
    # Found by a pattern detector (a link, a wallet, an account number), not by wording.
    from_detector: bool = False
    # A reading's own what-to-do, where its category's general advice names the wrong place
    # (a fake regulator's SMS is no Alibaba notice); the reply prefers it (round 19).
    advice: str | None = None

    def lowered(self, why: str | None = None) -> Finding:
        """The same finding kept as advice: low and never blocking (with `why` if given)."""
        kept_why = self.why if why is None else why
        return replace(self, severity=Severity.LOW, blocking=False, why=kept_why)
