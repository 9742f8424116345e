"""Written cases for round 22's Korean unpaid-tax text and Chinese finance-only chat group
(issue 15), each with honest twins. Written by the project in its own words: a regression test,
never a quality figure (the figures are the development data's, in bench/README.md)."""

from __future__ import annotations

SCAMS = {
    "Korean customs tax": "[국제발신] 고객님, [관세징수과]입니다. 수입세금 512,300원이 미납되어 "
    "징수 조치 예정입니다. 문의: 02-000-0000",
    "Korean income tax": "금일 자정까지 종합소득세 미납 시 재산 가압류 진행됩니다. "
    "즉시 납부 바랍니다.",
    "Japanese tax e-mail": "【国税】税金未納のお知らせ。所得税の納付が確認できておりません。"
    "期限までに納付がない場合、給与等の差押処分を行います。こちらからお支払いください。",
    "Chinese group (simplified)": "我是王总，因工作安排，请你建立一个只有财务在内的微信群，"
    "建好后把群二维码发到这个邮箱。",
    "Chinese group (traditional)": "請另外建立一個僅限出納加入的LINE群組，先不要邀請其他同事。",
}
HONEST = {
    # Customs' own warning, quoting the fake text.
    "Korean customs warning": "관세청은 '관세 미납으로 징수 조치 예정'이라는 문자는 사칭 문자라며 "
    "주의를 당부했습니다. 세관은 문자로 세금 납부를 요구하지 않습니다.",
    # A broker's honest answer about paying duty.
    "Korean duty answer": "관세는 수입신고 후 고지서가 발급되면 납부하시면 됩니다. 납부 기한 안에 "
    "전자납부로 내시면 됩니다.",
    # The tax agency's own warning about those e-mails.
    "Japanese tax warning": "国税庁を装い、税金の未納や差押えを知らせる不審なメールに"
    "ご注意ください。",
    # A whole-team group, nothing closed and no QR code asked.
    "Chinese team group": "为了方便沟通，公司新建了一个全员微信群，大家都加入一下。",
    # A police write-up of the trick.
    "Chinese police report": "警方提醒：近日某公司财务接到“老板”消息，要求建立只有财务在内的QQ群，"
    "随后被骗转账。请谨防此类诈骗。",
}
