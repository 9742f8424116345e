"""The scam check's one verdict: rule findings and the learned score on one 0-100 scale.

Owns turning what the rules found and what the learned model thinks into a score and a band
that always agree: the band is read from the score alone (`medium_at`, `high_at` of the data
file), and a hard-block finding (a crypto wallet, a changed bank account) lifts the score to
the high band instead of overriding a low number. The score is the rule points (each
category's strongest finding, summed, capped at 100), which the learned part may raise into
the medium band (`decide`). Also picks the sentences that drove the learned part, to be
quoted. It must not match words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from knowledge.scam.learned_model import LearnedModel, LearnedScore, sigmoid
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


def may_raise(
    rule_points: int,
    blocking: bool,
    bands: Bands,
    model: LearnedModel,
    words: int,
    reply: bool = False,
) -> bool:
    """Whether the learned part could change this verdict (so is worth computing): `reply`,
    whether the message is a quoted reply thread the alone power leaves to the rules
    (`LearnedScore.reply`), known before the model, and its encoder, run."""
    if blocking or rule_points >= bands.medium_at:
        return False
    return _threshold(rule_points, model, words, reply) is not None


def _threshold(
    rule_points: int, model: LearnedModel, words: int, reply: bool = False
) -> float | None:
    """The log-odds from which the model raises this message: `alone_at` for any message
    the rules left low that has at least `alone_min_words` words and quotes no reply thread,
    the higher `alone_short_at` for a shorter one, the lower `raise_at` too when the rules
    found a sign in it."""
    if reply:
        alone = None
    elif words >= model.alone_min_words:
        alone = model.alone_at
    else:
        alone = model.alone_short_at
    found = [alone, model.raise_at if rule_points else None]
    allowed = [threshold for threshold in found if threshold is not None]
    return min(allowed) if allowed else None


def decide(
    rule_points: int,
    blocking: bool,
    bands: Bands,
    learned: tuple[LearnedModel, LearnedScore] | None,
) -> Verdict:
    """One score and its band from the rule points, a hard-block finding and the model.

    The rules set the score. The learned part can only raise it, and only to the medium band:
    a message of at least `alone_min_words` words whose learned log-odds reach the model's
    `alone_at`, a shorter one whose log-odds reach its `alone_short_at` (or, when the rules
    found at least a weak sign in it, any message whose log-odds reach its `raise_at`)
    scores at least `medium_at`, more the surer the model is,
    but below `high_at`. It never lowers a score.
    Either threshold is None when, by folds by source, using it made the check worse; then
    the learned part raises nothing (bench/README.md has the figures).
    """
    score = max(rule_points, bands.high_at) if blocking else rule_points
    risk = bands.risk(score)
    if learned is None or risk is not Risk.LOW:
        return Verdict(score, risk, raised_by_learning=False)
    model, found = learned
    threshold = _threshold(rule_points, model, found.words, found.reply)
    if threshold is None or found.logit < threshold:
        return Verdict(score, risk, raised_by_learning=False)
    # Surer means higher within the medium band: one log-odd above the threshold is a third
    # of the way up.
    room = bands.high_at - 1 - bands.medium_at
    lifted = bands.medium_at + round(room * (1 - sigmoid(threshold - found.logit)) * 2 / 3)
    return Verdict(max(score, lifted), Risk.MEDIUM, raised_by_learning=True)


def driving_sentences(
    message: Message, score: LearnedScore
) -> list[tuple[tuple[int, int], list[str]]]:
    """The (at most two) sentences that pushed the learned score up: each one's span in the
    original text and its normalised words."""
    found: list[tuple[tuple[int, int], list[str]]] = []
    for sentence, weight in score.sentences[:_QUOTED]:
        if weight < _MIN_SENTENCE_WEIGHT:
            break
        words = [i for i, number in enumerate(message.sentence) if number == sentence]
        if words:
            span = message.word_span(words[0], words[-1])
            found.append((span, [message.words[i] for i in words]))
    return found
