"""Merging the scanner's raw findings: one per stretch of words and category, strongest first.

Owns the order of strength (severity, hard block, similarity, position), keeping the strongest
phrase match of each stretch (phrases are reached through two anchors, so a match often comes
twice), and merging overlapping findings of one category into one quoted stretch. Pure.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from knowledge.scam.finding import Finding
from knowledge.scam.phrases import PhraseMatch
from knowledge.scam.red_flags import Severity

_RANK = {Severity.LOW: 0, Severity.MEDIUM: 1, Severity.HIGH: 2}


def _strength(finding: Finding) -> tuple[int, bool, int, int]:
    return (_RANK[finding.severity], finding.blocking, finding.similarity, -finding.start)


def strongest_phrases(matches: list[PhraseMatch]) -> list[PhraseMatch]:
    """One match per category and stretch of words, the strongest (phrases are reached
    through two anchors each, so the same match often comes twice)."""
    best: dict[tuple[str, int, int], PhraseMatch] = {}
    for match in matches:
        key = (match.variant.category, match.first, match.last)
        kept = best.get(key)
        if kept is None or (_RANK[match.variant.severity], match.similarity) > (
            _RANK[kept.variant.severity],
            kept.similarity,
        ):
            best[key] = match
    return list(best.values())


def merge(findings: list[Finding], text: str) -> list[Finding]:
    """One finding per overlapping stretch of one category, one per repeated excerpt."""
    stretches: list[list[Any]] = []  # [strongest finding, start, end] per stretch
    for finding in sorted(findings, key=lambda f: (f.category, f.start, -f.end)):
        if stretches:
            stretch = stretches[-1]
            kept = stretch[0]
            if kept.category == finding.category and finding.start < stretch[2]:
                # The stretch weighs as its strongest finding, quoted from the stretch start.
                held = (_RANK[kept.severity], kept.blocking, kept.similarity, -stretch[1])
                if _strength(finding) > held:
                    stretch[0] = finding
                stretch[2] = max(stretch[2], finding.end)
                continue
        stretches.append([finding, finding.start, finding.end])
    merged = [
        found
        if (found.start, found.end) == (start, end)
        else replace(found, start=start, end=end, excerpt=text[start:end])
        for found, start, end in stretches
    ]
    unique: dict[tuple[str, str], Finding] = {}
    for finding in merged:
        key = (finding.category, " ".join(finding.excerpt.casefold().split()))
        if key not in unique or _strength(finding) > _strength(unique[key]):
            unique[key] = finding
    return sorted(unique.values(), key=_strength, reverse=True)
