"""Round 19: what the user sees of a reading. (1) Its quote is whole words of the message: a
pattern that stops at a stem ("paczk", "zásilk", "spedizion", "encomend", "Überweis") is
widened to the word the sender wrote, in every spaced language; Chinese and Japanese quotes
stay as the reading found them. (2) A reading whose category's general advice names the wrong
place (a fake regulator's or refund SMS is no Alibaba notice, a "safe account" caller no
colleague) carries its own what-to-do.

Every message here was written for this test in our own words: a regression set, not a
quality figure. Judged by the rules alone, so the tests hold whatever model the lead rebuilds.
"""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.scam import own_advice
from knowledge.scam.finding import Finding
from knowledge.scam.scanner import ScamScanner
from knowledge.scam.whole_words import whole_words
from tests.knowledge.scam.support import red_flags
from tests.knowledge.scam.test_asian18 import REFUND_SCAMS, REGISTRY_SCAMS, SAFE_SCAMS


@cache
def _rules() -> ScamScanner:
    return ScamScanner(red_flags(), None)


def _read(text: str) -> list[Finding]:
    """The findings of the language readings and the lures (not phrases or detectors)."""
    findings = _rules().scan(text).findings
    return [f for f in findings if ": " in f.evidence and not f.evidence.startswith("http")]


# (message, the whole word a reading must quote): a reading's pattern stops inside it.
WHOLE = [
    (
        "Twoja paczka czeka na doręczenie. Wymagana dopłata 2,99 zł. "
        "Zapłać tutaj: https://inpost-doplata.top/pl",
        "paczka",
    ),
    (
        "Vaše zásilka nemohla být doručena. Uhraďte poplatek 39 Kč na https://cpost-cz.top "
        "do 24 hodin.",
        "zásilka",
    ),
    (
        "La sua spedizione è ferma in dogana. Paga 1,99 € di spese di sdoganamento entro 24 "
        "ore: https://poste-it.top",
        "spedizione",
    ),
    (
        "A sua encomenda está retida na alfândega. Pague a taxa de 1,99 € em "
        "https://ctt-pt.online em 48 horas.",
        "encomenda",
    ),
    (
        "Przesyłka nr 4471 czeka na dopłatę 1,45 zł za cło. Opłać w ciągu 24 godzin: "
        "https://poczta-pl.info",
        "Przesyłka",
    ),
    (
        "Hallo, ich bin gerade in einer Besprechung. Können Sie heute noch eine "
        "Auslandsüberweisung an unseren neuen Lieferanten machen? Bitte streng vertraulich, "
        "die Kontodaten schicke ich gleich.",
        "Auslandsüberweisung",
    ),
    (
        "축하합니다! 귀사는 국제 비즈니스 복권 1등 수상자로 선정되었습니다. "
        "상금 수령을 위해 수수료 30만원을 입금해 주세요.",
        "선정되었습니다",
    ),
]


@pytest.mark.parametrize(("text", "word"), WHOLE, ids=[w for _, w in WHOLE])
def test_a_reading_quotes_the_word_the_sender_wrote(text: str, word: str) -> None:
    excerpts = [finding.excerpt for finding in _read(text)]
    assert excerpts, text
    assert any(excerpt.endswith(word) or excerpt == word for excerpt in excerpts), excerpts


MESSAGES = (
    [text for text, _ in WHOLE]
    + REGISTRY_SCAMS
    + REFUND_SCAMS
    + SAFE_SCAMS
    + [
        "社長です。LINEグループを作成して、QRコードを送ってください。至急振込をお願いします。",
        "【佐川急便】お荷物の配送にあたり関税200円のお支払いが必要です。https://sagawa-jp.top",
        "Votre colis est bloqué. Réglez les frais de 1,99 € sous 24 heures : https://colis-fr.top",
        "Your parcel is held at the depot. Pay the redelivery fee of $1.99 at https://dpd-uk.top",
    ]
)


@pytest.mark.parametrize("text", MESSAGES, ids=[f"m{n}" for n in range(len(MESSAGES))])
def test_no_reading_cuts_a_word_in_a_spaced_language(text: str) -> None:
    for finding in _read(text):
        before = text[finding.start - 1 : finding.start]
        after = text[finding.end : finding.end + 1]
        first, last = finding.excerpt[:1], finding.excerpt[-1:]
        for outside, inside in ((before, first), (after, last)):
            cut = outside.isalpha() and inside.isalpha() and not _unspaced(outside + inside)
            assert not cut, (finding.excerpt, outside)


def _unspaced(chars: str) -> bool:
    return any("\u3040" <= c <= "\u30ff" or "\u3400" <= c <= "\u9fff" for c in chars)


def test_whole_words_leaves_chinese_japanese_and_glued_numbers_alone() -> None:
    chinese = "请点击链接办理"
    assert whole_words(chinese, 1, 3) == (1, 3)
    japanese = "関税200円のお支払い"
    assert whole_words(japanese, 2, 6) == (2, 6)
    # A phone number run into the next word is two words that lost their space.
    glued = "assistance: 268-8812norton lifelock"
    end = glued.index("norton")
    assert whole_words(glued, 0, end) == (0, end)
    # Both edges widen to the word, and an empty span stays empty.
    assert whole_words("zur überweisung bitte", 6, 12) == (4, 15)
    assert whole_words("paczka", 3, 3) == (3, 3)


ADVISED = [
    (REGISTRY_SCAMS[1], own_advice.REGISTRY),
    (REFUND_SCAMS[0], own_advice.REFUND),
    (SAFE_SCAMS[0], own_advice.SAFE_ACCOUNT),
    (SAFE_SCAMS[1], own_advice.SAFE_ACCOUNT),
]


@pytest.mark.parametrize(("text", "advice"), ADVISED, ids=["registry", "refund", "zh", "ko"])
def test_a_reading_carries_its_own_what_to_do(text: str, advice: str) -> None:
    advised = [finding for finding in _read(text) if finding.advice]
    assert [finding.advice for finding in advised] == [advice], _read(text)
    assert "Alibaba" not in advice


def test_a_reading_that_fits_its_category_carries_no_advice_of_its_own() -> None:
    """The Korean prize is the windfall category's own case: its advice stays the category's."""
    [prize] = _read(WHOLE[-1][0])
    assert prize.advice is None
