"""Round 22 (issue 15): a Chinese or Japanese seller asking to be paid off the platform is read
as the move and raised high, and a warning or refusal that names the same words ("请勿线下付款",
"私下交易风险极高") is not read at all, on written cases (`cjk_outside_cases.py`; a regression
test, not a quality figure)."""

from __future__ import annotations

import pytest

from knowledge.scam.cjk_refusals import refused, warns
from knowledge.scam.normalise import normalise
from knowledge.scam.outside_moves import read_outside_moves
from knowledge.scam.scanner import Risk
from tests.knowledge.scam.cjk_outside_cases import DEMANDS, WARNINGS
from tests.knowledge.scam.support import scan


def _span(folded: str, words: str) -> tuple[int, int]:
    start = folded.index(words)
    return start, start + len(words)


@pytest.mark.parametrize("kind", sorted(DEMANDS))
def test_a_demand_to_pay_off_the_platform_is_raised_high(kind: str) -> None:
    """Each demand is read in its language as paying off the platform, and answered high."""
    hits = read_outside_moves(normalise(DEMANDS[kind]).folded)
    assert [hit.category for hit in hits] == ["untraceable_payment"]
    assert hits[0].language == ("Japanese" if kind == "Japanese" else "Chinese")
    result = scan(DEMANDS[kind])
    assert result.risk is Risk.HIGH, result.findings


@pytest.mark.parametrize("kind", sorted(WARNINGS))
def test_a_warning_or_refusal_naming_the_move_stays_low(kind: str) -> None:
    """A warning or a refusal names the move; nothing in it is read, and it stays low."""
    assert read_outside_moves(normalise(WARNINGS[kind]).folded) == []
    result = scan(WARNINGS[kind])
    assert result.risk is Risk.LOW, result.findings


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("我们不接受线下付款", "线下付款"),  # a plain negation right before
        ("切勿相信任何要求您线下付款的卖家", "线下付款"),  # a refusing word earlier in the clause
        ("私下交易风险极高", "私下交易"),  # a warning after, in the sentence
        ("アリババ外でのお支払いはお断りします", "アリハハ外"),  # folded: dakuten come off
        ("알리바바 밖에서 결제하지 마세요", "알리바바 밖에서"),
    ],
)
def test_a_refusal_or_warning_in_the_clause_is_read(text: str, words: str) -> None:
    """Before the match in its clause, or after it in its sentence."""
    folded = normalise(text).folded
    assert refused(folded, *_span(folded, words))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("不走平台直接线下付款", "线下付款"),  # "not through the platform" is the move itself
        ("别的买家都线下付款", "线下付款"),  # "别的" is "other", not "don't"
        ("请勿汇款给陌生人，本单请线下付款", "线下付款"),  # the refusal is in another clause
        ("线下付款没有任何风险", "线下付款"),  # "no risk" is the seller's promise
    ],
)
def test_what_refuses_nothing_is_not_read_as_a_refusal(text: str, words: str) -> None:
    """A negation of the platform, "other", another clause's refusal, a promise of no risk."""
    folded = normalise(text).folded
    assert not refused(folded, *_span(folded, words))


def test_a_loss_threatened_after_a_demand_does_not_refuse_it_when_only_before_counts() -> None:
    """ "否则后果自负" after a demand is a threat; readings other than off-platform ask only
    before the match, so it keeps the demand."""
    folded = normalise("请汇款至以下新账户，否则后果自负。").folded
    assert not refused(folded, *_span(folded, "新账户"), after=False)
    assert scan("请汇款至以下新账户，否则后果自负。").risk is not Risk.LOW


def test_a_fraud_notice_warns_but_a_sender_vouching_for_itself_does_not() -> None:
    assert warns(normalise("温馨提示：谨防诈骗。").folded)
    assert not warns(normalise("我们不是骗子，请放心。").folded)
