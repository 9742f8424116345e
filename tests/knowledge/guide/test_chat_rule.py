"""The private-chat rule: a buyer's typed question goes to the guide, a supplier's to the scam
check, even when the supplier's message is phrased as a question."""

from __future__ import annotations

import pytest

from knowledge.guide import PrivateText, route_private_text


@pytest.mark.parametrize(
    "text",
    [
        "how do i open a dispute?",
        "is paypal safe for samples",
        "what does gold supplier mean",
        "supplier says pay to new bank account, is this legit?",
        "We received an email from our supplier saying their bank changed, what should we do?",
        "Who pays THC under FOB?",
        "my order is late, can i cancel it?",
    ],
)
def test_a_buyers_question_goes_to_the_guide(text: str) -> None:
    """Typed questions, including ones that quote what a supplier said."""
    assert route_private_text(text) is PrivateText.GUIDE


@pytest.mark.parametrize(
    "text",
    [
        "Can you pay the balance to our new account today? Our old one is blocked.",
        "Dear friend, could you send the deposit to our Hong Kong account?",
        "Is it possible to pay to our new account this week?",
        "Could you kindly transfer the payment by Western Union?",
        "Our bank account has changed, please pay the new one today",
        "Is it ok if you pay 100% before production? We can give you a discount.",
        "fob?",
        "hi",
        "thanks, got it",
        "A long pasted message?\nwith\nmany\nlines",
        "x" * 301 + "?",
    ],
)
def test_supplier_messages_and_chat_stay_with_the_scam_check(text: str) -> None:
    """Supplier voice (greeting, request to pay, you+we), one word, statements, long pastes."""
    assert route_private_text(text) is PrivateText.SCAM_CHECK


@pytest.mark.parametrize(
    "text",
    [
        "怎么申请退款？",
        "用PayPal付款给供应商安全吗",
        "样品费应该由谁来付",
        "工厂不发货怎么办",
        "サンプル代は払うべき？",
        "検品はどこに頼めばいいですか",
        "샘플 비용은 누가 내나요?",
        "공급업체가 계좌를 바꿨다고 하는데 괜찮을까요",
        "Как оформить спор с поставщиком?",
        "Нужно ли платить пошлину за образцы",
        "供应商说银行账户换了，我们该怎么办？",
    ],
)
def test_a_buyers_question_in_other_letters_goes_to_the_guide(text: str) -> None:
    """Round 22: Chinese, Japanese, Korean and Russian questions have no two English words;
    a question mark or a question word of their own language makes them questions."""
    assert route_private_text(text) is PrivateText.GUIDE


@pytest.mark.parametrize(
    "text",
    [
        "亲爱的朋友，我们的银行账户已经更改，请把余款汇到新账户，可以吗？",
        "您好，我们公司账户在审计，您能把货款付到我们香港的账户吗？",
        "请尽快付款到以下账户，谢谢。",
        "お客様各位、弊社の口座が変更になりました。新しい口座にお振込みください。",
        "弊社の新しい口座にお支払いいただけますか？",
        "고객님, 저희 회사 계좌가 변경되었습니다. 새 계좌로 송금해 주세요.",
        "저희 새 계좌로 입금 가능하신가요?",
        "Уважаемый клиент, оплатите счёт на наш новый расчётный счёт.",
        "Мы можем отправить вам образец?",
        "我换号码了，加我微信 138 0013 8000，在吗？",
        "我们已经发货了，请查收。",
        "好的",
        "谢谢，收到了。",
        "这批货下周发出。有件事想让你帮忙处理一下。",
        "中" * 101 + "吗？",
    ],
)
def test_supplier_messages_in_other_letters_stay_with_the_scam_check(text: str) -> None:
    """A greeting to a customer, a request to pay, "we" with "you", contact details, a
    statement, a request in the last sentence, and a long paste keep the scam check."""
    assert route_private_text(text) is PrivateText.SCAM_CHECK
