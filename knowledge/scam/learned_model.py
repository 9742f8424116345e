"""The shipped learned scorer's shape and its log-odds: what `data/scam_model.yaml` holds.

Owns `LearnedModel` (bucket weights of hashed features, the encoder's weights, the thresholds
the build script chose on predictions held out by source), `LearnedScore` (one message's
log-odds and the sentences that drove it) and the logistic function. Built by
`scripts/build_scam_model.py`; scored by `learned.LearnedScorer`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from pydantic import Field, model_validator

from knowledge.base import Frozen
from knowledge.scam.encoder import DIMS

Buckets = Literal[65536, 131072, 262144, 524288]


class LearnedModel(Frozen):
    """The shipped learned scorer and its threshold (`data/scam_model.yaml`)."""

    as_of: date
    source: str = Field(min_length=10)  # what it was trained on and the script that built it
    features: Literal["words", "chars"]
    buckets: Buckets
    bias: float
    weights: dict[Annotated[int, Field(ge=0)], float] = Field(min_length=10)
    # Log-odds from which the learned part raises to medium a message the rules found a weak
    # sign in, and (`alone_at`) one they found nothing in: chosen by the build script on
    # predictions held out by source, for precision. None: the learned part may not do it,
    # because, by folds by source, doing it made the check worse (bench/README.md).
    raise_at: float | None
    alone_at: float | None = None
    # The alone power reads messages of at least this many words: the real data it learned
    # from holds almost no short honest message, so on a one-liner its log-odds mean little.
    alone_min_words: int = Field(default=0, ge=0)
    # ... and a shorter message (one that quotes no reply) only from this higher log-odds,
    # chosen so that both together keep to `alone_at`'s false-alarm budget (round 21). None:
    # a short message is left to the rules.
    alone_short_at: float | None = None
    # It reads a message's first `read_words` words (all when None): the longest message it
    # learned from has about 320, so what lies beyond was never part of what it knows, and a
    # 4,096-character message costs half as much to score (issue 15, round 10).
    read_words: int | None = Field(default=None, ge=1)
    # Header labels opening a line ("Subject:") are left out of what it reads (round 12).
    skip_headers: bool = False
    # The alone power leaves a quoted reply thread to the rules (`quotes_a_reply`, round 17).
    alone_skips_replies: bool = False
    # The candidate thresholds the build script chose, kept for the record when the
    # out-of-fold figures switched them off.
    raise_at_candidate: float | None = None
    alone_at_candidate: float | None = None
    alone_short_at_candidate: float | None = None
    # The sentence encoder's part (`encoder.py`, round 19): one weight per number of the
    # encoder's vector, which the model learned multiplied by `encoder_scale`. None: the
    # character features alone.
    encoder: Literal["use-multilingual-v3"] | None = None
    encoder_weights: tuple[float, ...] | None = None
    encoder_scale: float = Field(default=0.5, gt=0)

    @model_validator(mode="after")
    def _encoder_complete(self) -> LearnedModel:
        if (self.encoder is None) != (self.encoder_weights is None):
            raise ValueError("encoder and encoder_weights go together")
        if self.encoder_weights is not None and len(self.encoder_weights) != DIMS:
            raise ValueError(f"encoder_weights needs {DIMS} numbers")
        return self

    @model_validator(mode="after")
    def _short_above_alone(self) -> LearnedModel:
        if self.alone_short_at is None:
            return self
        if self.alone_at is None or self.alone_short_at < self.alone_at:
            raise ValueError("alone_short_at needs alone_at, and is not below it")
        return self

    @property
    def raises(self) -> bool:
        """Whether the learned part may raise any verdict at all."""
        return self.raise_at is not None or self.alone_at is not None


@dataclass(frozen=True, slots=True)
class LearnedScore:
    """The learned part's view of one message."""

    logit: float  # the model's log-odds that the message is a scam
    sentences: tuple[tuple[int, float], ...]  # (sentence number, its weight), strongest first
    words: int = 0  # its length in words (`learned.length`): too short for the alone power?
    reply: bool = False  # a quoted reply thread the alone power leaves to the rules


def sigmoid(value: float) -> float:
    """The logistic function, safe for large values."""
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    small = math.exp(value)
    return small / (1.0 + small)
