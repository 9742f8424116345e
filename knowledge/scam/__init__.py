"""The scam check: red-flag data, the scanner that finds them, and what is remembered.

Pure domain code: the red-flag catalogue (`red_flags`, `typologies`), the learned scorer
(`learned`, `learned_model`, the sentence `encoder`) and the one verdict (`verdict`), text
normalisation and the matchers
(`normalise`, `phrases`, `phrase_index`, `combos`, `patterns`, `links`, `context`,
`excuses`, `lexicon`, `chinese`, `names`), the reading of a whole message (`advisory`,
`adjust`), the scanner that scores a message (`scanner`) and the scan history
port (`ports`). This face is what other layers import.
"""

from __future__ import annotations

from knowledge.scam.learned_model import LearnedModel
from knowledge.scam.ports import ScanRecord, ScanStore
from knowledge.scam.red_flags import RedFlags, Severity
from knowledge.scam.scanner import Finding, Risk, ScamScanner, ScanResult
from knowledge.scam.typologies import Typology

__all__ = [
    "Finding",
    "LearnedModel",
    "RedFlags",
    "Risk",
    "ScamScanner",
    "ScanRecord",
    "ScanResult",
    "ScanStore",
    "Severity",
    "Typology",
]
