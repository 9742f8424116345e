"""A Japanese or Korean quote pasted whole: "【価格（税抜）】800円 … 【数量】50枚".

Owns reading the figures of a quote written in Japanese or Korean, which the skim
(`knowledge/landed/reader/skim.py`) cannot: the words are not split by spaces, the counts carry
counter words (個, 枚, 本, 개), the amounts yen or won signs (円, ¥, 원), and a price may be given
with consumption tax or VAT (税込, 부가세 포함) or without it (税抜, 税別, 부가세 별도). It reads
one quantity and one unit price or one total, as the skim does, and says which tax a price
holds: given both, the line takes the price before tax and the note names the other; a price
with tax is offered only with a note saying so. A label that may be a unit price or the order's
amount (価格, "price") counts as a unit price only when the text's subtotal is that price times
the quantity. Anything less clear offers nothing. It builds the line's words; the parser checks
them. The folded text (NFKC, casefolded) is its input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from knowledge.landed.reader.offer import Offer, plain

# Kana, Hangul, or a mark only Japanese quotes use: the text is read here, not by the skim.
_SCRIPT = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]|円|税込|税抜|税別|원")
_CJK = r"[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af【】]"
_SPACES = re.compile(rf"(?<={_CJK})[ \t]+(?={_CJK})")
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MAN = "万"  # ten thousand: "10万枚" is 100,000
_COUNTERS = "個|枚|本|点|台|セット|組|着|pcs|pc|개|장|매|벌|세트"
_AMOUNT = re.compile(
    rf"(?P<at>@\s*)?(?P<yen>¥\s*)?(?P<n>{_NUMBER})(?P<man>{_MAN})?\s*(?P<sign>円|원)?-?"
)
_COUNT = re.compile(
    rf"(?P<n>{_NUMBER})(?P<man>{_MAN})?\s*(?P<counter>{_COUNTERS})(?P<after>\s?\S{{0,3}})"
)
# After a count: per one ("1個あたり", "1개당"), a bound ("300개 이상"), or "for" (で: the amount
# after it is what that many cost).
_PER_ONE = ("当", "あたり", "당")
_BOUNDS = ("以上", "以下", "まで", "から", "未満", "이상", "이하", "까지", "부터")
_QUANTITY_LABELS = ("数量", "個数", "枚数", "수량")
_TOTAL_LABELS = ("小計", "合計", "総額", "総計", "金額", "代金合計", "합계", "총액", "금액")
_UNIT_LABELS = ("単価", "단가", "あたり", "개당", "당")
_PRICE_LABELS = ("価格", "値段", "가격")
_WITH_TAX = ("税込", "内税", "부가세포함", "vat포함", "부가세 포함", "vat 포함")
_WITHOUT_TAX = ("税抜", "税別", "外税", "부가세별도", "vat별도", "부가세 별도", "vat 별도")
# A tax mark written right after an amount: "800円(税抜)", "1,200원 (부가세 포함)".
_RIGHT_AFTER = re.compile(
    r"^[円원\s-]*\(?\s*(?:税込み?|税抜き?|税別|内税|外税|(?:부가세|vat)\s*(?:포함|별도))"
)
_CURRENCY = {"円": "JPY", "¥": "JPY", "원": "KRW"}
_TAX_WORD = {"JPY": ("consumption tax", "税込"), "KRW": ("VAT", "부가세 포함")}


@dataclass(frozen=True)
class _Amount:
    value: Decimal
    currency: str | None
    role: str  # unit, total, price (unit or total: decided by the subtotal)
    tax: str | None  # "with", "without", or None when the text does not say


def is_yen_or_won(text: str) -> bool:
    """True when the folded `text` is a Japanese or Korean quote (read here, not skimmed)."""
    return _SCRIPT.search(text) is not None


def read_yen_won(text: str) -> Offer | None:
    """The line a Japanese or Korean quote's clear figures make, with a note on tax, or None."""
    text = _SPACES.sub("", text)
    quantities: set[Decimal] = set()
    amounts: list[_Amount] = []
    for line in text.splitlines():
        _read_line(line, quantities, amounts)
    if len(quantities) != 1:
        return None
    quantity = next(iter(quantities))
    chosen = _price(amounts, quantity)
    if chosen is None:
        return None
    amount, note = chosen
    if amount.currency is None:
        return None  # "@159" alone: yen most likely, but the text does not say
    what = "@" if amount.role == "unit" else "total"
    line = f"{plain(quantity)} pcs {what} {plain(amount.value)} {amount.currency.lower()}"
    return Offer(line, note)


def _read_line(line: str, quantities: set[Decimal], amounts: list[_Amount]) -> None:
    """The counts and amounts of one line of the quote."""
    taken: list[tuple[int, int]] = []
    for found in _COUNT.finditer(line):
        after = found.group("after").lstrip()
        value = _value(found.group("n"), found.group("man"))
        taken.append(found.span("n"))
        one = value == 1 and _amount_follows(line, found.end("counter"))
        if after.startswith(_PER_ONE) or one:
            continue  # "1個あたり80円", "1枚59円": one unit's price, no count of the order
        if after.startswith(_BOUNDS):
            continue  # "300개 이상": a price break's bound, not the order
        quantities.add(value)
    label_quantity = re.search(rf"(?:{'|'.join(_QUANTITY_LABELS)})[^\d]{{0,4}}({_NUMBER})", line)
    if label_quantity is not None:
        quantities.add(_value(label_quantity.group(1), None))
        taken.append(label_quantity.span(1))
    for found in _AMOUNT.finditer(line):
        if any(start <= found.start("n") < end for start, end in taken):
            continue
        sign = found.group("sign") or ("¥" if found.group("yen") else None)
        if sign is None and not found.group("at"):
            continue  # "32mm", "8/29": no money
        value = _value(found.group("n"), found.group("man"))
        role = _role(line, found.start(), found.end(), bool(found.group("at")))
        if role is not None:
            tax = _tax(line, found.start(), found.end())
            amounts.append(_Amount(value, _CURRENCY.get(sign or ""), role, tax))


def _label(line: str, start: int) -> str:
    """The words before the amount since the last figure: "【価格(税抜)】" -> "価格税抜"."""
    return re.sub(r"[\s:()【】\[\]・/、,]", "", re.split(r"\d", line[:start])[-1])


def _role(line: str, start: int, end: int, at: bool) -> str | None:
    """Unit, total or price, from the marks beside the amount on its line; None: unplaced."""
    before, after = line[:start].rstrip(), line[end:]
    label = _label(line, start)
    checks = (
        # "4,800円/100枚": what a hundred cost
        ("total", re.match(rf"\s*/\s*(?:{_NUMBER})\s*(?:{_COUNTERS})", after) is not None),
        ("unit", at or label.endswith(_UNIT_LABELS)),
        ("unit", re.search(rf"1(?:{_COUNTERS})\S{{0,2}}$", before) is not None),  # "1枚59円"
        ("unit", re.search(rf"(?:/|per\s*)(?:{_COUNTERS})", after[:6]) is not None),
        # "50枚で税込み3,650円": fifty cost this
        ("total", re.search(rf"(?:{_COUNTERS})で\S{{0,4}}$", before) is not None),
        ("total", any(word in label for word in _TOTAL_LABELS)),
        ("unit", any(word in label for word in _UNIT_LABELS)),
        ("price", any(word in label for word in _PRICE_LABELS)),
    )
    return next((role for role, holds in checks if holds), None)


def _price(amounts: list[_Amount], quantity: Decimal) -> tuple[_Amount, str | None] | None:
    """The amount the line uses and its note: one unit price (before tax when both are
    given), else one total; a 価格 counts as a unit price only when the subtotal agrees."""
    totals = [a for a in amounts if a.role == "total"]
    units = [a for a in amounts if a.role == "unit"]
    priced = [a for a in amounts if a.role == "price"]
    if priced:
        if not any(t.value == p.value * quantity for t in totals for p in priced):
            return None  # "商品価格 ¥15,800": each or all? The text does not say
        units += [replace(p, role="unit") for p in priced]
    # A subtotal that is a unit price times the quantity ("小計 43,200円") agrees: it is no
    # second figure for the order.
    totals = [t for t in totals if not any(t.value == u.value * quantity for u in units)]
    if units and totals:
        return None  # a unit price and a total that is not its multiple: which is the order?
    if not units:
        return (totals[0], _tax_note(totals[0])) if len({t.value for t in totals}) == 1 else None
    values = {(u.value, u.tax, u.currency) for u in units}
    if len(values) == 1:
        return units[0], _tax_note(units[0])
    without = [u for u in units if u.tax == "without"]
    with_tax = [u for u in units if u.tax == "with"]
    if len(values) == 2 and len(without) == 1 and len(with_tax) == 1:
        low, high = without[0], with_tax[0]
        if low.value < high.value and low.currency == high.currency:
            return low, _both_note(low, high)
    return None


def _tax(line: str, start: int, end: int) -> str | None:
    """The tax the amount holds: a mark right after it ("800円(税抜)"), else in its label
    ("【価格(税込)】864円"), else the only kind of mark on its line."""
    right_after = _RIGHT_AFTER.match(line[end:])
    for part in (right_after.group(0) if right_after else "", _label(line, start), line):
        folded = part.replace("み", "").replace("き", "").casefold()  # 税込み, 税抜き
        marks = {
            kind
            for kind, words in (("with", _WITH_TAX), ("without", _WITHOUT_TAX))
            if any(word in folded for word in words)
        }
        if len(marks) == 1:
            return marks.pop()
        if marks:
            return None
    return None


def _tax_note(amount: _Amount) -> str | None:
    if amount.tax != "with":
        return None
    tax, mark = _TAX_WORD.get(amount.currency or "", ("tax", "税込"))
    return (
        f"The text's price includes {tax} ({mark}), and this line uses it as it is: ask the "
        "supplier for the price before tax and whether your order is charged it."
    )


def _both_note(low: _Amount, high: _Amount) -> str:
    code = low.currency or ""
    tax = _TAX_WORD.get(code, ("tax", ""))[0]
    return (
        f"The text gives {plain(low.value)} {code} before {tax} and {plain(high.value)} "
        f"{code} with it: this line uses the price before tax."
    )


def _amount_follows(line: str, at: int) -> bool:
    return re.match(rf"\S{{0,3}}?\s*[¥@]?\s*(?:{_NUMBER})", line[at:]) is not None


def _value(number: str, man: str | None) -> Decimal:
    value = Decimal(number.replace(",", ""))
    return value * 10000 if man else value
