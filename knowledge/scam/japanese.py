"""Four KINDS of Japanese scam message, read in the folded text; gated on kana.

Owns the Japanese readings: (1) an executive's request to create a LINE (or other chat) group
and send its QR code, or an urgent or confidential transfer request (the fake-president push;
high when the message also asks for a transfer or the account's details), or a prize that
asks you to add a LINE account; (2) a bank account announced as changed or new for the next
payment (振込先変更, 新しい口座); (3) a parcel or customs fee of a few thousand yen asked
through a link; (4) a seizure threatened unless a tax is paid through a link; (5, round 14)
an account or card said to be limited or to need re-authentication, with a log-in asked
through a link. The context
rules are the other languages': a message that warns (詐欺, 注意喚起, なりすまし, 不審: a
police, bank or company notice, an explainer) reads nothing, and a refusal or a condition
right after an account change ("変更することはありません", "変わる場合") keeps it low.

Japanese has no spaces, so it runs regular expressions over the folded text like the Chinese
reading; they are folded with the message's own fold (dakuten come off: "グループ" reads
"クルーフ"), so they are written here as a reader types them. Text without kana stops at one
check, so English speed does not move. Pure: no Telegram or storage; spans in folded text.
"""

from __future__ import annotations

import re

from knowledge.scam import own_advice
from knowledge.scam.folded_hit import FoldedHit
from knowledge.scam.normalise import fold
from knowledge.scam.red_flags import Severity

_HAS_KANA = re.compile(r"[\u3040-\u30ff]")
_CHEAP_YEN = 5000  # a parcel "fee" above this is not the small-fee lure


def _folded(pattern: str) -> re.Pattern[str]:
    """`pattern` folded like the messages it reads (no upper-case escapes in it)."""
    return re.compile(fold(pattern)[0])


# A notice, a warning or an explainer about these very messages: nothing in it is a request.
_WARNS = _folded(
    r"詐欺|注意喚起|ご注意|注意して|注意しましょう|不審|なりすま|成りすま|騙|かたる|かたった"
    r"|偽の|偽メール|ニセ|迷惑メール|フィッシング|警察|被害|を装"
)
_CHAT = (
    r"(?:line|ライン|sns|チャット|whatsapp|ワッツアップ|telegram|テレグラム|wechat"
    r"|メッセージアプリ)"
)
# The group is to be made by the reader: "作成してください", "作ってくれ", "作成し、…送ること",
# "作成して、QRコードを送って", "作ってもらえますか", "作成してほしい".
_GROUP = _folded(
    _CHAT + r"[^。\n]{0,12}グループ[^。\n]{0,14}?(?:作成|作って|作り|作る|招待)[^。\n]{0,6}?"
    r"(?:ください|下さい|くれ|お願い|いただ|頂|すること|し、|して、|して,|しましょう|願"
    r"|もらえ|ほしい|欲しい)"
)
# "Add us on LINE" / a LINE ID, with a prize or a hurry in the message: a lure to the chat.
_ADD_CHAT = _folded(_CHAT + r"\s*(?:id|を追加|に追加|で友だち追加|の友だち追加|を友だち追加)")
_LURE = _folded(r"賞品|当選|選ばれ|無料|プレゼント|至急|今すぐ|副業|報酬")
_TRANSFER_ASK = _folded(
    r"(?:送金|振込|振り込|お振込|入金)[^。\n]{0,12}?(?:ください|下さい|くれ|お願い|願います"
    r"|いただ|頂|するよう|すること)"
)
_ACCOUNT_ASK = _folded(
    r"(?:口座(?:番号|残高|情報)?|残高)[^。\n]{0,12}?(?:教え|送って|送信|知らせ|共有|報告)"
)
_SECRET = _folded(r"内密|内緒|秘密|極秘|他言|口外|誰にも")
_HURRY = _folded(r"大至急|至急|急ぎ|今日中|本日中|直ちに|すぐに|今すぐ")
_BOSS = _folded(r"社長|代表|役員|ceo|上司|専務|常務|部長|取締役")
_ACCOUNT = (
    r"(?:振込先口座|振込先|お振込先|振込口座|入金口座|入金先|送金先|支払先|お支払先|受取口座"
    r"|銀行口座|口座情報|口座)"
)
_CHANGED = _folded(_ACCOUNT + r"(?:の|を|が|は|に関する|について)?\s*(?:変更|変わ)")
_NEW = _folded(r"(?:新しい|新たな|新規の?|変更後の|今後は?(?:下記|以下|こちら)の)\s*" + _ACCOUNT)
# After an account change, in the same clause: a refusal or a condition, not an announcement.
_NOT_ANNOUNCED = _folded(
    r"ません|ない|なし|せず|しない|不要|場合|際|とき|時に|たら|れば|可能性|手続き|方法"
)
_CLAUSE_END = _folded(r"[。！？!?\n]")
_OWN_OR_ASK = _folded(
    r"弊社|当社|私ども|わたくしども|当方|小社|弊店|今後|次回|以降|ください|下さい|お願い"
    r"|ご確認|宜しく|よろしく"
)
_PARCEL = _folded(r"小包|荷物|配送|配達|パッケージ|宅配|税関|関税|通関|郵便")
_PAY_DUE = _folded(r"納付|支払|滞納|未払")
_PAY = _folded(r"支払|払う|払い|手数料|送料|決済|清算")
_YEN = _folded(r"(\d[\d,]{0,6})\s*円|[¥￥]\s*(\d[\d,]{0,6})|(\d[\d,]{0,6})\s*[¥￥]")
# A seizure threat over unpaid tax or fees, with the payment to be made through a link.
_SEIZURE = _folded(r"差押|差し押さえ|差押え")
_LINK = _folded(r"リンク|クリック|http|www\.|\.jp\b|\.com\b|url|支払いに進む|こちらから")


# (5, round 14) An account, card or securities access said to be limited, locked or to need
# re-authentication, with a log-in or check asked through a link: the Financial Services
# Agency's 2025-04-18 warning on fake securities-firm log-in pages (quoted by sunnies.co.jp)
# and t-com.ne.jp's 2025-08-28 case (a "security strengthening" mail leading to a fake page).
_ACCESS_TROUBLE = _folded(
    r"(?:アカウント|口座|お取引|取引|ログイン|セキュリティ|ご利用|カード|会員)[^。\n]{0,16}?"
    r"(?:制限|停止|凍結|ロック|異常|不正(?:な)?(?:ログイン|アクセス|利用)|再認証|本人確認"
    r"|セキュリティ強化|有効期限|失効)"
)
_LOG_IN_ASK = _folded(
    r"(?:ログイン|再認証|本人確認|認証|ご確認|確認|更新|手続き)[^。\n]{0,10}?"
    r"(?:ください|下さい|お願い|願います)"
)


_GROUP_WHY = (
    "An executive's e-mail asking staff to create a LINE or other chat group and send its QR "
    "code is how the fake-president fraud starts: the transfer request follows in the chat."
)
_WIRE_WHY = (
    "A transfer asked for in a hurry or in confidence, outside the usual approval, is "
    "business email compromise: check with the sender by phone on a number you already have."
)
_DIVERSION_WHY = (
    "A message announcing a new or changed account for your payment is the classic way money "
    "gets diverted: confirm by phone on a number you already have before paying."
)
_FEE_WHY = (
    "A parcel or customs notice asking for a small fee through a link is a phishing lure: "
    "carriers and customs do not collect fees that way."
)
_LOG_IN_WHY = (
    "A notice that your account or card is limited or needs re-authentication, asking you to "
    "log in through its link, is how log-ins are stolen: open the site or app yourself."
)
_SEIZURE_WHY = (
    "A tax or fee notice threatening seizure unless you pay through its link is a phishing "
    "lure: tax offices do not collect arrears through a link in an e-mail."
)


def read_japanese(folded: str) -> list[FoldedHit]:
    """What the Japanese readings find in `folded` (nothing for text without kana)."""
    if folded.isascii() or _HAS_KANA.search(folded) is None or _WARNS.search(folded):
        return []
    found = (
        _executive(folded),
        _diversion(folded),
        _fee(folded),
        _seizure(folded),
        _log_in(folded),
    )
    return [hit for hit in found if hit]


def _executive(folded: str) -> FoldedHit | None:
    """A chat-group request, a move to chat with a lure, or a hurried or hushed transfer."""
    ask = _TRANSFER_ASK.search(folded)
    transfer = ask or _ACCOUNT_ASK.search(folded)
    group = _GROUP.search(folded)
    if group is not None:
        if transfer is not None:
            span = (min(group.start(), transfer.start()), max(group.end(), transfer.end()))
            return _hit("unusual_transfer", Severity.HIGH, span, "chat group and transfer")
        return _hit("pressing_request", Severity.MEDIUM, group.span(), "chat group request")
    added = _ADD_CHAT.search(folded)
    if added is not None and _LURE.search(folded) is not None:
        return _hit("pressing_request", Severity.MEDIUM, added.span(), "move to chat")
    if ask is None:
        return None
    hushed = _SECRET.search(folded) is not None
    if hushed or (_HURRY.search(folded) is not None and _BOSS.search(folded) is not None):
        return _hit("unusual_transfer", Severity.MEDIUM, ask.span(), "urgent transfer request")
    return None


def _diversion(folded: str) -> FoldedHit | None:
    """The first account announced as changed or new, said as the sender's own or asked."""
    if _OWN_OR_ASK.search(folded) is None:
        return None
    for pattern in (_CHANGED, _NEW):
        for match in pattern.finditer(folded):
            if pattern is _CHANGED and _not_announced(folded, match.end()):
                continue
            return _hit("changed_bank_details", Severity.HIGH, match.span(), "changed account")
    return None


def _not_announced(folded: str, end: int) -> bool:
    """A refusal or condition in the rest of the clause (at most 20 characters on)."""
    window = folded[end : end + 20]
    stop = _CLAUSE_END.search(window)
    if stop is not None:
        window = window[: stop.start()]
    return _NOT_ANNOUNCED.search(window) is not None


def _fee(folded: str) -> FoldedHit | None:
    """A parcel or customs fee of a few thousand yen at most, to be paid through a link."""
    parcel = _PARCEL.search(folded)
    if parcel is None or _PAY.search(folded) is None or _LINK.search(folded) is None:
        return None
    for amount in _YEN.finditer(folded):
        digits = next(group for group in amount.groups() if group).replace(",", "")
        if 0 < int(digits) <= _CHEAP_YEN:
            return _hit("pressing_request", Severity.MEDIUM, amount.span(), "small parcel fee")
    return None


def _seizure(folded: str) -> FoldedHit | None:
    """A seizure threatened unless a payment is made, and a link to pay through."""
    threat = _SEIZURE.search(folded)
    if threat is None or _PAY_DUE.search(folded) is None or _LINK.search(folded) is None:
        return None
    return _hit("pressing_request", Severity.MEDIUM, threat.span(), "seizure threat")


def _log_in(folded: str) -> FoldedHit | None:
    """An access said to be limited or to need re-authentication, and a log-in or check asked
    through a link."""
    trouble = _ACCESS_TROUBLE.search(folded)
    if trouble is None or _LOG_IN_ASK.search(folded) is None or _LINK.search(folded) is None:
        return None
    return _hit("credentials_request", Severity.MEDIUM, trouble.span(), "log-in request")


def _hit(category: str, severity: Severity, span: tuple[int, int], kind: str) -> FoldedHit:
    why = {
        "chat group request": _GROUP_WHY,
        "move to chat": _GROUP_WHY,
        "chat group and transfer": _GROUP_WHY,
        "urgent transfer request": _WIRE_WHY,
        "changed account": _DIVERSION_WHY,
        "small parcel fee": _FEE_WHY,
        "seizure threat": _SEIZURE_WHY,
        "log-in request": _LOG_IN_WHY,
    }[kind]
    advice = {"seizure threat": own_advice.TAX, "log-in request": own_advice.SIGN_IN}.get(kind)
    return FoldedHit(category, severity, *span, "Japanese", kind, why, advice)
