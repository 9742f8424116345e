"""Round 22's two kinds an importing business meets in Korean and Chinese that the rules
missed (issue 15; the development data's newest batches).

Owns two readings over the folded text, each gated on a literal first:
(1) Korean: a "customs tax collection" text ("[관세징수과]입니다. 수입세금 924,699원 미납",
"[통관세금미납안내] 금일 미납시 민·형사소송 예정"): a tax or duty named, said to be unpaid
(미납, 체납, 연체), and pressed with a collection, a seizure, a lawsuit, a sum in won or a
request to pay. The Korea Customs Service's own warnings (관세청, 대구본부세관) say customs
never texts about unpaid duty, threatens lawsuits by SMS or asks for money on a number in a
message: duty is assessed on the import declaration and paid through the official payment
service. A high finding with the fake-official what-to-do. Its Japanese form is an e-mail: a tax
unpaid (未納, 滞納) and a seizure (差押) threatened ("【e-Tax】税金未納に関する重要なお知らせ");
the National Tax Agency warns that it sends no such e-mail.
(2) Chinese (simplified, and traditional as folded): an executive's request to create a chat
group for the accountant or finance staff only, or to send its QR code back ("建立一個只有
會計在內的LINE群組 … 群組QR Code回復至此信箱", "請另行建立一個僅限會計加入的LINE群組"): the
first move of the fake-president fraud the police write up (the transfer request follows in
the group), as the Japanese and Korean readings already read it. Medium, like theirs.
A message that warns about these very tricks, or reports a case (a police write-up, a news
story: 사칭, 주의, 피싱; 诈骗, 警方, 某), reads nothing. Pure: folded text in, hits out.
"""

from __future__ import annotations

import re

from knowledge.scam import cjk_refusals, own_advice
from knowledge.scam.folded_hit import FoldedHit
from knowledge.scam.normalise import fold
from knowledge.scam.red_flags import Severity

_FIRST = 3_000  # characters read: both moves are short texts

# (1) Korean: a tax named, unpaid, and pressed.
_KO_UNPAID_CUES = ("미납", "체납", "연체")
_KO_TAX = re.compile(r"관세|세금|소득세|부가세|국세|지방세|세액")
_KO_UNPAID = re.compile(r"미납|체납|연체")
_KO_PRESS = re.compile(r"징수|압류|소송|법적 ?조치|고발|형사|납부 ?바랍|납부하|\d[\d,]{3,} ?원")
_KO_WARNS = re.compile(r"사칭|주의|조심|유의|예방|수법|사기|피싱|스미싱|보이스피싱|절대|신고|기자")

# (1, Japanese) The same demand as an e-mail: a tax unpaid and a seizure threatened. Folded
# like the messages (traditional-looking kanji come out simplified: 未納 -> 未纳).
_JA_UNPAID = re.compile(fold(r"未納|滞納")[0])
_JA_TAX = re.compile(fold(r"税|延滞金|滞納金")[0])
_JA_SEIZE = re.compile(fold(r"差押|差し押")[0])
_JA_WARNS = re.compile(fold(r"詐欺|注意|なりすまし|不審|装った|送信しておりません|ご相談")[0])

# (2) Chinese: a group to create, closed to finance staff or its QR code sent back.
_ZH_GROUP_CUES = ("群",)
# A line break may fall between the chat's name and the group ("LINE\n[群組QR code]").
_ZH_GROUP = re.compile(r"(?:建立|创建|新建|建一个|建个|拉一个|组建)[^,.!?;。]{0,16}?(?:群组|群)")
_ZH_CLOSED = re.compile(
    r"(?:只有|只让|仅限|仅|只拉)[^,.!?;\n。]{0,8}?(?:会计|财务|出纳)"
    r"|(?:会计|财务|出纳)[^,.!?;。]{0,6}?(?:line|qq|微信|钉钉)?\s?\[?群"
    r"|qr ?code|二维码|勿邀请|不要(?:拉|邀请)"
)
_ZH_REPORT = re.compile(r"某|民警|警方|报警|报案|被骗|受害|嫌疑人|案件|接到")

KO_TAX_WHY = (
    "A text saying you owe unpaid customs or income tax, with a sum and a threat of "
    "collection or a lawsuit, is a fake official: customs and tax offices do not chase unpaid "
    "duty by SMS or ask you to call a number in a message; duty is assessed on the import "
    "declaration and paid through the official payment service."
)
JA_TAX_WHY = (
    "An e-mail saying your tax is unpaid and your property will be seized is a fake tax "
    "office: the tax office does not threaten seizure by e-mail or take payment through a "
    "link in one."
)
ZH_GROUP_WHY = (
    "An executive's message asking staff to create a chat group for the accountant or "
    "finance staff only, or to send its QR code back, is how the fake-president fraud "
    "starts: the transfer request follows in the group. Ask the executive in person or on a "
    "number you already have."
)


def read_asian_demands(folded: str) -> list[FoldedHit]:
    """A Korean or Japanese unpaid-tax demand, or a Chinese finance-only chat group."""
    if folded.isascii():
        return []
    text = folded[:_FIRST]
    readings = (_ko_unpaid_tax(text), _ja_unpaid_tax(text), _zh_finance_group(text))
    return [hit for hit in readings if hit]


def _ko_unpaid_tax(text: str) -> FoldedHit | None:
    """A tax named, said to be unpaid and pressed, in a text that warns of nothing."""
    if not any(cue in text for cue in _KO_UNPAID_CUES):
        return None
    unpaid = _KO_UNPAID.search(text)
    if unpaid is None or _KO_TAX.search(text) is None or _KO_PRESS.search(text) is None:
        return None
    if _KO_WARNS.search(text):
        return None
    return FoldedHit(
        "fake_notice", Severity.HIGH, *unpaid.span(), "Korean", "unpaid tax to collect",
        KO_TAX_WHY, own_advice.OFFICIAL,
    )  # fmt: skip


def _ja_unpaid_tax(text: str) -> FoldedHit | None:
    """A tax said to be unpaid and a seizure threatened, in a text that warns of nothing."""
    unpaid = _JA_UNPAID.search(text)
    if unpaid is None or _JA_TAX.search(text) is None or _JA_SEIZE.search(text) is None:
        return None
    if _JA_WARNS.search(text):
        return None
    return FoldedHit(
        "fake_notice", Severity.HIGH, *unpaid.span(), "Japanese", "unpaid tax to collect",
        JA_TAX_WHY, own_advice.TAX,
    )  # fmt: skip


def _zh_finance_group(text: str) -> FoldedHit | None:
    """A group to create, closed to finance staff or its QR code asked, not refused, in a
    message that neither warns nor reports a case."""
    if not any(cue in text for cue in _ZH_GROUP_CUES):
        return None
    group = _ZH_GROUP.search(text)
    if group is None or _ZH_CLOSED.search(text) is None:
        return None
    if cjk_refusals.refused(text, *group.span(), after=False) or cjk_refusals.warns(text):
        return None
    if _ZH_REPORT.search(text):
        return None
    return FoldedHit(
        "pressing_request", Severity.MEDIUM, *group.span(), "Chinese", "finance-only chat group",
        ZH_GROUP_WHY,
    )  # fmt: skip
