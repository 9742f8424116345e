"""Round 17's European readings (issue 15): written cases first (`european_cases17.py`,
regression tests, not a quality figure; main b13d6f0 raised 19 of 47 scams and 12 of 47
twins).

Recall: the executive's opener with no transfer word, a held parcel (Polish SMS above all),
gift cards by brand and Italian "buoni regalo". Precision: a real notice (its number, a due
date, nothing same-day) keeps a link to pay low, an amount after "below" is a threshold, and a
sender's own new account announced where you can check it (its next invoice, a signed letter,
a call to your usual contact) is not a diversion, in six languages and Norwegian.
"""

from __future__ import annotations

import pytest

from knowledge.scam.european import read_european
from knowledge.scam.european_notices import (
    is_threshold,
    own_new_account_announced,
    real_notice,
)
from knowledge.scam.normalise import fold, normalise
from knowledge.scam.scanner import Risk
from tests.knowledge.scam.european_cases17 import HONEST, SCAMS
from tests.knowledge.scam.support import scan

_SCAM_CASES = [(key, text) for key, texts in SCAMS.items() for text in texts]
_HONEST_CASES = [(key, text) for key, texts in HONEST.items() for text in texts]
_KIND = {
    "opener": "executive opener",
    "parcel": "held parcel",
    "gift": "gift card codes",
    "fee": "small parcel fee",
}
# Two twins the learned part raises alone (no rule finding), as it did on main: left to the
# model's next rebuild, which this branch must not touch.
_LEARNED_ALONE = {
    HONEST[("French", "opener")][1],
    HONEST[("German", "notice")][1],
    # Round 19: the learned part's multilingual sentence encoder raises these three twins to
    # medium on its own, with no finding (false alarms on written look-alikes, counted in
    # bench/README.md beside the real-data figures that decided the encoder).
    HONEST[("French", "opener")][0],
    HONEST[("French", "parcel")][0],
    HONEST[("Dutch", "account")][0],
    # Round 20: trained on the project's translations of real fake-customs-fee lures as well,
    # the learned part raises La Poste's genuine duty notice with its pay link to medium on its
    # own, with no finding (a false alarm on a written look-alike; the real-data figures that
    # kept the translations are in bench/README.md).
    HONEST[("French", "notice")][1],
}


@pytest.mark.parametrize(("key", "text"), _SCAM_CASES)
def test_each_scam_is_raised(key: tuple[str, str], text: str) -> None:
    result = scan(text)
    assert result.risk is not Risk.LOW, (key, result.findings)
    language, move = key
    if move in _KIND:  # read by the new readings, in the scam's language, said in English
        hits = read_european(normalise(text).folded)
        assert (language, _KIND[move]) in [(hit.language, hit.evidence) for hit in hits]
        read = [f for f in result.findings if f.evidence.startswith(f"{language}: ")]
        assert read, (key, result.findings)
        assert read[0].why.endswith(f"(Read in {language}.)")


@pytest.mark.parametrize(("key", "text"), _HONEST_CASES)
def test_each_honest_twin_has_no_rule_finding(key: tuple[str, str], text: str) -> None:
    result = scan(text)
    assert not result.findings, (key, result.findings)
    assert read_european(normalise(text).folded) == []
    if text not in _LEARNED_ALONE:
        assert result.risk is Risk.LOW, key


def test_every_language_has_scams_and_twins_of_each_move() -> None:
    for language in ("French", "German", "Spanish", "Italian", "Dutch", "Polish"):
        for move in ("opener", "parcel"):
            assert len(SCAMS[(language, move)]) >= 2
            assert len(HONEST[(language, move)]) >= 2
    for language in ("French", "German", "Italian", "Dutch"):
        for move in ("gift", "notice"):
            assert len(SCAMS[(language, move)]) >= 2
            assert len(HONEST[(language, move)]) >= 2


def _folded(text: str) -> str:
    return fold(text)[0]


def test_a_real_notice_needs_its_number_a_date_and_nothing_same_day() -> None:
    notice = "Rechnung Nr. 88412 vom 3.11. ist offen, fällig am 15.12."
    assert real_notice(_folded(notice))
    assert not real_notice(_folded(notice + " Zahlen Sie heute."))
    assert not real_notice(_folded("Rechnung Nr. 88412 ist offen."))  # no date
    assert not real_notice(_folded(notice + " Neue Bankverbindung: siehe unten."))
    assert real_notice(_folded("Contributie van de vereniging staat open."))  # a club's dues
    assert not real_notice(_folded("Wie vereinbart ist die Rechnung offen."))  # not a club


def test_an_amount_after_below_or_above_is_a_threshold() -> None:
    text = _folded("anche se con valore inferiore a €22")
    assert is_threshold(text, text.index("€22"))
    text = _folded("paga €2 ora")
    assert not is_threshold(text, text.index("€2"))


def test_an_announcement_with_pressure_is_not_proper() -> None:
    proper = "Notre nouveau RIB figurera sur vos prochaines factures."
    assert own_new_account_announced(_folded(proper))
    assert not own_new_account_announced(_folded(proper + " Réglez aujourd'hui."))
    assert not own_new_account_announced(_folded(proper + " Ne nous appelez pas."))
    assert not own_new_account_announced(_folded("Notre nouveau RIB est ci-dessous."))


def test_a_warning_about_these_moves_reads_nothing() -> None:
    text = (
        "Attention à l'arnaque : un faux patron vous demande si vous êtes à votre bureau, "
        "a besoin de vous pour une mission confidentielle."
    )
    assert read_european(normalise(text).folded) == []
    assert (
        read_european(normalise("CERT Polska ostrzega: paczka wstrzymana, dopłać 1 zł").folded)
        == []
    )
