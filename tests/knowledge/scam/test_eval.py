"""Quality of the scam check on the labelled evaluation set of supplier messages."""

from __future__ import annotations

from collections import Counter

from tests.knowledge.scam.support import eval_messages, quality, scan


def test_evaluation_set_is_large_and_balanced() -> None:
    """At least 60 messages, with at least 25 scams and 25 legitimate ones, ids unique."""
    messages = eval_messages()
    labels = Counter(message["label"] for message in messages)
    assert len(messages) >= 60
    assert labels["scam"] >= 25
    assert labels["legit"] >= 25
    assert set(labels) == {"scam", "legit"}
    assert len({message["id"] for message in messages}) == len(messages)


def test_precision_and_recall_reach_ninety_percent() -> None:
    """Scam means risk medium or high; both precision and recall must be at least 0.9."""
    result = quality(eval_messages())
    assert result.precision >= 0.9, result
    assert result.recall >= 0.9, result


def test_every_finding_quotes_the_original_text() -> None:
    """On every evaluation message, each excerpt is exactly original[start:end]."""
    for message in eval_messages():
        text = message["text"]
        for finding in scan(text).findings:
            assert 0 <= finding.start < finding.end <= len(text)
            assert text[finding.start : finding.end] == finding.excerpt
