"""Issue 15, round 10, through the real Application: a supplier's changed account written in
German is answered high risk in English, naming the language read and quoting the message;
its honest refusal is not raised; a traditional-Chinese account change is caught; (round 13)
a Japanese LINE-group request is raised naming Japanese, a Japanese police warning is not."""

from __future__ import annotations

from bot.offline.chat_user import OfflineUser
from tests.handlers.scam.support import only_reply

GERMAN = (
    "Sehr geehrte Damen und Herren, unsere Bankverbindung hat sich geändert. Bitte "
    "überweisen Sie den offenen Betrag ab sofort auf das folgende Konto."
)


async def test_a_german_account_change_is_high_risk_in_english(alice: OfflineUser) -> None:
    reply = only_reply(await alice.forward(GERMAN))
    assert reply.text.startswith("🔴 High risk"), reply.text
    assert "Bankverbindung hat sich geändert" in reply.text  # quoted as written
    assert "(Read in German.)" in reply.text  # the language read is said, in English


async def test_a_german_refusal_is_not_raised(alice: OfflineUser) -> None:
    honest = (
        "Hallo, unsere Bankverbindung hat sich nicht geändert. Bitte zahlen Sie wie gewohnt "
        "auf das bekannte Konto."
    )
    reply = only_reply(await alice.forward(honest))
    assert not reply.text.startswith(("🔴", "🟠")), reply.text


async def test_a_traditional_chinese_account_change_is_high_risk(alice: OfflineUser) -> None:
    reply = only_reply(await alice.forward("我們公司的收款帳戶已變更，請匯款到以下新帳戶。"))
    assert reply.text.startswith("🔴 High risk"), reply.text
    assert "帳戶已變更" in reply.text


async def test_a_japanese_line_group_request_is_raised_in_english(alice: OfflineUser) -> None:
    scam = "業務調整の都合により、新規LINEグループの作成をお願い申し上げます"
    reply = only_reply(await alice.forward(scam))
    assert reply.text.startswith("🟠"), reply.text
    assert "LINEグループの作成をお願い" in reply.text  # quoted as written
    assert "(Read in Japanese.)" in reply.text


async def test_a_japanese_police_warning_is_not_raised(alice: OfflineUser) -> None:
    warning = (
        "社長を装う「LINEグループ作成指示」の不審メールに注意しましょう。QRコードは送らないで。"
    )
    reply = only_reply(await alice.forward(warning))
    assert not reply.text.startswith(("🔴", "🟠")), reply.text
