"""Shared, built-once objects for the scam-check tests: the shipped red flags and a scanner."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from knowledge.loader import load_knowledge
from knowledge.scam.learned_model import LearnedModel
from knowledge.scam.lures import asking_before, find_lures
from knowledge.scam.normalise import normalise
from knowledge.scam.red_flags import RedFlags
from knowledge.scam.scanner import Risk, ScamScanner, ScanResult

DATA = Path(__file__).parents[2] / "data"
EVAL_FILE = DATA / "scam_eval.yaml"


@cache
def red_flags() -> RedFlags:
    """The shipped red-flag knowledge base, validated by the loader."""
    return load_knowledge().get(RedFlags)


def lure_kinds(text: str) -> list[str]:
    """The kinds of scam shape `find_lures` reads in `text` (normalised as the scanner does),
    with the shipped askers."""
    folded = normalise(text).folded
    return [lure.kind for lure in find_lures(folded, asking_before(red_flags().askers))]


@cache
def scanner() -> ScamScanner:
    """One scanner for the whole test run, as the bot builds it once at start-up."""
    return ScamScanner(red_flags(), load_knowledge().get(LearnedModel))


def scan(text: str, vetted: tuple[str, ...] = ()) -> ScanResult:
    """Scan with the shared scanner (and the names of the chat's vetted suppliers)."""
    return scanner().scan(text, vetted)


def flagged(result: ScanResult) -> bool:
    """The evaluation rule: a message is called a scam when its risk is medium or high."""
    return result.risk is not Risk.LOW


def eval_messages(name: str = "scam_eval.yaml") -> list[dict[str, str]]:
    """A labelled set of messages from tests/data: the evaluation set unless named."""
    data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    return list(data["messages"])


@dataclass(frozen=True)
class Quality:
    """How the scanner's verdicts compare with the labels of a set of messages."""

    precision: float
    recall: float
    wrong: tuple[str, ...]  # ids of the messages it got wrong


def quality(messages: list[dict[str, str]]) -> Quality:
    """Precision and recall of "scam = risk medium or high" on labelled messages."""
    outcome: Counter[str] = Counter()
    wrong = []
    for message in messages:
        predicted, actual = flagged(scan(message["text"])), message["label"] == "scam"
        outcome[f"{'t' if predicted == actual else 'f'}{'p' if predicted else 'n'}"] += 1
        if predicted != actual:
            wrong.append(message["id"])
    flagged_count = outcome["tp"] + outcome["fp"]
    precision = outcome["tp"] / flagged_count if flagged_count else 0.0
    recall = outcome["tp"] / (outcome["tp"] + outcome["fn"])
    return Quality(precision, recall, tuple(wrong))


def honest_low(text: str) -> None:
    """The shipped check answers `text` low (round 14's honest look-alikes)."""
    result = scan(text)
    assert not flagged(result), [(f.category, f.excerpt) for f in result.findings]


def rules_low(text: str) -> None:
    """The rules alone answer `text` low: the learned part (rebuilt by the lead at merge, not
    changed in round 14) still raises a few written look-alikes on its own."""
    result = ScamScanner(red_flags()).scan(text)
    assert not flagged(result), [(f.category, f.excerpt) for f in result.findings]


def scam_raised(text: str, category: str, *, high: bool = False) -> None:
    """The shipped check raises `text` (high when asked) with a finding of `category`."""
    result = scan(text)
    assert result.risk is Risk.HIGH if high else flagged(result), result.risk
    assert category in result.categories, result.categories
