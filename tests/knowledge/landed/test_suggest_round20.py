"""Round 20 of the offered line: Japanese and Korean quotes, and "Georgia" (written here).

A Japanese or Korean quote is read by its counters (個, 枚, 개) and yen or won amounts; a price
with tax is never offered as the unit price without saying so, and given both the line takes the
price before tax. "Georgia" is a country and a US state: the reader asks which.
"""

from __future__ import annotations

import pytest

from knowledge.landed.query import LandedInputError
from tests.knowledge.landed.support import parser


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("単価：120円　数量：300個　合計：36,000円", "300 pcs @ 120 jpy"),
        ("ステッカー\n数量：１，０００枚\n単価：４５円", "1000 pcs @ 45 jpy"),
        ("缶バッジ 200個 @95円", "200 pcs @ 95 jpy"),
        ("トートバッグ 1個あたり350円、500個でお願いします", "500 pcs @ 350 jpy"),
        ("名刺 100枚で1,980円", "100 pcs total 1980 jpy"),
        ("アクリルキーホルダー：6,000円/30個", "30 pcs total 6000 jpy"),
        ("【単価】150円\n【数量】40本\n【合計】6,000円", "40 pcs @ 150 jpy"),
        ("텀블러 500개, 한 개당 1,200원", "500 pcs @ 1200 krw"),
        ("에코백 수량 300개 단가 2,500원", "300 pcs @ 2500 krw"),
    ],
)
def test_a_japanese_or_korean_quote_offers_its_line(text: str, line: str) -> None:
    """Counters and yen or won amounts give the quantity and the unit price or total."""
    assert parser().suggest(text) == line


@pytest.mark.parametrize(
    "text",
    [
        "【価格（税抜）】\t800円\n【価格（税込）】\t864円\n【数量】\t50枚\n【小計】\t43,200円",
        "【価格（税抜）】800円 【価格（税込）】864円 【数量】50枚 【小計】43,200円",  # one line
    ],
)
def test_given_both_the_line_takes_the_price_before_tax_and_says_so(text: str) -> None:
    """800円 before tax and 864円 with it: the line uses 800 and the note names 864."""
    offer = parser().offer(text)
    assert offer is not None
    assert offer.line == "50 pcs @ 800 jpy"
    assert offer.note is not None
    assert "864" in offer.note
    assert "before" in offer.note


@pytest.mark.parametrize(
    ("text", "line", "mark"),
    [
        ("ステッカー 50枚で税込み3,650円", "50 pcs total 3650 jpy", "税込"),
        ("Tシャツ 単価1,100円（税込） 100枚", "100 pcs @ 1100 jpy", "税込"),
        ("텀블러 500개 개당 1,200원 (부가세 포함)", "500 pcs @ 1200 krw", "부가세 포함"),
    ],
)
def test_a_price_with_tax_is_offered_only_with_a_note_saying_so(
    text: str, line: str, mark: str
) -> None:
    """A tax-included price stays as given, and the note says it holds the tax."""
    offer = parser().offer(text)
    assert offer is not None
    assert offer.line == line
    assert offer.note is not None
    assert mark in offer.note


@pytest.mark.parametrize(
    "text",
    [
        "数量 100枚 価格 ¥5,000",  # 価格: each or all? No subtotal says
        "50個 @159 … 7,950(税別)",  # no currency written
        "両方とも50個作成した場合です。\n1.ラバー 金額：￥36,180-\n2.コルク 金額：￥22,572-",
        "アイスボトル 1個あたり135円 / トライタン 1個あたり189円 100個",  # two products
        "트라이탄 300개 이상 구매시 한 개당 1750원",  # 300 or more: a bound, not the order
        "単価：120円　数量：300個　合計：40,000円",  # the total is no multiple of the price
        "50個 80円 / 100個 150円",  # two quantities
    ],
)
def test_an_unclear_japanese_or_korean_quote_offers_nothing(text: str) -> None:
    """Two products, two quantities, a bound, no currency or an unclear label: no line."""
    assert parser().suggest(text) is None


@pytest.mark.parametrize(
    "line",
    [
        "100 pcs @ 5 usd to georgia",
        "100 pcs @ 5 usd ddp georgia",
        "100 pcs @ 5 usd georgia sea",
        "to Georgia 100 pcs @ 5 usd fob",
    ],
)
def test_georgia_is_asked_never_guessed(line: str) -> None:
    """Georgia the country (GE) or the US state (US): the reply asks which."""
    with pytest.raises(LandedInputError, match="to GE for the country, or to US"):
        parser().parse(line)


@pytest.mark.parametrize(
    ("line", "code"), [("100 pcs @ 5 usd to GE", "GE"), ("100 pcs @ 5 usd to US", "US")]
)
def test_georgia_by_its_code_is_read(line: str, code: str) -> None:
    """The codes the question suggests are read as they are."""
    assert parser().parse(line).destination == code


def test_georgia_typed_alone_is_asked() -> None:
    """A country typed alone (`/landed origin Georgia`) is asked too, with the codes alone."""
    with pytest.raises(LandedInputError, match="type GE for the country, or US for the state"):
        parser().country("Georgia")


def test_georgia_at_the_guided_destination_step_is_asked() -> None:
    """The guided destination step reads its answer as `to ...`: it asks too."""
    with pytest.raises(LandedInputError, match="to GE for the country"):
        parser().fields("to Georgia")


@pytest.mark.parametrize(
    "text",
    [
        "They quoted 100 pcs at $5 each, shipping to Georgia",
        "500 units @ USD 2.10/pc FOB Ningbo, delivered to Georgia",
    ],
)
def test_a_pasted_quote_to_georgia_offers_nothing(text: str) -> None:
    """A pasted quote that ships to Georgia offers no line, and the note asks which."""
    offer = parser().offer(text)
    assert offer is not None
    assert offer.line is None
    assert offer.note is not None
    assert "to GE for the country, or to US" in offer.note


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("1 Mug: $12\n2 Mugs: $10 each\n5 Mugs: $8 each", "1 pcs @ 12 usd"),
        ("100 pcs: $2.10 each\n500 pcs: $1.80 each\n1000 pcs: $1.60 each", "100 pcs @ 2.1 usd"),
        ("50 Flyer 19 €\n100 Flyer 29 €\n500 Flyer 79 €", "50 pcs total 19 eur"),
        ("|qty|price|\n|---|---|\n|100|$45|\n|250|$90|", "100 pcs total 45 usd"),
        ("200 = 30 euros\n500 = 60 euros", "200 pcs total 30 eur"),
        ("300: $0.80 ea // $240.00 total\n600: $0.65 ea // $390.00 total", "300 pcs @ 0.8 usd"),
        ("10 caps $95 ($9.50 each)\n50 caps $400 ($8 each)", "10 pcs total 95 usd"),
        (
            "FOB Ningbo: 100 pcs $2.10 each / 500 pcs $1.80 each, shipping to Germany",
            "100 pcs @ 2.1 usd fob ningbo to DE",
        ),
        (
            "100 pcs: $2.10 each\n500 pcs: $1.80 each\nShipping $45",
            "100 pcs @ 2.1 usd freight 45 usd",
        ),
    ],
)
def test_a_price_list_by_order_size_offers_its_first_row(text: str, line: str) -> None:
    """Rows of counts and amounts: the first row, each or in all as the marks or figures say."""
    offer = parser().offer(text)
    assert offer is not None
    assert offer.line == line
    assert offer.note is not None
    assert "Other rows" in offer.note


@pytest.mark.parametrize(
    "text",
    [
        "100 pcs $210, 500 pcs $1,050",  # the same share: each or in all?
        "100 mugs $2.10 each, 500 plates $1.80 each",  # two products
        "Setup $50. 100 pcs $2 each, 500 pcs $1.80 each",  # an amount before the list
        "100 pcs $2.10 each, 500 pcs 1.80 eur each",  # two currencies
        "500 pcs $1.80 each, 100 pcs $2.10 each, 500 pcs $1.70 each",  # counts not rising
        "200un. $ 55,00\n400un. $ 90,00",  # a dollar sign with a decimal comma: peso? real?
        "200 kg cost 7,176 US dollars, 400 kg cost 11,482 US dollars",  # kilograms, no goods
    ],
)
def test_an_unclear_price_list_offers_nothing(text: str) -> None:
    """One share for all rows, two products, a fee first, two currencies: no line."""
    assert parser().suggest(text) is None


def test_a_price_list_of_tiers_asks_for_the_quantity_and_lists_them() -> None:
    """ "100-499 pcs $2.10 / 500+ $1.80": no order quantity; the note lists the tiers."""
    offer = parser().offer("100-499 pcs $2.10 / 500+ $1.80")
    assert offer is not None
    assert offer.line is None
    assert offer.note is not None
    assert "100 to 499 pcs: 2.1 USD each; 500 or more pcs: 1.8 USD each" in offer.note


def test_a_price_list_with_tax_included_says_so() -> None:
    """Totals "VAT included" are offered with a note that they hold the tax."""
    offer = parser().offer("500 = 62 euros (VAT included)\n1000 = 99 euros (VAT included)")
    assert offer is not None
    assert offer.line == "500 pcs total 62 eur"
    assert offer.note is not None
    assert "include tax" in offer.note


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("They quoted two hundred pcs at $3 each", "200 pcs @ 3 usd"),
        ("two hundred and fifty units @ $4 each", "250 pcs @ 4 usd"),
        ("I ordered three thousand pieces, price $0.50 each", "3000 pcs @ 0.5 usd"),
        ("a dozen mugs for $60", "12 pcs total 60 usd"),
        ("Five mugs cost $40", "5 pcs total 40 usd"),
        ("around `CHF 160` for one clock", "1 pcs @ 160 chf"),
        ("One lamp costs approximately 450EUR including one bulb", "1 pcs @ 450 eur"),
        ("一百件 @ 12 usd", "100 pcs @ 12 usd"),
        ("收音机两千五百台, @ 30 usd", "2500 pcs @ 30 usd"),
    ],
)
def test_a_count_in_words_is_read_as_its_number(text: str, line: str) -> None:
    """English number words and Chinese numerals before the goods count them; one unit's
    total is its unit price."""
    assert parser().suggest(text) == line


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("one of the firms sold 200 pcs at $3 each", "200 pcs @ 3 usd"),  # "one of": no count
        ("one-time setup, 300 pcs @ $2 each", "300 pcs @ 2 usd"),
        ("一个问题: 200 pcs @ 3 usd", "200 pcs @ 3 usd"),  # 一个 is "a", not a count
    ],
)
def test_one_that_counts_no_goods_stays_a_word(text: str, line: str) -> None:
    """ "one of", "one-time" and 一个 are no counts: the digits' count stands alone."""
    assert parser().suggest(text) == line


def test_a_price_a_dozen_stays_a_pack_price() -> None:
    """ "$60 a dozen" against pieces is a pack price (no line), not a count of twelve."""
    offer = parser().offer("mugs $60 a dozen, 120 pcs")
    assert offer is not None
    assert offer.line is None


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("| Widgets | 20 | $ 30.00 | $ 600.00 |", "20 pcs @ 30 usd"),
        ("| Canecas | 50 | R$ 12,00 | R$ 600,00 |", "50 pcs @ 12 brl"),
    ],
)
def test_a_sign_between_a_count_and_a_price_is_the_prices(text: str, line: str) -> None:
    """ "20 | $ 30.00": the sign goes with the number it is written before, so the row's
    arithmetic (20 x 30 = 600) has one reading."""
    assert parser().suggest(text) == line
