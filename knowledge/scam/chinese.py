"""Red flags written in Chinese (simplified): patterns per category, refused ones dropped.

Chinese has no spaces, so the word matchers see a whole clause as one "word"; this matcher
runs each category's `zh_patterns` (regular expressions from the data file) over the folded
text instead. A match counts unless its clause refuses or warns before it ("请勿汇入新账户",
"谨防所谓的账户变更"): a negation or warning character sequence in the same clause, shortly
before the match. A how-to page on changing one's own account announces no new payee.
Traditional characters are folded to simplified ones before this runs (`normalise.py`).
It returns spans in the folded text; the scanner maps them to the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.scam.red_flags import RedFlags, Severity

_CLAUSE_END = re.compile(r"[，。！？；,.!?;\n]")
_REACH = 8  # characters before a match a negation may stand in
_NEGATIONS = (
    "不", "没有", "没", "未", "勿", "别", "绝不", "从不", "无需", "不会", "谨防", "警惕",
    "提防", "防范", "冒充", "假冒", "骗子", "诈骗", "所谓",
)  # fmt: skip
_NOT_NEGATIONS = ("不便", "不方便", "不能收款", "无法", "不再", "不要告诉", "别告诉", "不多")
_HAS_CJK = re.compile(r"[\u3400-\u9fff]")
# A how-to page about changing one's own payout account ("如何更改提领账户" + the steps to
# apply): it explains the procedure to the account holder, it does not announce a new payee.
# A marketplace's own change procedure (流程/规范: a stamped letter, the company's own account
# only; issue 15 round 16) is one too, so long as it tells nobody to pay into an account.
_HOW_TO = re.compile(r"如何|怎么|怎样|流程|规范")
_STEPS = re.compile(r"步骤|操作|申请|如需|如果")
_PAY_INTO = re.compile(r"[汇转付打存][款账帐]?[至到入]|支付[至到]")
_OWN_ACCOUNT_PROCEDURE = "changed_bank_details"


@dataclass(frozen=True, slots=True)
class ChineseHit:
    """A Chinese red flag: its category, severity and span in the folded text."""

    category: str
    severity: Severity
    start: int
    end: int
    pattern: str


class ChineseMatcher:
    """Every category's Chinese patterns, compiled once."""

    def __init__(self, flags: RedFlags) -> None:
        self._patterns = [
            (category.id, category.severity, re.compile(pattern), pattern)
            for category in flags.categories
            for pattern in category.zh_patterns
        ]

    def find(self, folded: str) -> list[ChineseHit]:
        """The unrefused matches in `folded` (nothing at all for text without Chinese)."""
        if not self._patterns or folded.isascii() or _HAS_CJK.search(folded) is None:
            return []
        hits: list[ChineseHit] = []
        for category, severity, pattern, source in self._patterns:
            for match in pattern.finditer(folded):
                if not _refused(folded, match.start()):
                    hits.append(ChineseHit(category, severity, *match.span(), source))
        # Asked only when an account change was read: most messages never pay for it.
        if any(hit.category == _OWN_ACCOUNT_PROCEDURE for hit in hits) and _how_to(folded):
            hits = [hit for hit in hits if hit.category != _OWN_ACCOUNT_PROCEDURE]
        return hits


def _how_to(folded: str) -> bool:
    """A how-to page: "how" (or a procedure) and the steps to apply, paying into nothing."""
    return (
        _HOW_TO.search(folded) is not None
        and _STEPS.search(folded) is not None
        and _PAY_INTO.search(folded) is None
    )


def _refused(folded: str, start: int) -> bool:
    """A negation or warning in the same clause, at most `_REACH` characters before."""
    window = folded[max(0, start - _REACH) : start]
    ends = list(_CLAUSE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    for cue in _NEGATIONS:
        at = window.rfind(cue)
        if at >= 0 and not any(window.startswith(n, at) for n in _NOT_NEGATIONS):
            return True
    return False
