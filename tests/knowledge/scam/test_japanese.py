"""Kinds of Japanese scam message read by the scan (issue 15, round 13).

Written cases (regression tests, not a quality figure): an executive's request to create a
LINE group is medium, high when the message also asks for a transfer or the account's
balance; a changed account announced as the sender's own is high; a small parcel fee through a
link, a seizure threat with a link to pay, and a prize that asks you to add a LINE account are
medium. Each has an honest look-alike that stays low (a refusal, a warning, a
condition, a group the sender already made, a fee with no link, a dear customs bill). Text
without kana is never read as Japanese.
"""

from __future__ import annotations

import pytest

from knowledge.scam.japanese import read_japanese
from knowledge.scam.normalise import normalise
from knowledge.scam.red_flags import Severity
from knowledge.scam.scanner import Risk
from tests.knowledge.scam.support import scan

GROUP = (
    "業務上の都合により、至急 LINE のグループを新規で作成してください。"
    "QRコードをメールで返信してください。"
)
GROUP_AND_BALANCE = (
    "LINEグループを作成し、経理担当を招待してください。その後、会社の口座残高を教えてください。"
)
DIVERSION = (
    "お取引先各位\n弊社の振込先口座が変更になりましたので、次回のお支払いより下記の口座へ"
    "お振込みください。"
)
HUSHED_WIRE = "至急、下記口座に500万円を送金してください。この件は内密にお願いします。"
PARCEL_FEE = (
    "お荷物の配達に失敗しました。再配達には手数料300円が必要です。以下のリンクから"
    "お支払いください。"
)
SEIZURE = (
    "未払い税金のお知らせ。本日中に納付がないときは給料の差押処分に着手します。"
    "以下のリンクから支払い確認をしてください。"
)
PRIZE_CHAT = "おめでとうございます、賞品に当選しました。受け取るにはLINEを追加してください。"

HONEST = {
    "group warning": "社長を装う「LINEグループ作成」の不審メールにご注意ください。"
    "QRコードを送らないでください。",
    "group already made": "社内のチャットグループを作りました。参加してください。",
    "group plan": "来週の打ち合わせはLINEでグループを作成して連絡します。",
    "account refusal": "弊社が振込先口座を変更することはございません。"
    "ご不明な点はお電話ください。",
    "account condition": "口座番号が変わる場合は、口座振替依頼書をご提出ください。",
    "account warning": "振込先口座が変更になったというメールは詐欺の可能性があります。"
    "ご注意ください。",
    "tuition request": "4月分の授業料の振り込みを3/26までに下記の口座にお願いいたします。",
    "overdue reminder": "至急お振込みください。お支払期限を過ぎております。",
    "fee on the invoice": "ご注文の荷物は発送済みです。送料500円は請求書に含まれています。",
    "seizure at the counter": "期限までに納付がない場合は差押えを行うことがあります。"
    "税務署の窓口で納付してください。",
    "supplier's LINE id": "お問い合わせはLINEでも受け付けています。LINE IDは shop123 です。",
    "dear customs bill": "税関で関税12,000円の支払いが必要です。こちらからお支払いください。",
}


@pytest.mark.parametrize(
    ("text", "category", "risk"),
    [
        (GROUP, "pressing_request", Risk.MEDIUM),
        (GROUP_AND_BALANCE, "unusual_transfer", Risk.HIGH),
        (DIVERSION, "changed_bank_details", Risk.HIGH),
        (HUSHED_WIRE, "unusual_transfer", Risk.MEDIUM),
        (PARCEL_FEE, "pressing_request", Risk.MEDIUM),
        (SEIZURE, "pressing_request", Risk.MEDIUM),
        (PRIZE_CHAT, "pressing_request", Risk.MEDIUM),
    ],
)
def test_each_kind_is_raised_and_said_in_english(text: str, category: str, risk: Risk) -> None:
    result = scan(text)
    assert result.risk is risk, result
    found = [f for f in result.findings if f.evidence.startswith("Japanese:")]
    assert found
    assert found[0].category == category
    assert found[0].why.endswith("(Read in Japanese.)")
    assert found[0].excerpt == text[found[0].start : found[0].end]  # quoted as written


@pytest.mark.parametrize("name", sorted(HONEST))
def test_honest_look_alikes_stay_low(name: str) -> None:
    result = scan(HONEST[name])
    assert result.risk is Risk.LOW, (name, result.findings)


def test_the_group_request_with_a_balance_ask_is_high() -> None:
    hits = read_japanese(normalise(GROUP_AND_BALANCE).folded)
    assert [(hit.category, hit.severity) for hit in hits] == [("unusual_transfer", Severity.HIGH)]


def test_full_width_and_half_width_forms_are_read() -> None:
    # Full-width Latin letters and half-width katakana fold to the forms the readings use.
    text = "新しくＬＩＮＥｸﾞﾙｰﾌﾟを作成してください。"
    assert [hit.evidence for hit in read_japanese(normalise(text).folded)] == [
        "chat group request"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Please create a LINE group and send me the QR code.",
        "请创建一个LINE群组。",  # Chinese, no kana: the Chinese reading's business
        "",
    ],
)
def test_text_without_kana_is_not_read_as_japanese(text: str) -> None:
    assert read_japanese(normalise(text).folded) == []


@pytest.mark.parametrize(
    "text",
    [
        # Typed by the lead after the freeze, in words the readings were not written from.
        "お疲れ様です。社長の田中です。至急LINEグループを作成して、QRコードを送ってください。",
        "田中です。会議中で電話に出られません。業務連絡用にLINEグループを作ってもらえますか。",
        "部長です。新しい案件の件で、LINEグループを作成してほしい。作成後に連絡ください。",
    ],
)
def test_other_ways_of_asking_for_the_group_are_read(text: str) -> None:
    """'作成して、…送って', '作ってもらえますか', '作成してほしい' ask the reader too."""
    assert scan(text).risk is not Risk.LOW
