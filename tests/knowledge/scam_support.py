"""Shared, built-once objects for the scam-check tests: the shipped red flags and a scanner."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from knowledge.loader import load_knowledge
from knowledge.red_flags import RedFlags
from knowledge.scam import Risk, ScamScanner, ScanResult

EVAL_FILE = Path(__file__).parents[1] / "data" / "scam_eval.yaml"


@cache
def red_flags() -> RedFlags:
    """The shipped red-flag knowledge base, validated by the loader."""
    return load_knowledge().get(RedFlags)


@cache
def scanner() -> ScamScanner:
    """One scanner for the whole test run, as the bot builds it once at start-up."""
    return ScamScanner(red_flags())


def scan(text: str) -> ScanResult:
    """Scan with the shared scanner."""
    return scanner().scan(text)


def flagged(result: ScanResult) -> bool:
    """The evaluation rule: a message is called a scam when its risk is medium or high."""
    return result.risk is not Risk.LOW


def eval_messages() -> list[dict[str, str]]:
    """The labelled evaluation set."""
    data = yaml.safe_load(EVAL_FILE.read_text(encoding="utf-8"))
    return list(data["messages"])
