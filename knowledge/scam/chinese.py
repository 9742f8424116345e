"""Red flags written in Chinese (simplified): patterns per category, refused ones dropped.

Chinese has no spaces, so the word matchers see a whole clause as one "word"; this matcher
runs each category's `zh_patterns` (regular expressions from the data file) over the folded
text instead. A match counts unless its clause refuses or warns before it ("请勿汇入新账户",
"谨防所谓的账户变更"; round 22: `cjk_refusals.py`, a refusing word anywhere earlier in the
clause, a plain negation shortly before), or, for a move off the platform, a warning follows
it in its sentence ("私下交易风险极高"). A how-to page on changing one's own account
announces no new payee.
Traditional characters are folded to simplified ones before this runs (`normalise.py`).
It returns spans in the folded text; the scanner maps them to the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.scam.cjk_refusals import refused
from knowledge.scam.red_flags import RedFlags, Severity

_HAS_CJK = re.compile(r"[\u3400-\u9fff]")
# A how-to page about changing one's own payout account ("如何更改提领账户" + the steps to
# apply): it explains the procedure to the account holder, it does not announce a new payee.
# A marketplace's own change procedure (流程/规范: a stamped letter, the company's own account
# only; issue 15 round 16) is one too, so long as it tells nobody to pay into an account.
_HOW_TO = re.compile(r"如何|怎么|怎样|流程|规范")
_STEPS = re.compile(r"步骤|操作|申请|如需|如果")
_PAY_INTO = re.compile(r"[汇转付打存][款账帐]?[至到入]|支付[至到]")
_OWN_ACCOUNT_PROCEDURE = "changed_bank_details"
# Categories whose moves a warning may name first and judge after ("私下交易风险极高"); the
# others' own scams threaten a loss after the demand ("否则后果自负"), so only before counts.
_WARNED_AFTER = frozenset({"off_platform_contact"})


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
                after = category in _WARNED_AFTER  # a warning may follow the move it names
                if not refused(folded, *match.span(), after=after):
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
