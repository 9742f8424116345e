"""The scam check's one verdict: rule findings and the learned score on one 0-100 scale.

Owns turning what the rules found and what the learned model thinks into a score and a band
that always agree: the band is read from the score alone (`medium_at`, `high_at`), and a
hard-block finding (a crypto wallet, a changed bank account) lifts the score to the high band
instead of overriding a low number. Without a learned model the score is the rule points
(each category's strongest finding, summed, capped at 100) on the data file's bands. Also
picks the sentences that drove the learned part, to be quoted. It must not match words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from knowledge.scam.learned import LearnedModel, LearnedScore, sigmoid
from knowledge.scam.normalise import Message

_QUOTED = 2  # sentences quoted when the learned part raises the verdict
_MIN_SENTENCE_WEIGHT = 0.3  # a sentence weighing less than this drove nothing


class Risk(StrEnum):
    """The verdict on a message (stable values: they are stored with each scan)."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


@dataclass(frozen=True, slots=True)
class Bands:
    """Scores (0-100) from which the risk is medium and high."""

    medium_at: int
    high_at: int

    def risk(self, score: int) -> Risk:
        if score >= self.high_at:
            return Risk.HIGH
        return Risk.MEDIUM if score >= self.medium_at else Risk.LOW


@dataclass(frozen=True, slots=True)
class Verdict:
    """The score, its band, and whether the learned part is what raised it."""

    score: int
    risk: Risk
    raised_by_learning: bool  # the rules alone would have given a lower band


def decide(
    rule_points: int,
    blocking: bool,
    rule_bands: Bands,
    learned: tuple[LearnedModel, LearnedScore] | None,
) -> Verdict:
    """One score and its band from the rule points, a hard-block finding and the model."""
    rules_score = max(rule_points, rule_bands.high_at) if blocking else rule_points
    rules_risk = rule_bands.risk(rules_score)
    if learned is None:
        return Verdict(rules_score, rules_risk, raised_by_learning=False)
    model, score = learned
    mix = model.combination
    z = (
        mix.learned * score.logit
        + mix.rules * rule_points / 100
        + mix.blocking * blocking
        + mix.bias
    )
    bands = Bands(model.medium_at, model.high_at)
    combined = round(100 * sigmoid(z))
    if blocking:
        combined = max(combined, bands.high_at)
    risk = bands.risk(combined)
    order = {Risk.LOW: 0, Risk.MEDIUM: 1, Risk.HIGH: 2}
    return Verdict(combined, risk, raised_by_learning=order[risk] > order[rules_risk])


def driving_sentences(message: Message, score: LearnedScore) -> list[tuple[int, int]]:
    """Original-text spans of the (at most two) sentences that pushed the learned score up."""
    spans: list[tuple[int, int]] = []
    for sentence, weight in score.sentences[:_QUOTED]:
        if weight < _MIN_SENTENCE_WEIGHT:
            break
        words = [i for i, number in enumerate(message.sentence) if number == sentence]
        if words:
            spans.append(message.word_span(words[0], words[-1]))
    return spans
