"""The scam check: a supplier's message in, a verdict and the exact phrases that worry us out.

Owns the scanner's public face and its verdict: `ScamScanner(red_flags, model).scan(text)` runs the
phrase matcher, the word-combination rules and the pattern detectors, drops mentions that are
refused or warned against, merges overlapping findings, orders them strongest first and scores
the message. Every finding quotes the ORIGINAL text with offsets into it. Pure: no Telegram,
no storage, no clock; the message text leaves only as a fingerprint.

Verdict rule (`verdict.py`): each category counts once, with the weight (data file,
`scoring.weights`) of its strongest finding; these rule points (capped at 100) and, when a
learned model is given, its log-odds make one score 0-100 whose band is read from the score
alone. A high-severity finding in a hard-block category (e.g. a crypto wallet, a changed bank
account) lifts the score into the high band.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace

from knowledge.scam.addressed import Addressing
from knowledge.scam.adjust import added_up, in_context
from knowledge.scam.advisory import MessageKind
from knowledge.scam.combos import ComboMatch, ComboMatcher
from knowledge.scam.context import ContextReader, MessageCues
from knowledge.scam.exchanged import as_exchanged
from knowledge.scam.excuses import Excuses
from knowledge.scam.finding import Finding
from knowledge.scam.forwarded import as_forwarded
from knowledge.scam.learned import LearnedScorer, length, quotes_a_reply
from knowledge.scam.learned_model import LearnedModel
from knowledge.scam.lure_text import Lure
from knowledge.scam.lures import asking_before, find_lures
from knowledge.scam.merge import merge, strongest_phrases
from knowledge.scam.names import named
from knowledge.scam.normalise import Message, message_fingerprint, normalise
from knowledge.scam.other_languages import OtherLanguages
from knowledge.scam.own_terms import as_own_terms
from knowledge.scam.patterns import PatternDetectors, PatternHit
from knowledge.scam.payees import Mismatch, mismatches
from knowledge.scam.phrase_index import Variant
from knowledge.scam.phrases import PhraseMatch, PhraseMatcher
from knowledge.scam.red_flags import Detector, RedFlags, Severity
from knowledge.scam.stance import Request, StanceReader
from knowledge.scam.terms import as_terms
from knowledge.scam.threats import Threat, ThreatReader
from knowledge.scam.typologies import Typology, nearest
from knowledge.scam.verdict import Bands, Risk, decide, driving_sentences, may_raise
from knowledge.scam.whole_words import quoted_span

__all__ = ["Finding", "Risk", "ScamScanner", "ScanResult", "message_fingerprint"]

_PAYEE_CATEGORY = "changed_bank_details"  # where a beneficiary that is not the company counts
_REQUEST_CATEGORY = "pressing_request"  # where a request with a hurry or a secret counts
_WIRE_CATEGORY = "unusual_transfer"  # where an executive's bare wire request counts
_OFFER_CATEGORY = "windfall_lure"  # where a stranger's offer of money counts
_NO_CUES = MessageCues(breaks=frozenset(), spots=[])  # what a message without matches needs


@dataclass(frozen=True, slots=True)
class ScanResult:
    """The verdict on one message: risk band, score 0-100 and findings, strongest first."""

    risk: Risk
    score: int
    findings: tuple[Finding, ...]
    fingerprint: str  # SHA-256 of the normalised text; what a store may keep instead of it
    rule_points: int = 0  # the rules' own points (0-100), before the learned part
    # The sentences (quoted from the original) that made the learned part raise the verdict
    # above what the rules alone gave; empty when it did not. Never stored.
    learned_quotes: tuple[str, ...] = ()
    learned_typology: Typology | None = None  # the kind of scam those sentences read like

    @property
    def blocking(self) -> bool:
        """Whether a hard-block finding is among the findings."""
        return any(finding.blocking for finding in self.findings)

    @property
    def categories(self) -> tuple[str, ...]:
        """Distinct category ids of the findings, strongest first."""
        return tuple(dict.fromkeys(finding.category for finding in self.findings))


class ScamScanner:
    """Scans messages against a red-flag knowledge base; build once, reuse for every message."""

    def __init__(self, flags: RedFlags, model: LearnedModel | None = None) -> None:
        self._flags = flags
        self._learned = LearnedScorer(model) if model is not None else None
        self._bands = Bands(flags.scoring.medium_at, flags.scoring.high_at)
        self._categories = {category.id: category for category in flags.categories}
        self._rules = {rule.detector: rule for rule in flags.detectors}
        self._excuses = Excuses(flags)
        self._context = ContextReader(flags.context)
        self._phrases = PhraseMatcher(flags, self._context)
        self._combos = ComboMatcher(flags)
        self._patterns = PatternDetectors(flags.domains, flags.context)
        self._languages = OtherLanguages(flags, self._finding)
        self._kind = MessageKind(flags.context)
        self._stance = StanceReader(flags.stance)
        self._addressing = Addressing(flags.addressed)
        self._threats = ThreatReader(flags.threats)
        self._ask_before = asking_before(flags.askers)

    @property
    def phrase_variants(self) -> tuple[Variant, ...]:
        """Every spelled-out phrase in the index (benchmarks compare against them)."""
        return self._phrases.variants

    @property
    def phrase_count(self) -> int:
        """Spelled-out phrase variants in the index."""
        return len(self._phrases.variants)

    def names_anyone(self, text: str) -> bool:
        """Whether `text` names a payee or a company, so that the chat's vetted suppliers
        could matter to its scan (without one, `scan(text, vetted)` equals `scan(text)`)."""
        return bool(named(text))

    def scan(self, text: str, vetted: Sequence[str] = ()) -> ScanResult:
        """The verdict on `text`, with findings quoting it exactly.

        `vetted` names the suppliers the chat vetted: a beneficiary or company in the message
        that is none of them is a finding.
        """
        message = normalise(text)
        phrases, combos = self._phrases.find(message), self._combos.find(message)
        spans = {(m.first, m.last) for m in phrases} | {(m.first, m.last) for m in combos}
        listed = frozenset(index for first, last in spans for index in range(first, last + 1))
        # Whether each stretch is refused or warned against: asked once per stretch (the
        # clause breaks and cue words are read only when there is a stretch to ask about).
        cues = self._context.read(message) if spans else _NO_CUES
        negated = {span: self._context.is_negated(message, *span, listed, cues) for span in spans}
        findings = [
            self._from_phrase(message, match)
            for match in strongest_phrases(phrases)
            if not negated[match.first, match.last]
            and self._counts(message, match.variant.category, (match.first, match.last), cues)
        ]
        findings.extend(
            self._from_combo(message, match)
            for match in combos
            if not negated[match.first, match.last]
            and not self._context.begins_not_negation(message.words, match.first)
            and self._counts(message, match.rule.category, (match.first, match.last), cues)
        )
        bank_rule = self._rules[Detector.BANK_DETAILS_CHANGED]
        bank_change = any(f.category == bank_rule.category for f in findings)
        bank_change = bank_change or self._context.talks_of_bank_change(message)
        hits = self._patterns.find(message, bank_change=bank_change)
        findings.extend(self._from_hit(text, hit) for hit in hits)
        findings.extend(self._languages.find(message))
        findings.extend(self._from_mismatch(text, found) for found in mismatches(text, vetted))
        stance = self._stance.read(message)
        findings.extend(self._from_request(message, request) for request in stance.requests)
        findings.extend(
            self._from_threat(message, threat) for threat in self._threats.find(message)
        )
        lures = find_lures(message.folded, self._ask_before)
        findings.extend(self._from_lure(message, lure) for lure in lures)
        context = self._flags.context
        findings = in_context(findings, message, self._kind, context.listed_why, stance.reported)
        findings = as_terms(findings, message)  # forwarded business terms (round 14)
        findings = as_forwarded(findings, message)  # forwarded mail, second pass (round 15)
        findings = as_exchanged(findings, message)  # the writer's own voice (round 17)
        findings = as_own_terms(findings, message)  # a seller's own terms (round 18)
        findings = added_up(self._addressing.gate(findings, message))
        ordered = merge(findings, text)
        points = self._points(ordered)
        blocking = any(finding.blocking for finding in ordered)
        learned = None
        if self._learned is not None:
            model, count = self._learned.model, length(message)
            # A quoted reply thread the alone power leaves to the rules: with no `raise_at`
            # nothing could raise it, so its encoder (most of the learned part's cost) is
            # not run for a log-odds no verdict reads.
            reply = model.alone_skips_replies and quotes_a_reply(message.folded)
            if may_raise(points, blocking, self._bands, model, count, reply):
                learned = (model, self._learned.score(message, count, reply))
        verdict = decide(points, blocking, self._bands, learned)
        quotes: tuple[str, ...] = ()
        typology = None
        if verdict.raised_by_learning and learned is not None:
            sentences = driving_sentences(message, learned[1])
            quotes = tuple(text[start:end] for (start, end), _ in sentences)
            words = [w for _, words in sentences for w in words]
            found = [finding.category for finding in ordered]
            typology = nearest(self._flags.typologies, words, found)
        digest = hashlib.sha256(message.normalised.encode("utf-8")).hexdigest()
        return ScanResult(
            risk=verdict.risk,
            score=verdict.score,
            findings=tuple(ordered),
            fingerprint=digest,
            rule_points=points,
            learned_quotes=quotes,
            learned_typology=typology,
        )

    def _counts(
        self, message: Message, category: str, span: tuple[int, int], cues: MessageCues
    ) -> bool:
        """A match that is not refused counts unless its category's excuses apply."""
        return not self._excuses.excuse(message, category, span, cues)

    def _finding(
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
    ) -> Finding:
        category = self._categories[category_id]
        start, end = span
        return Finding(
            category=category.id,
            title=category.title,
            severity=severity,
            blocking=category.hard_block and severity is Severity.HIGH,
            excerpt=text[start:end],
            start=start,
            end=end,
            why=why or category.why,
            what_to_do=category.what_to_do,
            evidence=evidence,
            similarity=similarity,
            advice=advice,
        )

    def _from_phrase(self, message: Message, match: PhraseMatch) -> Finding:
        variant = match.variant
        span = message.word_span(match.first, match.last)
        return self._finding(
            variant.category,
            variant.severity,
            span,
            message.original,
            evidence=variant.text,
            similarity=round(match.similarity),
        )

    def _from_combo(self, message: Message, match: ComboMatch) -> Finding:
        span = message.word_span(match.first, match.last)
        rule = match.rule
        return self._finding(
            rule.category, rule.severity, span, message.original, evidence=rule.text
        )

    def _from_request(self, message: Message, request: Request) -> Finding:
        span = message.word_span(request.first, request.last)
        category = _OFFER_CATEGORY if request.action == "offer" else _REQUEST_CATEGORY
        return self._finding(
            category,
            self._categories[category].severity,
            span,
            message.original,
            evidence=f"{request.action} + {request.hurry}",
        )

    def _from_threat(self, message: Message, threat: Threat) -> Finding:
        """An account threat or a bare request: medium, whatever the category's severity."""
        category = {"wire": _WIRE_CATEGORY, "windfall": _OFFER_CATEGORY}.get(
            threat.kind, _REQUEST_CATEGORY
        )
        span = quoted_span(message, threat.start, threat.end)
        return self._finding(
            category, Severity.MEDIUM, span, message.original, evidence=f"shape: {threat.kind}"
        )

    def _from_lure(self, message: Message, lure: Lure) -> Finding:
        span = quoted_span(message, lure.start, lure.end)
        evidence = f"shape: {lure.kind}"
        return self._finding(
            lure.category,
            lure.severity,
            span,
            message.original,
            evidence=evidence,
            why=lure.why,
            advice=lure.advice,
        )

    def _from_hit(self, text: str, hit: PatternHit) -> Finding:
        rule = self._rules[hit.detector]
        span = (hit.start, hit.end)
        found = self._finding(
            rule.category, rule.severity, span, text, evidence=hit.label, why=rule.why
        )
        return replace(found, from_detector=True)

    def _from_mismatch(self, text: str, found: Mismatch) -> Finding:
        """A payee or company that is not the one it should be, said with both names."""
        name, expected = found.name.name, found.expected
        if found.vetted:
            why = f"The message names {name}; you vetted {expected}."
        else:
            why = f"The money is to go to {name}, but the message names {expected} as the company."
        severity = Severity.HIGH if found.name.beneficiary else Severity.MEDIUM
        span = (found.name.start, found.name.end)
        made = self._finding(_PAYEE_CATEGORY, severity, span, text, evidence=name, why=why)
        return replace(made, from_detector=True)

    def _points(self, findings: list[Finding]) -> int:
        """Each category's strongest finding, weighed and summed, capped at 100."""
        weights = self._flags.scoring.weights
        strongest: dict[str, int] = {}
        for finding in findings:
            weight = weights[finding.severity]
            strongest[finding.category] = max(strongest.get(finding.category, 0), weight)
        return min(100, sum(strongest.values()))
