"""Two moves a buyer meets in other languages that the rules read only in English and Chinese
(issue 15, round 20): paying OUTSIDE the marketplace, and a customs DEPOSIT to release goods.

Owns two readings over the folded text, in Spanish, Portuguese, French, Italian, German,
Dutch, Polish, Turkish, Russian, Vietnamese, Indonesian, Korean and Arabic:
(1) a payment to be made outside the platform the order is on ("hacemos el pago fuera de
Alibaba", "ödemeyi Alibaba dışında yaparız"): the seller gives up the platform's protection,
which is the point (Alibaba's own safety pages: pay only through the order, Trade
Assurance covers nothing paid outside it); the platform named, a word for outside next to it
and a payment word are all needed;
(2) goods held at customs until a DEPOSIT is paid ("depósito de despacho", "Zollkaution",
"gümrük teminatı"), asked of the reader: the advance-fee move of fake forwarders and fake
customs agents. Real duties are assessed on the import declaration and paid to customs or
through the carrier's own invoice, not as a refundable deposit wired to an agent, so the
word for a deposit is what tells them apart; a carrier's duty notice with no deposit stays
low.
A warning, refusal or explainer in the message keeps both low (`european_notices.WARNS` and
`new_account`'s warnings in the other languages).
Round 22: (1) is read in Chinese (simplified, and traditional as folded) and Japanese too
("请您线下付款", "私下交易吧，直接打款给我", "アリババ外でのお支払いをお願いします"), where no
platform need be named; a refusal or warning in its clause or sentence ("请勿线下付款",
"私下交易风险极高", "お断りします": `cjk_refusals.py`) or a fraud notice in the message keeps it
low; a Korean refusal after the move ("결제하지 마세요") too. Speed: literal cue words gate
each reading. Pure: folded text in, hits out.
"""

from __future__ import annotations

import re

from knowledge.scam import cjk_refusals
from knowledge.scam.european_notices import WARNS, folded_pattern, gated_pattern
from knowledge.scam.folded_hit import FoldedHit
from knowledge.scam.new_account import ASK, PAY, WARNS_MORE
from knowledge.scam.normalise import fold
from knowledge.scam.red_flags import Severity

_PLATFORM_CUES = tuple(
    fold(cue)[0]
    for cue in (
        "alibaba", "aliexpress", "1688", "made-in-china", "global sources", "dhgate",
        "알리바바", "플랫폼",  # round 22: Korean names them in Hangul
    )
)  # fmt: skip
_OUTSIDE = gated_pattern(
    r"(?P<spanish>fuera de(?:l| la)? (?:plataforma|alibaba|aliexpress|1688|sitio))"
    r"|(?P<portuguese>fora d[oa] (?:plataforma|alibaba|aliexpress|1688|site))"
    r"|(?P<french>en dehors (?:de la plateforme|d'alibaba|d'aliexpress|du site)"
    r"|hors (?:de la )?plateforme|hors (?:d')?alibaba)"
    r"|(?P<italian>fuori (?:dalla piattaforma|da alibaba|da aliexpress|dal sito))"
    r"|(?P<german>außerhalb (?:der plattform|von alibaba|von aliexpress|alibabas|der seite))"
    r"|(?P<dutch>buiten (?:het platform|alibaba|aliexpress|de site))"
    r"|(?P<polish>poza (?:platformą|alibaba|aliexpress|serwisem))"
    r"|(?P<turkish>(?:platform|alibaba|aliexpress|site)\w* dışında)"
    r"|(?P<russian>(?:вне|минуя|в обход) (?:платформ\w*|alibaba|aliexpress|сайт\w*))"
    r"|(?P<vietnamese>(?:bên )?ngoài (?:nền tảng|alibaba|aliexpress|sàn))"
    r"|(?P<indonesian>di luar (?:platform|alibaba|aliexpress|situs))"
    r"|(?P<korean>(?:플랫폼|알리바바|alibaba|aliexpress) (?:밖|외부))"
    r"|(?P<arabic>خارج (?:المنصة|alibaba|علي بابا))"
)

# A refusal just before "outside the platform" ("no aceptamos pagos fuera de ..."), or after
# it in Turkish ("Alibaba dışında ödeme kabul etmiyoruz"): the seller's own rule, not a move.
_REFUSED_BEFORE = folded_pattern(
    r"(?:\bno (?:\w+ )?(?:acept|admit|hac|realiz|trabaj|permit|pag|recib)|nunca|não|\bne\b"
    r"|n'|nicht|kein|niet\b|geen\b|\bnie\b|\bне\b|không|tidak|jangan|\bلا\b|\bnon\b|않)"
    r"[^.;!?]{0,40}$"
)
_REFUSED_AFTER = folded_pattern(
    r"^[^.;!?]{0,40}(?:m[ıi]yoruz|mayın|meyin|mayız|meyiz"
    r"|마세요|마십시오|금지|불가|않습니다|않아요)"  # Korean: "... 결제하지 마세요" (round 22)
)
# Round 22: Chinese (simplified, and traditional as folded) and Japanese, which need no
# platform named: "线下付款" and "私下转账" mean paying off the platform the talk is on; an
# outside word and a payment word within a few characters of one clause.
_OUTSIDE_CJK = folded_pattern(
    r"(?P<chinese>(?:线下|私下|平台外|场外|站外|不要?(?:走|通过|经过|用)(?:平台|信保|阿里)"
    r"|绕(?:过|开)(?:平台|信保|阿里))[^,.!?;:\n。]{0,8}?"
    r"(?:付款|支付|转账|汇款|打款|付钱|汇钱|打钱|转钱|结算)"
    # "私下交易吧，直接打款给我": trading off the platform, and paying, in one sentence
    r"|(?:线下|私下|平台外)交易[^.!?\n。]{0,20}?(?:付款|转账|汇款|打款|付钱|汇钱|打钱|转钱))"
    r"|(?P<japanese>(?:アリババ|alibaba|プラットフォーム|サイト|1688)(?:の)?外|(?:アリババ|alibaba"
    r"|プラットフォーム|サイト)を(?:通さ|経由せ|使わ)(?:ず|ないで))[^,.!?;:\n。]{0,12}?"
    r"(?:支払|振込|振り込|送金|決済|入金)"
)
# Folded literals, one of which must be in the text before the reading runs.
_CJK_CUES = tuple(
    fold(cue)[0] for cue in ("线下", "私下", "外", "平台", "信保", "阿里", "通さ", "経由", "使わ")
)

_CUSTOMS_CUES = tuple(
    fold(cue)[0]
    for cue in (
        "aduan", "alfândega", "alfandega", "douan", "dogan", "zoll", "cło", "celn",
        "gümrük", "таможн", "hải quan", "bea cukai", "세관", "통관", "جمارك", "جمرك",
    )
)  # fmt: skip
_DEPOSIT = folded_pattern(
    r"(?P<spanish>depósito|fianza|garantía)|(?P<portuguese>caução|depósito)"
    r"|(?P<french>dépôt|caution)|(?P<italian>deposito|cauzione)|(?P<german>kaution)"
    r"|(?P<dutch>borgsom|waarborg)|(?P<polish>kaucj\w*|depozyt\w*)"
    r"|(?P<turkish>teminat\w*|depozito\w*)|(?P<russian>депозит\w*|залог\w*)"
    r"|(?P<vietnamese>đặt cọc|ký quỹ)|(?P<indonesian>deposit|uang jaminan)"
    r"|(?P<korean>보증금|예치금)|(?P<arabic>وديعة|تأمين)"
)
_HELD = gated_pattern(
    r"retenid|liberar|retid|bloquead|bloqué|retenu|libérer|bloccat|trattenut|sbloccare"
    r"|festgehalten|zurückgehalten|freigabe|freigeben|vastgehouden|vrijgeven|zatrzyman"
    r"|zwolnien|bekletil|alıkon|serbest bırak|задерж|выпуск|giữ lại|thông quan|ditahan"
    r"|dilepas|보류|통관|محتجز|الإفراج"
)

WHY_OUTSIDE = (
    "A seller asking to be paid outside the marketplace gives up the platform's protection "
    "on purpose: pay only through the order on the platform."
)
WHY_DEPOSIT = (
    "Goods 'held at customs' until you pay a deposit to an agent is an advance-fee trick: "
    "duties are paid to customs or on the carrier's own invoice. Check with the carrier "
    "on its official number before paying anything."
)


def read_outside_moves(folded: str) -> list[FoldedHit]:
    """Payment outside the platform, or a customs deposit asked, read in `folded`."""
    found = [hit for hit in (_outside(folded), _outside_cjk(folded), _deposit(folded)) if hit]
    if found and (WARNS.search(folded) or WARNS_MORE.search(folded)):
        return []
    return found


def _outside_cjk(folded: str) -> FoldedHit | None:
    """Paying off the platform in Chinese or Japanese, not refused or warned against in its
    clause or sentence (`cjk_refusals`), in a message that does not warn about fraud."""
    if folded.isascii() or not any(cue in folded for cue in _CJK_CUES):
        return None
    for outside in _OUTSIDE_CJK.finditer(folded):
        if not cjk_refusals.refused(folded, *outside.span()):
            if cjk_refusals.warns(folded):
                return None
            return _hit(outside, "untraceable_payment", "payment off the platform", WHY_OUTSIDE)
    return None


def _outside(folded: str) -> FoldedHit | None:
    """Outside the platform, a payment word, and no refusal around it."""
    if not any(cue in folded for cue in _PLATFORM_CUES):
        return None
    outside = _OUTSIDE.search(folded)
    if outside is None or PAY.search(folded) is None:
        return None
    start, end = outside.span()
    if _REFUSED_BEFORE.search(folded[max(0, start - 60) : start]):
        return None
    if _REFUSED_AFTER.search(folded[end : end + 60]):
        return None
    return _hit(outside, "untraceable_payment", "payment outside the platform", WHY_OUTSIDE)


def _deposit(folded: str) -> FoldedHit | None:
    """A customs deposit, goods held, and a payment asked of the reader."""
    if not any(cue in folded for cue in _CUSTOMS_CUES):
        return None
    deposit = _DEPOSIT.search(folded)
    if deposit is None or _HELD.search(folded) is None or ASK.search(folded) is None:
        return None
    return _hit(deposit, "surprise_fees", "customs deposit", WHY_DEPOSIT)


def _hit(match: re.Match[str], category: str, kind: str, why: str) -> FoldedHit:
    language = match.lastgroup or "another language"
    return FoldedHit(category, Severity.HIGH, *match.span(), language, kind, why)
