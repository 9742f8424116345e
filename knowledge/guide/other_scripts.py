"""The private-chat rule for text written mostly in letters other than Latin: Chinese,
Japanese, Korean, Cyrillic, Greek, Arabic, Thai, Devanagari (issue 13, round 22).

`chat_rule.py` reads a question by its English words (two of them, an opening "how"/"is", or a
question mark); a question typed as "怎么申请退款？" or "サンプル代は払うべき？" has none, so it
went to the scam check. This module owns the same two readings for such text: whether it ASKS
something (a question mark, or a question word of its language: 吗, 怎么, ですか, 어떻게,
как ...), and whether it reads as a SUPPLIER writing to the buyer (a greeting to a customer, a
request to pay or transfer, "we" and "you" with no supplier, factory or seller named), so a
pasted supplier message in those languages still goes to the scam check. The word lists are
short, written for these two readings only; they are not the scam check's and must not judge
risk. Pure functions.
"""

from __future__ import annotations

import re

# Han, kana and Thai are written without spaces and a word takes one to three characters, so
# the English limit (300 characters, about 50 words) is about 100 of them: set so, not tuned.
DENSE_CHARS = 100
_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")
_ASCII_LETTERS = re.compile(r"[A-Za-z]")
_LETTERS = re.compile(r"[^\W\d_]")
_WORDS = re.compile(r"[^\W\d_]+")
_ASKS_MARK = re.compile(r"[?？؟\u037e]\s*[)）」』\"'”’]*\s*$")
# Where a sentence ends: a question is asked in the LAST one, as an English question ends
# with "?" or opens with "how" (a request in the last sentence is not a question).
_SENTENCE_END = re.compile(r"[。．.!！?？؟\u037e\n]+")
# Contact details (a phone number, an e-mail or a web address) are in a pasted message,
# not in a question typed to the bot.
_CONTACT = re.compile(r"\d[\d \-]{6,}\d|\S@\S|https?://|www\.", re.IGNORECASE)

# Question words and endings, by language (a match anywhere in the text).
_ASKS = re.compile(
    # Chinese (simplified and traditional): particles, question words, "A or B", "the
    # difference between", "who pays".
    r"吗|嗎|呢|怎么|怎麼|怎样|怎樣|如何|什么|什麼|为什么|為什麼|哪|是否|能否|可否|多少|多久|几(?!乎)|幾(?!乎)|"
    r"谁|誰|还是|還是|区别|區別|请问|請問|"
    # Japanese: polite question endings, question words, "should", "please tell me".
    # ("どうぞ" and "いつも" are polite words, not questions; "何" asks when kana follow it:
    # "何が", "何ですか", not "任何" or "何卒".)
    r"ですか|ますか|でしょうか|のか|かな|どう(?!ぞ)|何(?=[\u3040-\u309f])|なぜ|どこ|いつ(?!も)|どれ|どの|だれ|誰|"
    r"べき|いくら|"
    r"教えて|違い|"
    # Korean: question endings, question words, "I wonder".
    r"나요|까요|니까|가요|는지|인지|어떻게|무엇|뭐|왜|언제|어디|얼마|어느|누가|궁금|"
    # Russian: the particle "ли" anywhere; a question word only as the first word, since
    # "что" and "как" are also "that" and "as" in statements.
    r"(?<![а-яё])ли(?![а-яё])|"
    r"^\W*(как|что|почему|зачем|где|когда|сколько|можно|какой|какая|какие|кто|стоит|есть)"
    r"(?![а-яё])",
    re.IGNORECASE,
)

# A supplier's greeting to the buyer, at the start.
_SALUTATION = re.compile(
    r"^\W*(亲爱的|親愛的|尊敬的|尊貴的|尊贵的|各位|お客様|お世話になっております|いつもお世話|拝啓|"
    r"고객님|친애하는|존경하는|уважаем|дорог(ой|ая|ие))",
    re.IGNORECASE,
)
# Asking the reader to pay, send or transfer money.
_PAY_REQUEST = re.compile(
    r"(请|請|麻烦|麻煩|烦请|煩請|务必|務必)[^。！？?!]{0,12}"
    r"(付款|支付|汇款|匯款|转账|轉帳|转帐|打款|付清|付到|汇到|匯到|转到|轉到|结清|結清|缴|繳)|"
    r"(振込|振り込|送金|入金|支払|支払い|お支払)[^。！？?!]{0,12}(ください|下さい|お願い)|"
    r"(입금|송금|결제|이체|지불)[^.?!]{0,12}(해\s?주|부탁|바랍니다|하십시오|하세요)|"
    r"(оплатите|переведите|перечислите|внесите|отправьте\s+деньги)",
    re.IGNORECASE,
)
# Paying into "our" or a "new" account: a supplier's line unless a buyer names whose it is.
_PAY_TO_ACCOUNT = re.compile(
    r"(我们|我們|我司|本公司|新的?|弊社|当社|新しい|저희|새|наш\w*|нов\w*)\s?[^。.!?！？]{0,8}"
    r"(账户|帳戶|账号|帳號|口座|계좌|сч[её]т)[^。.!?！？]{0,12}"
    r"(付|汇|匯|转|轉|打|振込|振り込|支払|送金|입금|송금|이체|결제|оплат|перев|перечисл)",
    re.IGNORECASE,
)
# "we" (a company speaking for itself) and "you" (the reader) ...
_FIRST_PLURAL = re.compile(
    r"我们|我們|我司|本公司|我方|本司|本厂|本廠|弊社|当社|私ども|我々|저희|당사|우리\s?회사|"
    r"(?<![а-яё])(мы|нас|наш\w*)(?![а-яё])",
    re.IGNORECASE,
)
_SECOND = re.compile(
    r"您|你|贵司|貴司|贵公司|貴公司|お客様|貴社|御社|あなた|고객님|귀하|귀사|당신|"
    r"(?<![а-яё])(вы|вас|вам|ваш\w*)(?![а-яё])",
    re.IGNORECASE,
)
# ... unless the buyer names the one they are talking about.
_THIRD_PARTY = re.compile(
    r"供应商|供應商|工厂|工廠|厂家|廠家|厂商|廠商|卖家|賣家|商家|阿里巴巴|代理|"
    r"サプライヤー|工場|メーカー|業者|販売者|売り手|セラー|アリババ|代行|"
    r"공급업체|공급사|공장|판매자|셀러|업체|알리바바|제조사|대행|"
    r"поставщик|фабрик|завод|продав|производител|агент",
    re.IGNORECASE,
)


def written_in_other_letters(text: str) -> bool:
    """Whether most of the text's letters are not ASCII (so its English words cannot say
    whether it asks something)."""
    if text.isascii():  # most texts, and the quick answer for them
        return False
    letters = len(_LETTERS.findall(text))
    return letters > 0 and len(_ASCII_LETTERS.findall(text)) * 2 < letters


def asks(text: str, max_chars: int, max_lines: int) -> bool:
    """True for short text in other letters that asks something: a question mark at the end,
    or a question word of its language."""
    stripped = text.strip()
    dense = len(_DENSE.findall(stripped)) * 2 > len(_LETTERS.findall(stripped))
    limit = min(max_chars, DENSE_CHARS) if dense else max_chars
    if len(stripped) > limit or stripped.count("\n") >= max_lines:
        return False
    letters = len(_LETTERS.findall(stripped))
    if letters < 3 or (not dense and len(_WORDS.findall(stripped)) < 2):
        return False
    if _ASKS_MARK.search(stripped):
        return True
    sentences = [part for part in _SENTENCE_END.split(stripped) if part.strip()]
    return bool(sentences and _ASKS.search(sentences[-1].strip()))


def sounds_like_supplier(text: str) -> bool:
    """True when text in other letters reads as a supplier writing to a buyer: a greeting to
    a customer, a request to pay, contact details, or, with no third party named, paying
    into "our" or a "new" account or "we" and "you" together."""
    if _SALUTATION.search(text) or _PAY_REQUEST.search(text) or _CONTACT.search(text):
        return True
    talks_to_reader = bool(_SECOND.search(text) and _FIRST_PLURAL.search(text))
    to_account = bool(_PAY_TO_ACCOUNT.search(text))
    return (talks_to_reader or to_account) and not _THIRD_PARTY.search(text)
