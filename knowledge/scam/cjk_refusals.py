"""Whether a match in Chinese, Japanese or Korean is refused or warned against in its own
clause (issue 15, round 22).

Owns one reading over the folded text (traditional Chinese is folded to simplified before it):
a match does not count when its clause says no to it or warns against it. In Chinese the no
stands before the thing refused: a plain negation ("不", "没", "未") right before it ("我们不
接受线下付款"), or a word that refuses or warns ("请勿", "切勿", "严禁", "禁止", "千万别",
"谨防", "拒绝") anywhere earlier in the clause ("切勿相信任何要求您线下付款的卖家"); a
negation that is about the platform itself ("不走平台", "不要通过平台") refuses nothing, it
is the move. In all three languages a warning may follow in the same sentence: a risk, a
fraud, a penalty, no protection ("私下交易风险极高", "线下付款不受平台保障", "アリババ外で
の支払いはお断りします", "알리바바 밖에서 결제하지 마세요"); a claim that there is no risk
("没有任何风险") is the scammer's, not a warning. `warns` reads a whole message that warns
about fraud ("温馨提示", "谨防", "诈骗"), unless the word is the sender vouching for itself
("我们不是骗子"). Pure: folded text in, a yes or no out.
"""

from __future__ import annotations

import re

from knowledge.scam.normalise import fold

_CLAUSE_END = re.compile(r"[,.!?;:\n。！？；：，]")  # not "、": "禁止私下交易、线下付款"
_SENTENCE_END = re.compile(r"[.!?\n。！？]")
_NEAR = 8  # characters before a match a plain negation may stand in
_AFTER = 40  # characters after a match searched for a warning, within its sentence
_PLAIN = ("不", "没有", "没", "未", "无需", "不会", "从不", "绝不")
# Plain negations that refuse nothing: an inconvenience, a thing one cannot do, "no longer".
_NOT_NEGATIONS = ("不便", "不方便", "不能收款", "无法", "不再", "不要告诉", "别告诉", "不多")
# Words that refuse or warn wherever they stand earlier in the clause.
_REFUSES = re.compile(
    r"请勿|切勿|勿|严禁|禁止|不得|不要|千万别|千万不要|别|谨防|警惕|提防|防范|当心|小心"
    r"|拒绝|不接受|不支持|不允许|不提供|避免|冒充|假冒|骗子|诈骗|所谓|举报"
)
# A negation about the platform itself ("不走平台", "不要通过信保") is the move, not a no;
# "别的" and "别人" are "other", not "don't".
_ABOUT_PLATFORM = re.compile(
    r"(?:不要?|别|不用|不必|无需)(?:再)?(?:走|通过|经过|用|在|使用)?(?:平台|信保|阿里|网站|站内)"
    r"|别的|别人|别家"
)
_WARNED_AFTER = re.compile(
    fold(
        # Chinese: a risk, a fraud, a penalty, no protection, your own loss.
        r"风险|骗|诈|违规|违法|处罚|封号|封店|扣分|被冻结|不受(?:平台)?(?:保护|保障)"
        r"|无保障|没有保障|得不到(?:保护|保障)|无法维权|不能维权|后果自负|自行承担|不予"
        r"|不允许|不被允许|禁止|不安全|上当|不负责|不承担|概不"
        # Japanese: please do not, forbidden, we decline, cannot, fraud, caution.
        r"|ないでください|ないで下さい|禁止|お断り|できません|致しません|いたしません"
        r"|しません|受け付けて(?:おり)?ません|詐欺|ご注意|注意して|危険"
        # Korean: do not, forbidden, not possible, caution, fraud, danger.
        r"|마세요|마십시오|말아 주|말아주|금지|불가|않습니다|않아요|주의|사기|위험"
    )[0]
)
# "No risk at all" is the scammer's promise, not a warning.
_SAFE_CLAIM = re.compile(r"(?:没有|没|无|零|不会有|不存在|毫无)(?:任何)?风险|放心|不是骗子")
_WARNS = re.compile(
    r"温馨提示|风险提示|安全提示|防骗|谨防|警惕|诈骗|骗子|骗局|不法分子|犯罪分子|冒充|受骗|上当"
)


def refused(folded: str, start: int, end: int, *, after: bool = True) -> bool:
    """Whether the match at `start`-`end` of `folded` is refused or warned against in its
    own clause (before it) or, with `after`, its sentence (after it: a reading whose own
    scams threaten a loss, "否则后果自负", asks only before)."""
    return _refused_before(folded, start) or (after and _warned_after(folded, end))


def warns(folded: str) -> bool:
    """Whether the message warns about fraud in Chinese (a notice, a tip, an explainer), not
    counting a sender's own "we are not swindlers"."""
    found = _WARNS.search(folded)
    return found is not None and _WARNS.search(_SAFE_CLAIM.sub("", folded)) is not None


def _refused_before(folded: str, start: int) -> bool:
    """A refusing word earlier in the clause, or a plain negation right before the match."""
    clause = folded[max(0, start - 60) : start]
    ends = list(_CLAUSE_END.finditer(clause))
    if ends:
        clause = clause[ends[-1].end() :]
    clause = _ABOUT_PLATFORM.sub("", clause)
    if _REFUSES.search(clause):
        return True
    near = clause[-_NEAR:]
    for cue in _PLAIN:
        at = near.rfind(cue)
        if at >= 0 and not any(near.startswith(n, at) for n in _NOT_NEGATIONS):
            return True
    return False


def _warned_after(folded: str, end: int) -> bool:
    """A warning later in the same sentence, once promises of no risk are taken out."""
    after = folded[end : end + _AFTER]
    stop = _SENTENCE_END.search(after)
    if stop is not None:
        after = after[: stop.start()]
    return _WARNED_AFTER.search(_SAFE_CLAIM.sub("", after)) is not None
